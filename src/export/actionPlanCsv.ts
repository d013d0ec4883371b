/**
 * The action plan as CSV, for the spreadsheet the owners update between workshops, and back.
 *
 * Export: one row per recommendation in journey order; UTF-8 with a byte-order mark (so Excel
 * reads the accents), every field quoted, CRLF line ends, and cells that a spreadsheet would
 * run as a formula (starting with = + - @, a tab or a carriage return) prefixed with an
 * apostrophe.
 *
 * Import (CSV as Excel and LibreOffice write it, see csvRows.ts, or an Excel sheet through
 * xlsxRead.ts): rows are matched to recommendations by ID, and to their actions by ID and
 * Action ID; number, theme, action, why, response, owner, the three dates and the status are
 * updated (an action row's "Why" is its comments; a recommendation with actions takes its
 * status from them). Any text is a date (domain/planDates.ts: a day, a month, a season or
 * words). Phase, step, answers and the last update are for reading only and are ignored. Any
 * problem (an unknown ID, an unknown status or response) refuses the whole file and names the
 * row and column: nothing is changed. It is all or nothing because
 * the file updates a plan people already rely on: half an update would be worse than none.
 */
import { unescapeFormula } from './actionPlanExport';
import { readCsvRows, type SheetRows } from './csvRows';
import { jsonEqual } from '../domain/equality';
import { normalizePlanDate } from '../domain/planDates';
import type { PlanActionPatch } from '../domain/planEdits';
import {
  LIMITS,
  type JourneyMap,
  type PlanAction,
  type RecommendationCard,
  type RecommendationResponse,
} from '../domain/schema';
import {
  RECOMMENDATION_RESPONSE_LABELS,
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_STATUS_LABELS,
  type RecommendationStatus,
} from '../domain/vocabulary';

// The export (and the formula guard both directions use) lives in actionPlanExport.ts.
export * from './actionPlanExport';

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
  | 'actionId'
  | 'number'
  | 'response'
  | 'responseText'
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
  actionId: ['action id'],
  number: ['no', 'number'],
  response: ['response'],
  responseText: ['response text'],
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

const LOST_CHARACTERS_NOTE =
  'holds “�” where characters were lost before this file reached Waymark (it was probably saved in the wrong encoding); it was imported as it is, so check the text';

type Patch = Partial<
  Pick<
    RecommendationCard,
    | 'theme'
    | 'title'
    | 'why'
    | 'owner'
    | 'targetDate'
    | 'revisedDate'
    | 'completedDate'
    | 'status'
    | 'number'
    | 'response'
  >
>;

/** Every spelling of a response that import accepts, normalised ('' is none recorded). */
function parseResponse(value: string): RecommendationResponse['answer'] | undefined {
  const name = normalise(value);
  if (name === '') return null;
  for (const [answer, label] of Object.entries(RECOMMENDATION_RESPONSE_LABELS)) {
    if (name === normalise(answer) || name === normalise(label))
      return answer as RecommendationResponse['answer'];
  }
  return undefined;
}

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
  const actionPatches = new Map<
    string,
    { cardId: string; actionId: string; patch: PlanActionPatch }
  >();

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
    const actionCell = cell('actionId');
    const actionId = actionCell?.value.trim() ?? '';
    const action = actionId === '' ? null : card.actions.find((a) => a.id === actionId);
    if (action === undefined) {
      return problem(
        actionCell!.column,
        `“${card.title}” has no action with the ID “${actionId}”.`,
      );
    }
    const key = action ? `${id} ${action.id}` : id;
    const first = seen.get(key);
    if (first !== undefined)
      return problem(
        idColumn.name,
        `The ID “${id}”${action ? ` with this Action ID` : ''} is also on row ${first}.`,
      );
    seen.set(key, row);
    const target: Pick<PlanAction, 'title' | 'owner'> & { theme?: string } = action ?? card;

    const patch: Patch = {};
    for (const field of ['theme', 'title', 'owner'] as const) {
      const got = cell(field);
      if (!got || (action && field === 'theme')) continue;
      const value = got.value.trim();
      if (value.length > LIMITS.shortText) {
        problem(got.column, `Longer than ${LIMITS.shortText} characters.`);
      } else if (value !== (target[field] ?? '').trim()) {
        patch[field] = value; // spaces around a value alone are no change
      }
    }
    const why = cell('why');
    if (why) {
      if (why.value.length > LIMITS.longText) {
        problem(why.column, `Longer than ${LIMITS.longText} characters.`);
      } else patch.why = why.value;
    }
    // Any text is a plan date (domain/planDates.ts): a day, a month, a season, or words.
    for (const field of ['targetDate', 'revisedDate', 'completedDate'] as const) {
      const got = cell(field);
      if (got) patch[field] = normalizePlanDate(got.value);
    }
    const status = cell('status');
    if (status) {
      const value = parseStatus(status.value);
      if (value) patch.status = value;
      else if (!(action === null && status.value.trim() !== '' && card.actions.length > 0)) {
        problem(
          status.column,
          `“${status.value}” is not a status (expected one of: ${RECOMMENDATION_STATUSES.map(
            (s) => RECOMMENDATION_STATUS_LABELS[s],
          ).join(', ')}).`,
        );
      }
    }
    if (action) {
      const { why: description, theme: _theme, number: _n, response: _r, ...rest } = patch;
      const actionPatch: PlanActionPatch = { ...rest };
      if (description !== undefined) actionPatch.description = description;
      actionPatches.set(key, { cardId: id, actionId: action.id, patch: actionPatch });
      return;
    }
    const number = cell('number');
    if (number) patch.number = number.value.trim().slice(0, 20);
    const response = cell('response');
    const responseText = cell('responseText');
    if (response || responseText) {
      const answer = response ? parseResponse(response.value) : card.response.answer;
      if (answer === undefined) {
        problem(
          response!.column,
          `“${response!.value}” is not a response (expected Accepted, Partly accepted, Not accepted or Pending).`,
        );
      } else {
        patch.response = { answer, text: responseText?.value ?? card.response.text };
      }
    }
    // A recommendation with actions has its status from them: the column is for reading.
    if (card.actions.length > 0) delete patch.status;
    patches.set(id, patch);
  });

  if (problems.length > 0) return refuse(problems);

  let updated = 0;
  const same = jsonEqual;
  const cards = map.cards.map((card) => {
    if (card.kind !== 'recommendation') return card;
    const patch = patches.get(card.id) ?? {};
    let changed = (Object.keys(patch) as (keyof Patch)[]).some((k) => !same(patch[k], card[k]));
    const actions = card.actions.map((action) => {
      const entry = actionPatches.get(`${card.id} ${action.id}`);
      if (!entry) return action;
      const keys = Object.keys(entry.patch) as (keyof PlanActionPatch)[];
      if (!keys.some((k) => !same(entry.patch[k], action[k]))) return action;
      changed = true;
      return { ...action, ...entry.patch };
    });
    if (!changed) return card;
    updated += 1;
    return { ...card, ...patch, actions };
  });
  return {
    ok: true,
    map: updated === 0 ? map : { ...map, cards },
    updated,
    ...(notes.length > 0 ? { problems: notes } : {}),
  };
}
