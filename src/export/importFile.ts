/**
 * One entry point for "Import map": a picked or dropped file, JSON or CSV, becomes a NEW map
 * (fresh id), never a replacement for one in the library.
 */
import type { JourneyMap } from '../domain/schema';
import { MAX_FILE_BYTES, readMapFile, tooLarge } from '../persistence/format';
import { csvToMap } from './csvImport';
import { asNewMap } from './json';

/** One thing wrong with the file: where (a field path, or a CSV row and column) and what. */
export interface ImportProblem {
  where: string;
  message: string;
}

export type ImportResult =
  | { ok: true; map: JourneyMap; format: 'json' | 'csv'; migratedFrom: number | null }
  | { ok: false; message: string; problems: ImportProblem[] };

/** The kind of file: JSON if it looks like a JSON object or is named .json, CSV otherwise. */
export function detectFormat(name: string, text: string): 'json' | 'csv' {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  return /\.json$/i.test(name) ? 'json' : 'csv';
}

/** A new map's title from a CSV's file name: "repairs-journey.csv" → "repairs journey". */
function titleFromName(name: string): string {
  const title = name
    .replace(/\.[^.]*$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return title === '' ? 'Imported map' : title.slice(0, 200);
}

/**
 * Reads a file as a new map. The size is checked before reading; JSON goes through
 * `readMapFile` (as `importMapFile` does), CSV through `csvToMap`. Never throws.
 */
export async function importFile(file: File, options: { now?: Date } = {}): Promise<ImportResult> {
  const now = options.now ?? new Date();
  if (file.size > MAX_FILE_BYTES) {
    const result = tooLarge(file.size);
    return { ok: false, message: result.ok ? '' : result.error.message, problems: [] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'This file could not be read.', problems: [] };
  }
  if (detectFormat(file.name, text) === 'json') {
    const result = readMapFile(text);
    if (!result.ok) {
      return {
        ok: false,
        message: result.error.message,
        problems: result.error.problems.map((p) => ({ where: p.path, message: p.message })),
      };
    }
    return {
      ok: true,
      map: asNewMap(result.map, now),
      format: 'json',
      migratedFrom: result.migratedFrom,
    };
  }
  const result = csvToMap(text, undefined, { title: titleFromName(file.name), now });
  if (!result.ok) {
    return {
      ok: false,
      message: result.message,
      problems: result.problems.map((p) => ({
        where: [p.row > 0 ? `row ${p.row}` : '', p.column ? `column "${p.column}"` : '']
          .filter(Boolean)
          .join(', '),
        message: p.message,
      })),
    };
  }
  return { ok: true, map: asNewMap(result.map, now), format: 'csv', migratedFrom: null };
}
