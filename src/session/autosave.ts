/**
 * Saves every change of the open map without the user asking.
 *
 * A change starts a save at once (no debounce to lose on a closed tab); changes made while a
 * save is in flight are gathered into the next one. Each save writes only what changed (see
 * persistence/mapChange.ts). `flush()` runs on `pagehide` and when the tab is hidden.
 * The status says "saved" only after IndexedDB has committed the write.
 */
import type { JourneyMap } from '../domain/schema';
import type { Editor } from '../editor/editor';
import { diffMaps, isEmptyChange } from '../persistence/mapChange';
import type { MapRepository } from '../persistence/repository';
import { MapSizeEstimate } from '../persistence/sizeEstimate';
import { toStorageError } from '../persistence/storageError';

/** The running autosave of one open map. */
export interface Autosaver {
  /** Saves whatever is not saved yet; resolves when it is committed (or failed). */
  flush: () => Promise<void>;
  /** Stops listening (the map was closed). Call flush() first. */
  dispose: () => void;
  /** Whether every change so far is committed (false while one is waiting or being written). */
  isSaved: () => boolean;
}

/**
 * What autosave needs: where to write, the editor to follow, and what to tell when a save commits
 * or fails.
 */
export interface AutosaveOptions {
  repository: MapRepository;
  editor: Editor;
  /** The revision of the stored map this editor was opened from. */
  revision: number;
  /**
   * What storage holds, when it is not the editor's map (a tab that becomes the writer after
   * another tab closed): the difference is saved at once.
   */
  stored?: JourneyMap;
  /** Called after each committed save (e.g. to tell other tabs). */
  onSaved?: (map: JourneyMap, revision: number) => void;
  /**
   * Called when every change so far is committed (the status turns "saved"): the editor's
   * documents hold nothing unsaved at that moment (e.g. to tell other tabs).
   */
  onAllSaved?: () => void;
  /** Where to listen for pagehide / visibilitychange; none in unit tests. */
  target?: Window;
}

/** Starts saving every change of the editor's map (see the file's comment). */
export function startAutosave(options: AutosaveOptions): Autosaver {
  const { repository, editor, target } = options;
  const store = editor.store;
  let saved: JourneyMap = options.stored ?? store.getState().map;
  let revision = options.revision;
  let inFlight: Promise<void> | null = null;
  let failed = false;
  let disposed = false;
  const size = new MapSizeEstimate(saved);

  const saveOnce = async () => {
    const current = store.getState().map;
    const change = diffMaps(saved, current);
    if (isEmptyChange(change)) {
      saved = current; // storage already holds it (e.g. a tab taking over a saved map)
      return;
    }
    editor.setSave({ status: 'saving' });
    try {
      revision = await repository.save(current, change, revision, size.apply(change));
      saved = current;
      failed = false;
      options.onSaved?.(current, revision);
    } catch (error) {
      failed = true;
      const storageError = toStorageError(error);
      editor.setSave({ status: 'error', kind: storageError.kind, message: storageError.message });
      if (storageError.kind === 'conflict' || storageError.kind === 'closed')
        editor.setReadOnly(true);
    }
  };

  const run = (): Promise<void> => {
    if (inFlight) return inFlight;
    inFlight = (async () => {
      // Keep saving while changes arrived during the previous write.
      while (!failed && store.getState().map !== saved) await saveOnce();
      if (failed) return;
      editor.setSave({ status: 'saved', at: new Date().toISOString() });
      options.onAllSaved?.();
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.map === previous.map || state.map === saved) return;
    failed = false; // a new change tries again (e.g. after space was freed)
    if (state.save.status !== 'pending' && state.save.status !== 'saving') {
      editor.setSave({ status: 'pending' });
    }
    // A microtask later, so several edits made in one event are one write.
    queueMicrotask(() => void run());
  });

  if (saved !== store.getState().map) queueMicrotask(() => void run());

  const flushNow = () => {
    void run();
  };
  const onVisibility = () => {
    if (target?.document.visibilityState === 'hidden') flushNow();
  };
  target?.addEventListener('pagehide', flushNow);
  target?.document.addEventListener('visibilitychange', onVisibility);

  return {
    flush: async () => {
      if (inFlight) await inFlight;
      if (store.getState().map !== saved && !failed) await run();
    },
    isSaved: () => !disposed && !failed && !inFlight && store.getState().map === saved,
    dispose: () => {
      disposed = true;
      unsubscribe();
      target?.removeEventListener('pagehide', flushNow);
      target?.document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
