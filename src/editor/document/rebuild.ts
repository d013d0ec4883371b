/**
 * A collection of the projection read again where Yjs events touched it, reusing every record
 * they did not touch (so rendering and saving stay proportional to the change), and whether
 * the change was structural: whether it added, removed or reordered records, or changed what
 * the repair rules read of one (domain/repair.ts repairFacts).
 */
import type * as Y from 'yjs';
import { jsonEqual } from '../../domain/equality';
import { repairFacts } from '../../domain/repair';
import type { CollectionSpec } from './layout';
import { before, orderedIds, positionOf, readCollection, readRecord } from './read';
import type { PlainRecord } from './write';

/**
 * What events touched in one collection: records by id (changed, added or deleted), all of it
 * (the collection was replaced), or the order (a record moved or was replaced).
 */
export type Dirty = { ids: Set<string>; all: boolean; order: boolean };

/** The collection `key` after a change: `current` with the touched records read again. */
export function rebuild(
  key: string,
  collection: Y.Map<Y.Map<unknown>>,
  current: readonly PlainRecord[],
  dirty: Dirty,
  spec: CollectionSpec,
): { records: PlainRecord[]; structural: boolean } {
  if (dirty.all) return { records: readCollection(collection, spec), structural: true };
  const fresh = new Map<string, PlainRecord | null>();
  for (const id of dirty.ids) {
    const record = readRecord(collection.get(id), spec);
    fresh.set(id, record && record.id === id ? record : null);
  }
  let structural = dirty.order;
  const seen = new Set<string>();
  const records: PlainRecord[] = [];
  for (const record of current) {
    if (!fresh.has(record.id)) {
      records.push(record);
      continue;
    }
    seen.add(record.id);
    const next = fresh.get(record.id);
    if (!next) {
      structural = true; // left out now (deleted, or fails its schema)
      continue;
    }
    structural ||= !jsonEqual(repairFacts(key, record), repairFacts(key, next));
    records.push(next);
  }
  // New records, and records that were left out and pass again (a phase given a step back).
  const added = [...fresh].filter(
    (entry): entry is [string, PlainRecord] => entry[1] !== null && !seen.has(entry[0]),
  );
  if (!dirty.order) {
    // `records` is in the documents' order (orderedIds): each new one goes to its place.
    const key = (id: string): [string, string] => [positionOf(collection.get(id)), id];
    for (const [id, record] of added) {
      let lo = 0;
      let hi = records.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(key(records[mid]?.id ?? ''), key(id))) lo = mid + 1;
        else hi = mid;
      }
      records.splice(lo, 0, record);
    }
    return { records, structural: structural || added.length > 0 };
  }
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const [id, record] of fresh) if (record) byId.set(id, record);
  const ordered = orderedIds(collection).flatMap((id) => {
    const record = byId.get(id);
    return record ? [record] : [];
  });
  return { records: ordered, structural: true };
}
