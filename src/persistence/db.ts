/**
 * The IndexedDB database (Dexie). A map is stored in small rows, so that a save writes only
 * what changed (typing in a card title writes that card's row, the meta row and the summary):
 *
 *   summaries  one row per map: what the library lists (title, dates, card count, trash)
 *   maps       one meta row per map: revision, format version, who wrote and checked it, updatedAt
 *   parts      the map outside its cards, cut into parts keyed [mapId+key] (see mapParts.ts)
 *   cards      one row per card, keyed [mapId+id]
 *   versions   one row per saved version of a map: what the version list shows (versionStore.ts)
 *   versionData  the version's whole map, compressed, keyed by the version's id
 *   templates  one row per template of the user's own: its name, and its map compressed
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
  /**
   * A future-state map: the id of its current-state map (JourneyMap.currentStateMapId); null
   * otherwise. Rows written before database version 3 get null in the upgrade.
   */
  currentStateMapId?: string | null;
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

/** How a stored map text (a version, a template) is kept: gzip bytes, or the JSON text. */
export type MapTextEncoding = 'gzip' | 'json';

/** A whole map as a version or template keeps it: its file (the envelope), maybe compressed. */
export interface MapText {
  encoding: MapTextEncoding;
  /** gzip bytes of the envelope's UTF-8 JSON, or the JSON itself. */
  data: Uint8Array | string;
}

/** What a saved version of a map is (see versionStore.ts), without the map itself. */
export interface VersionRow {
  id: string;
  mapId: string;
  /** When it was saved (ISO 8601). */
  createdAt: string;
  name: string;
  note: string;
  kind: VersionKind;
  /** The map's title then. */
  title: string;
  cardCount: number;
  /** The size of the map's file (JSON), in bytes. */
  jsonBytes: number;
  /** The bytes the version takes in the database (compressed). */
  storedBytes: number;
  formatVersion: number;
  appVersion: string;
}

/** Why a version was saved: by the user, or by Waymark before something that replaces the map. */
export const VERSION_KINDS = ['manual', 'daily', 'before-restore', 'before-import'] as const;
/** One of VERSION_KINDS. */
export type VersionKind = (typeof VERSION_KINDS)[number];

/** The map of one version, keyed by the version's id. */
export interface VersionDataRow extends MapText {
  id: string;
}

/** One of the user's own templates: its name and description, and its map. */
export interface TemplateRow extends MapText {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  cardCount: number;
  storedBytes: number;
}

/** Waymark's IndexedDB database, `waymark` (one per browser profile and origin). */
export class WaymarkDatabase extends Dexie {
  summaries!: Table<MapSummary, string>;
  maps!: Table<MapMetaRow, string>;
  parts!: Table<PartRow, [string, string]>;
  cards!: Table<CardRow, [string, string]>;
  versions!: Table<VersionRow, string>;
  versionData!: Table<VersionDataRow, string>;
  templates!: Table<TemplateRow, string>;

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
    // Version 3: versions of maps and the user's own templates, each a whole map compressed;
    // the library's summaries say which map a future state was made from.
    this.version(3)
      .stores({
        summaries: 'id, updatedAt, title, deletedAt',
        maps: 'id',
        parts: '[mapId+key], mapId',
        cards: '[mapId+id], mapId',
        versions: 'id, mapId',
        versionData: 'id',
        templates: 'id',
      })
      .upgrade(addCurrentStateToSummaries);
  }
}

/**
 * Upgrade 2 → 3: the new tables start empty; every summary gets `currentStateMapId: null`
 * (no map stored before version 3 can be a future state: the field did not exist).
 */
async function addCurrentStateToSummaries(tx: Transaction): Promise<void> {
  await tx
    .table('summaries')
    .toCollection()
    .modify((summary: MapSummary) => {
      summary.currentStateMapId ??= null;
    });
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
