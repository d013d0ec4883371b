/**
 * The action plan written as CSV (and, through xlsxWrite.ts, as a workbook): every column, one
 * row per recommendation followed by one row per action, and a second file with the whole
 * progress log, one row per update (seeds 002 and 004).
 *
 * Both are UTF-8 with a byte-order mark (so Excel reads the accents), every field quoted, CRLF
 * line ends, and cells that a spreadsheet would run as a formula (starting with = + - @, a tab
 * or a carriage return) prefixed with an apostrophe. Dates are written as stored: `YYYY-MM-DD`
 * for a day, "Mar 2025", "Spring 2023" or words for the others (domain/planDates.ts).
 */
import Papa from 'papaparse';
import { latestUpdate, recommendationsOf } from '../domain/actionPlan';
import { phaseDisplayName } from '../domain/names';
import { recommendationStatus } from '../domain/planStatus';
import type { JourneyMap } from '../domain/schema';
import { RECOMMENDATION_RESPONSE_LABELS, RECOMMENDATION_STATUS_LABELS } from '../domain/vocabulary';

/** The header row, in column order. */
export const ACTION_PLAN_COLUMNS = [
  'ID',
  'Action ID',
  'No.',
  'Phase',
  'Step',
  'Answers',
  'Theme',
  'Action',
  'Why',
  'Response',
  'Response text',
  'Owner',
  'Target date',
  'Revised date',
  'Completed date',
  'Status',
  'Last update date',
  'Last update',
] as const;

/** The progress log file's header row: one row per update, matched by its IDs. */
export const PROGRESS_LOG_COLUMNS = [
  'ID',
  'Action ID',
  'Update ID',
  'No.',
  'Recommendation',
  'Action',
  'Date',
  'Status',
  'Update',
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

/** Which columns of `ACTION_PLAN_COLUMNS` hold dates (a day is written as a date in workbooks). */
export const ACTION_PLAN_DATE_COLUMNS: ReadonlySet<string> = new Set([
  'Target date',
  'Revised date',
  'Completed date',
  'Last update date',
  'Date',
]);

/** "2.1": an action's number after its recommendation's ("–.1" when it has none). */
export function actionNumber(recommendationNumber: string, index: number): string {
  const base = recommendationNumber.trim();
  return `${base === '' ? '–' : base}.${index + 1}`;
}

/**
 * One row of plain text cells per recommendation, each followed by a row per action (with
 * its Action ID), in journey order (no formula guard).
 */
export function actionPlanRows(map: JourneyMap): string[][] {
  return recommendationsOf(map).flatMap(({ card, phase: onPhase, stepName, answered }) => {
    // A plan kept in the action plan only is on no step: its place is left blank. Untitled
    // phases and steps read as everywhere else (domain/names.ts).
    const phase = card.onMap ? phaseDisplayName(onPhase) : '';
    const step = card.onMap ? stepName : '';
    const last = latestUpdate(card);
    const response = card.response;
    const rows = [
      [
        card.id,
        '',
        card.number,
        phase,
        step,
        answered?.title ?? '',
        card.theme,
        card.title,
        card.why,
        response.answer === null ? '' : RECOMMENDATION_RESPONSE_LABELS[response.answer],
        response.text,
        card.owner,
        card.targetDate ?? '',
        card.revisedDate ?? '',
        card.completedDate ?? '',
        RECOMMENDATION_STATUS_LABELS[recommendationStatus(card)],
        last?.date ?? '',
        last?.text ?? '',
      ],
    ];
    card.actions.forEach((action, index) => {
      const lastOfAction = latestUpdate(action);
      rows.push([
        card.id,
        action.id,
        actionNumber(card.number, index),
        phase,
        step,
        '',
        card.theme,
        action.title,
        action.description,
        '',
        '',
        action.owner,
        action.targetDate ?? '',
        action.revisedDate ?? '',
        action.completedDate ?? '',
        RECOMMENDATION_STATUS_LABELS[action.status],
        lastOfAction?.date ?? '',
        lastOfAction?.text ?? '',
      ]);
    });
    return rows;
  });
}

/**
 * Every progress update of the plan, one row each: a recommendation's own updates and then its
 * actions', each log in date order (no formula guard).
 */
export function progressLogRows(map: JourneyMap): string[][] {
  return recommendationsOf(map).flatMap(({ card }) => [
    ...card.progress.map((u) => [
      card.id,
      '',
      u.id,
      card.number,
      card.title,
      '',
      u.date,
      RECOMMENDATION_STATUS_LABELS[u.status],
      u.text,
    ]),
    ...card.actions.flatMap((action, index) =>
      action.progress.map((u) => [
        card.id,
        action.id,
        u.id,
        actionNumber(card.number, index),
        card.title,
        action.title,
        u.date,
        RECOMMENDATION_STATUS_LABELS[u.status],
        u.text,
      ]),
    ),
  ]);
}

function toCsv(fields: readonly string[], rows: string[][]): string {
  const csv = Papa.unparse(
    { fields: [...fields], data: rows.map((row) => row.map(escapeFormula)) },
    { quotes: true, newline: '\r\n', header: true },
  );
  return `${BOM}${csv}\r\n`;
}

/** The action plan of `map` as CSV text (with BOM). */
export function actionPlanToCsv(map: JourneyMap): string {
  return toCsv(ACTION_PLAN_COLUMNS, actionPlanRows(map));
}

/** The whole progress log of `map` as CSV text (with BOM), one row per update. */
export function progressLogToCsv(map: JourneyMap): string {
  return toCsv(PROGRESS_LOG_COLUMNS, progressLogRows(map));
}
