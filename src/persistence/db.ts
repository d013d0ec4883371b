/**
 * The IndexedDB database (Dexie). A map is stored in small rows, so that a save writes only
 * what changed (typing in a card title writes that card's row, the meta row and the summary):
 *
 *   summaries  one row per map: what the library lists (title, dates, card count, trash)
 *   maps       one meta row per map: revision, format version, who wrote and checked it, updatedAt
 *   parts      the map outside its cards, cut into parts keyed [mapId+key] (see mapParts.ts)
 *   cards      one row per card, keyed [mapId+id]
 *
 * Every part and card row carries `check`: the checksum (checksum.ts) of its value, set when
 * this version of Waymark validated the row as it wrote it, null when it did not.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Card, JourneyMap } from '../domain/schema';
import { partsOf } from './mapParts';

/** The IndexedDB database name: changing it loses every user's library. */
export const DATABASE_NAME = 'waymark';

/** What the library lists, without loading whole maps. */
export interface MapSummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** Set when the map is in the trash; null otherwise. */
  deletedAt: string | null;
  cardCount: number;
  /** Approximate size of the map as JSON, in bytes. */
  sizeBytes: number;
}

/** A map without its cards. */
export type MapShell = Omit<JourneyMap, 'cards'>;

/** The small row written with every save of a map. */
export interface MapMetaRow {
  id: string;
  /** The format version of the map's parts and cards (see persistence/format.ts). */
  formatVersion: number;
  /** The version of Waymark that last wrote to this map. */
  appVersion: string;
  /**
   * The version of Waymark that validated every part and card row of this map as it wrote them,
   * or null when some row was written unchecked (by another version, or failing its check).
   */
  checkedBy: string | null;
  /** Grows by one with every save; a save that finds another revision was overtaken. */
  revision: number;
  /** When the map was last edited (ISO 8601). */
  updatedAt: string;
}

/** One part of a map (mapParts.ts), keyed [mapId+key]. */
export interface PartRow {
  mapId: string;
  key: string;
  value: unknown;
  /** checksum.ts of `value` when it was validated on write; null when it was not. */
  check: number | null;
}

/** One card of a map, keyed [mapId+id]. */
export interface CardRow {
  mapId: string;
  id: string;
  card: Card;
  /** checksum.ts of `card` when it was validated on write; null or absent when it was not. */
  check?: number | null;
}

/** A map as database version 1 stored it: everything but the cards in one row. */
export interface ShellRowV1 {
  id: string;
  formatVersion: number;
  appVersion: string;
  revision: number;
  map: MapShell;
}

/** Waymark's IndexedDB database, `waymark` (one per browser profile and origin). */
export class WaymarkDatabase extends Dexie {
  summaries!: Table<MapSummary, string>;
  maps!: Table<MapMetaRow, string>;
  parts!: Table<PartRow, [string, string]>;
  cards!: Table<CardRow, [string, string]>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // ⚠ These table definitions are users' saved maps. Changing a table name, a primary key
    // or an index here without adding a new `this.version(n + 1)` with an upgrade step loses
    // or corrupts their data. Never edit a version that has shipped: add the next one.
    this.version(1).stores({
      summaries: 'id, updatedAt, title, deletedAt',
      shells: 'id',
      cards: '[mapId+id], mapId',
    });
    // Version 2: the shell row is cut into a meta row and parts, so that a save
    // no longer rewrites persona pictures and every other part with each keystroke.
    this.version(2)
      .stores({
        summaries: 'id, updatedAt, title, deletedAt',
        maps: 'id',
        parts: '[mapId+key], mapId',
        cards: '[mapId+id], mapId',
        shells: null,
      })
      .upgrade(splitShellRows);
  }
}

/**
 * Upgrade 1 → 2: each shell row becomes a meta row and parts, as they are (a shell of an older
 * format stays at that format; it is migrated when the map is next opened). Nothing is checked
 * here, so every row is marked unchecked: the first open validates the whole map and rewrites it.
 */
async function splitShellRows(tx: Transaction): Promise<void> {
  // One map at a time: shells hold persona pictures, and a library may hold many maps.
  const ids = (await tx.table('shells').toCollection().primaryKeys()) as string[];
  for (const id of ids) {
    const shell = (await tx.table('shells').get(id)) as ShellRowV1;
    const map = shell.map as unknown as Record<string, unknown>;
    const meta: MapMetaRow = {
      id: shell.id,
      formatVersion: shell.formatVersion,
      appVersion: shell.appVersion,
      checkedBy: null,
      revision: shell.revision,
      // Kept as it was, even if damaged: validation on open names it.
      updatedAt: map.updatedAt as string,
    };
    const parts: PartRow[] = partsOf(map).map((part) => ({ mapId: id, ...part, check: null }));
    await tx.table('maps').put(meta);
    await tx.table('parts').bulkPut(parts);
  }
}
