/**
 * The local library: where maps are kept between visits. `DexieMapRepository` keeps them in
 * IndexedDB; `MemoryMapRepository` (memoryRepository.ts) stands in when IndexedDB is blocked.
 */
import type { JourneyMap } from '../domain/schema';
import type { MapSummary } from './db';
import type { MapChange } from './mapChange';
import type { LoadError } from './format';
import type { StorageError } from './storageError';
import type { TemplateStore } from './templateStore';
import type { VersionStore } from './versionStore';

/** A map read from the library, with the revision a save must name; or why it could not be. */
export type StoredMapResult =
  | { ok: true; map: JourneyMap; revision: number }
  | { ok: false; error: LoadError | { kind: 'not-found'; message: string; problems: [] } };

/** The local library of maps, whatever keeps it. */
export interface MapRepository {
  /** False when maps vanish with the tab (IndexedDB unavailable). */
  readonly persistent: boolean;
  /** The versions of the maps (versionStore.ts), kept where the maps are. */
  readonly versions: VersionStore;
  /** The user's own templates (templateStore.ts), kept where the maps are. */
  readonly templates: TemplateStore;
  /** Every map, newest first, including those in the trash. */
  list(): Promise<MapSummary[]>;
  load(id: string): Promise<StoredMapResult>;
  /** Stores a whole new map (a new, duplicated or imported one). */
  create(map: JourneyMap): Promise<void>;
  /**
   * Writes a change in one transaction and returns the new revision. Fails with a
   * StorageError of kind "conflict" when the stored revision is not `expectedRevision`.
   */
  save(
    map: JourneyMap,
    change: MapChange,
    expectedRevision: number,
    sizeBytes: number,
  ): Promise<number>;
  /**
   * Writes a change as the page goes away (`pagehide`): every request of one transaction is
   * made before it returns and the transaction is committed at once, since no callback of a
   * closing page runs. No revision check (this tab holds the map's writer lock): the stored
   * revision becomes `revision`. Returns false when it cannot write that way (the caller then
   * saves as usual). Optional: a library in memory goes with the page anyway.
   */
  saveOnExit?(map: JourneyMap, change: MapChange, revision: number, sizeBytes: number): boolean;
  rename(id: string, title: string): Promise<void>;
  duplicate(id: string, options: { newId: string; title: string }): Promise<void>;
  /** Moves a map to the trash (it can be restored). */
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Deletes a map for good, with its versions. */
  purge(id: string): Promise<void>;
  /**
   * Calls `listener` (once) when this tab must stop saving because another tab opened a newer
   * version of Waymark (IndexedDB `versionchange`): every later write fails with a StorageError
   * of kind "closed", and the user should reload. Returns a function that unsubscribes.
   * Optional: a library that never goes stale (in memory) need not have it.
   */
  onOutdated?(listener: (error: StorageError) => void): () => void;
}

export { measureMap, summaryOf } from './storedRows';
