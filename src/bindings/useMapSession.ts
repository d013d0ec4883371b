/**
 * Holds an open map session (session/mapSession.ts) for as long as a component shows it:
 * opens it on mount and closes it (saving first) on unmount.
 */
import { useEffect, useState } from 'react';
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
    void MapSession.open(repository, mapId, { window }).then((result) => {
      if (!result.ok) {
        if (!disposed) setState({ status: 'error', ...result.failure });
        return;
      }
      opened = result.session;
      // Unmounted while opening (React StrictMode mounts effects twice): let it go at once.
      if (disposed) void opened.close();
      else setState({ status: 'open', session: opened });
    });
    return () => {
      disposed = true;
      void opened?.close();
    };
  }, [repository, mapId]);

  return state;
}
