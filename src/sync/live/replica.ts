/**
 * A copy of a live session's documents kept in this browser (y-indexeddb), so that a reload,
 * a crash or a dropped network never loses what this person did: on open, the documents come
 * back from here first, and the live server then sends only what is new. Every change is kept
 * as it happens; nothing waits for the network.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import type { MapDocs } from '../tabPeers';

/** The local copy of one session's documents. */
export interface Replica {
  /** Whether the copy held anything when it was opened (a session seen before). */
  readonly hadState: boolean;
  /** Stops keeping the copy (it stays stored). */
  close(): Promise<void>;
  /** Deletes the stored copy (the session ended and the result is in the library). */
  clear(): Promise<void>;
}

/** The IndexedDB database name of a session document. */
export function replicaName(key: string, part: keyof MapDocs): string {
  return `waymark-live-${key}-${part}`;
}

/**
 * Keeps `docs` in IndexedDB under `key` and loads what was stored before (resolves once it is
 * in the documents). Where IndexedDB is not available, the copy is in memory only.
 */
export async function openReplica(docs: MapDocs, key: string): Promise<Replica> {
  if (typeof indexedDB === 'undefined') {
    return { hadState: false, close: async () => undefined, clear: async () => undefined };
  }
  const before = docs.content.getMap('map').size;
  const stores = (['content', 'annotations'] as const).map(
    (part) => new IndexeddbPersistence(replicaName(key, part), docs[part]),
  );
  await Promise.all(stores.map((store) => store.whenSynced));
  const hadState = docs.content.getMap('map').size > before;
  return {
    hadState,
    close: async () => {
      await Promise.all(stores.map((store) => store.destroy()));
    },
    clear: async () => {
      await Promise.all(stores.map((store) => store.clearData()));
    },
  };
}
