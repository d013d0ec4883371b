import type { JourneyMap } from '../domain/schema';
import { CURRENT_FORMAT_VERSION, APP_VERSION, readEnvelope, FORMAT_NAME } from './format';
import { WaymarkDatabase, type ShellRow } from './db';
import { shellOf, type MapChange } from './mapChange';
import { measureMap, summaryOf, type MapRepository, type StoredMapResult } from './repository';
import { StorageError, toStorageError } from './storageError';

export class DexieMapRepository implements MapRepository {
  readonly persistent = true;

  constructor(readonly db: WaymarkDatabase = new WaymarkDatabase()) {}

  async list() {
    const rows = await this.db.summaries.toArray();
    return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async load(id: string): Promise<StoredMapResult> {
    const [shell, cardRows] = await this.db.transaction('r', this.db.shells, this.db.cards, () =>
      Promise.all([this.db.shells.get(id), this.db.cards.where('mapId').equals(id).toArray()]),
    );
    if (!shell)
      return {
        ok: false,
        error: { kind: 'not-found', message: 'This map is not in the library.', problems: [] },
      };
    // A stored row goes through the same steps as a file: envelope → migrate → validate.
    const result = readEnvelope({
      format: FORMAT_NAME,
      formatVersion: shell.formatVersion,
      appVersion: shell.appVersion,
      map: { ...shell.map, cards: cardRows.map((row) => row.card) },
    });
    if (!result.ok) return result;
    if (result.migratedFrom !== null) {
      // Store the migrated map whole, so shell and cards are at the same format version again
      // (keeping it in the trash if it was there).
      const summary = await this.db.summaries.get(id);
      await this.create(result.map, shell.revision + 1, summary?.deletedAt ?? null);
      return { ok: true, map: result.map, revision: shell.revision + 1 };
    }
    return { ok: true, map: result.map, revision: shell.revision };
  }

  async create(map: JourneyMap, revision = 1, deletedAt: string | null = null) {
    await this.writeWholeMaps(async () => {
      await this.db.shells.put(this.shellRow(map, revision));
      await this.db.cards.where('mapId').equals(map.id).delete();
      await this.db.cards.bulkPut(map.cards.map((card) => ({ mapId: map.id, id: card.id, card })));
      await this.db.summaries.put(summaryOf(map, measureMap(map), deletedAt));
    });
  }

  async save(map: JourneyMap, change: MapChange, expectedRevision: number, sizeBytes: number) {
    return await this.writeWholeMaps(async () => {
      const stored = await this.db.shells.get(map.id);
      const storedRevision = stored?.revision ?? 0;
      if (storedRevision !== expectedRevision) {
        throw new StorageError(
          'conflict',
          'This map was changed in another tab or window. Reload it to see the latest version; download a copy first to keep what is on screen.',
        );
      }
      const revision = storedRevision + 1;
      if (stored === undefined) await this.db.shells.put(this.shellRow(map, revision));
      else if (change.shell)
        await this.db.shells.put({ ...this.shellRow(map, revision), map: change.shell });
      else await this.db.shells.update(map.id, { revision });
      if (change.putCards.length > 0) {
        await this.db.cards.bulkPut(
          change.putCards.map((card) => ({ mapId: map.id, id: card.id, card })),
        );
      }
      if (change.deletedCardIds.length > 0) {
        await this.db.cards.bulkDelete(
          change.deletedCardIds.map((id): [string, string] => [map.id, id]),
        );
      }
      const previous = await this.db.summaries.get(map.id);
      await this.db.summaries.put(summaryOf(map, sizeBytes, previous?.deletedAt ?? null));
      return revision;
    });
  }

  async rename(id: string, title: string) {
    await this.updateShell(id, (map) => ({ ...map, title, updatedAt: new Date().toISOString() }));
  }

  async duplicate(id: string, options: { newId: string; title: string }) {
    const loaded = await this.load(id);
    if (!loaded.ok) throw new StorageError('unknown', loaded.error.message);
    const now = new Date().toISOString();
    await this.create({
      ...loaded.map,
      id: options.newId,
      title: options.title,
      createdAt: now,
      updatedAt: now,
    });
  }

  async trash(id: string) {
    await this.setDeletedAt(id, new Date().toISOString());
  }

  async restore(id: string) {
    await this.setDeletedAt(id, null);
  }

  async purge(id: string) {
    await this.writeWholeMaps(async () => {
      await this.db.summaries.delete(id);
      await this.db.shells.delete(id);
      await this.db.cards.where('mapId').equals(id).delete();
    });
  }

  /**
   * Runs `work` in one read-write transaction over summaries, shells and cards, so a map is
   * written or removed whole; whatever goes wrong comes out as a StorageError.
   */
  private async writeWholeMaps<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(
        'rw',
        this.db.summaries,
        this.db.shells,
        this.db.cards,
        work,
      );
    } catch (error) {
      throw toStorageError(error);
    }
  }

  private shellRow(map: JourneyMap, revision: number): ShellRow {
    return {
      id: map.id,
      formatVersion: CURRENT_FORMAT_VERSION,
      appVersion: APP_VERSION,
      revision,
      map: shellOf(map),
    };
  }

  private async setDeletedAt(id: string, deletedAt: string | null) {
    try {
      await this.db.summaries.update(id, { deletedAt });
    } catch (error) {
      throw toStorageError(error);
    }
  }

  private async updateShell(id: string, edit: (map: ShellRow['map']) => ShellRow['map']) {
    try {
      await this.db.transaction('rw', this.db.summaries, this.db.shells, async () => {
        const row = await this.db.shells.get(id);
        if (!row) throw new StorageError('unknown', 'This map is not in the library.');
        const map = edit(row.map);
        await this.db.shells.put({ ...row, map, revision: row.revision + 1 });
        await this.db.summaries.update(id, { title: map.title, updatedAt: map.updatedAt });
      });
    } catch (error) {
      throw toStorageError(error);
    }
  }
}
