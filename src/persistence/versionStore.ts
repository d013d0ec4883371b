/**
 * Versions of maps: named snapshots a user saves ("After the March review"), and the ones
 * Waymark saves by itself before something replaces a map's content (a restore, an import into
 * the map) and at most once a day while a map is edited. A version is a whole map, kept as its
 * file compressed (mapText.ts), in the `versions` (what the list shows) and `versionData` (the
 * map) tables of db.ts; saving one never touches the map itself.
 */
import { newId } from '../domain/ids';
import type { JourneyMap } from '../domain/schema';
import type { VersionKind, VersionRow, WaymarkDatabase } from './db';
import { APP_VERSION, CURRENT_FORMAT_VERSION } from './format';
import { decodeMap, encodeMap } from './mapText';

/** A saved version, as the version list shows it (see db.ts VersionRow). */
export type VersionInfo = VersionRow;

/** What saving a version needs besides the map. */
export interface SaveVersionOptions {
  name: string;
  note?: string;
  kind: VersionKind;
  /** When it was saved (ISO 8601); now by default (an imported version keeps its own). */
  createdAt?: string;
}

/** A version read back: its map (migrated and validated like a file), or why it could not be. */
export type LoadedVersion =
  { ok: true; info: VersionInfo; map: JourneyMap } | { ok: false; message: string };

/** The longest name and note a version keeps (characters). */
export const VERSION_NAME_MAX = 200;
/** See VERSION_NAME_MAX. */
export const VERSION_NOTE_MAX = 2_000;

/** Where versions are kept. */
export interface VersionStore {
  /** Every version of one map, newest first. */
  list(mapId: string): Promise<VersionInfo[]>;
  /** Saves `map` as a new version; throws a StorageError (a full disk) and then saves nothing. */
  save(map: JourneyMap, options: SaveVersionOptions): Promise<VersionInfo>;
  load(versionId: string): Promise<LoadedVersion>;
  remove(versionId: string): Promise<void>;
  /** Deletes every version of a map (the map was deleted for good). */
  removeAllOf(mapId: string): Promise<void>;
  /** How many versions the library holds, and the bytes they take. */
  usage(): Promise<{ count: number; bytes: number }>;
}

/** A version's row, made ready outside any transaction (encoding is not IndexedDB work). */
export async function versionRecord(map: JourneyMap, options: SaveVersionOptions) {
  const encoded = await encodeMap(map);
  const id = newId();
  const info: VersionInfo = {
    id,
    mapId: map.id,
    createdAt: options.createdAt ?? new Date().toISOString(),
    name: options.name.trim().slice(0, VERSION_NAME_MAX),
    note: (options.note ?? '').trim().slice(0, VERSION_NOTE_MAX),
    kind: options.kind,
    title: map.title,
    cardCount: map.cards.length,
    jsonBytes: encoded.jsonBytes,
    storedBytes: encoded.storedBytes,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion: APP_VERSION,
  };
  return { info, data: { id, encoding: encoded.encoding, data: encoded.data } };
}

const newestFirst = (a: VersionInfo, b: VersionInfo) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

const NOT_FOUND: LoadedVersion = {
  ok: false,
  message: 'This version is no longer in the library.',
};

/** Runs database work, turning failures into StorageErrors (the repository's guard). */
export type Guard = <T>(work: () => Promise<T>) => Promise<T>;

/** Versions in IndexedDB (db.ts tables `versions` and `versionData`). */
export class DexieVersionStore implements VersionStore {
  constructor(
    private readonly db: WaymarkDatabase,
    private readonly guard: Guard,
  ) {}

  async list(mapId: string) {
    const rows = await this.guard(() => this.db.versions.where('mapId').equals(mapId).toArray());
    return rows.sort(newestFirst);
  }

  async save(map: JourneyMap, options: SaveVersionOptions) {
    const { info, data } = await versionRecord(map, options);
    const { db } = this;
    await this.guard(() =>
      db.transaction('rw', db.versions, db.versionData, async () => {
        await db.versionData.add(data);
        await db.versions.add(info);
      }),
    );
    return info;
  }

  async load(versionId: string): Promise<LoadedVersion> {
    const { db } = this;
    const [info, data] = await this.guard(() =>
      db.transaction('r', db.versions, db.versionData, () =>
        Promise.all([db.versions.get(versionId), db.versionData.get(versionId)]),
      ),
    );
    if (!info || !data) return NOT_FOUND;
    const read = await decodeMap(data);
    return read.ok ? { ok: true, info, map: read.map } : { ok: false, message: read.error.message };
  }

  async remove(versionId: string) {
    const { db } = this;
    await this.guard(() =>
      db.transaction('rw', db.versions, db.versionData, async () => {
        await db.versions.delete(versionId);
        await db.versionData.delete(versionId);
      }),
    );
  }

  async removeAllOf(mapId: string) {
    const { db } = this;
    await this.guard(() =>
      db.transaction('rw', db.versions, db.versionData, async () => {
        const ids = (await db.versions.where('mapId').equals(mapId).primaryKeys()) as string[];
        await db.versions.bulkDelete(ids);
        await db.versionData.bulkDelete(ids);
      }),
    );
  }

  async usage() {
    const rows = await this.guard(() => this.db.versions.toArray());
    return { count: rows.length, bytes: rows.reduce((sum, row) => sum + row.storedBytes, 0) };
  }
}

/** Versions in memory: the stand-in when IndexedDB is blocked (gone with the tab). */
export class MemoryVersionStore implements VersionStore {
  private readonly rows = new Map<string, { info: VersionInfo; map: JourneyMap }>();

  async list(mapId: string) {
    return [...this.rows.values()]
      .map((row) => row.info)
      .filter((info) => info.mapId === mapId)
      .sort(newestFirst);
  }

  async save(map: JourneyMap, options: SaveVersionOptions) {
    const { info } = await versionRecord(map, options);
    this.rows.set(info.id, { info, map });
    return info;
  }

  async load(versionId: string): Promise<LoadedVersion> {
    const row = this.rows.get(versionId);
    return row ? { ok: true, ...row } : NOT_FOUND;
  }

  async remove(versionId: string) {
    this.rows.delete(versionId);
  }

  async removeAllOf(mapId: string) {
    for (const [id, row] of this.rows) if (row.info.mapId === mapId) this.rows.delete(id);
  }

  async usage() {
    const infos = [...this.rows.values()].map((row) => row.info);
    return { count: infos.length, bytes: infos.reduce((sum, info) => sum + info.storedBytes, 0) };
  }
}
