/**
 * Holds an open map session (session/mapSession.ts) for as long as a component shows it:
 * opens it on mount and closes it (saving first) on unmount.
 */
import { startTransition, useEffect, useState } from 'react';
import type { MapRepository } from '../persistence/repository';
import { MapSession, type OpenFailure } from '../session/mapSession';

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
    void MapSession.open(repository, mapId, { window, later: whenIdle }).then((result) => {
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
