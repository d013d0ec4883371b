/**
 * A chosen file as a spreadsheet's rows, whatever Excel or LibreOffice saved it as: CSV in any
 * encoding Waymark reads (persistence/textEncoding.ts), or an Excel workbook (.xlsx, read
 * lazily by xlsxRead.ts). Anything else is named for what it is. Used by the action plan
 * import; the map import (importFile.ts) makes the same checks and also reads JSON.
 */
import { MAX_FILE_BYTES } from '../persistence/format';
import { decodeText } from '../persistence/textEncoding';
import { readCsvRows, type SheetProblem, type SheetRows } from './csvRows';
import { notReadableMessage, sniffFile, sniffText } from './fileKind';

/** The rows of a chosen CSV or workbook, or why it could not be read, in plain words. */
export type SheetFileResult =
  { ok: true; sheet: SheetRows } | { ok: false; message: string; problems: SheetProblem[] };

/** What the action plan import reads, for the message about a file of another kind. */
export const ACTION_PLAN_READS = 'the action plan imports CSV or Excel (.xlsx) files';

const refuse = (message: string, problems: SheetProblem[] = []): SheetFileResult => ({
  ok: false,
  message,
  problems,
});

/**
 * Reads `file` as rows. `reads` completes "…; {reads}." for a file of another kind, e.g.
 * "the action plan imports CSV or Excel (.xlsx) files"; `sheets` are the workbook sheet names
 * to look for first. Never throws.
 */
export async function readSheetFile(
  file: File,
  reads: string,
  sheets: readonly string[],
): Promise<SheetFileResult> {
  if (file.size > MAX_FILE_BYTES) {
    return refuse(
      `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; Waymark opens files up to ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse(`“${file.name}” could not be read.`);
  }
  const kind = sniffFile(file.name, bytes);
  if (kind.kind === 'other') return refuse(notReadableMessage(kind, reads));
  if (kind.kind === 'xlsx') {
    const { readWorkbookRows } = await import('./xlsxRead');
    const read = await readWorkbookRows(bytes, sheets);
    return read.ok ? { ok: true, sheet: read.sheet } : refuse(read.message);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse(decoded.message);
  const what =
    sniffText(decoded.text) ?? (decoded.text.trimStart().startsWith('{') ? 'a JSON file' : null);
  if (what) return refuse(notReadableMessage({ kind: 'other', what }, reads));
  if (decoded.text.trim() === '') return refuse('The file is empty.');
  const parsed = readCsvRows(decoded.text);
  return parsed.ok
    ? { ok: true, sheet: parsed.sheet }
    : refuse('The file has broken quoting, so nothing was changed.', parsed.problems);
}
