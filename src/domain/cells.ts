/**
 * Cells of the grid (a lane × a step) and the pure edits that move selected cards between
 * them with the keyboard. They build on edits.ts and return new maps.
 */
import { allSteps, cardsInCell, moveCards } from './edits';
import { journeyOrderComparator } from './painPoints';
import type { Card, JourneyMap } from './schema';
import { LANE_DEFAULT_CARD_KIND, type CardKind } from './vocabulary';

/** One cell of the grid: where a card sits. */
export interface CellRef {
  laneId: string;
  stepId: string;
}

/** A direction on the grid, as the arrow keys move. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** The cell next to `cell` in a direction, or null at the edge of the grid. */
export function neighbourCell(
  map: JourneyMap,
  cell: CellRef,
  direction: Direction,
): CellRef | null {
  const steps = allSteps(map);
  const s = steps.findIndex((step) => step.id === cell.stepId);
  const l = map.lanes.findIndex((lane) => lane.id === cell.laneId);
  if (s < 0 || l < 0) return null;
  const ds = direction === 'left' ? -1 : direction === 'right' ? 1 : 0;
  const dl = direction === 'up' ? -1 : direction === 'down' ? 1 : 0;
  const step = steps[s + ds];
  const lane = map.lanes[l + dl];
  return step && lane ? { laneId: lane.id, stepId: step.id } : null;
}

/**
 * The first cell of the grid (first step) in the first lane that makes cards of `kind` by
 * default, else in the first lane; null for an empty grid.
 */
export function firstCell(map: JourneyMap, kind?: CardKind): CellRef | null {
  const step = map.phases[0]?.steps[0];
  // A kind's own lane first (a pain point to the pain points), else the first lane.
  const lane =
    (kind && map.lanes.find((l) => LANE_DEFAULT_CARD_KIND[l.kind] === kind)) ?? map.lanes[0];
  return step && lane ? { laneId: lane.id, stepId: step.id } : null;
}

/**
 * True when the map still has the cell's lane and step (a kept focus may point at a deleted one).
 */
export function cellExists(map: JourneyMap, cell: CellRef | null): cell is CellRef {
  if (!cell) return false;
  return (
    map.lanes.some((lane) => lane.id === cell.laneId) &&
    map.phases.some((phase) => phase.steps.some((step) => step.id === cell.stepId))
  );
}

/** The selected cards in journey order (stale ids are skipped). */
export function selectedCards(map: JourneyMap, ids: readonly string[]): Card[] {
  const wanted = new Set(ids);
  return map.cards.filter((card) => wanted.has(card.id)).sort(journeyOrderComparator(map));
}

/** Groups cards by their cell, keeping their order. */
function byCell(cards: readonly Card[]): Map<string, Card[]> {
  const groups = new Map<string, Card[]>();
  for (const card of cards) {
    const key = `${card.laneId}|${card.stepId}`;
    const group = groups.get(key);
    if (group) group.push(card);
    else groups.set(key, [card]);
  }
  return groups;
}

/**
 * Moves each selected card into the cell next to its own (Alt+arrows). Cards at the edge of
 * the grid stay. Cards keep their place in the cell as far as the new cell allows.
 */
export function moveCardsToNeighbour(
  map: JourneyMap,
  ids: readonly string[],
  direction: Direction,
): JourneyMap {
  let next = map;
  for (const group of byCell(selectedCards(map, ids)).values()) {
    const first = group[0];
    if (!first) continue;
    const target = neighbourCell(next, first, direction);
    if (!target) continue;
    const index = cardsInCell(next, first.laneId, first.stepId).findIndex((c) => c.id === first.id);
    next = moveCards(
      next,
      group.map((c) => c.id),
      { ...target, index: Math.max(0, index) },
    );
  }
  return next;
}

/** Moves the selected cards one place up or down inside their cells. */
export function reorderInCell(map: JourneyMap, ids: readonly string[], delta: -1 | 1): JourneyMap {
  let next = map;
  for (const group of byCell(selectedCards(map, ids)).values()) {
    const first = group[0];
    if (!first) continue;
    const cell = cardsInCell(next, first.laneId, first.stepId);
    const moving = new Set(group.map((c) => c.id));
    const positions = cell.map((c, i) => (moving.has(c.id) ? i : -1)).filter((i) => i >= 0);
    const top = positions[0] ?? 0;
    const bottom = positions[positions.length - 1] ?? 0;
    if ((delta < 0 && top === 0) || (delta > 0 && bottom === cell.length - 1)) continue;
    const staysBefore = cell.slice(0, top).filter((c) => !moving.has(c.id)).length;
    next = moveCards(
      next,
      group.map((c) => c.id),
      { laneId: first.laneId, stepId: first.stepId, index: staysBefore + delta },
    );
  }
  return next;
}
