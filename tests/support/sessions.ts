/**
 * Map sessions in Node for the session tests: "tabs" of one browser sharing a fake Web Locks
 * manager, a memory repository and BroadcastChannels (Node's, which deliver between tabs of
 * one process like a browser's).
 */
import { BroadcastChannel as NodeChannel } from 'node:worker_threads';
import { afterEach } from 'vitest';
import { createSampleMap } from '../../src/domain/sampleMap';
import { details } from '../../src/editor/operations';
import { MemoryMapRepository } from '../../src/persistence/memoryRepository';
import { MapSession, type SessionOptions } from '../../src/session/mapSession';
import type { LockManagerLike } from '../../src/session/tabLock';
import { createFakeLocks } from './fakeLocks';

/** The clock of the sample map the session tests open. */
export const SESSION_NOW = new Date('2026-11-30T10:00:00Z');

/** A BroadcastChannel between the tabs of one test. */
export const nodeChannel = (name: string) => new NodeChannel(name) as unknown as BroadcastChannel;

/** A repository holding the sample map, locks and options for the tabs of one test. */
export async function sessionSetup() {
  const repository = new MemoryMapRepository();
  const map = createSampleMap(SESSION_NOW);
  await repository.create(map);
  const locks = createFakeLocks();
  const options: SessionOptions = { locks, channel: nodeChannel, peerTimeoutMs: 2000 };
  return { repository, map, locks, options };
}

/** Opens `mapId` as one more tab (throws when it cannot); `open` collects it for closing. */
export async function openTab(
  repository: MemoryMapRepository,
  mapId: string,
  options: SessionOptions,
  open: MapSession[],
): Promise<MapSession> {
  const result = await MapSession.open(repository, mapId, options);
  if (!result.ok) throw new Error(result.failure.message);
  open.push(result.session);
  return result.session;
}

/** The title of the map as storage holds it (null when it cannot be read). */
export async function storedTitle(repository: MemoryMapRepository, mapId: string) {
  const loaded = await repository.load(mapId);
  return loaded.ok ? loaded.map.title : null;
}

/**
 * `locks` whose queued requests are granted only after `grant()`: the moments a browser takes
 * to hand a closed tab's lock to the next tab in the queue, held open.
 */
export function slowHandover(locks: LockManagerLike): {
  locks: LockManagerLike;
  grant: () => void;
} {
  let grant: () => void = () => undefined;
  const granted = new Promise<void>((resolve) => (grant = resolve));
  return {
    grant,
    locks: {
      request: (name, options, callback) =>
        locks.request(name, options, async (lock) => {
          if (lock !== null && !options.ifAvailable) await granted;
          return callback(lock);
        }),
    },
  };
}

/**
 * A tab channel that can stop hearing other tabs' changes (`deaf = true`), as a tab that
 * closes while a change is on its way, or one that missed it.
 */
export function deafenable(): { channel: (name: string) => BroadcastChannel; deaf: boolean } {
  const control = {
    deaf: false,
    channel: (name: string) => {
      const real = new NodeChannel(name);
      return {
        postMessage: (message: unknown) => real.postMessage(message),
        close: () => real.close(),
        set onmessage(handler: (event: MessageEvent) => void) {
          real.onmessage = (event) => {
            const data = (event as MessageEvent<{ type?: string }>).data;
            if (control.deaf && data?.type === 'update') return;
            handler(event as MessageEvent);
          };
        },
      } as unknown as BroadcastChannel;
    },
  };
  return control;
}

/** The sessions a test opened, closed after each test (`afterEach` is registered here). */
export function sessionsClosedAfterEach(): MapSession[] {
  const open: MapSession[] = [];
  afterEach(async () => {
    for (const session of open.splice(0)) await session.close();
  });
  return open;
}

/** A tab's save status. */
export const saveOf = (session: MapSession) => session.editor.store.getState().save;

/** Renames the map in a tab (one edit that autosave stores). */
export const rename = (session: MapSession, title: string) =>
  session.editor.run(details.updateDetails, { patch: { title } });

/** Lets messages between the tabs and storage writes happen (ms). */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
