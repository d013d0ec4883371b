/**
 * Opens a map for editing: loads it, takes the edit lock (or opens read-only when another tab
 * edits it), starts autosave, and follows other tabs' saves while read-only.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MapRepository } from '../../persistence/repository';
import { startAutosave } from '../../store/autosave';
import { createEditorStore, type EditorStore } from '../../store/editorStore';
import { acquireEditLock, createTabChannel, type EditLock } from '../../store/tabSync';

export type OpenMapState =
  | { status: 'loading' }
  | { status: 'error'; message: string; problems: { path: string; message: string }[] }
  | { status: 'open'; store: EditorStore; takeOver: () => void };

export function useOpenMap(repository: MapRepository, mapId: string): OpenMapState {
  const [state, setState] = useState<OpenMapState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const takeOver = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let disposed = false;
    const cleanups: (() => void)[] = [];
    const steal = attempt > 0;

    (async () => {
      let store: EditorStore | null = null;
      // Read the map while the lock is being taken; after a take-over, read it once we hold the
      // lock, so the other tab's last save is in.
      const early = steal ? null : repository.load(mapId);
      const lock: EditLock = await acquireEditLock(mapId, {
        steal,
        onLost: () => {
          if (disposed || !store) return;
          store.getState().setReadOnly(true);
          store.getState().setSave({
            status: 'error',
            kind: 'conflict',
            message:
              'This map is now being edited in another tab, so this tab only shows it. Choose "Edit here instead" to take it back.',
          });
        },
      });
      if (disposed) {
        // Unmounted while waiting (React StrictMode mounts effects twice): let the lock go.
        lock.release();
        return;
      }
      cleanups.push(() => lock.release());
      const loaded = await (early ?? repository.load(mapId));
      if (disposed) return;
      if (!loaded.ok) {
        setState({
          status: 'error',
          message: loaded.error.message,
          problems: loaded.error.problems,
        });
        return;
      }
      store = createEditorStore(loaded.map);
      const editorStore = store;
      let revision = loaded.revision;

      const channel = createTabChannel((message) => {
        if (message.mapId !== mapId || !editorStore.getState().readOnly) return;
        // Another tab saved: show its version.
        void repository.load(mapId).then((result) => {
          if (!disposed && result.ok) {
            revision = result.revision;
            editorStore.getState().replaceMap(result.map);
          }
        });
      });
      cleanups.push(() => channel.close());

      if (lock.held) {
        const autosaver = startAutosave({
          repository,
          store: editorStore,
          revision,
          target: window,
          onSaved: (_map, savedRevision) =>
            channel.announce({ type: 'saved', mapId, revision: savedRevision }),
        });
        cleanups.push(() => {
          void autosaver.flush().finally(() => autosaver.dispose());
        });
      } else {
        editorStore.getState().setReadOnly(true);
      }
      setState({ status: 'open', store: editorStore, takeOver });
    })().catch((error: unknown) => {
      if (!disposed) {
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
          problems: [],
        });
      }
    });

    return () => {
      disposed = true;
      for (const cleanup of cleanups.reverse()) cleanup();
    };
  }, [repository, mapId, attempt, takeOver]);

  return state;
}
