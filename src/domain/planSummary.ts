/**
 * Status summaries of the action plan by theme or by phase (seed 004's "status by theme"
 * table), now or as at any date, and the comparison of two dates ("carried forward from the
 * September update" against October).
 *
 * What is counted: each action of a recommendation, and a recommendation without actions as
 * one (so seed 004's 26 actions count 26, however they are grouped into recommendations).
 * Themes come in the map's theme order (`map.themes`), then themes in use that are not listed,
 * alphabetically, then "No theme"; phases in journey order.
 */
import type { ActionPlanItem } from './actionPlan';
import { recommendationsOf } from './actionPlan';
import { logStatusAsAt } from './planStatus';
import type { JourneyMap, ProgressUpdate } from './schema';
import {
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_STATUS_LABELS,
  type RecommendationStatus,
} from './vocabulary';

/** What the status summary has a row for: each theme, or each phase. */
export type SummaryGrouping = 'theme' | 'phase';
/** How many actions (or recommendations without actions) have each status. */
export type StatusCounts = Record<RecommendationStatus, number>;
/** What a status is read from: an action, or a recommendation without actions. */
export type PlanEntry = { status: RecommendationStatus; progress: readonly ProgressUpdate[] };

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

/** The summary's row (by phase) for plans kept in the action plan only, listed last. */
export const OFF_MAP_LABEL = 'Not on a journey step';
const OFF_MAP_KEY = '#off-map';

/** The summary's row label for recommendations with no theme. */
export const NO_THEME_LABEL = 'No theme';

/** Zero for every status. */
export function emptyCounts(): StatusCounts {
  return Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** What a recommendation counts as in a summary: its actions, or itself without any. */
export function entriesOf(item: ActionPlanItem): readonly PlanEntry[] {
  return item.card.actions.length > 0 ? item.card.actions : [item.card];
}

/**
 * Theme names in the order summaries and groupings use (module comment): the map's themes,
 * then `inUse` names that are not listed (alphabetically), then '' (no theme) when in use.
 */
export function orderedThemes(map: Pick<JourneyMap, 'themes'>, inUse: readonly string[]): string[] {
  const listed = map.themes.map((theme) => theme.name.trim());
  const known = new Set(listed);
  const rest = [...new Set(inUse.map((name) => name.trim()))]
    .filter((name) => name !== '' && !known.has(name))
    .sort((a, b) => a.localeCompare(b));
  const hasBlank = inUse.some((name) => name.trim() === '');
  return [...listed, ...rest, ...(hasBlank ? [''] : [])];
}

/**
 * Counts per status, one row per theme (in theme order, see `orderedThemes`) or per phase
 * (journey order, only phases that have recommendations), and a totals row. `statusOf` picks
 * the status to count (default: the current one), e.g. `(e) => logStatusAsAt(e, date)`.
 */
export function statusSummary(
  items: readonly ActionPlanItem[],
  by: SummaryGrouping,
  statusOf: (entry: PlanEntry) => RecommendationStatus = (entry) => entry.status,
  themes: Pick<JourneyMap, 'themes'> = { themes: [] },
): StatusSummary {
  const rows = new Map<string, SummaryRow & { sort: number }>();
  const totals: SummaryRow = { key: 'total', label: 'Total', counts: emptyCounts(), total: 0 };
  const themeOrder = orderedThemes(
    themes,
    items.map((item) => item.card.theme),
  );
  for (const item of items) {
    const offMap = by === 'phase' && !item.onMap;
    const key = by === 'theme' ? item.card.theme.trim() : offMap ? OFF_MAP_KEY : item.phase.id;
    let row = rows.get(key);
    if (!row) {
      row = {
        key,
        label:
          by === 'theme'
            ? key || NO_THEME_LABEL
            : offMap
              ? OFF_MAP_LABEL
              : item.phase.name || 'Untitled phase',
        counts: emptyCounts(),
        total: 0,
        sort: by === 'theme' ? themeOrder.indexOf(key) : offMap ? Infinity : item.phaseIndex,
      };
      rows.set(key, row);
    }
    for (const entry of entriesOf(item)) {
      const status = statusOf(entry);
      row.counts[status] += 1;
      row.total += 1;
      totals.counts[status] += 1;
      totals.total += 1;
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.sort - b.sort);
  return { by, rows: sorted.map(({ sort: _sort, ...row }) => row), totals };
}

/** One status in a comparison of two dates: its count on the earlier and the later one. */
export interface StatusComparisonRow {
  status: RecommendationStatus;
  label: string;
  /** The count on the earlier date ("carried forward"). */
  earlier: number;
  /** The count on the later date (or now). */
  current: number;
  change: number;
}

/**
 * The summary on two dates (both `YYYY-MM-DD`), side by side, as in a progress report:
 * `earlierDate` against `laterDate`, or against now when there is no later date.
 */
export interface SummaryComparison {
  today: string;
  earlierDate: string;
  /** The later date compared, or null for "now" (the current statuses). */
  laterDate: string | null;
  /** Summaries by group: on the later date (or now) and on the earlier date. */
  current: StatusSummary;
  earlier: StatusSummary;
  /** One row per status, like "Status | carried forward from Sept | Oct-21". */
  byStatus: StatusComparisonRow[];
  totals: { earlier: number; current: number };
}

/**
 * The status summary on `laterDate` (statuses as at that date, carried forward from the
 * progress logs; null: the current statuses) beside the one on `earlierDate`, grouped the
 * same way so the rows line up.
 */
export function compareSummaries(
  map: JourneyMap,
  today: string,
  earlierDate: string,
  by: SummaryGrouping = 'theme',
  laterDate: string | null = null,
): SummaryComparison {
  const items = recommendationsOf(map);
  const current =
    laterDate === null
      ? statusSummary(items, by, undefined, map)
      : statusSummary(items, by, (entry) => logStatusAsAt(entry, laterDate), map);
  const earlier = statusSummary(items, by, (entry) => logStatusAsAt(entry, earlierDate), map);
  return {
    today,
    earlierDate,
    laterDate,
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
