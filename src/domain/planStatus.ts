/**
 * The status of a recommendation with actions, now and as at any date (pure).
 *
 * **Roll-up rule** (a recommendation with one or more actions; without actions it has its own
 * status and progress log, as in format 2):
 * 1. every action complete → complete;
 * 2. else, among the actions not complete, the worst RAG status: any off track → off track,
 *    else any at risk → at risk, else any on track → on track;
 * 3. else (the open actions are all not started or on hold): when some actions are complete,
 *    the work is under way → on track; when every open action is on hold → on hold;
 *    otherwise → not started.
 *
 * **As at a date**: an action's (or a recommendation's own) status on a date is the status of
 * its latest progress update dated on or before it, carried forward until the next update;
 * with no update by then it counts as not started. A recommendation with actions rolls up
 * their statuses on that date by the rule above.
 */
import type { PlanAction, ProgressUpdate, RecommendationCard } from './schema';
import type { RecommendationStatus } from './vocabulary';

/** The rolled-up status of a set of action statuses (module comment); null for none. */
export function rollUpStatus(
  statuses: readonly RecommendationStatus[],
): RecommendationStatus | null {
  if (statuses.length === 0) return null;
  const open = statuses.filter((status) => status !== 'complete');
  if (open.length === 0) return 'complete';
  for (const status of ['off-track', 'at-risk', 'on-track'] as const) {
    if (open.includes(status)) return status;
  }
  if (open.length < statuses.length) return 'on-track';
  return open.every((status) => status === 'on-hold') ? 'on-hold' : 'not-started';
}

/** A recommendation's status now: rolled up from its actions, or its own without actions. */
export function recommendationStatus(
  rec: Pick<RecommendationCard, 'status' | 'actions'>,
): RecommendationStatus {
  return rollUpStatus(rec.actions.map((action) => action.status)) ?? rec.status;
}

/**
 * The latest progress update on or before `onOrBefore` (all when undefined): the one with the
 * latest date; of updates on the same date, the one added last. Null when there are none.
 */
export function latestOf(
  progress: readonly ProgressUpdate[],
  onOrBefore?: string,
): ProgressUpdate | null {
  let latest: ProgressUpdate | null = null;
  for (const update of progress) {
    if (onOrBefore !== undefined && update.date > onOrBefore) continue;
    if (latest === null || update.date >= latest.date) latest = update;
  }
  return latest;
}

/** An action's (or a recommendation's own) status on `date`, carried forward (module comment). */
export function logStatusAsAt(
  item: { progress: readonly ProgressUpdate[] },
  date: string,
): RecommendationStatus {
  return latestOf(item.progress, date)?.status ?? 'not-started';
}

/** A recommendation's status on `date` (`YYYY-MM-DD`): its actions' rolled up, else its own. */
export function recommendationStatusAsAt(
  rec: Pick<RecommendationCard, 'progress' | 'actions'>,
  date: string,
): RecommendationStatus {
  return (
    rollUpStatus(rec.actions.map((action) => logStatusAsAt(action, date))) ??
    logStatusAsAt(rec, date)
  );
}

/** Every progress update of a recommendation and of its actions, with the action it is for. */
export function allUpdates(
  rec: Pick<RecommendationCard, 'progress' | 'actions'>,
): { update: ProgressUpdate; action: PlanAction | null }[] {
  return [
    ...rec.progress.map((update) => ({ update, action: null })),
    ...rec.actions.flatMap((action) => action.progress.map((update) => ({ update, action }))),
  ];
}
