/**
 * The Waymark file format: one envelope for every saved or exported map.
 *
 *   { "format": "waymark.journey-map", "formatVersion": 4, "appVersion": "0.1.0", "map": {…} }
 *
 * Loading always goes: parse text → check the envelope → migrate older versions step by step →
 * validate with zod → use. Nothing is ever cast into a JourneyMap.
 */
import { journeyMapSchema, type JourneyMap } from '../domain/schema';
import { describeIssues, type Problem } from '../domain/validation';
import { describeJsonError, jsonNestingDepth, MAX_JSON_DEPTH } from './jsonText';
import { migrateJourneyMap } from './migrations';

/** The envelope's `format`: what tells a Waymark map file from any other JSON. */
export const FORMAT_NAME = 'waymark.journey-map';
/** Bump this with a new step in migrations.ts whenever the saved shape changes. */
export const CURRENT_FORMAT_VERSION = 4;
/**
 * The version of Waymark that writes a file (package.json's, set by Vite at build time; '0.0.0' in
 * tests).
 */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A saved map file: the envelope (format, its version, the app's version) around the map. */
export interface MapEnvelope {
  format: typeof FORMAT_NAME;
  formatVersion: number;
  appVersion: string;
  map: JourneyMap;
}

/** Why a file could not be loaded, as one word a test or the UI can switch on. */
export type LoadErrorKind =
  'too-large' | 'empty' | 'not-json' | 'unsafe' | 'not-waymark' | 'newer-version' | 'invalid';

/** Why a file could not be loaded, in plain words, with the wrong places when it is invalid. */
export interface LoadError {
  kind: LoadErrorKind;
  /** One plain sentence for the user. */
  message: string;
  /** For "invalid": each wrong place with what is wrong there. */
  problems: Problem[];
}

/** A loaded map (and the format version it was migrated from, or null), or why not. */
export type LoadResult =
  { ok: true; map: JourneyMap; migratedFrom: number | null } | { ok: false; error: LoadError };

const fail = (kind: LoadErrorKind, message: string, problems: Problem[] = []): LoadResult => ({
  ok: false,
  error: { kind, message, problems },
});

/** A map in the envelope of the current format version. */
export function toEnvelope(map: JourneyMap): MapEnvelope {
  return {
    format: FORMAT_NAME,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion: APP_VERSION,
    map,
  };
}

/** A map as the text of a Waymark file (its envelope as JSON, indented by 2 spaces). */
export function serializeMap(map: JourneyMap): string {
  return JSON.stringify(toEnvelope(map), null, 2);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses text as JSON, refusing keys that could pollute prototypes after a merge. */
function parseJsonSafely(
  text: string,
): { ok: true; value: unknown } | { ok: false; result: LoadResult } {
  // Checked before parsing: a valid but absurdly deep file would overflow the stack.
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) {
    return {
      ok: false,
      result: fail(
        'not-waymark',
        `This file nests lists and groups more than ${MAX_JSON_DEPTH} levels deep. A Waymark map never goes deeper than about ten, so this is not a Waymark map file.`,
      ),
    };
  }
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return v;
    });
  } catch {
    // The browser's own message is for programmers and differs between browsers.
    const where = describeJsonError(text);
    return {
      ok: false,
      result: fail(
        'not-json',
        `This file is not valid JSON${where ? ` (${where})` : ''}, so it cannot be opened. If you edited it by hand, check that spot; otherwise export the map again.`,
      ),
    };
  }
  if (forbidden !== null) {
    return {
      ok: false,
      result: fail(
        'unsafe',
        `This file contains a key named "${forbidden}", which Waymark files never have, so it was not opened.`,
      ),
    };
  }
  return { ok: true, value };
}

/**
 * The first steps of reading a file: its size, whether it is empty, and safe JSON parsing.
 * The parsed value is the envelope still to be checked (readEnvelope).
 */
export function parseMapFileText(
  text: string,
): { ok: true; value: unknown } | { ok: false; result: LoadResult } {
  if (text.length > MAX_FILE_BYTES) return { ok: false, result: tooLarge(text.length) };
  if (text.trim() === '') return { ok: false, result: fail('empty', 'This file is empty.') };
  return parseJsonSafely(text.replace(/^\uFEFF/, ''));
}

/** Reads the text of a `.json` file into a map (see the module comment for the steps). */
export function readMapFile(text: string): LoadResult {
  const parsed = parseMapFileText(text);
  return parsed.ok ? readEnvelope(parsed.value) : parsed.result;
}

/** The refusal of a file of `bytes` bytes over `MAX_FILE_BYTES`, sizes in MB. */
export function tooLarge(bytes: number): LoadResult {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return fail(
    'too-large',
    `This file is ${mb(bytes)}; Waymark opens files up to ${mb(MAX_FILE_BYTES)}.`,
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks an already-parsed envelope, migrates it and validates the map. */
export function readEnvelope(value: unknown): LoadResult {
  if (!isRecord(value) || value.format !== FORMAT_NAME) {
    return fail(
      'not-waymark',
      'This is not a Waymark journey map file (it has no "format": "waymark.journey-map").',
    );
  }
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('not-waymark', 'This Waymark file has no valid format version.');
  }
  if (version > CURRENT_FORMAT_VERSION) {
    const writer = typeof value.appVersion === 'string' ? ` (Waymark ${value.appVersion})` : '';
    return fail(
      'newer-version',
      `This file was made by a newer version of Waymark${writer}: format ${version}. This version reads up to format ${CURRENT_FORMAT_VERSION}. Update Waymark to open it.`,
    );
  }
  const migrated = migrateJourneyMap(value.map, version, CURRENT_FORMAT_VERSION);
  // reportInput: each problem names the value found (expected one of …, not "banana").
  const result = journeyMapSchema.safeParse(migrated, { reportInput: true });
  if (!result.success) {
    const problems = describeIssues(result.error);
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return fail(
      'invalid',
      first
        ? `This map has a problem at ${first.path}: ${first.message}${more}.`
        : 'This map is not valid.',
      problems,
    );
  }
  return {
    ok: true,
    map: result.data,
    migratedFrom: version < CURRENT_FORMAT_VERSION ? version : null,
  };
}
