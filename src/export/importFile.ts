/**
 * One entry point for "Import map": a picked or dropped file, JSON, CSV or Excel, becomes a NEW
 * map (fresh id), never a replacement for one in the library.
 *
 * The file's first bytes say what it is (fileKind.ts): a picture, a PDF, a Word document is
 * named as such instead of being read as CSV. Text is decoded in whichever encoding it was
 * saved (UTF-8, UTF-16, Windows-1252; persistence/textEncoding.ts), or refused naming it.
 */
import type { JourneyMap } from '../domain/schema';
import type { TemplateInfo } from '../domain/templates/types';
import { readMapFileWithExtras, type FileVersion } from '../persistence/fileExtras';
import { MAX_FILE_BYTES, tooLarge } from '../persistence/format';
import { decodeText } from '../persistence/textEncoding';
import { csvToMap, LOST_CHARACTERS, rowsToMap, type CsvResult } from './csvImport';
import { notReadableMessage, sniffFile, sniffText } from './fileKind';
import { asNewMap } from './json';
import { graphemes } from './text';

/** One thing wrong with the file: where (a field path, or a CSV row and column) and what. */
export interface ImportProblem {
  where: string;
  message: string;
}

/**
 * The map read from a file (JSON or CSV, and the format version it was migrated from), or why not.
 */
export type ImportResult =
  | {
      ok: true;
      map: JourneyMap;
      format: 'json' | 'csv' | 'xlsx';
      migratedFrom: number | null;
      /** What was left out or looks damaged; the rest was imported. Empty when all is well. */
      problems: ImportProblem[];
      /** Set when the file is a template (persistence/fileExtras.ts): it goes to the gallery. */
      template?: TemplateInfo | null;
      /** The map's versions, when the file carries them (JSON only). */
      versions?: FileVersion[];
    }
  | { ok: false; message: string; problems: ImportProblem[] };

/** What the map import reads, for the message about a file of another kind. */
export const MAP_IMPORT_READS = 'Waymark imports maps saved as JSON, CSV or Excel (.xlsx)';

/** The sheet names looked for first in a workbook. */
const CARD_SHEETS = ['Cards', 'Waymark cards'];

/** The kind of file: JSON if it looks like a JSON object or is named .json, CSV otherwise. */
export function detectFormat(name: string, text: string): 'json' | 'csv' {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  return /\.json$/i.test(name) ? 'json' : 'csv';
}

/** A new map's title from a CSV's file name: "repairs-journey.csv" → "repairs journey". */
function titleFromName(name: string): string {
  const title = name
    .replace(/\.[^.]*$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  // Cut between graphemes: never between a letter and its marks, or inside an emoji.
  return title === '' ? 'Imported map' : graphemes(title).slice(0, 200).join('');
}

const refused = (message: string, problems: ImportProblem[] = []): ImportResult => ({
  ok: false,
  message,
  problems,
});

/** Text fields of an imported map that hold "�", by path: characters lost before import. */
function lostCharacters(map: JourneyMap): ImportProblem[] {
  const found: ImportProblem[] = [];
  const walk = (value: unknown, path: string) => {
    if (found.length >= 50) return;
    if (typeof value === 'string') {
      if (value.includes('\uFFFD')) found.push({ where: path, message: LOST_CHARACTERS });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    }
  };
  walk(map, '');
  return found;
}

function fromSheet(result: CsvResult, format: 'csv' | 'xlsx', now: Date): ImportResult {
  const problems = result.problems.map((p) => ({
    where: [p.row > 0 ? `row ${p.row}` : '', p.column ? `column "${p.column}"` : '']
      .filter(Boolean)
      .join(', '),
    message: p.message,
  }));
  if (!result.ok) return refused(result.message, problems);
  return { ok: true, map: asNewMap(result.map, now), format, migratedFrom: null, problems };
}

/**
 * Reads a file as a new map. The size is checked before reading; JSON goes through
 * `readMapFile` (as `importMapFile` does), CSV through `csvToMap`, a workbook's "Cards" sheet
 * (or its first) through `rowsToMap`. Sheets import in part: a bad cell or row is left out and
 * listed in `problems`. Never throws.
 */
export async function importFile(file: File, options: { now?: Date } = {}): Promise<ImportResult> {
  const now = options.now ?? new Date();
  if (file.size > MAX_FILE_BYTES) {
    const result = tooLarge(file.size);
    return refused(result.ok ? '' : result.error.message);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refused('This file could not be read.');
  }
  const kind = sniffFile(file.name, bytes);
  if (kind.kind === 'other') return refused(notReadableMessage(kind, MAP_IMPORT_READS));
  const sheetOptions = { title: titleFromName(file.name), now, partial: true };
  if (kind.kind === 'xlsx') {
    // Loaded on first use: the workbook reader stays out of every other path.
    const { readWorkbookRows } = await import('./xlsxRead');
    const read = await readWorkbookRows(bytes, CARD_SHEETS);
    if (!read.ok) return refused(read.message);
    return fromSheet(
      rowsToMap(read.sheet, undefined, { ...sheetOptions, noun: 'sheet' }),
      'xlsx',
      now,
    );
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refused(decoded.message);
  const text = decoded.text;
  const what = sniffText(text);
  if (what) return refused(notReadableMessage({ kind: 'other', what }, MAP_IMPORT_READS));
  if (detectFormat(file.name, text) === 'json') {
    const result = readMapFileWithExtras(text);
    if (!result.ok) {
      return refused(
        result.error.message,
        result.error.problems.map((p) => ({ where: p.path, message: p.message })),
      );
    }
    return {
      ok: true,
      map: asNewMap(result.map, now),
      format: 'json',
      migratedFrom: result.migratedFrom,
      problems: [
        ...lostCharacters(result.map),
        ...result.versionProblems.map((p) => ({ where: p.path, message: p.message })),
      ],
      template: result.template,
      versions: result.versions,
    };
  }
  return fromSheet(csvToMap(text, undefined, sheetOptions), 'csv', now);
}
