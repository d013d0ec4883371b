/**
 * Reads records of a journey map back out of its Yjs documents. Whatever another client wrote
 * is checked with the record's own zod schema; a record that fails is left out (and stays in
 * the document untouched), so a broken or hostile client cannot break everyone's map. Two
 * things are cut rather than left out, because concurrent changes that are each valid can add
 * up past a limit: a text (Y.Text) longer than TEXT_LIMITS, and a list inside a record longer
 * than its spec's `max` (its first records count).
 */
import * as Y from 'yjs';
import { POSITION_FIELD, TEXT_LIMITS, type CollectionSpec } from './layout';
import type { PlainRecord } from './write';

/** `text` cut to `max` UTF-16 units (never between the halves of a surrogate pair). */
export function clampText(text: string, max: number | undefined): string {
  if (max === undefined || text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** One field as a plain value: a text as its string (cut to TEXT_LIMITS), a collection read. */
export function readValue(key: string, value: unknown, spec?: CollectionSpec): unknown {
  if (value instanceof Y.Text) return clampText(value.toString(), TEXT_LIMITS[key]);
  if (value instanceof Y.Map && spec) return readCollection(value as Y.Map<Y.Map<unknown>>, spec);
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

/** A record's fields as plain values (texts as strings, nested collections as arrays). */
export function readFields(
  source: Y.Map<unknown>,
  nested: Readonly<Record<string, CollectionSpec>> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  source.forEach((value, key) => {
    if (key !== POSITION_FIELD) out[key] = readValue(key, value, nested[key]);
  });
  return out;
}

/** One record checked against its schema; null when it does not pass. */
export function readRecord(source: unknown, spec: CollectionSpec): PlainRecord | null {
  if (!(source instanceof Y.Map)) return null;
  const parsed = spec.schema.safeParse(readFields(source, spec.nested));
  return parsed.success ? (parsed.data as PlainRecord) : null;
}

/** The position key of a record (records without one sort last). */
export function positionOf(source: unknown): string {
  const value = source instanceof Y.Map ? source.get(POSITION_FIELD) : undefined;
  return typeof value === 'string' ? value : '\uffff';
}

/** Whether the record at [position, id] `a` comes before `b`: by position, then by id. */
export function before(a: readonly [string, string], b: readonly [string, string]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/** The ids of a collection in their order: by position, then by id (deterministic on ties). */
export function orderedIds(collection: Y.Map<Y.Map<unknown>>): string[] {
  const entries: [string, string][] = [];
  collection.forEach((record, id) => entries.push([positionOf(record), id]));
  entries.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  return entries.map(([, id]) => id);
}

/** Every valid record of a collection, in order (the first `spec.max` of them). */
export function readCollection(
  collection: Y.Map<Y.Map<unknown>>,
  spec: CollectionSpec,
): PlainRecord[] {
  const out: PlainRecord[] = [];
  for (const id of orderedIds(collection)) {
    if (spec.max !== undefined && out.length >= spec.max) break;
    const record = readRecord(collection.get(id), spec);
    if (record && record.id === id) out.push(record);
  }
  return out;
}
