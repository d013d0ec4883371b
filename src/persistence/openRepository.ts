import { WaymarkDatabase } from './db';
import { DexieMapRepository } from './dexieRepository';
import { MemoryMapRepository } from './memoryRepository';
import type { MapRepository } from './repository';

/**
 * Opens the IndexedDB library, or falls back to memory when the browser blocks IndexedDB.
 * Also asks the browser not to evict the data (best effort).
 */
export async function openRepository(name?: string): Promise<MapRepository> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    const db = new WaymarkDatabase(name);
    await db.open();
    void navigator.storage?.persist?.().catch(() => undefined);
    return new DexieMapRepository(db);
  } catch {
    return new MemoryMapRepository();
  }
}
