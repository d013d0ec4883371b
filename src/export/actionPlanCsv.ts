/**
 * The action plan as CSV, for the spreadsheet the owners update between workshops, and back.
 *
 * Export: one row per recommendation in journey order; UTF-8 with a byte-order mark (so Excel
 * reads the accents), every field quoted, CRLF line ends, and cells that a spreadsheet would
 * run as a formula (starting with = + - @, a tab or a carriage return) prefixed with an
 * apostrophe.
 *
 * Import (CSV as Excel and LibreOffice write it, see csvRows.ts, or an Excel sheet through
 * xlsxRead.ts): rows are matched to recommendations by ID; theme, action, why, owner, the three
 * dates and the status are updated. Phase, step, answers and the last update are for reading
 * only and are ignored. Any problem (an unknown ID, a bad date, an unknown status) refuses the
 * whole file and names the row and column: nothing is changed. It is all or nothing because
 * the file updates a plan people already rely on: half an update would be worse than none.
 */
import Papa from 'papaparse';
import { readCsvRows, type SheetRows } from './csvRows';
import { isIsoDate, latestUpdate, recommendationsOf } from '../domain/actionPlan';
import { phaseDisplayName } from '../domain/names';
import { LIMITS, type JourneyMap, type RecommendationCard } from '../domain/schema';
import {
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_STATUS_LABELS,
  type RecommendationStatus,
} from '../domain/vocabulary';

/** The header row, in column order. */
export const ACTION_PLAN_COLUMNS = [
  'ID',
  'Phase',
  'Step',
  'Answers',
  'Theme',
  'Action',
  'Why',
  'Owner',
  'Target date',
  'Revised date',
  'Completed date',
  'Status',
  'Last update date',
  'Last update',
] as const;

const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would treat as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe. So does text that already starts with one, so that
 * import can always take exactly one off again.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

/** Undoes `escapeFormula`: the apostrophe goes only when it is the guard it adds. */
export function unescapeFormula(value: string): string {
  return /^'[=+\-@\t\r']/.test(value) ? value.slice(1) : value;
}

/** Which columns of `ACTION_PLAN_COLUMNS` hold dates (written as dates in workbooks). */
export const ACTION_PLAN_DATE_COLUMNS: ReadonlySet<string> = new Set([
  'Target date',
  'Revised date',
  'Completed date',
  'Last update date',
]);

/** One row of plain text cells per recommendation, in journey order (no formula guard). */
export function actionPlanRows(map: JourneyMap): string[][] {
  return recommendationsOf(map).map(({ card, phase, stepName, answered }) => {
    const last = latestUpdate(card);
    return [
      card.id,
      phaseDisplayName(phase),
      stepName,
      answered?.title ?? '',
      card.theme,
      card.title,
      card.why,
      card.owner,
      card.targetDate ?? '',
      card.revisedDate ?? '',
      card.completedDate ?? '',
      RECOMMENDATION_STATUS_LABELS[card.status],
      last?.date ?? '',
      last?.text ?? '',
    ];
  });
}

/** The action plan of `map` as CSV text (with BOM). */
export function actionPlanToCsv(map: JourneyMap): string {
  const rows = actionPlanRows(map).map((row) => row.map(escapeFormula));
  const csv = Papa.unparse(
    { fields: [...ACTION_PLAN_COLUMNS], data: rows },
    { quotes: true, newline: '\r\n', header: true },
  );
  return `${BOM}${csv}\r\n`;
}

// ─── Import ──────────────────────────────────────────────────────────────────────────────

/** One problem with an imported action plan CSV: where it is and what is wrong, in plain words. */
export interface CsvProblem {
  /** The row as a spreadsheet numbers it: 1 is the header row. */
  row: number;
  /** The column's name as written in the file's header. */
  column: string;
  message: string;
}

/** The map with its recommendations updated (and how many changed), or why nothing was changed. */
export type ActionPlanImportResult =
  | {
      ok: true;
      map: JourneyMap;
      updated: number;
      /** Cells imported as they are but worth a look (text holding "�"); absent when none. */
      problems?: CsvProblem[];
    }
  | { ok: false; message: string; problems: CsvProblem[] };

type Field =
  | 'id'
  | 'theme'
  | 'title'
  | 'why'
  | 'owner'
  | 'targetDate'
  | 'revisedDate'
  | 'completedDate'
  | 'status';

/** Header names (lower case, single spaces) accepted for each field that import reads. */
const HEADERS: Record<Field, readonly string[]> = {
  id: ['id'],
  theme: ['theme'],
  title: ['action', 'title', 'recommendation'],
  why: ['why'],
  owner: ['owner', 'by whom'],
  targetDate: ['target date', 'target', 'by when', 'due date'],
  revisedDate: ['revised date', 'revised'],
  completedDate: ['completed date', 'completed', 'actual date', 'actual completion date'],
  status: ['status'],
};

const normalise = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Every spelling of a status that import accepts, normalised. */
const STATUS_NAMES: ReadonlyMap<string, RecommendationStatus> = (() => {
  const names = new Map<string, RecommendationStatus>();
  for (const status of RECOMMENDATION_STATUSES) {
    names.set(normalise(status), status);
    names.set(normalise(RECOMMENDATION_STATUS_LABELS[status]), status);
  }
  const aliases: [string, RecommendationStatus][] = [
    ['green', 'on-track'],
    ['amber', 'at-risk'],
    ['red', 'off-track'],
    ['hold', 'on-hold'],
    ['completed', 'complete'],
    ['done', 'complete'],
  ];
  for (const [name, status] of aliases) names.set(name, status);
  return names;
})();

/**
 * A status from a cell: its id or its words ("On track (green)"), any case, or a common alias
 * ("green", "done"); null when none matches.
 */
export function parseStatus(value: string): RecommendationStatus | null {
  return STATUS_NAMES.get(normalise(value)) ?? null;
}

/** `YYYY-MM-DD`, or a UK `DD/MM/YYYY` as spreadsheets often rewrite it; '' is no date. */
function parseDate(value: string): { ok: true; date: string | null } | { ok: false } {
  const text = value.trim();
  if (text === '') return { ok: true, date: null };
  if (isIsoDate(text)) return { ok: true, date: text };
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (uk) {
    const iso = `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}`;
    if (isIsoDate(iso)) return { ok: true, date: iso };
  }
  return { ok: false };
}

const LOST_CHARACTERS_NOTE =
  'holds “�” where characters were lost before this file reached Waymark (it was probably saved in the wrong encoding); it was imported as it is, so check the text';

type Patch = Partial<
  Pick<
    RecommendationCard,
    'theme' | 'title' | 'why' | 'owner' | 'targetDate' | 'revisedDate' | 'completedDate' | 'status'
  >
>;

const refuse = (problems: CsvProblem[], message?: string): ActionPlanImportResult => ({
  ok: false,
  message:
    message ??
    (problems.length === 1
      ? 'The file has a problem, so nothing was changed.'
      : `The file has ${problems.length} problems, so nothing was changed.`),
  problems,
});

/**
 * Applies an edited action plan CSV to `map`. All or nothing: any problem returns `ok: false`
 * with every problem found, and the map is not changed. `updated` counts the recommendations
 * that actually changed (the map is returned as is when none did).
 */
export function applyActionPlanCsv(map: JourneyMap, text: string): ActionPlanImportResult {
  const parsed = readCsvRows(text);
  if (!parsed.ok) return refuse(parsed.problems);
  return applyActionPlanRows(map, parsed.sheet);
}

/** As `applyActionPlanCsv`, for rows already read from CSV or from an Excel sheet. */
export function applyActionPlanRows(map: JourneyMap, sheet: SheetRows): ActionPlanImportResult {
  const unguard = sheet.formulaGuard ? unescapeFormula : (value: string) => value;
  const problems: CsvProblem[] = [];
  const notes: CsvProblem[] = [];
  const blank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
  const headerIndex = sheet.rows.findIndex((cells) => !blank(cells));
  const header = sheet.rows[headerIndex];
  const rows = sheet.rows.slice(headerIndex + 1);
  if (!header) {
    return refuse([{ row: 1, column: '', message: 'The file is empty.' }], 'The file is empty.');
  }

  const columns = new Map<Field, { index: number; name: string }>();
  header.forEach((cell, index) => {
    const name = normalise(cell);
    for (const [field, names] of Object.entries(HEADERS) as [Field, readonly string[]][]) {
      if (names.includes(name) && !columns.has(field))
        columns.set(field, { index, name: cell.trim() });
    }
  });
  const idColumn = columns.get('id');
  if (!idColumn) {
    return refuse(
      [
        {
          row: 1,
          column: 'ID',
          message: 'There is no ID column to match rows to recommendations.',
        },
      ],
      'The file has no ID column, so nothing was changed.',
    );
  }

  const recommendations = new Map<string, RecommendationCard>();
  for (const card of map.cards)
    if (card.kind === 'recommendation') recommendations.set(card.id, card);
  const seen = new Map<string, number>();
  const patches = new Map<string, Patch>();

  rows.forEach((cells, index) => {
    if (blank(cells)) return;
    const row = headerIndex + index + 2;
    const cell = (field: Field): { value: string; column: string } | null => {
      const column = columns.get(field);
      if (!column) return null;
      const value = unguard(cells[column.index] ?? '');
      if (value.includes('\uFFFD')) {
        notes.push({ row, column: column.name, message: LOST_CHARACTERS_NOTE });
      }
      return { value, column: column.name };
    };
    const problem = (column: string, message: string) => problems.push({ row, column, message });

    const id = cell('id')!.value.trim();
    if (id === '') return problem(idColumn.name, 'The ID is empty.');
    const card = recommendations.get(id);
    if (!card) return problem(idColumn.name, `No recommendation on this map has the ID “${id}”.`);
    const first = seen.get(id);
    if (first !== undefined)
      return problem(idColumn.name, `The ID “${id}” is also on row ${first}.`);
    seen.set(id, row);

    const patch: Patch = {};
    for (const field of ['theme', 'title', 'owner'] as const) {
      const got = cell(field);
      if (!got) continue;
      const value = got.value.trim();
      if (value.length > LIMITS.shortText) {
        problem(got.column, `Longer than ${LIMITS.shortText} characters.`);
      } else if (value !== card[field].trim()) {
        patch[field] = value; // spaces around a value alone are no change
      }
    }
    const why = cell('why');
    if (why) {
      if (why.value.length > LIMITS.longText) {
        problem(why.column, `Longer than ${LIMITS.longText} characters.`);
      } else patch.why = why.value;
    }
    for (const field of ['targetDate', 'revisedDate', 'completedDate'] as const) {
      const got = cell(field);
      if (!got) continue;
      const date = parseDate(got.value);
      if (date.ok) patch[field] = date.date;
      else problem(got.column, `“${got.value}” is not a date (expected YYYY-MM-DD or DD/MM/YYYY).`);
    }
    const status = cell('status');
    if (status) {
      const value = parseStatus(status.value);
      if (value) patch.status = value;
      else {
        problem(
          status.column,
          `“${status.value}” is not a status (expected one of: ${RECOMMENDATION_STATUSES.map(
            (s) => RECOMMENDATION_STATUS_LABELS[s],
          ).join(', ')}).`,
        );
      }
    }
    patches.set(id, patch);
  });

  if (problems.length > 0) return refuse(problems);

  let updated = 0;
  const cards = map.cards.map((card) => {
    const patch = card.kind === 'recommendation' ? patches.get(card.id) : undefined;
    if (!patch || card.kind !== 'recommendation') return card;
    const changed = (Object.keys(patch) as (keyof Patch)[]).some((key) => patch[key] !== card[key]);
    if (!changed) return card;
    updated += 1;
    return { ...card, ...patch };
  });
  return {
    ok: true,
    map: updated === 0 ? map : { ...map, cards },
    updated,
    ...(notes.length > 0 ? { problems: notes } : {}),
  };
}
