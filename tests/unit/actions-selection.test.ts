import { describe, expect, it } from 'vitest';
import {
  firstCell,
  moveCardsToNeighbour,
  neighbourCell,
  reorderInCell,
  selectedCards,
} from '../../src/domain/cells';
import { cardsInCell } from '../../src/domain/edits';
import { gridMap } from '../builders';

const titles = (map: ReturnType<typeof gridMap>, laneId: string, stepId: string) =>
  cardsInCell(map, laneId, stepId).map((c) => c.id);

describe('the first cell, where a card goes when no cell is chosen', () => {
  it('is in the lane of the card’s kind, else in the first lane', () => {
    const map = gridMap();
    expect(firstCell(map, 'pain-point')).toEqual({ laneId: 'l-pain', stepId: 's1' });
    expect(firstCell(map, 'emotion')).toEqual({ laneId: 'l-emo', stepId: 's1' });
    expect(firstCell(map, 'love-point')).toEqual({ laneId: 'l-touch', stepId: 's1' });
    expect(firstCell(map)).toEqual({ laneId: 'l-touch', stepId: 's1' });
    expect(firstCell({ ...map, lanes: [] }, 'pain-point')).toBeNull();
  });
});

describe('selection helpers', () => {
  it('finds neighbouring cells across phases and lanes', () => {
    const map = gridMap();
    expect(neighbourCell(map, { laneId: 'l-touch', stepId: 's2' }, 'right')).toEqual({
      laneId: 'l-touch',
      stepId: 's3',
    });
    expect(neighbourCell(map, { laneId: 'l-touch', stepId: 's1' }, 'left')).toBeNull();
    expect(neighbourCell(map, { laneId: 'l-touch', stepId: 's1' }, 'down')).toEqual({
      laneId: 'l-pain',
      stepId: 's1',
    });
    expect(neighbourCell(map, { laneId: 'l-emo', stepId: 's1' }, 'down')).toBeNull();
  });

  it('moves selected cards to the neighbouring cell, keeping their order', () => {
    const map = gridMap();
    const next = moveCardsToNeighbour(map, ['c-t2', 'c-t1'], 'right');
    expect(titles(next, 'l-touch', 's2')).toEqual(['c-t1', 'c-t2']);
    expect(titles(next, 'l-touch', 's1')).toEqual([]);
    // c-p1 is first in its cell, so it goes first in the cell above.
    const up = moveCardsToNeighbour(map, ['c-p1'], 'up');
    expect(titles(up, 'l-touch', 's1')).toEqual(['c-p1', 'c-t1', 'c-t2']);
  });

  it('leaves cards at the edge of the grid where they are', () => {
    const map = gridMap();
    expect(moveCardsToNeighbour(map, ['c-t1'], 'left')).toBe(map);
  });

  it('moves cards up and down inside their cell', () => {
    const map = gridMap();
    expect(titles(reorderInCell(map, ['c-t2'], -1), 'l-touch', 's1')).toEqual(['c-t2', 'c-t1']);
    expect(titles(reorderInCell(map, ['c-t1'], 1), 'l-touch', 's1')).toEqual(['c-t2', 'c-t1']);
    expect(reorderInCell(map, ['c-t1'], -1)).toBe(map);
  });

  it('lists the selection in journey order and skips stale ids', () => {
    expect(selectedCards(gridMap(), ['c-p3', 'gone', 'c-t1']).map((c) => c.id)).toEqual([
      'c-t1',
      'c-p3',
    ]);
  });
});
