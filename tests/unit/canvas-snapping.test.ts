import { describe, expect, it } from 'vitest';
import { computeLayout, LAYOUT } from '../../src/canvas/layout';
import {
  cellAt,
  dropTarget,
  laneDropIndex,
  phaseDropIndex,
  stepDrop,
} from '../../src/canvas/snapping';
import { gridMap } from '../builders';

const layout = computeLayout(gridMap());
const { grid } = layout;
const col = (i: number) => grid.columns[i] ?? { x: 0, width: 0 };
const row = (i: number) => grid.rows[i] ?? { y: 0, height: 0 };
const box = (id: string) => {
  const b = layout.cards.get(id);
  if (!b) throw new Error(`no box for ${id}`);
  return b;
};

describe('cellAt', () => {
  it('finds the cell under a point', () => {
    expect(cellAt(grid, { x: col(1).x + 5, y: row(1).y + 5 })).toEqual({
      laneId: 'l-pain',
      stepId: 's2',
    });
    expect(
      cellAt(grid, { x: col(2).x + col(2).width - 1, y: row(2).y + row(2).height - 1 }),
    ).toEqual({
      laneId: 'l-emo',
      stepId: 's3',
    });
  });

  it('finds nothing on the headers or outside the grid', () => {
    expect(cellAt(grid, { x: 10, y: row(0).y + 5 })).toBeNull();
    expect(cellAt(grid, { x: col(0).x + 5, y: 10 })).toBeNull();
    expect(cellAt(grid, { x: grid.right + 1, y: row(0).y })).toBeNull();
  });
});

describe('dropTarget', () => {
  it('puts a card before the first card whose middle is below the point', () => {
    const t1 = box('c-t1');
    const t2 = box('c-t2');
    const x = t1.x + 10;
    expect(dropTarget(layout, { x, y: t1.y + 2 })).toEqual({
      laneId: 'l-touch',
      stepId: 's1',
      index: 0,
    });
    expect(dropTarget(layout, { x, y: t1.y + t1.height - 2 })).toEqual({
      laneId: 'l-touch',
      stepId: 's1',
      index: 1,
    });
    expect(dropTarget(layout, { x, y: t2.y + t2.height + 4 })).toEqual({
      laneId: 'l-touch',
      stepId: 's1',
      index: 2,
    });
  });

  it('does not count the cards being moved', () => {
    const t2 = box('c-t2');
    expect(dropTarget(layout, { x: t2.x + 5, y: t2.y + t2.height + 4 }, new Set(['c-t1']))).toEqual(
      {
        laneId: 'l-touch',
        stepId: 's1',
        index: 1,
      },
    );
  });

  it('drops into an empty cell at index 0', () => {
    expect(dropTarget(layout, { x: col(1).x + 20, y: row(0).y + 20 })).toEqual({
      laneId: 'l-touch',
      stepId: 's2',
      index: 0,
    });
  });

  it('clamps a drop just outside the grid to the nearest cell', () => {
    expect(dropTarget(layout, { x: grid.right + 200, y: row(1).y + 5 })).toMatchObject({
      laneId: 'l-pain',
      stepId: 's3',
    });
    expect(dropTarget(layout, { x: col(0).x + 5, y: -50 })).toMatchObject({
      laneId: 'l-touch',
      stepId: 's1',
    });
  });
});

describe('reordering headers', () => {
  it('moves a phase past the middle of another', () => {
    const p2 = grid.phases[1];
    if (!p2) throw new Error('no phase');
    expect(phaseDropIndex(grid, 'p1', p2.x + p2.width - 5)).toBe(1);
    expect(phaseDropIndex(grid, 'p1', p2.x + 5)).toBe(0);
    expect(phaseDropIndex(grid, 'p2', LAYOUT.laneHeaderWidth)).toBe(0);
  });

  it('moves a lane past the middle of another', () => {
    expect(laneDropIndex(grid, 'l-touch', row(2).y + row(2).height - 1)).toBe(2);
    expect(laneDropIndex(grid, 'l-emo', row(0).y + 1)).toBe(0);
  });

  it('moves a step inside its phase or into another phase', () => {
    expect(stepDrop(grid, 's1', col(1).x + col(1).width - 5)).toEqual({ phaseId: 'p1', index: 1 });
    expect(stepDrop(grid, 's1', col(2).x + col(2).width - 5)).toEqual({ phaseId: 'p2', index: 1 });
    expect(stepDrop(grid, 's3', col(0).x + 5)).toEqual({ phaseId: 'p1', index: 0 });
  });
});
