/**
 * Opening a map for editing, as a plain module (no React): load → edit lock → editor →
 * autosave → tab sync → close. The React layer only holds the session it gets and subscribes
 * to its editor.
 *
 * Two tabs on one map: the tab that holds the map's Web Lock edits and saves; another tab shows
 * the map read-only and follows the editing tab's saves (BroadcastChannel); "Edit here
 * instead" opens a new session that steals the lock, and the first tab becomes read-only.
 */
import { Editor, type EditorOptions } from '../editor/editor';
import type { MapRepository } from '../persistence/repository';
import { startAutosave, type Autosaver } from './autosave';
import { acquireEditLock, createTabChannel, type EditLock, type LockManagerLike } from './tabLock';

/** Why a map could not be opened, in words (and, for a bad stored map, where). */
export interface OpenFailure {
  message: string;
  problems: { path: string; message: string }[];
}

/** What opening a map needs besides the repository. */
export interface SessionOptions {
  /** Take the edit lock from the tab that holds it ("Edit here instead"). */
  steal?: boolean;
  /** Where to flush on pagehide / hidden; none in unit tests. */
  window?: Window;
  /** The Web Locks to use (tests pass their own); the browser's by default. */
  locks?: LockManagerLike | null;
  /** Options of the editor (clock, role). */
  editor?: EditorOptions;
}

/** Message shown when another tab takes the map over. */
export const TAKEN_OVER_MESSAGE =
  'This map is now being edited in another tab, so this tab only shows it. Choose "Edit here instead" to take it back.';

/** One open map: its editor, and how it is saved and shared with other tabs. */
export class MapSession {
  private closed = false;

  private constructor(
    readonly mapId: string,
    readonly editor: Editor,
    private readonly cleanups: (() => void | Promise<void>)[],
  ) {}

  /**
   * Opens a map: reads it (while the lock is being taken, unless stealing), takes the edit lock
   * or opens read-only, starts autosave and tab sync. Never throws: a failure comes back as
   * `{ ok: false }` with a message for the user.
   */
  static async open(
    repository: MapRepository,
    mapId: string,
    options: SessionOptions = {},
  ): Promise<{ ok: true; session: MapSession } | { ok: false; failure: OpenFailure }> {
    const cleanups: (() => void | Promise<void>)[] = [];
    try {
      let editor: Editor | null = null;
      // After a take-over, read the map once we hold the lock, so the other tab's last save is in.
      const early = options.steal ? null : repository.load(mapId);
      const lock: EditLock = await acquireEditLock(mapId, {
        steal: options.steal,
        locks: options.locks,
        onLost: () => {
          editor?.setReadOnly(true);
          editor?.setSave({ status: 'error', kind: 'conflict', message: TAKEN_OVER_MESSAGE });
        },
      });
      cleanups.push(() => lock.release());
      const loaded = await (early ?? repository.load(mapId));
      if (!loaded.ok) {
        lock.release();
        return {
          ok: false,
          failure: { message: loaded.error.message, problems: loaded.error.problems },
        };
      }
      const opened = new Editor(loaded.map, options.editor);
      editor = opened;
      cleanups.push(() => opened.destroy());
      // Another tab upgraded the database: this one stops saving and says to reload.
      const stopOutdated = repository.onOutdated?.((error) => {
        opened.setReadOnly(true);
        opened.setSave({ status: 'error', kind: error.kind, message: error.message });
      });
      if (stopOutdated) cleanups.push(stopOutdated);

      const channel = createTabChannel((message) => {
        if (message.mapId !== mapId || !opened.store.getState().readOnly) return;
        // Another tab saved: show its version.
        void repository.load(mapId).then((result) => {
          if (!session.closed && result.ok) opened.replaceMap(result.map);
        });
      });
      cleanups.push(() => channel.close());

      let autosaver: Autosaver | null = null;
      if (lock.held) {
        autosaver = startAutosave({
          repository,
          editor: opened,
          revision: loaded.revision,
          target: options.window,
          onSaved: (_map, revision) => channel.announce({ type: 'saved', mapId, revision }),
        });
        const saver = autosaver;
        cleanups.push(async () => {
          await saver.flush();
          saver.dispose();
        });
      } else {
        opened.setReadOnly(true);
      }
      const session = new MapSession(mapId, opened, cleanups);
      return { ok: true, session };
    } catch (error) {
      for (const cleanup of cleanups.reverse()) void cleanup();
      return {
        ok: false,
        failure: { message: error instanceof Error ? error.message : String(error), problems: [] },
      };
    }
  }

  /** Saves what is not saved yet, lets the lock go and stops the editor. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // The autosave flush (pushed last) runs first, before the lock is released.
    for (const cleanup of [...this.cleanups].reverse()) await cleanup();
  }
}
