import { describe, expect, it } from 'vitest';
import { moveCards, moveLane, movePhase, moveStep } from '../../src/domain/edits';
import {
  cardsInJourneyOrder,
  numberPainPoints,
  painPointsInJourneyOrder,
} from '../../src/domain/painPoints';
import { gridMap, sampleMap } from '../builders';

const numbers = (map: ReturnType<typeof gridMap>) => Object.fromEntries(numberPainPoints(map));

describe('numberPainPoints', () => {
  it('numbers pain points in journey order: phase, step, lane, card', () => {
    expect(numbers(gridMap())).toEqual({ 'c-p1': 1, 'c-p2': 2, 'c-p3': 3 });
  });

  it('renumbers after a card moves to another step', () => {
    const map = moveCards(gridMap(), ['c-p1'], { laneId: 'l-pain', stepId: 's3', index: 1 });
    expect(numbers(map)).toEqual({ 'c-p2': 1, 'c-p3': 2, 'c-p1': 3 });
  });

  it('follows the order inside a cell', () => {
    const map = moveCards(gridMap(), ['c-p2'], { laneId: 'l-pain', stepId: 's1', index: 0 });
    expect(numbers(map)).toEqual({ 'c-p2': 1, 'c-p1': 2, 'c-p3': 3 });
  });

  it('renumbers when phases and steps are reordered', () => {
    expect(numbers(movePhase(gridMap(), 'p2', 0))).toEqual({ 'c-p3': 1, 'c-p1': 2, 'c-p2': 3 });
    expect(numbers(moveStep(gridMap(), 's2', 'p1', 0))).toEqual({
      'c-p2': 1,
      'c-p1': 2,
      'c-p3': 3,
    });
  });

  it('takes lanes from top to bottom within a step', () => {
    const extra = gridMap([
      {
        id: 'c-p0',
        kind: 'pain-point',
        laneId: 'l-touch',
        stepId: 's1',
        order: 2,
        title: 'In the touchpoint lane',
      },
    ]);
    expect(numbers(extra)).toEqual({ 'c-p0': 1, 'c-p1': 2, 'c-p2': 3, 'c-p3': 4 });
    expect(numbers(moveLane(extra, 'l-touch', 2))).toEqual({
      'c-p1': 1,
      'c-p0': 2,
      'c-p2': 3,
      'c-p3': 4,
    });
  });

  it('numbers the sample map’s pain points 1 … n without gaps', () => {
    const map = sampleMap(new Date('2025-01-01T00:00:00Z'));
    const list = painPointsInJourneyOrder(map);
    const nums = numberPainPoints(map);
    expect(list.map((c) => nums.get(c.id))).toEqual(list.map((_, i) => i + 1));
    expect(cardsInJourneyOrder(map)).toHaveLength(map.cards.length);
  });
});
