/**
 * Which tab writes a map to storage: the tab that holds the map's Web Lock. Every tab with the
 * map open edits it (tabs are peers, see sync/tabPeers.ts), but only the lock holder saves, so
 * two tabs never write over each other. A tab without the lock waits in the lock's queue and
 * becomes the writer when the holder closes (or crashes: the browser releases its locks).
 */

/** The part of the Web Locks API the writer lock uses (tests pass their own). */
export type LockManagerLike = {
  request: (
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown> | unknown,
  ) => Promise<unknown>;
};

/** This tab's place in the queue for writing a map. */
export interface WriterLock {
  /** Whether this tab held the lock as soon as it asked. */
  readonly held: boolean;
  /** Resolves when this tab holds the lock (at once when `held`). */
  readonly granted: Promise<void>;
  /** Lets the lock go, or leaves the queue. */
  release: () => void;
}

function lockManager(): LockManagerLike | null {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ?? null;
}

/**
 * Asks for the writer lock of `mapId`: held at once when no other tab has it, else queued.
 * Without Web Locks (an old browser) every tab writes, and the revision check on each save
 * (persistence) stops one tab overwriting another.
 */
export async function requestWriterLock(
  mapId: string,
  options: { locks?: LockManagerLike | null } = {},
): Promise<WriterLock> {
  const locks = options.locks === undefined ? lockManager() : options.locks;
  if (!locks) return { held: true, granted: Promise.resolve(), release: () => undefined };
  const name = `waymark-edit-${mapId}`;
  let release: () => void = () => undefined;
  const holding = new Promise<void>((resolve) => (release = resolve));
  const immediately = await new Promise<boolean>((resolve) => {
    void locks
      .request(name, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        return lock === null ? undefined : holding;
      })
      .catch(() => resolve(false));
  });
  if (immediately) return { held: true, granted: Promise.resolve(), release };
  const abort = new AbortController();
  const granted = new Promise<void>((resolve) => {
    void locks
      .request(name, { signal: abort.signal }, () => {
        resolve();
        return holding;
      })
      .catch(() => undefined); // left the queue (release before the lock came)
  });
  return {
    held: false,
    granted,
    release: () => {
      abort.abort();
      release();
    },
  };
}
