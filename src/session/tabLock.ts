/**
 * Two tabs on the same map never silently overwrite each other: the tab that opened the map
 * first holds a Web Lock and edits; another tab shows the map read-only, follows the saves of
 * the editing tab (BroadcastChannel), and can take over editing (the lock is stolen, and the
 * first tab becomes read-only and says so).
 */

const CHANNEL = 'waymark-maps';

export interface EditLock {
  /** Whether this tab holds the lock (may edit). */
  readonly held: boolean;
  release: () => void;
}

/** The part of the Web Locks API the edit lock uses (tests pass their own). */
export type LockManagerLike = {
  request: (
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown> | unknown,
  ) => Promise<unknown>;
};

function lockManager(): LockManagerLike | null {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ?? null;
}

/**
 * Tries to take the edit lock for a map. With `steal`, takes it from the tab that has it.
 * `onLost` runs if another tab steals it later.
 */
export async function acquireEditLock(
  mapId: string,
  options: { steal?: boolean; onLost: () => void; locks?: LockManagerLike | null },
): Promise<EditLock> {
  const locks = options.locks === undefined ? lockManager() : options.locks;
  if (!locks) return { held: true, release: () => undefined };
  // A lock this same tab just let go of (leaving and reopening a map, React remounting) is
  // released asynchronously, so a refusal is only believed after a few short waits.
  for (const wait of [0, 50, 150, 300]) {
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const lock = await requestEditLock(locks, mapId, options);
    if (lock.held) return lock;
  }
  return { held: false, release: () => undefined };
}

function requestEditLock(
  locks: LockManagerLike,
  mapId: string,
  options: { steal?: boolean; onLost: () => void },
): Promise<EditLock> {
  return new Promise((resolve) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const request = options.steal ? { steal: true } : { ifAvailable: true };
    locks
      .request(`waymark-edit-${mapId}`, request, (lock) => {
        if (!lock) {
          resolve({ held: false, release: () => undefined });
          return undefined;
        }
        resolve({ held: true, release });
        return held;
      })
      .catch(() => {
        // The lock was stolen by another tab.
        options.onLost();
      });
  });
}

export interface SavedMessage {
  type: 'saved';
  mapId: string;
  revision: number;
}

/** Tells other tabs that a map was saved; returns a function that stops listening. */
export function createTabChannel(onSaved: (message: SavedMessage) => void): {
  announce: (message: SavedMessage) => void;
  close: () => void;
} {
  if (typeof BroadcastChannel === 'undefined')
    return { announce: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<SavedMessage>) => {
    if (event.data?.type === 'saved') onSaved(event.data);
  };
  return { announce: (message) => channel.postMessage(message), close: () => channel.close() };
}
