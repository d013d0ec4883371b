import type { JourneyMap } from '../domain/schema';
import { APP_VERSION, CURRENT_FORMAT_VERSION } from './format';
import type { Transaction } from 'dexie';
import { WaymarkDatabase, type MapMetaRow } from './db';
import { DETAILS } from './mapParts';
import type { MapChange } from './mapChange';
import type { MapRepository, StoredMapResult } from './repository';
import { readRowsAsFile, readTrustedRows, type MapRows } from './storedMap';
import {
  allChecked,
  cardRowOf,
  partRowOf,
  storedRowsOf,
  summaryOf,
  type StoredRows,
  type WriteCheck,
} from './storedRows';
import { StorageError, closedError, toStorageError } from './storageError';
import { openTrashNews, type TrashNews, type TrashNewsChannel } from './trashNews';
import { DexieTemplateStore } from './templateStore';
import { DexieVersionStore } from './versionStore';

const notFound = (): StoredMapResult => ({
  ok: false,
  error: { kind: 'not-found', message: 'This map is not in the library.', problems: [] },
});

/** The library in IndexedDB (see db.ts for the tables and mapParts.ts for what a part is). */
export class DexieMapRepository implements MapRepository {
  readonly persistent = true;
  readonly versions: DexieVersionStore;
  readonly templates: DexieTemplateStore;
  private outdated: StorageError | null = null;
  /**
   * Per map this tab read or wrote: its meta row and whether it is in the trash, as last seen,
   * for `saveOnExit` (which cannot read them first).
   */
  private known = new Map<string, { meta: MapMetaRow; deletedAt: string | null }>();
  /** The write transaction under way (writeMaps), which `saveOnExit` takes the place of. */
  private writing: Transaction | null = null;
  private outdatedListeners = new Set<(error: StorageError) => void>();
  /** What the other tabs' repositories say of the trash, to keep `known` true (trashNews.ts). */
  private readonly trashNews: TrashNewsChannel;

  constructor(readonly db: WaymarkDatabase = new WaymarkDatabase()) {
    this.trashNews = openTrashNews(db.name, (news) => this.learn(news));
    const guard = <T>(work: () => Promise<T>) => this.guard(work);
    this.versions = new DexieVersionStore(db, guard);
    this.templates = new DexieTemplateStore(db, guard);
    // Another tab opened a newer Waymark, whose database version needs this connection closed.
    // Close it for good (Dexie's own handler would reopen it on the next call, and this tab's
    // code would then write rows of the old layout), stop writing, and tell the session.
    db.on('versionchange', () => {
      this.becomeOutdated();
      return false;
    });
  }

  onOutdated(listener: (error: StorageError) => void): () => void {
    if (this.outdated) {
      listener(this.outdated);
      return () => undefined;
    }
    this.outdatedListeners.add(listener);
    return () => this.outdatedListeners.delete(listener);
  }

  private becomeOutdated() {
    if (this.outdated) return;
    this.db.close({ disableAutoOpen: true });
    this.outdated = closedError();
    for (const listener of this.outdatedListeners) listener(this.outdated);
    this.outdatedListeners.clear();
  }

  async list() {
    const rows = await this.guard(() => this.db.summaries.toArray());
    return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async load(id: string): Promise<StoredMapResult> {
    const rows = await this.readRows(id);
    if (!rows) return notFound();
    this.known.set(id, { meta: rows.meta, deletedAt: rows.deletedAt });
    const trusted = readTrustedRows(rows);
    if (trusted.ok) return { ok: true, map: trusted.map, revision: rows.meta.revision };
    // Not written (or not checked) by this version: the road of a file, then written back
    // checked and at the current format, so that the next open is trusted.
    const result = readRowsAsFile(rows);
    if (!result.ok) return result;
    const migrated = result.migratedFrom !== null;
    const revision = await this.rewriteChecked(result.map, rows.meta.revision, migrated).catch(
      (error: unknown) => {
        // A migrated map must be stored at its new format before anyone edits it; a map that
        // was only re-checked can go on as it is stored.
        if (migrated) throw toStorageError(error);
        return rows.meta.revision;
      },
    );
    return { ok: true, map: result.map, revision };
  }

  async create(map: JourneyMap) {
    await this.writeMaps(() => this.putWholeMap(storedRowsOf(map)));
  }

  async save(map: JourneyMap, change: MapChange, expectedRevision: number, sizeBytes: number) {
    // Validate and checksum outside the transaction: it holds no IndexedDB request meanwhile.
    const parts = change.putParts.map((part) => partRowOf(map.id, part));
    const cards = change.putCards.map((card) => cardRowOf(map.id, card));
    return await this.writeMaps(async () => {
      const stored = await this.db.maps.get(map.id);
      const storedRevision = stored?.revision ?? 0;
      if (storedRevision !== expectedRevision) {
        throw new StorageError(
          'conflict',
          'This map was changed in another tab or window. Reload it to see the latest version; download a copy first to keep what is on screen.',
        );
      }
      const revision = storedRevision + 1;
      const previous = await this.db.summaries.get(map.id);
      const deletedAt = previous?.deletedAt ?? null;
      if (stored === undefined || stored.formatVersion !== CURRENT_FORMAT_VERSION) {
        // Nothing (or another format) to add the change to: store the whole map.
        await this.putWholeMap(storedRowsOf(map, { revision, deletedAt, sizeBytes }), deletedAt);
        return revision;
      }
      if (parts.length > 0) await this.db.parts.bulkPut(parts);
      if (change.deletedPartKeys.length > 0) {
        await this.db.parts.bulkDelete(change.deletedPartKeys.map((key) => keyOf(map.id, key)));
      }
      if (cards.length > 0) await this.db.cards.bulkPut(cards);
      if (change.deletedCardIds.length > 0) {
        await this.db.cards.bulkDelete(change.deletedCardIds.map((id) => keyOf(map.id, id)));
      }
      const checked = stored.checkedBy === APP_VERSION && allChecked(parts) && allChecked(cards);
      const meta = this.nextMeta(stored, revision, map.updatedAt, checked);
      await this.db.maps.put(meta);
      await this.db.summaries.put(summaryOf(map, sizeBytes, deletedAt));
      this.known.set(map.id, { meta, deletedAt });
      return revision;
    });
  }

  saveOnExit(map: JourneyMap, change: MapChange, revision: number, sizeBytes: number): boolean {
    const known = this.known.get(map.id);
    if (this.outdated || !known || known.meta.formatVersion !== CURRENT_FORMAT_VERSION)
      return false;
    try {
      if (!this.db.isOpen()) return false;
      const parts = change.putParts.map((part) => partRowOf(map.id, part));
      const cards = change.putCards.map((card) => cardRowOf(map.id, card));
      const checked =
        known.meta.checkedBy === APP_VERSION && allChecked(parts) && allChecked(cards);
      const meta = this.nextMeta(known.meta, revision, map.updatedAt, checked);
      // A write under way would hold this one back until the page is gone (its next requests
      // are made in callbacks): it is given up, this one writes everything it had and more.
      try {
        this.writing?.abort();
      } catch {
        // Already finished: nothing to give up.
      }
      this.writing = null;
      // IndexedDB itself: Dexie makes its requests in callbacks, which a closing page never runs.
      const { db } = this;
      const names = [db.summaries.name, db.maps.name, db.parts.name, db.cards.name];
      const transaction = db.backendDB().transaction(names, 'readwrite');
      const store = (name: string) => transaction.objectStore(name);
      for (const row of parts) store(db.parts.name).put(row);
      for (const key of change.deletedPartKeys) store(db.parts.name).delete(keyOf(map.id, key));
      for (const row of cards) store(db.cards.name).put(row);
      for (const id of change.deletedCardIds) store(db.cards.name).delete(keyOf(map.id, id));
      store(db.maps.name).put(meta);
      store(db.summaries.name).put(summaryOf(map, sizeBytes, known.deletedAt));
      // Committed now, not when this page's callbacks would say so (browsers before 2020 lack
      // commit(): the transaction then commits as the handler returns, as it may).
      if ('commit' in transaction) transaction.commit();
      this.known.set(map.id, { meta, deletedAt: known.deletedAt });
      return true;
    } catch {
      return false;
    }
  }

  async rename(id: string, title: string) {
    await this.writeMaps(async () => {
      const [meta, details] = await Promise.all([
        this.db.maps.get(id),
        this.db.parts.get(keyOf(id, DETAILS)),
      ]);
      if (!meta || !details) throw new StorageError('unknown', 'This map is not in the library.');
      const updatedAt = new Date().toISOString();
      const row = partRowOf(id, { key: DETAILS, value: { ...asRecord(details.value), title } });
      const checked = meta.checkedBy === APP_VERSION && allChecked([row]);
      await this.db.parts.put(row);
      await this.db.maps.put(this.nextMeta(meta, meta.revision + 1, updatedAt, checked));
      await this.db.summaries.update(id, { title, updatedAt });
    });
  }

  async duplicate(id: string, options: { newId: string; title: string }) {
    const loaded = await this.load(id);
    if (!loaded.ok) throw new StorageError('unknown', loaded.error.message);
    const now = new Date().toISOString();
    const copy = {
      ...loaded.map,
      id: options.newId,
      title: options.title,
      createdAt: now,
      updatedAt: now,
    };
    // Loaded means validated (on this open, or when each row was written).
    await this.writeMaps(() => this.putWholeMap(storedRowsOf(copy, { check: 'validated' })));
  }

  async trash(id: string) {
    await this.setDeletedAt(id, new Date().toISOString());
  }

  async restore(id: string) {
    await this.setDeletedAt(id, null);
  }

  async purge(id: string) {
    const { db } = this;
    const tables = [db.summaries, db.maps, db.parts, db.cards, db.versions, db.versionData];
    await this.guard(() =>
      db.transaction('rw', tables, async () => {
        await db.summaries.delete(id);
        await db.maps.delete(id);
        await db.parts.where('mapId').equals(id).delete();
        await db.cards.where('mapId').equals(id).delete();
        const versionIds = (await db.versions.where('mapId').equals(id).primaryKeys()) as string[];
        await db.versions.bulkDelete(versionIds);
        await db.versionData.bulkDelete(versionIds);
      }),
    );
    this.tell({ mapId: id, purged: true });
  }

  /**
   * The rows of one map, and whether it is in the trash, read in one transaction; null when
   * there is no such map.
   */
  private async readRows(id: string): Promise<(MapRows & { deletedAt: string | null }) | null> {
    const { db } = this;
    const [meta, parts, cards, summary] = await this.guard(() =>
      db.transaction('r', db.maps, db.parts, db.cards, db.summaries, () =>
        Promise.all([
          db.maps.get(id),
          db.parts.where('mapId').equals(id).toArray(),
          db.cards.where('mapId').equals(id).toArray(),
          db.summaries.get(id),
        ]),
      ),
    );
    return meta ? { meta, parts, cards, deletedAt: summary?.deletedAt ?? null } : null;
  }

  /**
   * Stores a map that was just validated whole, every row checked. A migrated map takes the
   * next revision (a tab still editing the old format must not save over it); a map that was
   * only checked again keeps its revision (its content is the same, so a tab editing it with
   * another version of Waymark goes on saving). When another tab saved since `readRevision`,
   * leaves its save alone and returns `readRevision`.
   */
  private async rewriteChecked(map: JourneyMap, readRevision: number, bump: boolean) {
    return await this.writeMaps(async () => {
      const stored = await this.db.maps.get(map.id);
      if (stored?.revision !== readRevision) return readRevision;
      const summary = await this.db.summaries.get(map.id);
      const revision = bump ? readRevision + 1 : readRevision;
      const check: WriteCheck = 'validated';
      const deletedAt = summary?.deletedAt ?? null;
      await this.putWholeMap(storedRowsOf(map, { revision, deletedAt, check }), deletedAt);
      return revision;
    });
  }

  /**
   * Replaces every row of a map (call inside writeMaps); `deletedAt` (the summary's) is
   * remembered for `saveOnExit` with the meta row when given.
   */
  private async putWholeMap(rows: StoredRows, deletedAt?: string | null) {
    const id = rows.meta.id;
    await this.db.parts.where('mapId').equals(id).delete();
    await this.db.cards.where('mapId').equals(id).delete();
    await this.db.parts.bulkPut(rows.parts);
    await this.db.cards.bulkPut(rows.cards);
    await this.db.maps.put(rows.meta);
    await this.db.summaries.put(rows.summary);
    if (deletedAt !== undefined) this.known.set(id, { meta: rows.meta, deletedAt });
  }

  private nextMeta(stored: MapMetaRow, revision: number, updatedAt: string, checked: boolean) {
    return {
      ...stored,
      appVersion: APP_VERSION,
      checkedBy: checked ? APP_VERSION : null,
      revision,
      updatedAt,
    };
  }

  /**
   * Runs `work` in one read-write transaction over every table, so a map is written or removed
   * whole; whatever goes wrong comes out as a StorageError.
   */
  private async writeMaps<T>(work: () => Promise<T>): Promise<T> {
    const { db } = this;
    return await this.guard(() =>
      db.transaction('rw', [db.summaries, db.maps, db.parts, db.cards], (transaction) => {
        this.writing = transaction;
        return work().finally(() => {
          if (this.writing === transaction) this.writing = null;
        });
      }),
    );
  }

  /** Runs a database call, refusing once this tab is outdated; errors become StorageErrors. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    if (this.outdated) throw this.outdated;
    try {
      if (!this.db.isOpen()) await this.db.open();
      // Dexie opens a database that a newer Waymark already upgraded (a page loaded from an
      // old copy of the app): this code would write rows of the old layout into it.
      // (IndexedDB's version is Dexie's times ten, plus one for Dexie's own schema patches.)
      if (Math.floor(this.db.backendDB().version / 10) > this.db.verno) this.becomeOutdated();
    } catch (error) {
      throw toStorageError(error);
    }
    if (this.outdated) throw this.outdated;
    try {
      return await work();
    } catch (error) {
      throw toStorageError(error);
    }
  }

  private async setDeletedAt(id: string, deletedAt: string | null) {
    await this.guard(() => this.db.summaries.update(id, { deletedAt }));
    this.tell({ mapId: id, deletedAt });
  }

  /** Records a change of a map's trash state here, and tells the other tabs. */
  private tell(news: TrashNews) {
    this.learn(news);
    this.trashNews.tell(news);
  }

  /** Keeps what `saveOnExit` knows of a map true to a change of its trash state. */
  private learn(news: TrashNews) {
    if ('purged' in news) {
      // Deleted for good: no write on exit (a few rows would make a broken map).
      this.known.delete(news.mapId);
      return;
    }
    const known = this.known.get(news.mapId);
    if (known) this.known.set(news.mapId, { ...known, deletedAt: news.deletedAt });
  }
}

const keyOf = (mapId: string, key: string): [string, string] => [mapId, key];

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
