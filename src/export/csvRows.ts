/**
 * A spreadsheet's rows, from CSV text as Excel, LibreOffice and Google Sheets write it, or from
 * a workbook (xlsxRead.ts). The importers (cards: csvImport.ts; action plan: actionPlanCsv.ts)
 * read these rows, so CSV and Excel files follow one set of rules:
 *
 * - Separators: comma, semicolon (Excel in most of Europe), tab (Excel's "Unicode text") or
 *   "|", found in the header line; Excel's `sep=;` first line names it and is not a row.
 * - Decimal mark: with a semicolon or tab separator, `72,5` is 72.5 (and `1.234,5` is
 *   1234.5), as those spreadsheets write it; with a comma separator only `72.5` is.
 * - Rows are numbered as the spreadsheet shows them: the header is row 1.
 */
import Papa from 'papaparse';

/** A problem at a place in the sheet: `row` as the spreadsheet numbers it, `column` its header. */
export interface SheetProblem {
  row: number;
  column: string;
  message: string;
}

/** Cells as text, and how to read numbers and guarded formulas in them. */
export interface SheetRows {
  rows: string[][];
  /** Whether `72,5` means 72.5 (semicolon- and tab-separated files). */
  decimalComma: boolean;
  /** Whether cells may carry the apostrophe guard Waymark's CSV adds before formulas. */
  formulaGuard: boolean;
  /** The separator used (CSV only), for messages. */
  separator?: string;
}

/** The rows of a CSV, or the problems that stopped it being read. */
export type SheetRowsResult =
  { ok: true; sheet: SheetRows } | { ok: false; problems: SheetProblem[] };

const SEP_LINE = /^"?sep=(.)"?[ \t]*(\r\n|\n|\r|$)/i;
const SEPARATORS = [',', ';', '\t', '|'] as const;

/**
 * The separator of the header line (the first line that holds anything): the candidate it
 * holds most often outside quotes, comma when it holds none. A spreadsheet writes its header
 * on one line, and Waymark's column names hold none of these characters.
 */
export function guessSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (seen) break;
    } else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
    else if (char.trim() !== '') seen = true;
  }
  let best = ',';
  for (const [separator, count] of counts) if (count > (counts.get(best) ?? 0)) best = separator;
  return best;
}

/**
 * Splits CSV text (already decoded, byte order mark removed or not) into rows. Broken quoting
 * is reported by row; everything else is left to the importer.
 */
export function readCsvRows(text: string): SheetRowsResult {
  let body = text.replace(/^\uFEFF/, '');
  let separator: string | undefined;
  const hint = SEP_LINE.exec(body);
  if (hint) {
    separator = hint[1];
    body = body.slice(hint[0].length);
  }
  const used = separator ?? guessSeparator(body);
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimiter: used,
  });
  const problems = parsed.errors
    .filter((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes')
    .map((error) => ({
      row: (error.row ?? 0) + 1,
      column: '',
      message:
        error.code === 'MissingQuotes'
          ? 'a quoted cell is never closed (a " is missing)'
          : 'a quote mark is out of place',
    }));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    sheet: {
      rows: parsed.data,
      decimalComma: used === ';' || used === '\t',
      formulaGuard: true,
      separator: used,
    },
  };
}
