/**
 * The save status of a tab that does not write (another tab holds the map's writer lock, see
 * tabLock.ts): its changes go to the writer over the tab channel (sync/tabPeers.ts), and they
 * are saved only once the writer says it stored them. Until then the status says "not saved
 * yet" ("Saving…"), also when the writer closed before storing them: the tab that writes next
 * saves them (this tab, from its own documents, or another, which asks for what it lacks).
 *
 * The writer's word is a Yjs snapshot of what it stored, so the check is exact for every
 * change, typed here or relayed from a third tab, and does not depend on which writer stored it.
 *
 * When the writer says its save failed (a full disk), a tab with changes not stored shows the
 * writer's message (and so the download of a copy, which holds this tab's changes) until a
 * writer says it stored them; a tab with nothing unsaved says "Saved".
 */
import * as Y from 'yjs';
import type { Editor, SaveState } from '../editor/editor';
import {
  isStored,
  type MapDocs,
  type SaveFailure,
  type SavedState,
  type TabPeers,
} from '../sync/tabPeers';

/** Following the writer's saves from a tab that does not write. */
export interface PeerSaves {
  /** Stops following (this tab became the writer, or closed); leaves the status as it is. */
  stop(): void;
}

type Part = keyof MapDocs;
const PARTS: readonly Part[] = ['content', 'annotations'];
/** Past this many unacknowledged updates of a document (a writer that cannot save), one merged. */
const MERGE_AFTER = 200;

/**
 * Shows in `editor`'s save status whether everything in `docs` is stored by the writer. What
 * the documents held when this starts counts as unsaved until the writer first says otherwise
 * (it came from the writer, which may not have stored all of it yet).
 */
export function followWriterSaves(editor: Editor, docs: MapDocs, peers: TabPeers): PeerSaves {
  /** Updates of each document that no writer has said it stored (in the order they came). */
  const unsaved: Record<Part, Uint8Array[]> = {
    content: [Y.encodeStateAsUpdate(docs.content)],
    annotations: [Y.encodeStateAsUpdate(docs.annotations)],
  };
  const isUnsaved = () => PARTS.some((part) => unsaved[part].length > 0);
  /** The writer's last word, when it was that its save failed. */
  let writerFailure: SaveFailure | null = null;
  /** The failure this tab shows for the writer (any other error is not this module's). */
  let shownFailure: Extract<SaveState, { status: 'error' }> | null = null;
  const show = () => {
    const save = editor.store.getState().save;
    const status = save.status;
    const ours = save === shownFailure;
    // "saving" is this tab's own autosave; an error not shown here (a newer Waymark) stays.
    if (status === 'saving' || (status === 'error' && !ours)) return;
    if (isUnsaved() && writerFailure) {
      const { kind, message } = writerFailure;
      if (ours && shownFailure?.kind === kind && shownFailure.message === message) return;
      shownFailure = { status: 'error', kind, message };
      editor.setSave(shownFailure);
      return;
    }
    if (isUnsaved() && status !== 'pending') editor.setSave({ status: 'pending' });
    // "at: null": this tab did not write; the writer did.
    if (!isUnsaved() && status !== 'saved') editor.setSave({ status: 'saved', at: null });
  };
  const stops = PARTS.map((part) => {
    const listener = (update: Uint8Array) => {
      unsaved[part].push(update);
      if (unsaved[part].length > MERGE_AFTER) unsaved[part] = [Y.mergeUpdates(unsaved[part])];
      show();
    };
    docs[part].on('update', listener);
    return () => docs[part].off('update', listener);
  });
  const onSaved = (saved: SavedState) => {
    writerFailure = null; // the writer saves again
    for (const part of PARTS) {
      unsaved[part] = unsaved[part].filter((update) => !isStored(saved, part, update));
    }
    show();
  };
  const onFailed = (failure: SaveFailure) => {
    writerFailure = failure;
    show();
  };
  stops.push(peers.onSaved(onSaved), peers.onFailed(onFailed));
  show();
  return {
    stop: () => stops.forEach((stop) => stop()),
  };
}
