/**
 * The difference between two journey maps: two versions of one map, or a current-state map and
 * the future-state map made from it (DOMAIN.md). Records are matched by id (a future state and
 * a version keep every id of the map they came from), so a renamed lane or step is the same
 * lane or step, and a card in a deleted step counts as removed.
 *
 * A card is
 * - added: only in the later map; removed: only in the earlier one;
 * - moved: in another cell (lane or step) — its order inside a cell shifts whenever a neighbour
 *   comes or goes, so that alone is not a move;
 * - changed: any other field differs (title, kind, status, tallies, progress …).
 * A card can be both changed and moved.
 */
import { jsonEqual } from '../equality';
import { stepDisplayNames } from '../names';
import { journeyOrderComparator } from '../painPoints';
import type { Card, JourneyMap, Lane, RecommendationCard } from '../schema';
import type { RecommendationStatus } from '../vocabulary';
import { compareEmotions, type EmotionComparison } from './compareEmotions';

/** What happened to a card between the two maps. */
export type CardChange = 'added' | 'removed' | 'changed' | 'moved';

/** Where a card sits, in words: its phase, step and lane. */
export interface CardPlace {
  phase: string;
  step: string;
  lane: string;
}

/** One card that differs between the two maps. */
export interface CardDifference {
  id: string;
  /** The card in the earlier map; null when it was added. */
  before: Card | null;
  /** The card in the later map; null when it was removed. */
  after: Card | null;
  /** What happened, in the order of CardChange (changed and moved may come together). */
  changes: CardChange[];
  /** The fields whose values differ (changed cards), e.g. ["title", "status"]. */
  fields: string[];
  placeBefore: CardPlace | null;
  placeAfter: CardPlace | null;
}

/** A record renamed between the maps (a lane or a step). */
export interface Renamed {
  id: string;
  before: string;
  after: string;
}

/** A recommendation whose status is not the same in the later map. */
export interface StatusChange {
  card: RecommendationCard;
  before: RecommendationStatus;
  after: RecommendationStatus;
}

/** Everything that differs between an earlier and a later map. */
export interface MapComparison {
  before: JourneyMap;
  after: JourneyMap;
  /** Every card that differs, in journey order (added and kept cards by the later map). */
  cards: CardDifference[];
  added: CardDifference[];
  removed: CardDifference[];
  changed: CardDifference[];
  moved: CardDifference[];
  emotions: EmotionComparison;
  painPoints: {
    /** Pain points of the earlier map that the later one no longer has. */
    resolved: Card[];
    /** Pain points only the later map has. */
    new: Card[];
    /** How many pain points both maps have. */
    remaining: number;
  };
  recommendations: {
    statusChanged: StatusChange[];
    added: RecommendationCard[];
    removed: RecommendationCard[];
  };
  lanes: { added: Lane[]; removed: Lane[]; renamed: Renamed[] };
  steps: { added: string[]; removed: string[]; renamed: Renamed[] };
}

/** The card fields that say where a card is, not what it is. */
const PLACE_FIELDS: ReadonlySet<string> = new Set(['laneId', 'stepId', 'order']);

/** The fields of two cards (of one id) whose values differ, placement aside. */
export function changedFields(before: Card, after: Card): string[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => !PLACE_FIELDS.has(key) && !jsonEqual(a[key], b[key])).sort();
}

/** Where each card sits in `map`, in words (its phase, step and lane names). */
export function placesOf(map: JourneyMap): (card: Card) => CardPlace {
  const steps = stepDisplayNames(map.phases);
  const phaseOfStep = new Map<string, string>();
  for (const phase of map.phases)
    for (const step of phase.steps) phaseOfStep.set(step.id, phase.name);
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
  return (card) => ({
    phase: phaseOfStep.get(card.stepId) ?? '',
    step: steps.get(card.stepId) ?? '',
    lane: lanes.get(card.laneId) ?? '',
  });
}

const isRecommendation = (card: Card | undefined): card is RecommendationCard =>
  card?.kind === 'recommendation';

/** Compares an earlier map (`before`) with a later one (`after`); see the module comment. */
export function compareMaps(before: JourneyMap, after: JourneyMap): MapComparison {
  const beforeCards = new Map(before.cards.map((card) => [card.id, card]));
  const afterCards = new Map(after.cards.map((card) => [card.id, card]));
  const placeBefore = placesOf(before);
  const placeAfter = placesOf(after);

  const kept: CardDifference[] = [];
  const added: CardDifference[] = [];
  for (const card of after.cards.slice().sort(journeyOrderComparator(after))) {
    const earlier = beforeCards.get(card.id);
    if (!earlier) {
      added.push(difference(card.id, null, card, ['added'], []));
      continue;
    }
    const fields = changedFields(earlier, card);
    const moved = earlier.laneId !== card.laneId || earlier.stepId !== card.stepId;
    const changes: CardChange[] = [];
    if (fields.length > 0) changes.push('changed');
    if (moved) changes.push('moved');
    if (changes.length > 0) kept.push(difference(card.id, earlier, card, changes, fields));
  }
  const removed = before.cards
    .filter((card) => !afterCards.has(card.id))
    .sort(journeyOrderComparator(before))
    .map((card) => difference(card.id, card, null, ['removed'], []));

  function difference(
    id: string,
    a: Card | null,
    b: Card | null,
    changes: CardChange[],
    fields: string[],
  ): CardDifference {
    return {
      id,
      before: a,
      after: b,
      changes,
      fields,
      placeBefore: a ? placeBefore(a) : null,
      placeAfter: b ? placeAfter(b) : null,
    };
  }

  const isPain = (card: Card | undefined) => card?.kind === 'pain-point';
  const resolved = before.cards.filter((card) => isPain(card) && !isPain(afterCards.get(card.id)));
  const newPains = after.cards.filter((card) => isPain(card) && !isPain(beforeCards.get(card.id)));
  const remaining = after.cards.filter(
    (card) => isPain(card) && isPain(beforeCards.get(card.id)),
  ).length;

  const statusChanged: StatusChange[] = [];
  for (const card of after.cards) {
    const earlier = beforeCards.get(card.id);
    if (isRecommendation(card) && isRecommendation(earlier) && earlier.status !== card.status) {
      statusChanged.push({ card, before: earlier.status, after: card.status });
    }
  }

  return {
    before,
    after,
    cards: [...added, ...kept, ...removed].sort(journeyOrder(after, before)),
    added,
    removed,
    changed: kept.filter((d) => d.changes.includes('changed')),
    moved: kept.filter((d) => d.changes.includes('moved')),
    emotions: compareEmotions(before, after),
    painPoints: { resolved, new: newPains, remaining },
    recommendations: {
      statusChanged,
      added: after.cards.filter(
        (card): card is RecommendationCard =>
          isRecommendation(card) && !isRecommendation(beforeCards.get(card.id)),
      ),
      removed: before.cards.filter(
        (card): card is RecommendationCard =>
          isRecommendation(card) && !isRecommendation(afterCards.get(card.id)),
      ),
    },
    lanes: compareLanes(before.lanes, after.lanes),
    steps: compareSteps(before, after),
  };
}

/** Orders differences as the later map runs; removed cards go by the earlier map, last. */
function journeyOrder(after: JourneyMap, before: JourneyMap) {
  const laterOrder = journeyOrderComparator(after);
  const earlierOrder = journeyOrderComparator(before);
  return (a: CardDifference, b: CardDifference): number => {
    if (a.after && b.after) return laterOrder(a.after, b.after);
    if (a.after) return -1;
    if (b.after) return 1;
    return a.before && b.before ? earlierOrder(a.before, b.before) : 0;
  };
}

function compareLanes(before: readonly Lane[], after: readonly Lane[]): MapComparison['lanes'] {
  const earlier = new Map(before.map((lane) => [lane.id, lane]));
  const later = new Set(after.map((lane) => lane.id));
  const renamed: Renamed[] = [];
  for (const lane of after) {
    const was = earlier.get(lane.id);
    if (was && was.name !== lane.name)
      renamed.push({ id: lane.id, before: was.name, after: lane.name });
  }
  return {
    added: after.filter((lane) => !earlier.has(lane.id)),
    removed: before.filter((lane) => !later.has(lane.id)),
    renamed,
  };
}

function compareSteps(before: JourneyMap, after: JourneyMap): MapComparison['steps'] {
  const earlier = stepDisplayNames(before.phases);
  const later = stepDisplayNames(after.phases);
  const renamed: Renamed[] = [];
  for (const [id, name] of later) {
    const was = earlier.get(id);
    if (was !== undefined && was !== name) renamed.push({ id, before: was, after: name });
  }
  return {
    added: [...later].filter(([id]) => !earlier.has(id)).map(([, name]) => name),
    removed: [...earlier].filter(([id]) => !later.has(id)).map(([, name]) => name),
    renamed,
  };
}

/** How each card of one side is marked on its canvas (the later map: added; the earlier: removed). */
export function cardMarks(
  comparison: MapComparison,
  side: 'before' | 'after',
): ReadonlyMap<string, CardChange[]> {
  const marks = new Map<string, CardChange[]>();
  for (const difference of comparison.cards) {
    const present = side === 'before' ? difference.before : difference.after;
    if (present) marks.set(difference.id, difference.changes);
  }
  return marks;
}
