/**
 * The progress log file (actionPlanExport.ts `progressLogToCsv`: one row per update) read back:
 * rows are matched by ID (the recommendation), Action ID (its action, blank for its own log)
 * and Update ID. A row with a known Update ID changes that update's date, status and text; a
 * row with a blank Update ID adds an update. Each changed log is kept in date order and its
 * item takes the status of its latest update, as adding an update in the app does. All or
 * nothing, like the action plan file: any problem names its row and column and changes nothing.
 */
import type { ActionPlanImportResult, CsvProblem } from './actionPlanCsv';
import { parseStatus, unescapeFormula } from './actionPlanCsv';
import type { SheetRows } from './csvRows';
import { jsonEqual } from '../domain/equality';
import { newId } from '../domain/ids';
import { parsePlanDate } from '../domain/planDates';
import { latestOf } from '../domain/planStatus';
import { LIMITS, type JourneyMap, type ProgressUpdate } from '../domain/schema';

const normalise = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const COLUMNS = {
  id: 'id',
  actionId: 'action id',
  updateId: 'update id',
  date: 'date',
  status: 'status',
  text: 'update',
} as const;
type Column = keyof typeof COLUMNS;

/** Whether a sheet is a progress log file: its header has an "Update ID" column. */
export function isProgressLogSheet(sheet: SheetRows): boolean {
  const header = sheet.rows.find((cells) => cells.some((cell) => cell.trim() !== ''));
  return header?.some((cell) => normalise(cell) === COLUMNS.updateId) ?? false;
}

/** Applies a progress log file to `map` (see the module comment). */
export function applyProgressLogRows(map: JourneyMap, sheet: SheetRows): ActionPlanImportResult {
  const unguard = sheet.formulaGuard ? unescapeFormula : (value: string) => value;
  const problems: CsvProblem[] = [];
  const headerIndex = sheet.rows.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  const header = sheet.rows[headerIndex] ?? [];
  const index = new Map<Column, { at: number; name: string }>();
  header.forEach((cell, at) => {
    for (const [column, name] of Object.entries(COLUMNS) as [Column, string][]) {
      if (normalise(cell) === name && !index.has(column)) index.set(column, { at, name: cell });
    }
  });
  for (const column of ['id', 'date', 'status', 'text'] as const) {
    if (!index.has(column)) {
      problems.push({ row: 1, column: COLUMNS[column], message: 'This column is missing.' });
    }
  }
  if (problems.length > 0) return refuse(problems);

  // Logs by "recommendation id" or "recommendation id action id", copied as they change.
  const logs = new Map<string, ProgressUpdate[]>();
  const original = new Map<string, readonly ProgressUpdate[]>();
  for (const card of map.cards) {
    if (card.kind !== 'recommendation') continue;
    original.set(card.id, card.progress);
    for (const action of card.actions) original.set(`${card.id} ${action.id}`, action.progress);
  }
  sheet.rows.slice(headerIndex + 1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const row = headerIndex + i + 2;
    const get = (column: Column) => {
      const at = index.get(column);
      return at === undefined ? '' : unguard(cells[at.at] ?? '');
    };
    const problem = (column: Column, message: string) =>
      problems.push({ row, column: index.get(column)?.name ?? COLUMNS[column], message });
    const actionId = get('actionId').trim();
    const key = actionId === '' ? get('id').trim() : `${get('id').trim()} ${actionId}`;
    const before = original.get(key);
    if (before === undefined) {
      return problem(
        actionId === '' ? 'id' : 'actionId',
        `No recommendation or action on this map has this ID (“${key}”).`,
      );
    }
    const day = parsePlanDate(get('date'));
    const status = parseStatus(get('status'));
    const text = get('text').trim();
    if (day?.kind !== 'day') problem('date', `“${get('date')}” is not a day (YYYY-MM-DD).`);
    if (status === null) problem('status', `“${get('status')}” is not a status.`);
    if (text === '' || text.length > LIMITS.longText) problem('text', 'Say what happened.');
    if (day?.kind !== 'day' || status === null || text === '') return;
    const log = logs.get(key) ?? [...before];
    logs.set(key, log);
    const updateId = get('updateId').trim();
    const entry: ProgressUpdate = { id: updateId || newId(), date: day.text, status, text };
    const at = log.findIndex((u) => u.id === updateId);
    if (updateId !== '' && at === -1)
      return problem('updateId', `No update has the ID “${updateId}”.`);
    if (at === -1) log.push(entry);
    else log[at] = entry;
  });
  if (problems.length > 0) return refuse(problems);

  const same = (a: readonly ProgressUpdate[], b: readonly ProgressUpdate[]) => jsonEqual(a, b);
  const inOrder = (log: ProgressUpdate[]) =>
    log
      .map((u, i) => ({ u, i }))
      .sort((a, b) => a.u.date.localeCompare(b.u.date) || a.i - b.i)
      .map(({ u }) => u);
  let updated = 0;
  const cards = map.cards.map((card) => {
    if (card.kind !== 'recommendation') return card;
    let changed = false;
    const own = logs.get(card.id);
    let next = card;
    if (own && !same(own, card.progress)) {
      const progress = inOrder(own);
      next = { ...next, progress, status: latestOf(progress)?.status ?? card.status };
      changed = true;
    }
    const actions = card.actions.map((action) => {
      const log = logs.get(`${card.id} ${action.id}`);
      if (!log || same(log, action.progress)) return action;
      changed = true;
      const progress = inOrder(log);
      return { ...action, progress, status: latestOf(progress)?.status ?? action.status };
    });
    if (!changed) return card;
    updated += 1;
    return { ...next, actions };
  });
  return { ok: true, map: updated === 0 ? map : { ...map, cards }, updated };
}

function refuse(problems: CsvProblem[]): ActionPlanImportResult {
  return {
    ok: false,
    message:
      problems.length === 1
        ? 'The progress log file has a problem, so nothing was changed.'
        : `The progress log file has ${problems.length} problems, so nothing was changed.`,
    problems,
  };
}
