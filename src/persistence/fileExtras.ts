/**
 * What a map file may carry besides its map (format.ts envelope), both optional, both ignored
 * by a Waymark that does not know them (it opens the file as a plain map):
 *
 *   "template": { "name": "…", "description": "…" }   the file is a template: importing it
 *                                                      adds it to the template gallery
 *   "versions": [ { "createdAt", "name", "note", "kind", "map" }, … ]
 *                                                      the map's saved versions, when the user
 *                                                      chose to export them; each `map` is at
 *                                                      the envelope's format version
 *
 * Reading is tolerant: a version that cannot be read is left out and named in `problems`;
 * the map itself is read exactly as format.ts reads it.
 */
import { z } from 'zod';
import { lazySchema } from '../domain/lazySchema';
import { isoDateTimeSchema, type JourneyMap } from '../domain/schema';
import type { TemplateInfo } from '../domain/templates/types';
import type { Problem } from '../domain/validation';
import { VERSION_KINDS, type VersionKind } from './db';
import {
  FORMAT_NAME,
  parseMapFileText,
  readEnvelope,
  toEnvelope,
  type LoadResult,
  type MapEnvelope,
} from './format';

/** A version as a file holds it. */
export interface FileVersion {
  createdAt: string;
  name: string;
  note: string;
  kind: VersionKind;
  map: JourneyMap;
}

/** The envelope with what it may carry besides the map. */
export interface MapFileEnvelope extends MapEnvelope {
  template?: TemplateInfo;
  versions?: FileVersion[];
}

/** A map file read whole: the map, and the template mark and versions when it has them. */
export type MapFileResult =
  | (LoadResult & { ok: true } & {
      template: TemplateInfo | null;
      versions: FileVersion[];
      /** Versions left out, each with why. */
      versionProblems: Problem[];
    })
  | (LoadResult & { ok: false });

/** The "template" mark of a file. */
export const templateInfoSchema = lazySchema(() =>
  z.object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2_000).default(''),
  }),
);

/** One entry of a file's "versions", its map not yet read. */
const fileVersionSchema = lazySchema(() =>
  z.object({
    createdAt: isoDateTimeSchema,
    name: z.string().max(200).default(''),
    note: z.string().max(2_000).default(''),
    kind: z.enum(VERSION_KINDS).default('manual'),
    map: z.unknown(),
  }),
);

/** A map file's JSON: the envelope, with a template mark and versions when given. */
export function serializeMapFile(
  map: JourneyMap,
  extras: { template?: TemplateInfo; versions?: readonly FileVersion[] } = {},
): string {
  const envelope: MapFileEnvelope = {
    ...toEnvelope(map),
    ...(extras.template ? { template: extras.template } : {}),
    ...(extras.versions && extras.versions.length > 0 ? { versions: [...extras.versions] } : {}),
  };
  // The map last, so a person reading the file sees what it is first.
  const { map: body, ...head } = envelope;
  return JSON.stringify({ ...head, map: body }, null, 2);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The template mark and versions of an envelope whose map was read at `formatVersion`. */
export function readFileExtras(envelope: Record<string, unknown>, formatVersion: number) {
  const problems: Problem[] = [];
  let template: TemplateInfo | null = null;
  if (envelope.template !== undefined) {
    const parsed = templateInfoSchema.safeParse(envelope.template);
    if (parsed.success) template = parsed.data;
    else problems.push({ path: 'template', message: 'not a template name and description' });
  }
  const versions: FileVersion[] = [];
  const list = envelope.versions;
  if (list !== undefined && !Array.isArray(list)) {
    problems.push({ path: 'versions', message: 'expected a list of versions' });
  }
  (Array.isArray(list) ? list : []).forEach((entry: unknown, i) => {
    const path = `versions[${i}]`;
    const parsed = fileVersionSchema.safeParse(entry);
    if (!parsed.success) {
      problems.push({ path, message: 'not a version (it needs createdAt and map)' });
      return;
    }
    const read = readEnvelope({ format: FORMAT_NAME, formatVersion, map: parsed.data.map });
    if (!read.ok) {
      problems.push({ path, message: `“${parsed.data.name}” was left out: ${read.error.message}` });
      return;
    }
    const { map: _map, ...meta } = parsed.data;
    versions.push({ ...meta, map: read.map });
  });
  return { template, versions, problems };
}

/** Reads a map file's text whole: the map (format.ts readEnvelope), then its extras. */
export function readMapFileWithExtras(text: string): MapFileResult {
  const parsed = parseMapFileText(text);
  if (!parsed.ok) return parsed.result as LoadResult & { ok: false };
  const result = readEnvelope(parsed.value);
  if (!result.ok) return result;
  const envelope = parsed.value as Record<string, unknown>;
  const version = envelope.formatVersion as number;
  const extras = isRecord(envelope) ? readFileExtras(envelope, version) : null;
  return {
    ...result,
    template: extras?.template ?? null,
    versions: extras?.versions ?? [],
    versionProblems: extras?.problems ?? [],
  };
}
