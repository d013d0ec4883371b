/**
 * Exporting a map as a Waymark JSON file and reading one back.
 *
 * The file is the persistence envelope (persistence/format.ts); loading goes through
 * `readMapFile`, which parses safely, checks the envelope, migrates and validates with zod.
 */
import { newId } from '../domain/ids';
import type { JourneyMap } from '../domain/schema';
import type { TemplateInfo } from '../domain/templates/types';
import { serializeMapFile, type FileVersion } from '../persistence/fileExtras';
import {
  MAX_FILE_BYTES,
  readMapFile,
  serializeMap,
  tooLarge,
  type LoadResult,
} from '../persistence/format';
import { readTextFile } from '../persistence/textEncoding';
import { mapFilename } from './filename';

export { downloadBlob } from './download';

/**
 * The JSON file of a map: a pretty-printed envelope, named after the title. With `versions`,
 * the map's saved versions travel in it; with `template`, it is a template file (named after
 * the template), which importing adds to the gallery (persistence/fileExtras.ts).
 */
export function exportMapJson(
  map: JourneyMap,
  extras: { versions?: readonly FileVersion[]; template?: TemplateInfo } = {},
): { filename: string; blob: Blob } {
  const plain = extras.versions === undefined && extras.template === undefined;
  const text = plain ? serializeMap(map) : serializeMapFile(map, extras);
  const name = extras.template ? `${extras.template.name} template` : map.title;
  return {
    filename: mapFilename(name, 'json'),
    blob: new Blob([text], { type: 'application/json' }),
  };
}

/**
 * Reads a file the user picked or dropped. The size is checked before a single byte is read,
 * so a huge file cannot freeze the tab; the bytes are decoded in the encoding they were saved
 * in (UTF-8, UTF-16 or Windows-1252, see persistence/textEncoding.ts); then the text goes
 * through `readMapFile`. Never throws: a file that cannot be read comes back as a load error.
 */
export async function importMapFile(file: Blob): Promise<LoadResult> {
  if (file.size > MAX_FILE_BYTES) return tooLarge(file.size);
  const decoded = await readTextFile(file);
  if (!decoded.ok) {
    return { ok: false, error: { kind: 'not-json', message: decoded.message, problems: [] } };
  }
  return readMapFile(decoded.text);
}

/**
 * The same map under a new id, so importing a file never replaces a map already in the
 * library (the file may be an export of one). `updatedAt` becomes `now` so the imported map
 * shows first in the library; everything else (cards, ids inside the map, createdAt) is kept.
 */
export function asNewMap(map: JourneyMap, now: Date = new Date()): JourneyMap {
  return { ...map, id: newId(), updatedAt: now.toISOString() };
}
