/**
 * Cards as CSV, for spreadsheets: one row per card, in journey order (phase, step, lane, place
 * in the cell). UTF-8 with a byte order mark (so Excel reads accents), every field quoted,
 * CRLF line ends, and cells that could run as formulas neutralised with a leading apostrophe.
 *
 * Reading a CSV back is in csvImport.ts (`csvToMap`).
 */
import Papa from 'papaparse';
import { phaseDisplayName, stepName } from '../domain/names';
import { cardsInJourneyOrder } from '../domain/painPoints';
import type { JourneyMap } from '../domain/schema';
import { neutraliseCell } from './csvCells';
import { CSV_PLACE, FIELD_COLUMNS, writeField } from './csvColumns';
import { mapFilename } from './filename';
import { REVIEW_COLUMNS, reviewRows, type Cells } from './csvReview';
import { actionRows, OF_RECOMMENDATION } from './csvActions';

export { csvToMap, type CsvProblem, type CsvResult } from './csvImport';
export { CSV_PLACE };

/**
 * Every header, in order: the card's place and kind first, its fields, then the ids that keep
 * phases, steps and lanes apart when their names are blank or repeated.
 */
export const CSV_HEADERS: readonly string[] = [
  CSV_PLACE.id,
  CSV_PLACE.phase,
  CSV_PLACE.step,
  CSV_PLACE.lane,
  CSV_PLACE.kind,
  ...FIELD_COLUMNS.map((column) => column.header),
  ...Object.values(REVIEW_COLUMNS),
  OF_RECOMMENDATION,
  CSV_PLACE.phaseId,
  CSV_PLACE.stepId,
  CSV_PLACE.laneId,
  CSV_PLACE.laneKind,
];

const REVIEW_NUMBERS = new Set<string>([
  REVIEW_COLUMNS.average,
  REVIEW_COLUMNS.shareTop,
  REVIEW_COLUMNS.shareBottom,
]);

/** What each column of `CSV_HEADERS` holds, for workbooks: text unless a number or a date. */
export const CSV_COLUMN_TYPES: readonly ('text' | 'number' | 'date')[] = CSV_HEADERS.map(
  (header) =>
    FIELD_COLUMNS.find((column) => column.header === header)?.type ??
    (REVIEW_NUMBERS.has(header) ? 'number' : 'text'),
);

/** One row of cells per card, in journey order, as plain text (no formula guard yet). */
export function mapToRows(map: JourneyMap): string[][] {
  const places = new Map<
    string,
    { phase: JourneyMap['phases'][number]; step: JourneyMap['phases'][number]['steps'][number] }
  >();
  for (const phase of map.phases)
    for (const step of phase.steps) places.set(step.id, { phase, step });
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const review = reviewRows(map);
  const asRow = (cells: Cells) => CSV_HEADERS.map((header) => cells[header] ?? '');
  const noReview = Object.values(REVIEW_COLUMNS).map(() => '');
  // Each recommendation's actions right under it (csvActions.ts).
  const cards = cardsInJourneyOrder(map).flatMap((card) => [
    cardRow(card),
    ...actionRows(card).map(asRow),
  ]);
  // The review's rows (csvReview.ts): steps before the cards, the judgement and scores after.
  return [...review.before.map(asRow), ...cards, ...review.after.map(asRow)];

  function cardRow(card: JourneyMap['cards'][number]): string[] {
    const place = places.get(card.stepId);
    const lane = lanes.get(card.laneId);
    return [
      card.id,
      place ? phaseDisplayName(place.phase) : '',
      place ? stepName(map.phases, place.step.id) : '',
      lane?.name ?? '',
      card.kind,
      ...FIELD_COLUMNS.map((column) => writeField(column, card)),
      ...noReview,
      '',
      place?.phase.id ?? '',
      card.stepId,
      card.laneId,
      lane?.kind ?? '',
    ];
  }
}

/**
 * The map's cards as CSV text (starting with a byte order mark). Pure; see the module comment
 * for the format.
 */
export function mapToCsv(map: JourneyMap): string {
  const rows = mapToRows(map).map((row) => row.map(neutraliseCell));
  const body = Papa.unparse(
    { fields: [...CSV_HEADERS], data: rows },
    { quotes: true, newline: '\r\n', escapeFormulae: false, header: true },
  );
  return `\uFEFF${body}\r\n`;
}

/** The CSV file of a map, named after its title. */
export function exportMapCsv(map: JourneyMap): { filename: string; blob: Blob } {
  return {
    filename: mapFilename(map.title, 'csv'),
    blob: new Blob([mapToCsv(map)], { type: 'text/csv;charset=utf-8' }),
  };
}
