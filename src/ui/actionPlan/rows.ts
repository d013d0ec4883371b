/**
 * The rows of the action plan table, as plain data: each recommendation with its flags
 * against today, and how the table sorts, filters and groups them. No React here.
 */
import {
  daysSinceLastUpdate,
  isDueSoon,
  isOverdue,
  isStale,
  latestUpdate,
  recommendationsOf,
  type ActionPlanItem,
} from '../../domain/actionPlan';
import { planDateSortKey } from '../../domain/planDates';
import { recommendationStatus } from '../../domain/planStatus';
import { OFF_MAP_LABEL, orderedThemes } from '../../domain/planSummary';
import type { JourneyMap } from '../../domain/schema';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../domain/vocabulary';
import { compareNumbers } from '../../domain/planEdits';
import { readRating, type RatingReading } from '../../domain/ratings';
import { statusLabel } from './format';

/** Days without an update before a recommendation is flagged "No update for N days". */
export const STALE_AFTER_DAYS = 30;
/** Days ahead of the due date a recommendation is flagged "Due soon". */
export const DUE_SOON_DAYS = 14;

/** A column the table sorts by. */
export type SortKey =
  | 'number'
  | 'action'
  | 'theme'
  | 'step'
  | 'answers'
  | 'owner'
  | 'target'
  | 'revised'
  | 'completed'
  | 'status'
  | 'rating'
  | 'lastUpdate';
/** The column and direction the table is sorted by. */
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}
/** What the rows are grouped by ('none': one group). */
export type GroupBy = 'none' | 'phase' | 'theme' | 'owner' | 'status';
/** A due-date flag the rows are narrowed to ('': any). */
export type FlagFilter = '' | 'overdue' | 'due-soon' | 'stale';

/** The filters of the table; '' is "all" for each, `text` is searched in every column. */
export interface RowFilters {
  status: RecommendationStatus | '';
  theme: string;
  owner: string;
  phase: string;
  flag: FlagFilter;
  /** A word of the rating scale (or one given off it), `NOT_RATED`, or '' for any. */
  rating: string;
  text: string;
}

/** The rating filter's value for recommendations without a rating. */
export const NOT_RATED = '(not rated)';

/** One recommendation in the table, with its flags against today. */
export interface Row extends ActionPlanItem {
  /** Position in journey order. */
  index: number;
  overdue: boolean;
  dueSoon: boolean;
  /** Its status: rolled up from its actions when it has any (domain/planStatus.ts). */
  status: RecommendationStatus;
  staleDays: number | null;
  lastUpdateDate: string | null;
  lastUpdateText: string;
  /** Its rating on the map's scale (domain/ratings.ts), or null when not rated. */
  rating: RatingReading | null;
}

/** One group of rows under a heading (`label` is '' when the rows are not grouped). */
export interface RowGroup {
  key: string;
  label: string;
  rows: Row[];
}

/**
 * The table's columns in order; `key` null for one that does not sort. The RAG status comes
 * right after the action, where a board reads it, and in view at 1366 px without scrolling
 * across (the seed's plan has it last, in its update text).
 */
export const COLUMNS: readonly { key: SortKey | null; label: string }[] = [
  { key: 'number', label: 'No.' },
  { key: 'action', label: 'Action' },
  { key: 'status', label: 'Status' },
  { key: 'theme', label: 'Theme' },
  { key: 'step', label: 'Phase / step' },
  { key: 'answers', label: 'Answers' },
  { key: 'owner', label: 'Owner' },
  { key: 'target', label: 'Target' },
  { key: 'revised', label: 'Revised' },
  { key: 'completed', label: 'Completed' },
  { key: 'rating', label: 'Rating' },
  { key: 'lastUpdate', label: 'Last update' },
  { key: null, label: 'Flags' },
];

/** Every recommendation of the map in journey order, flagged against `today` (`YYYY-MM-DD`). */
export function rowsOf(map: JourneyMap, today: string): Row[] {
  return recommendationsOf(map).map((item, index) => {
    const last = latestUpdate(item.card);
    const overdue = isOverdue(item.card, today);
    return {
      ...item,
      index,
      overdue,
      dueSoon: !overdue && isDueSoon(item.card, today, DUE_SOON_DAYS),
      status: recommendationStatus(item.card),
      staleDays: isStale(item.card, today, STALE_AFTER_DAYS)
        ? daysSinceLastUpdate(item.card, today)
        : null,
      lastUpdateDate: last?.date ?? null,
      lastUpdateText: last?.text ?? '',
      rating: readRating(item.card.rating, map.judgement.scale),
    };
  });
}

/** The value a column sorts by; null sorts last whichever the direction. */
function sortValue(row: Row, key: SortKey): string | number | null {
  const text = (value: string) => (value.trim() === '' ? null : value.trim().toLowerCase());
  switch (key) {
    case 'number':
      return row.card.number.trim() === '' ? null : row.card.number.trim();
    case 'action':
      return text(row.card.title);
    case 'theme':
      return text(row.card.theme);
    case 'step':
      return row.index;
    case 'answers':
      return row.answered ? text(row.answered.title) : null;
    case 'owner':
      return text(row.card.owner);
    case 'target':
      return planDateSortKey(row.card.targetDate);
    case 'revised':
      return planDateSortKey(row.card.revisedDate);
    case 'completed':
      return planDateSortKey(row.card.completedDate);
    case 'status':
      return RECOMMENDATION_STATUSES.indexOf(row.status);
    case 'lastUpdate':
      return row.lastUpdateDate;
    case 'rating':
      // Worst to best on the scale; a word off the scale after them.
      return row.rating === null ? null : (row.rating.place ?? row.rating.of + 1);
  }
}

function compareRows(a: Row, b: Row, { key, dir }: Sort): number {
  const va = sortValue(a, key);
  const vb = sortValue(b, key);
  if (va === null || vb === null) {
    if (va === vb) return a.index - b.index;
    return va === null ? 1 : -1;
  }
  const order =
    typeof va === 'number' && typeof vb === 'number'
      ? va - vb
      : key === 'number'
        ? compareNumbers(String(va), String(vb))
        : String(va).localeCompare(String(vb));
  return (dir === 'asc' ? order : -order) || a.index - b.index;
}

/** The rows that pass every filter, sorted (ties keep journey order). */
export function shownRows(rows: readonly Row[], filters: RowFilters, sort: Sort): Row[] {
  const needle = filters.text.trim().toLowerCase();
  return rows
    .filter((row) => {
      const { card } = row;
      if (filters.status !== '' && row.status !== filters.status) return false;
      if (filters.theme !== '' && card.theme.trim() !== filters.theme) return false;
      if (filters.owner !== '' && card.owner.trim() !== filters.owner) return false;
      if (filters.phase !== '' && row.phase.id !== filters.phase) return false;
      if (filters.flag === 'overdue' && !row.overdue) return false;
      if (filters.flag === 'due-soon' && !row.dueSoon) return false;
      if (filters.flag === 'stale' && row.staleDays === null) return false;
      if (filters.rating === NOT_RATED && row.rating !== null) return false;
      if (
        filters.rating !== '' &&
        filters.rating !== NOT_RATED &&
        row.rating?.word.toLocaleLowerCase() !== filters.rating.toLocaleLowerCase()
      )
        return false;
      if (needle === '') return true;
      return [
        card.title,
        card.description,
        card.why,
        card.theme,
        card.owner,
        row.stepName,
        row.phase.name,
        row.answered?.title ?? '',
        card.number,
        card.response.text,
        ...card.progress.map((u) => u.text),
        ...card.actions.flatMap((a) => [
          a.title,
          a.description,
          a.owner,
          ...a.progress.map((u) => u.text),
        ]),
      ].some((value) => value.toLowerCase().includes(needle));
    })
    .sort((a, b) => compareRows(a, b, sort));
}

function groupOf(
  row: Row,
  by: GroupBy,
  themeOrder: readonly string[],
): { key: string; label: string; sort: string | number } {
  switch (by) {
    case 'phase':
      return row.onMap
        ? { key: row.phase.id, label: row.phase.name || 'Untitled phase', sort: row.phaseIndex }
        : { key: '#off-map', label: OFF_MAP_LABEL, sort: Number.MAX_SAFE_INTEGER };
    case 'theme': {
      const theme = row.card.theme.trim();
      return { key: theme, label: theme || 'No theme', sort: themeOrder.indexOf(theme) };
    }
    case 'owner': {
      const owner = row.card.owner.trim();
      return { key: owner, label: owner || 'No owner', sort: owner === '' ? '\uffff' : owner };
    }
    case 'status':
      return {
        key: row.status,
        label: statusLabel(row.status),
        sort: RECOMMENDATION_STATUSES.indexOf(row.status),
      };
    case 'none':
      return { key: 'all', label: '', sort: 0 };
  }
}

/**
 * The rows in groups, in the order of the groups: themes in the map's theme order (`map`'s
 * `themes`, see domain/planSummary.ts), blank themes and owners last.
 */
export function groupRows(
  rows: Row[],
  by: GroupBy,
  map: Pick<JourneyMap, 'themes'> = { themes: [] },
): RowGroup[] {
  if (by === 'none') return [{ key: 'all', label: '', rows }];
  const themeOrder = orderedThemes(
    map,
    rows.map((row) => row.card.theme),
  );
  const byKey = new Map<
    string,
    { key: string; label: string; sort: string | number; rows: Row[] }
  >();
  for (const row of rows) {
    const group = groupOf(row, by, themeOrder);
    const entry = byKey.get(group.key) ?? { ...group, rows: [] };
    entry.rows.push(row);
    byKey.set(group.key, entry);
  }
  return [...byKey.values()]
    .sort((a, b) =>
      typeof a.sort === 'number' && typeof b.sort === 'number'
        ? a.sort - b.sort
        : String(a.sort).localeCompare(String(b.sort)),
    )
    .map(({ key, label, rows }) => ({ key, label, rows }));
}

/** The distinct non-blank values, trimmed and in alphabetical order (for filters and hints). */
export function uniqueSorted(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))].sort((a, b) =>
    a.localeCompare(b),
  );
}

/**
 * The rating filter's choices: the scale's words worst first, words given off the scale (as
 * written), then "Not rated".
 */
export function ratingChoices(rows: readonly Row[], scale: readonly string[]): [string, string][] {
  const off = rows
    .map((row) => row.rating)
    .filter((r): r is RatingReading => r !== null && r.place === null)
    .map((r) => r.word);
  return [
    ...scale.map((word): [string, string] => [word, word]),
    ...uniqueSorted(off).map((word): [string, string] => [word, `${word} (not on the scale)`]),
    [NOT_RATED, 'Not rated'],
  ];
}
