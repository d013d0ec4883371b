import type { JourneyMap } from '../domain/schema';
import type { MapSummary } from './db';
import type { MapChange } from './mapChange';
import { summaryOf, measureMap, type MapRepository, type StoredMapResult } from './repository';
import { StorageError } from './storageError';
import { MemoryTemplateStore } from './templateStore';
import { MemoryVersionStore } from './versionStore';

/**
 * Keeps maps in memory only: the stand-in when IndexedDB is unavailable (private mode,
 * blocked storage). The app says so, and the user can still work and export.
 */
export class MemoryMapRepository implements MapRepository {
  readonly persistent = false;
  readonly versions = new MemoryVersionStore();
  readonly templates = new MemoryTemplateStore();
  private maps = new Map<string, { map: JourneyMap; revision: number }>();
  private summaries = new Map<string, MapSummary>();

  async list() {
    return [...this.summaries.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async load(id: string): Promise<StoredMapResult> {
    const entry = this.maps.get(id);
    if (!entry)
      return {
        ok: false,
        error: { kind: 'not-found', message: 'This map is not in the library.', problems: [] },
      };
    return { ok: true, map: entry.map, revision: entry.revision };
  }

  async create(map: JourneyMap) {
    this.maps.set(map.id, { map, revision: 1 });
    this.summaries.set(map.id, summaryOf(map, measureMap(map)));
  }

  async save(map: JourneyMap, _change: MapChange, expectedRevision: number, sizeBytes: number) {
    const revision = this.maps.get(map.id)?.revision ?? 0;
    if (revision !== expectedRevision)
      throw new StorageError('conflict', 'This map was changed elsewhere.');
    this.maps.set(map.id, { map, revision: revision + 1 });
    this.summaries.set(
      map.id,
      summaryOf(map, sizeBytes, this.summaries.get(map.id)?.deletedAt ?? null),
    );
    return revision + 1;
  }

  async rename(id: string, title: string) {
    const entry = this.maps.get(id);
    if (!entry) return;
    const map = { ...entry.map, title, updatedAt: new Date().toISOString() };
    this.maps.set(id, { map, revision: entry.revision + 1 });
    this.summaries.set(
      id,
      summaryOf(map, measureMap(map), this.summaries.get(id)?.deletedAt ?? null),
    );
  }

  async duplicate(id: string, options: { newId: string; title: string }) {
    const entry = this.maps.get(id);
    if (!entry) return;
    const now = new Date().toISOString();
    await this.create({
      ...entry.map,
      id: options.newId,
      title: options.title,
      createdAt: now,
      updatedAt: now,
    });
  }

  async trash(id: string) {
    const summary = this.summaries.get(id);
    if (summary) this.summaries.set(id, { ...summary, deletedAt: new Date().toISOString() });
  }

  async restore(id: string) {
    const summary = this.summaries.get(id);
    if (summary) this.summaries.set(id, { ...summary, deletedAt: null });
  }

  async purge(id: string) {
    this.maps.delete(id);
    this.summaries.delete(id);
    await this.versions.removeAllOf(id);
  }
}
