/**
 * The action plan: every recommendation of a map with where it sits in the journey, its
 * due-date flags, status summaries by theme or phase (now and as of an earlier date, as in a
 * month-on-month progress report), and the edits of its progress log.
 *
 * Everything here is pure. Dates are calendar dates `YYYY-MM-DD`; "today" is always passed in,
 * never read from the clock, so the same map gives the same answers in tests and in the app.
 */
import { addDaysIso, daysBetween, isIsoDate } from './dates';
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
import {
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_STATUS_LABELS,
  type RecommendationStatus,
} from './vocabulary';

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
    });
  }
  items.sort(
    (a, b) => a.stepIndex - b.stepIndex || a.laneIndex - b.laneIndex || a.card.order - b.card.order,
  );
  return items.map(({ laneIndex: _laneIndex, ...item }) => item);
}

// ─── Due dates and staleness ─────────────────────────────────────────────────────────────

type Dated = Pick<RecommendationCard, 'status' | 'targetDate' | 'revisedDate' | 'completedDate'>;

/** Complete: marked complete, or given an actual completion date. */
export function isComplete(rec: Dated): boolean {
  return rec.status === 'complete' || rec.completedDate !== null;
}

/** The date it is due by: the revised date when there is one, else the target date. */
export function dueDate(rec: Dated): string | null {
  return rec.revisedDate ?? rec.targetDate;
}

/** Past its due date (revised, else target) and not complete. Due today is not overdue. */
export function isOverdue(rec: Dated, today: string): boolean {
  const due = dueDate(rec);
  return due !== null && !isComplete(rec) && due < today;
}

/** Not complete and due between today and `days` days from today (both included). */
export function isDueSoon(rec: Dated, today: string, days = 14): boolean {
  const due = dueDate(rec);
  return due !== null && !isComplete(rec) && due >= today && due <= addDaysIso(today, days);
}

/**
 * The latest progress update: the one with the latest date; of updates on the same date, the
 * one added last. Null when there are none.
 */
export function latestUpdate(
  rec: Pick<RecommendationCard, 'progress'>,
  onOrBefore?: string,
): ProgressUpdate | null {
  let latest: ProgressUpdate | null = null;
  for (const update of rec.progress) {
    if (onOrBefore !== undefined && update.date > onOrBefore) continue;
    if (latest === null || update.date >= latest.date) latest = update;
  }
  return latest;
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
 * The status on an earlier `date`, read from the progress log: the status of the latest
 * update on or before the date, or 'not-started' when there was none yet.
 */
export function statusAsOf(
  rec: Pick<RecommendationCard, 'progress'>,
  date: string,
): RecommendationStatus {
  return latestUpdate(rec, date)?.status ?? 'not-started';
}

// ─── Status summaries ────────────────────────────────────────────────────────────────────

/** What the status summary has a row for: each theme, or each phase. */
export type SummaryGrouping = 'theme' | 'phase';
/** How many recommendations have each status. */
export type StatusCounts = Record<RecommendationStatus, number>;

/** One row of the status summary: a theme or a phase and its counts per status. */
export interface SummaryRow {
  /** The theme, or the phase id; '' for recommendations without a theme. */
  key: string;
  label: string;
  counts: StatusCounts;
  total: number;
}

/** The status summary: a row per theme or phase and a totals row. */
export interface StatusSummary {
  by: SummaryGrouping;
  rows: SummaryRow[];
  totals: SummaryRow;
}

/** The summary's row label for recommendations with no theme. */
export const NO_THEME_LABEL = 'No theme';

/** Zero for every status. */
export function emptyCounts(): StatusCounts {
  return Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/**
 * Counts of recommendations per status, one row per theme (alphabetical, "No theme" last) or
 * per phase (journey order, only phases that have recommendations), and a totals row.
 * `statusOf` picks the status to count (default: the current one), e.g. `statusAsOf`.
 */
export function statusSummary(
  items: readonly ActionPlanItem[],
  by: SummaryGrouping,
  statusOf: (rec: RecommendationCard) => RecommendationStatus = (rec) => rec.status,
): StatusSummary {
  const rows = new Map<string, SummaryRow & { sort: number | string }>();
  const totals: SummaryRow = { key: 'total', label: 'Total', counts: emptyCounts(), total: 0 };
  for (const item of items) {
    const key = by === 'theme' ? item.card.theme.trim() : item.phase.id;
    let row = rows.get(key);
    if (!row) {
      row = {
        key,
        label: by === 'theme' ? key || NO_THEME_LABEL : item.phase.name || 'Untitled phase',
        counts: emptyCounts(),
        total: 0,
        sort: by === 'theme' ? key : item.phaseIndex,
      };
      rows.set(key, row);
    }
    const status = statusOf(item.card);
    row.counts[status] += 1;
    row.total += 1;
    totals.counts[status] += 1;
    totals.total += 1;
  }
  const sorted = [...rows.values()].sort((a, b) => {
    if (typeof a.sort === 'number' && typeof b.sort === 'number') return a.sort - b.sort;
    if (a.key === '') return 1;
    if (b.key === '') return -1;
    return String(a.sort).localeCompare(String(b.sort));
  });
  return { by, rows: sorted.map(({ sort: _sort, ...row }) => row), totals };
}

/** One status in a month-on-month comparison: its count on the earlier date and now. */
export interface StatusComparisonRow {
  status: RecommendationStatus;
  label: string;
  /** The count on the earlier date ("carried forward"). */
  earlier: number;
  /** The count now. */
  current: number;
  change: number;
}

/**
 * The summary now and as of an earlier date (both `YYYY-MM-DD`), side by side, as in a progress
 * report.
 */
export interface SummaryComparison {
  today: string;
  earlierDate: string;
  /** Summaries by group: now (current statuses) and as of the earlier date. */
  current: StatusSummary;
  earlier: StatusSummary;
  /** One row per status, like "Status | carried forward from Sept | Oct-21". */
  byStatus: StatusComparisonRow[];
  totals: { earlier: number; current: number };
}

/**
 * The status summary now beside the one on `earlierDate` (statuses read from the progress
 * log), grouped the same way so the rows line up.
 */
export function compareSummaries(
  map: JourneyMap,
  today: string,
  earlierDate: string,
  by: SummaryGrouping = 'theme',
): SummaryComparison {
  const items = recommendationsOf(map);
  const current = statusSummary(items, by);
  const earlier = statusSummary(items, by, (rec) => statusAsOf(rec, earlierDate));
  return {
    today,
    earlierDate,
    current,
    earlier,
    byStatus: RECOMMENDATION_STATUSES.map((status) => ({
      status,
      label: RECOMMENDATION_STATUS_LABELS[status],
      earlier: earlier.totals.counts[status],
      current: current.totals.counts[status],
      change: current.totals.counts[status] - earlier.totals.counts[status],
    })),
    totals: { earlier: earlier.totals.total, current: current.totals.total },
  };
}

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
        'why' | 'theme' | 'owner' | 'targetDate' | 'revisedDate' | 'description'
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
