/**
 * Holds an open map session (session/mapSession.ts) for as long as a component shows it:
 * opens it on mount and closes it (saving first) on unmount.
 */
import { startTransition, useEffect, useState } from 'react';
import type { MapRepository } from '../persistence/repository';
import { MapSession, type OpenFailure } from '../session/mapSession';
import type { WriterLock } from '../session/tabLock';

/** Where opening a map stands. */
export type MapSessionState =
  | { status: 'loading' }
  | ({ status: 'error' } & OpenFailure)
  | { status: 'open'; session: MapSession };

/** Opens `mapId` from `repository` for this component's lifetime. */
export function useMapSession(repository: MapRepository, mapId: string): MapSessionState {
  const [state, setState] = useState<MapSessionState>({ status: 'loading' });

  useEffect(() => {
    let disposed = false;
    let opened: MapSession | null = null;
    const opening = takeOpenedAhead(repository, mapId) ?? openSession(repository, mapId);
    void opening.then((result) => {
      if (!result.ok) {
        if (!disposed) setState({ status: 'error', ...result.failure });
        return;
      }
      opened = result.session;
      // Unmounted while opening (React StrictMode mounts effects twice): let it go at once.
      if (disposed) void opened.close();
      else {
        const session = opened;
        startTransition(() => setState({ status: 'open', session }));
      }
    });
    return () => {
      disposed = true;
      void opened?.close();
    };
  }, [repository, mapId]);

  return state;
}

type OpenResult = Awaited<ReturnType<typeof MapSession.open>>;

const openSession = (
  repository: MapRepository,
  mapId: string,
  writerLock?: Promise<WriterLock>,
): Promise<OpenResult> =>
  MapSession.open(repository, mapId, { window, later: whenIdle, writerLock });

/** A map being opened before its editor was shown (`openMapAhead`), until the editor takes it. */
let ahead: { repository: MapRepository; mapId: string; opening: Promise<OpenResult> } | null = null;

/** How long a map opened ahead waits for its editor before it is closed again, in ms. */
export const AHEAD_MS = 10_000;

/**
 * Starts opening `mapId` before React shows its editor: for a map link opened at start-up, so
 * taking the writer lock and reading the map overlap the first render and paint instead of
 * following them (issue 17: about 12 ms of a 200-card open under a ×2 CPU throttle). The
 * editor's useMapSession takes it; one that no editor takes within AHEAD_MS is closed, and
 * its writer lock let go. `writerLock`: the map's lock, already asked for (startEarly.ts); it
 * is released here when a map is already opening ahead.
 */
export function openMapAhead(
  repository: MapRepository,
  mapId: string,
  writerLock?: Promise<WriterLock>,
): void {
  if (ahead) {
    void writerLock?.then((lock) => lock.release());
    return;
  }
  const opened = { repository, mapId, opening: openSession(repository, mapId, writerLock) };
  ahead = opened;
  setTimeout(() => {
    if (ahead !== opened) return;
    ahead = null;
    void opened.opening.then((result) => (result.ok ? result.session.close() : undefined));
  }, AHEAD_MS);
}

/** The opening of `mapId` started by openMapAhead, once; null when there is none. */
function takeOpenedAhead(repository: MapRepository, mapId: string): Promise<OpenResult> | null {
  if (!ahead || ahead.repository !== repository || ahead.mapId !== mapId) return null;
  const { opening } = ahead;
  ahead = null;
  return opening;
}

/** How long the map's documents may wait for an idle moment after opening (ms). */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Runs `task` when the browser is next idle (after the map's first screen is painted), at the
 * latest after IDLE_TIMEOUT_MS; returns a function that cancels it.
 */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 200);
  return () => window.clearTimeout(id);
}
