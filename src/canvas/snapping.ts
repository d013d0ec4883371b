/**
 * Where a dropped card lands: the cell under the drop point, and its place among the cell's
 * other cards (before the first card whose middle is below the point). Pure, so the rules can
 * be tested without a browser.
 */
import { cellKey, type GridLayout, type MapLayout } from './layout';

/** A point in canvas px. */
export interface XY {
  x: number;
  y: number;
}

/** A cell of the grid: a lane and a step. */
export interface CellRef {
  laneId: string;
  stepId: string;
}

/** Where a drop lands: a cell and a place among its cards. */
export interface DropTarget extends CellRef {
  /** Index among the cell's cards that are not being moved. */
  index: number;
}

/** Index of the interval [start, start + size) that holds `value`, by binary search. */
function findInterval<T>(items: readonly T[], value: number, start: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid] as T;
    if (start(item) <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The cell under a point of the canvas, or null outside the grid's cells. */
export function cellAt(grid: GridLayout, point: XY): CellRef | null {
  if (point.x < grid.left || point.x >= grid.right) return null;
  if (point.y < grid.top || point.y >= grid.bottom) return null;
  const column = grid.columns[findInterval(grid.columns, point.x, (c) => c.x)];
  const row = grid.rows[findInterval(grid.rows, point.y, (r) => r.y)];
  if (!column || !row) return null;
  return { laneId: row.laneId, stepId: column.stepId };
}

/**
 * The cell under a point, clamped to the nearest cell when the point is just outside the grid
 * (a card dropped on a header or past the last column still lands somewhere sensible).
 */
export function nearestCell(grid: GridLayout, point: XY): CellRef | null {
  const first = grid.columns[0];
  const last = grid.columns[grid.columns.length - 1];
  const topRow = grid.rows[0];
  const bottomRow = grid.rows[grid.rows.length - 1];
  if (!first || !last || !topRow || !bottomRow) return null;
  const x = Math.min(Math.max(point.x, grid.left), grid.right - 1);
  const y = Math.min(Math.max(point.y, grid.top), grid.bottom - 1);
  return cellAt(grid, { x, y });
}

/**
 * Where cards dropped at `point` go. `moving` are the ids being moved: they do not count when
 * finding the index, so dropping a card back where it was gives its own place.
 */
export function dropTarget(
  layout: MapLayout,
  point: XY,
  moving: ReadonlySet<string> = new Set(),
): DropTarget | null {
  const cell = nearestCell(layout.grid, point);
  if (!cell) return null;
  const ids = layout.cells.get(cellKey(cell.laneId, cell.stepId)) ?? [];
  let index = 0;
  for (const id of ids) {
    if (moving.has(id)) continue;
    const box = layout.cards.get(id);
    if (!box) continue;
    if (point.y < box.y + box.height / 2) break;
    index += 1;
  }
  return { ...cell, index };
}

/**
 * The y of the insertion line for a drop target (between two cards, or below the last one),
 * for the drop indicator.
 */
export function insertionY(layout: MapLayout, target: DropTarget, moving: ReadonlySet<string>) {
  const row = layout.grid.rows.find((r) => r.laneId === target.laneId);
  if (!row) return null;
  const staying = (layout.cells.get(cellKey(target.laneId, target.stepId)) ?? []).filter(
    (id) => !moving.has(id),
  );
  const before = staying[target.index];
  const after = staying[target.index - 1];
  const beforeBox = before === undefined ? undefined : layout.cards.get(before);
  const afterBox = after === undefined ? undefined : layout.cards.get(after);
  if (beforeBox) return beforeBox.y - 4;
  if (afterBox) return afterBox.y + afterBox.height + 4;
  return row.y + row.bandHeight + 6;
}

// ─── Reordering headers ──────────────────────────────────────────────────────────────────

/** Where a dragged phase goes: its new index (as `movePhase` counts) for a pointer at `x`. */
export function phaseDropIndex(grid: GridLayout, phaseId: string, x: number): number {
  return grid.phases.filter((p) => p.phaseId !== phaseId && p.x + p.width / 2 < x).length;
}

/** Where a dragged lane goes: its new index (as `moveLane` counts) for a pointer at `y`. */
export function laneDropIndex(grid: GridLayout, laneId: string, y: number): number {
  return grid.rows.filter((r) => r.laneId !== laneId && r.y + r.height / 2 < y).length;
}

/**
 * Where a dragged step goes: the phase under the pointer and the index in it (as `moveStep`
 * counts, without the dragged step).
 */
export function stepDrop(
  grid: GridLayout,
  stepId: string,
  x: number,
): { phaseId: string; index: number } | null {
  const phases = grid.phases;
  const first = phases[0];
  const last = phases[phases.length - 1];
  if (!first || !last) return null;
  const clamped = Math.min(Math.max(x, first.x), last.x + last.width - 1);
  const phase = phases.find((p) => clamped >= p.x && clamped < p.x + p.width) ?? last;
  const columns = grid.columns.slice(phase.firstColumn, phase.firstColumn + phase.columnCount);
  const index = columns.filter((c) => c.stepId !== stepId && c.x + c.width / 2 < x).length;
  return { phaseId: phase.phaseId, index };
}

/** The x (for phases and steps) or y (for lanes) of the insertion line while reordering. */
export function insertionLine(
  grid: GridLayout,
  drag: { kind: 'phase' | 'step' | 'lane'; id: string },
  point: XY,
): number | null {
  if (drag.kind === 'phase') {
    const others = grid.phases.filter((p) => p.phaseId !== drag.id);
    const index = phaseDropIndex(grid, drag.id, point.x);
    const next = others[index];
    const prev = others[index - 1];
    return next ? next.x : prev ? prev.x + prev.width : null;
  }
  if (drag.kind === 'lane') {
    const others = grid.rows.filter((r) => r.laneId !== drag.id);
    const index = laneDropIndex(grid, drag.id, point.y);
    const next = others[index];
    const prev = others[index - 1];
    return next ? next.y : prev ? prev.y + prev.height : null;
  }
  const target = stepDrop(grid, drag.id, point.x);
  if (!target) return null;
  const phase = grid.phases.find((p) => p.phaseId === target.phaseId);
  if (!phase) return null;
  const others = grid.columns
    .slice(phase.firstColumn, phase.firstColumn + phase.columnCount)
    .filter((c) => c.stepId !== drag.id);
  const next = others[target.index];
  const prev = others[target.index - 1];
  return next ? next.x : prev ? prev.x + prev.width : phase.x;
}
