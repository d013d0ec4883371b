/**
 * Journey order and pain point numbers. Pain points are numbered the way a reader meets them
 * on the map: phase by phase, step by step, then lane by lane from top to bottom, then card by
 * card inside a cell. The canvas shows the numbers on the cards; reports list them in the same
 * order ("Pain points explained"), so both must come from here.
 */
import type { Card, JourneyMap, PainPointCard } from './schema';

/** The parts of a map journey order reads. */
type Grid = Pick<JourneyMap, 'phases' | 'lanes' | 'cards'>;

/**
 * A comparator that puts cards in journey order: phase, step, lane, then order in the cell.
 * Cards whose step or lane is missing sort last (they cannot happen in a valid map).
 */
export function journeyOrderComparator(map: Grid): (a: Card, b: Card) => number {
  const stepIndex = new Map<string, number>();
  let i = 0;
  for (const phase of map.phases) for (const step of phase.steps) stepIndex.set(step.id, i++);
  const laneIndex = new Map(map.lanes.map((lane, index) => [lane.id, index]));
  const far = Number.MAX_SAFE_INTEGER;
  return (a, b) =>
    (stepIndex.get(a.stepId) ?? far) - (stepIndex.get(b.stepId) ?? far) ||
    (laneIndex.get(a.laneId) ?? far) - (laneIndex.get(b.laneId) ?? far) ||
    a.order - b.order;
}

/** All cards of the map in journey order (a new array; the map is not changed). */
export function cardsInJourneyOrder(map: Grid): Card[] {
  return map.cards.slice().sort(journeyOrderComparator(map));
}

/** The pain point cards in journey order. */
export function painPointsInJourneyOrder(map: Grid): PainPointCard[] {
  return map.cards
    .filter((card): card is PainPointCard => card.kind === 'pain-point')
    .sort(journeyOrderComparator(map));
}

const numbersOfMap = new WeakMap<Grid, ReadonlyMap<string, number>>();

/**
 * Pain point card id → its number, 1 … n in journey order. Worked out once per map object (a
 * map is never changed in place), so a selector that asks on every store update sorts once.
 */
export function numberPainPoints(map: Grid): ReadonlyMap<string, number> {
  let numbers = numbersOfMap.get(map);
  if (!numbers) {
    const made = new Map<string, number>();
    painPointsInJourneyOrder(map).forEach((card, index) => made.set(card.id, index + 1));
    numbersOfMap.set(map, made);
    numbers = made;
  }
  return numbers;
}
