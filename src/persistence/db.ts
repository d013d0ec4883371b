/**
 * The IndexedDB database (Dexie). A map is stored as a shell (everything but the cards) plus
 * one row per card, so an autosave writes only what changed. The format version of the map
 * data is stored beside it in every shell row.
 */
import Dexie, { type Table } from 'dexie';
import type { Card, JourneyMap } from '../domain/schema';

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

export type MapShell = Omit<JourneyMap, 'cards'>;

export interface ShellRow {
  id: string;
  /** The format version of `map` (see persistence/format.ts). */
  formatVersion: number;
  appVersion: string;
  /** Grows by one with every save; a save that finds another revision was overtaken. */
  revision: number;
  map: MapShell;
}

export interface CardRow {
  mapId: string;
  id: string;
  card: Card;
}

export class WaymarkDatabase extends Dexie {
  summaries!: Table<MapSummary, string>;
  shells!: Table<ShellRow, string>;
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
  }
}
