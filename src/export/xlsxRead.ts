/**
 * Reading an Excel workbook (.xlsx) into the same rows a CSV gives (csvRows.ts), so the card
 * and action plan importers read both alike. Loaded only when a workbook is imported.
 *
 * Cells come back typed: text stays exactly as written (no trimming, no formula guard to
 * undo: a workbook's text cell is never a formula), numbers are written with a dot, dates
 * (numbers with a date format in Excel) as YYYY-MM-DD, true/false as "yes"/"no".
 */
import readXlsxFile, { InvalidInputError } from 'read-excel-file/universal';
import type { SheetRows } from './csvRows';

/** The rows of a workbook's sheet and the sheet's name, or why it could not be read. */
export type WorkbookResult =
  { ok: true; sheet: SheetRows; name: string } | { ok: false; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** One cell as text (see the module comment). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    // Excel dates have no time zone: read-excel-file gives them as UTC midnight.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  return String(value);
}

const normalise = (name: string) => name.trim().toLowerCase();

/**
 * The rows of the workbook's sheet named like one of `preferred` (ignoring case), else of its
 * first sheet that holds anything. Never throws: a damaged or unreadable workbook comes back
 * as a message in plain words.
 */
export async function readWorkbookRows(
  bytes: Uint8Array,
  preferred: readonly string[],
): Promise<WorkbookResult> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    sheets = await readXlsxFile(buffer as ArrayBuffer, { trim: false });
  } catch (error) {
    const code = error instanceof InvalidInputError ? (error as { code?: string }).code : undefined;
    return {
      ok: false,
      message:
        code === 'XLS_FILE_NOT_SUPPORTED'
          ? 'This is an Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV UTF-8.'
          : 'This Excel workbook could not be read: it seems to be damaged or incomplete. Open it in Excel or LibreOffice, save it again as an Excel workbook (.xlsx), and try once more.',
    };
  }
  const wanted = new Set(preferred.map(normalise));
  const filled = sheets.filter((s) =>
    s.data.some((row) => row.some((cell) => cellText(cell) !== '')),
  );
  const chosen = sheets.find((s) => wanted.has(normalise(s.sheet))) ?? filled[0];
  if (!chosen) return { ok: false, message: 'This Excel workbook is empty.' };
  return {
    ok: true,
    name: chosen.sheet,
    sheet: {
      rows: chosen.data.map((row) => row.map(cellText)),
      decimalComma: false,
      formulaGuard: false,
    },
  };
}
