/**
 * Excel workbooks (.xlsx) of a map's cards and of its action plan: the same columns as the CSV
 * files (csv.ts, actionPlanCsv.ts), so either can be edited and imported back. Loaded only when
 * a workbook is written.
 *
 * Text cells are written as text with Excel's "@" (Text) format, so a phone number such as
 * "0800 123456", a share such as "50%" or a code such as "1-2" stays exactly as typed when the
 * workbook is edited and saved again (a CSV opened in a spreadsheet loses them). Workbook text
 * cells are never formulas, so no apostrophe guard is needed. Numbers are numbers; dates are
 * dates shown as YYYY-MM-DD. The header row stays in view while scrolling.
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import type { JourneyMap } from '../domain/schema';
import { ACTION_PLAN_COLUMNS, ACTION_PLAN_DATE_COLUMNS, actionPlanRows } from './actionPlanCsv';
import { CSV_COLUMN_TYPES, CSV_HEADERS, mapToRows } from './csv';
import { mapFilename } from './filename';

/** The MIME type of .xlsx files. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheet names Waymark writes, and looks for first when reading a workbook. */
export const CARDS_SHEET = 'Cards';
/** The sheet name of the action plan in a workbook. */
export const ACTION_PLAN_SHEET = 'Action plan';

/** One cell: see the module comment. An empty text is an empty cell. */
export function workbookCell(value: string, type: 'text' | 'number' | 'date'): Cell {
  if (value === '') return null;
  if (type === 'number' && Number.isFinite(Number(value))) {
    return { value: Number(value), type: Number };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (type === 'date' && iso) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number];
    return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: 'yyyy-mm-dd' };
  }
  return { value, type: String, format: '@' };
}

function header(names: readonly string[]): Cell[] {
  return names.map((name) => ({ value: name, type: String, fontWeight: 'bold' as const }));
}

async function workbook(sheet: string, data: SheetData, widths: number[]): Promise<Blob> {
  return writeXlsxFile(data, {
    sheet,
    stickyRowsCount: 1,
    columns: widths.map((width) => ({ width })),
  }).toBlob();
}

/** The map's cards as an .xlsx workbook (one sheet, "Cards"), named after the map. */
export async function exportMapXlsx(map: JourneyMap): Promise<{ filename: string; blob: Blob }> {
  const rows = mapToRows(map).map((row) =>
    row.map((value, i) => workbookCell(value, CSV_COLUMN_TYPES[i] ?? 'text')),
  );
  const widths = CSV_HEADERS.map((name) => (name === 'title' || name === 'description' ? 40 : 16));
  return {
    filename: mapFilename(map.title, 'xlsx'),
    blob: await workbook(CARDS_SHEET, [header(CSV_HEADERS), ...rows], widths),
  };
}

/** The action plan as an .xlsx workbook (one sheet, "Action plan"). */
export async function exportActionPlanXlsx(
  map: JourneyMap,
): Promise<{ filename: string; blob: Blob }> {
  const rows = actionPlanRows(map).map((row) =>
    row.map((value, i) => {
      const name = ACTION_PLAN_COLUMNS[i] ?? '';
      return workbookCell(value, ACTION_PLAN_DATE_COLUMNS.has(name) ? 'date' : 'text');
    }),
  );
  const widths = ACTION_PLAN_COLUMNS.map((name) =>
    name === 'Action' || name === 'Why' || name === 'Last update' ? 40 : 16,
  );
  return {
    filename: mapFilename(`${map.title} action plan`, 'xlsx'),
    blob: await workbook(ACTION_PLAN_SHEET, [header(ACTION_PLAN_COLUMNS), ...rows], widths),
  };
}
