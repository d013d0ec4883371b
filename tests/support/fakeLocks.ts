/**
 * A stand-in for the Web Locks API (navigator.locks) for tests without a browser: exclusive
 * locks by name, `ifAvailable`, a waiting queue in request order, and AbortSignal to leave it.
 * `crash(name)` drops the holder's lock as a closed or crashed tab would.
 */
import type { LockManagerLike } from '../../src/session/tabLock';

type Waiter = { grant: () => void; signal?: AbortSignal };

/** A fake lock manager shared by the "tabs" of one test. */
export function createFakeLocks(): LockManagerLike & { holders: () => string[] } {
  const held = new Map<string, () => void>();
  const queues = new Map<string, Waiter[]>();
  const next = (name: string) => {
    const queue = queues.get(name) ?? [];
    while (queue.length > 0) {
      const waiter = queue.shift() as Waiter;
      if (waiter.signal?.aborted) continue;
      waiter.grant();
      return;
    }
  };
  const hold = (name: string, callback: (lock: unknown) => unknown): Promise<unknown> => {
    let done: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (done = resolve));
    held.set(name, done);
    const result = Promise.resolve(callback({ name }));
    void result.finally(() => {
      if (held.get(name) === done) {
        held.delete(name);
        next(name);
      }
      done();
    });
    return finished.then(() => result);
  };
  return {
    holders: () => [...held.keys()],
    request(name, options, callback) {
      if (!held.has(name)) return hold(name, callback);
      if (options.ifAvailable) return Promise.resolve(callback(null));
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          signal: options.signal,
          grant: () => void hold(name, callback).then(resolve, reject),
        };
        options.signal?.addEventListener('abort', () => {
          const queue = queues.get(name) ?? [];
          queues.set(
            name,
            queue.filter((w) => w !== waiter),
          );
          reject(new DOMException('Aborted', 'AbortError'));
        });
        queues.set(name, [...(queues.get(name) ?? []), waiter]);
      });
    },
  };
}
