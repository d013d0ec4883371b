/**
 * The action plan: every recommendation of a map with where it sits in the journey, its
 * due-date flags, status summaries by theme or phase (now and as of an earlier date, as in a
 * month-on-month progress report), and the edits of its progress log.
 *
 * Everything here is pure. Dates are calendar dates `YYYY-MM-DD`; "today" is always passed in,
 * never read from the clock, so the same map gives the same answers in tests and in the app.
 */
import { addDaysIso, daysBetween, isIsoDate } from './dates';
import { isPlanDatePast, planDateEnd } from './planDates';
import { latestOf, recommendationStatus, recommendationStatusAsAt } from './planStatus';
import { addCard, addLane, updateCard } from './edits';
import { newId } from './ids';
import { stepNameAt } from './names';
import type {
  Card,
  JourneyMap,
  Lane,
  Phase,
  ProgressUpdate,
  RecommendationCard,
  Step,
} from './schema';
import type { RecommendationStatus } from './vocabulary';

// Calendar dates live in dates.ts; these are re-exported for the action plan's callers.
export { addDaysIso, daysBetween, isIsoDate } from './dates';

// ─── Recommendations in journey order ────────────────────────────────────────────────────

/** A recommendation with the place it sits in the journey and the card it answers. */
export interface ActionPlanItem {
  card: RecommendationCard;
  phase: Phase;
  step: Step;
  /** The step's name as shown everywhere: its title, or the stand-in of names.ts ("Aware"). */
  stepName: string;
  lane: Lane | null;
  /** The pain point or finding this answers; null when it answers the step itself. */
  answered: Card | null;
  /** Position of the step across the whole journey (0 = first step of the first phase). */
  stepIndex: number;
  /** Position of the phase in the journey. */
  phaseIndex: number;
  /**
   * Whether it is on the map in its step's cell; false for a plan kept in the action plan only
   * (then `phase` and `step` are only where it would go back to, and it is listed after the
   * recommendations on the journey).
   */
  onMap: boolean;
}

/**
 * Every recommendation of the map in journey order: by step (phases left to right, steps in
 * their phase), then by lane (top to bottom), then by the card's place in its cell.
 * Recommendations on a step that does not exist are left out.
 */
export function recommendationsOf(map: JourneyMap): ActionPlanItem[] {
  const steps = new Map<
    string,
    { phase: Phase; step: Step; stepName: string; stepIndex: number; phaseIndex: number }
  >();
  let stepIndex = 0;
  map.phases.forEach((phase, phaseIndex) => {
    phase.steps.forEach((step, index) => {
      const stepName = stepNameAt(phase, index);
      steps.set(step.id, { phase, step, stepName, stepIndex: stepIndex++, phaseIndex });
    });
  });
  const lanes = new Map(map.lanes.map((lane, index) => [lane.id, { lane, index }]));
  const cards = new Map(map.cards.map((card) => [card.id, card]));
  const items: (ActionPlanItem & { laneIndex: number })[] = [];
  for (const card of map.cards) {
    if (card.kind !== 'recommendation') continue;
    const place = steps.get(card.stepId);
    if (!place) continue;
    const lane = lanes.get(card.laneId);
    items.push({
      card,
      ...place,
      lane: lane?.lane ?? null,
      laneIndex: lane?.index ?? Number.MAX_SAFE_INTEGER,
      answered: card.answers === null ? null : (cards.get(card.answers) ?? null),
      onMap: card.onMap,
    });
  }
  items.sort(
    (a, b) =>
      Number(b.onMap) - Number(a.onMap) ||
      a.stepIndex - b.stepIndex ||
      a.laneIndex - b.laneIndex ||
      a.card.order - b.card.order,
  );
  return items.map(({ laneIndex: _laneIndex, ...item }) => item);
}

// ─── Due dates and staleness ─────────────────────────────────────────────────────────────

type Dated = Pick<RecommendationCard, 'status' | 'targetDate' | 'revisedDate' | 'completedDate'> &
  Partial<Pick<RecommendationCard, 'actions'>>;

/**
 * Complete: its status (rolled up from its actions, when it has any) is complete, or it has an
 * actual completion date. Works for an action too.
 */
export function isComplete(rec: Dated): boolean {
  return (
    recommendationStatus({ status: rec.status, actions: rec.actions ?? [] }) === 'complete' ||
    rec.completedDate !== null
  );
}

/** The plan date it is due by: the revised date when there is one, else the target date. */
export function dueDate(rec: Dated): string | null {
  return rec.revisedDate ?? rec.targetDate;
}

/**
 * Past its due date (revised, else target) and not complete: past means the last day the plan
 * date can mean is before today (planDates.ts), so "Mar 2025" is overdue from 1 April 2025 and
 * words such as "Awaiting timescales" never are. Due today is not overdue.
 */
export function isOverdue(rec: Dated, today: string): boolean {
  return !isComplete(rec) && isPlanDatePast(dueDate(rec), today);
}

/** Not complete and due (the last day of its due date) between today and `days` days ahead. */
export function isDueSoon(rec: Dated, today: string, days = 14): boolean {
  const due = planDateEnd(dueDate(rec));
  return due !== null && !isComplete(rec) && due >= today && due <= addDaysIso(today, days);
}

/**
 * The latest progress update of a recommendation (its own and its actions'): the one with the
 * latest date; of updates on the same date, the one added last. Null when there are none.
 */
export function latestUpdate(
  rec: Pick<RecommendationCard, 'progress'> & Partial<Pick<RecommendationCard, 'actions'>>,
  onOrBefore?: string,
): ProgressUpdate | null {
  const own = latestOf(rec.progress, onOrBefore);
  const updates = [own, ...(rec.actions ?? []).map((a) => latestOf(a.progress, onOrBefore))];
  return updates.reduce<ProgressUpdate | null>(
    (latest, update) =>
      update !== null && (latest === null || update.date > latest.date) ? update : latest,
    null,
  );
}

/** Days since the latest progress update (0 when updated today), or null with no updates. */
export function daysSinceLastUpdate(
  rec: Pick<RecommendationCard, 'progress'>,
  today: string,
): number | null {
  const latest = latestUpdate(rec);
  return latest === null ? null : daysBetween(latest.date, today);
}

/**
 * No progress update for `days` days or more, and not complete. A recommendation that has
 * never had an update is not stale (there is no date to count from).
 */
export function isStale(
  rec: Dated & Pick<RecommendationCard, 'progress'>,
  today: string,
  days = 30,
): boolean {
  const since = daysSinceLastUpdate(rec, today);
  return since !== null && !isComplete(rec) && since >= days;
}

/**
 * The status on a `date`, read from the progress logs and carried forward (planStatus.ts):
 * its actions' rolled up, or its own, 'not-started' when there was no update by then.
 */
export function statusAsOf(
  rec: Pick<RecommendationCard, 'progress'> & Partial<Pick<RecommendationCard, 'actions'>>,
  date: string,
): RecommendationStatus {
  return recommendationStatusAsAt({ progress: rec.progress, actions: rec.actions ?? [] }, date);
}

// Status summaries live in planSummary.ts; re-exported for the action plan's callers.
export * from './planSummary';

// ─── Edits ───────────────────────────────────────────────────────────────────────────────

function findRecommendation(map: JourneyMap, cardId: string): RecommendationCard | null {
  const card = map.cards.find((c) => c.id === cardId);
  return card?.kind === 'recommendation' ? card : null;
}

/** Progress updates in date order; updates on the same date keep the order they were added. */
function byDate(updates: readonly ProgressUpdate[]): ProgressUpdate[] {
  return updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => a.update.date.localeCompare(b.update.date) || a.index - b.index)
    .map(({ update }) => update);
}

/**
 * Adds a progress update to a recommendation's log (kept in date order) and sets the card's
 * status from the latest update, which is this one unless it is back-dated. An update that
 * makes it complete also fills an empty completed date with the update's date.
 */
export function addProgressUpdate(
  map: JourneyMap,
  cardId: string,
  update: { date: string; text: string; status: RecommendationStatus; id?: string },
): JourneyMap {
  const rec = findRecommendation(map, cardId);
  if (!rec || !isIsoDate(update.date)) return map;
  const entry: ProgressUpdate = {
    id: update.id ?? newId(),
    date: update.date,
    text: update.text,
    status: update.status,
  };
  const progress = byDate([...rec.progress, entry]);
  const status = latestUpdate({ progress })?.status ?? rec.status;
  const completedDate =
    status === 'complete' && rec.completedDate === null && entry.status === 'complete'
      ? entry.date
      : rec.completedDate;
  return updateCard(map, cardId, { progress, status, completedDate });
}

/**
 * Removes a progress update. When it was the latest and had set the current status, the status
 * goes back to the one of the update before it (if there is one).
 */
export function deleteProgressUpdate(
  map: JourneyMap,
  cardId: string,
  updateId: string,
): JourneyMap {
  const rec = findRecommendation(map, cardId);
  if (!rec || !rec.progress.some((u) => u.id === updateId)) return map;
  const progress = rec.progress.filter((u) => u.id !== updateId);
  const wasLatest = latestUpdate(rec)?.id === updateId;
  const previous = latestUpdate({ progress });
  const status =
    wasLatest && previous !== null && latestUpdate(rec)?.status === rec.status
      ? previous.status
      : rec.status;
  return updateCard(map, cardId, { progress, status });
}

/** The lane recommendations go in: the first lane of kind 'recommendations', if any. */
export function recommendationsLane(map: JourneyMap): Lane | null {
  return map.lanes.find((lane) => lane.kind === 'recommendations') ?? null;
}

/**
 * Adds a recommendation in the step's column of the map's recommendations lane (a new
 * "Recommendations" lane at the bottom when the map has none), answering `answers` (a card
 * id) or the step itself. Returns the map unchanged when the step or answered card is missing.
 */
export function addRecommendation(
  map: JourneyMap,
  options: {
    stepId: string;
    title: string;
    answers?: string | null;
    id?: string;
    laneId?: string;
    fields?: Partial<
      Pick<
        RecommendationCard,
        'why' | 'theme' | 'owner' | 'targetDate' | 'revisedDate' | 'description' | 'onMap'
      >
    >;
  },
): JourneyMap {
  if (!map.phases.some((phase) => phase.steps.some((step) => step.id === options.stepId))) {
    return map;
  }
  const answers = options.answers ?? null;
  if (answers !== null && !map.cards.some((card) => card.id === answers)) return map;
  let next = map;
  let lane = recommendationsLane(next);
  if (!lane) {
    next = addLane(next, { kind: 'recommendations', id: options.laneId ?? newId() });
    lane = recommendationsLane(next);
    if (!lane) return map;
  }
  const id = options.id ?? newId();
  next = addCard(next, {
    kind: 'recommendation',
    laneId: lane.id,
    stepId: options.stepId,
    title: options.title,
    id,
  });
  return updateCard(next, id, { ...options.fields, answers });
}
