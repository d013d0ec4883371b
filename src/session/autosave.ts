/**
 * Saves every change of the open map without the user asking.
 *
 * A change starts a save at once (no debounce to lose on a closed tab); changes made while a
 * save is in flight are gathered into the next one. Each save writes only what changed (see
 * persistence/mapChange.ts). `flush()` runs on `pagehide` and when the tab is hidden.
 * The status says "saved" only after IndexedDB has committed the write.
 *
 * A failed save (a full disk) keeps its message on screen until a save succeeds: the next
 * change, a flush (pagehide, hidden, close) and a timer (3 s, doubling to 30 s) try again, and
 * the message does not flicker to "Saving…" while they do. A conflict or a database closed by
 * a newer Waymark is not tried again by the timer (the tab is read-only then).
 */
import type { JourneyMap } from '../domain/schema';
import type { Editor } from '../editor/editor';
import { diffMaps, isEmptyChange } from '../persistence/mapChange';
import type { MapRepository } from '../persistence/repository';
import { MapSizeEstimate } from '../persistence/sizeEstimate';
import { toStorageError, type StorageError } from '../persistence/storageError';

/** The first wait before a failed save is tried again, and the longest (ms). */
export const RETRY_FIRST_MS = 3_000;
const RETRY_LONGEST_MS = 30_000;

/**
 * Whether a failure of this kind (storageError.ts) may pass by itself (space freed), so a
 * failed save is tried again; not a conflict nor a database closed by a newer Waymark.
 */
export const isTriedAgain = (kind: string) => kind === 'quota' || kind === 'unknown';
const mayPass = (error: StorageError) => isTriedAgain(error.kind);

/** The running autosave of one open map. */
export interface Autosaver {
  /** Saves whatever is not saved yet; resolves when it is committed (or failed). */
  flush: () => Promise<void>;
  /** Stops listening (the map was closed). Call flush() first. */
  dispose: () => void;
  /** Whether every change so far is committed (false while one is waiting or being written). */
  isSaved: () => boolean;
  /** The failure the status shows: the last save failed and none has succeeded since; or null. */
  failure: () => StorageError | null;
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
  /** Called each time a save fails, with what the status shows (e.g. to tell other tabs). */
  onFailed?: (error: StorageError) => void;
  /** The first wait before a failed save is tried again (ms; doubles up to 30 s). */
  retryMs?: number;
  /** Where to listen for pagehide / visibilitychange; none in unit tests. */
  target?: Window;
  /**
   * Runs a task once the map's first screen is painted (mapSession.ts `later`): the map's size
   * is measured then. Without it, at the first save.
   */
  later?: (task: () => void) => () => void;
}

/** Starts saving every change of the editor's map (see the file's comment). */
export function startAutosave(options: AutosaveOptions): Autosaver {
  const { repository, editor, target } = options;
  const store = editor.store;
  let saved: JourneyMap = options.stored ?? store.getState().map;
  let revision = options.revision;
  let inFlight: Promise<void> | null = null;
  /** The last save failed: nothing more is written until a change, a flush or the timer. */
  let failed = false;
  /** What the status shows since a save failed, until one succeeds. */
  let failure: StorageError | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let retryWait = options.retryMs ?? RETRY_FIRST_MS;
  let disposed = false;
  const size = new MapSizeEstimate(saved);
  const cancelMeasure = options.later?.(() => size.measure());

  const stopRetrying = () => {
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
  };
  const retryLater = (error: StorageError) => {
    stopRetrying();
    if (disposed || !mayPass(error)) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void retry();
    }, retryWait);
    retryWait = Math.min(retryWait * 2, RETRY_LONGEST_MS);
  };

  const saveOnce = async () => {
    const current = store.getState().map;
    const change = diffMaps(saved, current);
    if (isEmptyChange(change)) {
      saved = current; // storage already holds it (e.g. a tab taking over a saved map)
      return;
    }
    // After a failure its message stays until a save succeeds (no "Saving…" in between).
    // "pending" already reads "Saving…": setting the store again would run every selector of
    // the editor once more per keystroke (issue 17), for no change on screen.
    if (!failure && store.getState().save.status !== 'pending')
      editor.setSave({ status: 'saving' });
    const expected = revision;
    try {
      const written = await repository.save(current, change, expected, size.apply(change));
      // Never back: a write made as the page went away (onPageHide) may have come after it.
      revision = Math.max(revision, written);
      if (revision === written) saved = current;
      failed = false;
      options.onSaved?.(current, revision);
    } catch (error) {
      // A write made as the page went away took this one's place (onPageHide): no failure.
      if (revision > expected) return;
      failed = true;
      const storageError = toStorageError(error);
      failure = storageError;
      editor.setSave({ status: 'error', kind: storageError.kind, message: storageError.message });
      if (storageError.kind === 'conflict' || storageError.kind === 'closed')
        editor.setReadOnly(true);
      options.onFailed?.(storageError);
      retryLater(storageError);
    }
  };

  const run = (): Promise<void> => {
    if (inFlight) return inFlight;
    inFlight = (async () => {
      // Keep saving while changes arrived during the previous write.
      while (!failed && store.getState().map !== saved) await saveOnce();
      if (failed) return;
      failure = null;
      stopRetrying();
      retryWait = options.retryMs ?? RETRY_FIRST_MS;
      editor.setSave({ status: 'saved', at: new Date().toISOString() });
      options.onAllSaved?.();
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  /** Saves what is not saved, trying a failed save again when its failure may have passed. */
  const retry = async () => {
    if (inFlight) await inFlight;
    if (store.getState().map === saved) return;
    if (failed && failure && !mayPass(failure)) return;
    failed = false;
    await run();
  };

  /**
   * Saves in a task of its own, right after the one that changed the map: the edit (document
   * transaction, store, React's render) and the save (diff, checksums, write) are then two short
   * tasks instead of one long one (issue 17: the longest task per save under a busy CPU), and
   * several edits made in one task are still one write. pagehide and flush() save at once.
   */
  let soon: ReturnType<typeof setTimeout> | null = null;
  const runSoon = () => {
    soon ??= setTimeout(() => {
      soon = null;
      void run();
    }, 0);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.map === previous.map || state.map === saved) return;
    failed = false; // a new change tries again (e.g. after space was freed)
    const status = state.save.status;
    if (!failure && status !== 'pending' && status !== 'saving') {
      editor.setSave({ status: 'pending' });
    }
    runSoon();
  });

  if (saved !== store.getState().map) runSoon();

  const flushNow = () => {
    // Text typed in place and not yet written (it waits for the next paint) goes in first.
    editor.flushPendingWriters();
    void retry();
  };
  const onVisibility = () => {
    if (target?.document.visibilityState === 'hidden') flushNow();
  };
  /**
   * The page goes away: a save made the usual way (a read of the stored revision, then the
   * writes, in callbacks) never finishes once the page is closed, nor does one already under
   * way, so what is not saved yet is written at once, in one committed transaction of its own
   * that gives up the one under way (repository.saveOnExit). Its revision skips one, in case
   * that one had committed after all. A page kept for going back (bfcache) goes on from there.
   */
  const onPageHide = () => {
    editor.flushPendingWriters();
    const current = store.getState().map;
    if (disposed || current === saved || (failed && failure && !mayPass(failure))) return;
    const change = diffMaps(saved, current);
    const exitRevision = revision + (inFlight ? 2 : 1);
    if (
      !isEmptyChange(change) &&
      repository.saveOnExit?.(current, change, exitRevision, size.apply(change))
    ) {
      saved = current;
      revision = exitRevision;
      return;
    }
    flushNow();
  };
  target?.addEventListener('pagehide', onPageHide);
  target?.document.addEventListener('visibilitychange', onVisibility);

  return {
    flush: retry,
    isSaved: () => !disposed && !failed && !inFlight && store.getState().map === saved,
    failure: () => failure,
    dispose: () => {
      disposed = true;
      stopRetrying();
      cancelMeasure?.();
      if (soon !== null) clearTimeout(soon);
      unsubscribe();
      target?.removeEventListener('pagehide', onPageHide);
      target?.document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
