/**
 * Writes records of a journey map into Yjs types, changing only what differs: a record whose
 * object is the same as before is skipped, a changed record has only its changed fields set,
 * and a changed title is written as the few characters typed (so concurrent typing merges).
 * Must run inside a transaction of the document (the caller's `doc.transact`).
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { jsonEqual } from '../../domain/equality';
import { POSITION_FIELD, TEXT_FIELDS, type CollectionSpec } from './layout';

/** A record as the map holds it: a plain object with a string id. */
export type PlainRecord = { readonly id: string } & Readonly<Record<string, unknown>>;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `value` with every lone surrogate (half an emoji, left by cutting a string at a UTF-16 index)
 * replaced by U+FFFD, in strings nested anywhere. Yjs sends text as UTF-8, where a lone
 * surrogate arrives as U+FFFD: writing it as it is would leave this client with a character
 * every other client reads differently.
 */
export function wellFormed<T>(value: T): T {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD') as T;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => wellFormed(item));
    return (items.every((item, i) => item === value[i]) ? value : items) as T;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
    let out: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const clean = wellFormed(item);
      if (clean === item) continue;
      out ??= { ...(value as Record<string, unknown>) };
      out[key] = clean;
    }
    return (out ?? value) as T;
  }
  return value;
}

/** Turns `text` into `next` by deleting and inserting only the part between what they share. */
export function writeText(text: Y.Text, target: string): void {
  const current = text.toString();
  if (current === target) return;
  const next = wellFormed(target);
  if (current === next) return;
  let start = 0;
  const shorter = Math.min(current.length, next.length);
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shorter - start &&
    current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) {
    end++;
  }
  // Never split a surrogate pair: widen the changed range to whole code points.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted !== '') text.insert(start, inserted);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function newText(value: string): Y.Text {
  const text = new Y.Text();
  text.insert(0, wellFormed(value));
  return text;
}

/** Sets one field of a record (or of the map's details) to `value`, if it differs. */
export function writeField(target: Y.Map<unknown>, key: string, value: unknown): void {
  const current = target.get(key);
  if (value === undefined) {
    if (target.has(key)) target.delete(key);
    return;
  }
  if (TEXT_FIELDS.has(key) && typeof value === 'string') {
    if (current instanceof Y.Text) writeText(current, value);
    else target.set(key, newText(value));
    return;
  }
  if (!(current instanceof Y.AbstractType) && jsonEqual(current, value)) return;
  const clean = wellFormed(value);
  if (current instanceof Y.AbstractType || !jsonEqual(current, clean)) target.set(key, clean);
}

/**
 * Writes `next` into the record `target`. `previous` is what the map held before (same object:
 * nothing to do), `spec` names the record's own collections (written record by record).
 */
export function writeRecord(
  target: Y.Map<unknown>,
  next: PlainRecord,
  previous: PlainRecord | undefined,
  spec: CollectionSpec,
): void {
  if (previous === next) return;
  const nested = spec.nested ?? {};
  const exclude = spec.exclude;
  for (const [key, value] of Object.entries(next)) {
    if (exclude?.has(key)) continue;
    const nestedSpec = nested[key];
    if (nestedSpec && Array.isArray(value)) {
      let collection = target.get(key);
      if (!(collection instanceof Y.Map)) {
        collection = new Y.Map<unknown>();
        target.set(key, collection);
      }
      const before = previous?.[key];
      writeCollection(
        collection as Y.Map<Y.Map<unknown>>,
        value as PlainRecord[],
        Array.isArray(before) ? (before as PlainRecord[]) : null,
        nestedSpec,
      );
    } else {
      writeField(target, key, value);
    }
  }
  for (const key of [...target.keys()]) {
    if (key !== POSITION_FIELD && !(key in next) && !exclude?.has(key)) target.delete(key);
  }
}

/**
 * Writes the array `next` into `collection`. `previous` is the array the map held before (for
 * identity and deletions), or null when the collection is written from scratch. Records that
 * were in `previous` and are not in `next` are deleted; records that are in the document but
 * were never in `previous` (hidden from this client, or another client's) are left alone.
 */
export function writeCollection(
  collection: Y.Map<Y.Map<unknown>>,
  next: readonly PlainRecord[],
  previous: readonly PlainRecord[] | null,
  spec: CollectionSpec,
): void {
  if (previous === next) return;
  if (
    previous !== null &&
    previous.length === next.length &&
    next.every((record, i) => record.id === previous[i]?.id)
  ) {
    next.forEach((record, i) => {
      const before = previous[i];
      if (record === before) return;
      const target = collection.get(record.id);
      if (target) writeRecord(target, record, before, spec);
      else insertRecord(collection, record, positionAfter(collection, next, i), spec);
    });
    return;
  }
  const nextIds = new Set(next.map((record) => record.id));
  for (const record of previous ?? []) {
    if (!nextIds.has(record.id) && collection.has(record.id)) collection.delete(record.id);
  }
  const positions = placeRecords(collection, next, previous);
  const before = new Map((previous ?? []).map((record) => [record.id, record]));
  next.forEach((record, i) => {
    const target = collection.get(record.id);
    const position = positions[i];
    if (target) {
      if (position !== undefined) target.set(POSITION_FIELD, position);
      writeRecord(target, record, before.get(record.id), spec);
    } else {
      insertRecord(collection, record, position ?? generateKeyBetween(null, null), spec);
    }
  });
}

/**
 * The positions of `count` records written into an empty collection, in order: the ones
 * writeCollection gives them when it writes a collection from scratch.
 */
export function newPositions(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

/**
 * Writes `records[from]` up to (not including) `records[to]` into `collection`, new records at
 * `positions` (from newPositions): a collection written from scratch in slices holds what
 * writeCollection(collection, records, null, spec) writes in one go.
 */
export function insertRecords(
  collection: Y.Map<Y.Map<unknown>>,
  records: readonly PlainRecord[],
  positions: readonly string[],
  from: number,
  to: number,
  spec: CollectionSpec,
): void {
  for (let i = from; i < to; i++) {
    insertRecord(collection, records[i] as PlainRecord, positions[i] as string, spec);
  }
}

function insertRecord(
  collection: Y.Map<Y.Map<unknown>>,
  record: PlainRecord,
  position: string,
  spec: CollectionSpec,
): void {
  // Fields are written after the record is in the document, so nested records and texts are
  // attached to their parent from the start.
  const target = new Y.Map<unknown>();
  collection.set(record.id, target);
  target.set(POSITION_FIELD, position);
  writeRecord(target, record, undefined, spec);
}

function positionOf(collection: Y.Map<Y.Map<unknown>>, id: string | undefined): string | null {
  if (id === undefined) return null;
  const value = collection.get(id)?.get(POSITION_FIELD);
  return typeof value === 'string' ? value : null;
}

function positionAfter(
  collection: Y.Map<Y.Map<unknown>>,
  records: readonly PlainRecord[],
  index: number,
): string {
  const lower = positionOf(collection, records[index - 1]?.id);
  const upper = positionOf(collection, records[index + 1]?.id);
  return safeKeyBetween(isKey(lower) ? lower : null, isKey(upper) ? upper : null);
}

/**
 * Whether `key` is a position fractional-indexing can place others around (a hostile or broken
 * client may have written anything there). Null, no neighbour, is a key.
 */
function isKey(key: string | null): boolean {
  if (key === null) return true;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

function safeKeyBetween(lower: string | null, upper: string | null): string {
  if (lower !== null && upper !== null && lower >= upper) return generateKeyBetween(lower, null);
  return generateKeyBetween(lower, upper);
}

/**
 * New positions for the records of `next` that moved or are new (undefined for the others),
 * keeping the longest run of records that stayed in order where they are, so a move writes
 * one position and concurrent moves of other records are not disturbed.
 */
function placeRecords(
  collection: Y.Map<Y.Map<unknown>>,
  next: readonly PlainRecord[],
  previous: readonly PlainRecord[] | null,
): (string | undefined)[] {
  const previousIndex = new Map((previous ?? []).map((record, i) => [record.id, i]));
  const sequence = next.map((record) =>
    collection.has(record.id) && positionOf(collection, record.id) !== null
      ? (previousIndex.get(record.id) ?? -1)
      : -1,
  );
  const stable = longestIncreasing(sequence);
  const positions: (string | undefined)[] = new Array(next.length).fill(undefined);
  let i = 0;
  while (i < next.length) {
    if (stable[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < next.length && !stable[j]) j++;
    const lower = i > 0 ? positionOf(collection, next[i - 1]?.id) : null;
    const upper = j < next.length ? positionOf(collection, next[j]?.id) : null;
    if ((lower !== null && upper !== null && lower >= upper) || !isKey(lower) || !isKey(upper)) {
      // The kept records are out of order in the document (a concurrent move), or one has a
      // position that is no key: place all anew.
      return generateNKeysBetween(null, null, next.length);
    }
    const keys = generateNKeysBetween(lower, upper, j - i);
    for (let k = i; k < j; k++) positions[k] = keys[k - i];
    i = j;
  }
  return positions;
}

/** Marks the members of one longest strictly increasing subsequence of non-negative values. */
export function longestIncreasing(sequence: readonly number[]): boolean[] {
  const tails: number[] = []; // index into sequence of the smallest tail of each length
  const parent: number[] = new Array(sequence.length).fill(-1);
  sequence.forEach((value, i) => {
    if (value < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sequence[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) parent[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  });
  const marks = new Array<boolean>(sequence.length).fill(false);
  for (
    let k = tails.length > 0 ? (tails[tails.length - 1] ?? -1) : -1;
    k >= 0;
    k = parent[k] ?? -1
  ) {
    marks[k] = true;
  }
  return marks;
}
