/**
 * Opening a map for editing, as a plain module (no React): writer lock → load (or join the
 * tab that has it open) → editor → autosave → close. The React layer only holds the session it
 * gets and subscribes to its editor.
 *
 * Tabs are peers (sync/tabPeers.ts): every tab with the map open edits it and sees the others'
 * changes at once. The first tab holds the map's writer lock and saves; a later tab gets the
 * shared documents from it, and becomes the writer when the first tab closes, saving whatever
 * storage is missing. If no tab answers (one that hangs), the map opens read-only from
 * storage, and becomes editable when that tab lets the lock go.
 */
import { Editor, type EditorOptions } from '../editor/editor';
import { warmUpEditing } from '../editor/warmUp';
import { MapDocument } from '../editor/document/mapDocument';
import type { MapRepository, StoredMapResult } from '../persistence/repository';
import { openReplica, type Replica } from '../sync/live/replica';
import { connectTabPeers, type TabPeers } from '../sync/tabPeers';
import { HostedLive } from './hostedLive';
import { startAutosave } from './autosave';
import { followWriterSaves, type PeerSaves } from './peerSaves';
import { startDailyVersions } from './versions';
import { requestWriterLock, type LockManagerLike, type WriterLock } from './tabLock';
import * as Y from 'yjs';

/** Why a map could not be opened, in words (and, for a bad stored map, where). */
export interface OpenFailure {
  message: string;
  problems: { path: string; message: string }[];
}

/** What opening a map needs besides the repository. */
export interface SessionOptions {
  /** Where to flush on pagehide / hidden; none in unit tests. */
  window?: Window;
  /** The Web Locks to use (tests pass their own); the browser's by default. */
  locks?: LockManagerLike | null;
  /**
   * The map's writer lock, already asked for (start-up asks for a map link's lock while the
   * database opens, startEarly.ts); the session then holds it and lets it go. Asked for here
   * when absent.
   */
  writerLock?: Promise<WriterLock>;
  /** The BroadcastChannel to reach other tabs (tests pass their own); null for none. */
  channel?: ((name: string) => BroadcastChannel) | null;
  /** How long to wait for the tab that has the map open to send it (ms). */
  peerTimeoutMs?: number;
  /** Options of the editor (clock, role). */
  editor?: EditorOptions;
  /**
   * Runs a task once the first screen is painted (the browser: when it is idle) and returns a
   * function that cancels it. Given, the map's documents are built and joined to the other tabs
   * then, not before the first paint (an edit made sooner builds them at once). By default: at once.
   */
  later?: (task: () => void) => () => void;
  /** The first wait before the writer tries a failed save again (ms); autosave's by default. */
  saveRetryMs?: number;
}

/** Shown while another tab has the map open but does not answer. */
export const WAITING_MESSAGE =
  'This map is open in another tab that does not answer, so here you can only look. Editing starts here when that tab is closed.';

type Cleanup = () => void | Promise<void>;

/**
 * How long one task goes on making a deferred map's documents, in ms: well under the 50 ms of a
 * long task (RAIL), with room for the browser's own work in the same frame.
 */
const BUILD_SLICE_MS = 12;

/** One open map: its editor, and how it is saved and shared with other tabs. */
export class MapSession {
  private closed = false;
  private hosted: HostedLive | null = null;

  private constructor(
    readonly mapId: string,
    readonly editor: Editor,
    private readonly cleanups: Cleanup[],
  ) {
    cleanups.push(() => this.hosted?.close());
  }

  /** The live session this map is in (this person facilitates it), or null. */
  get live(): HostedLive | null {
    return this.hosted;
  }

  /** Starts a live session of this map on the server at `serverUrl` (see HostedLive.start). */
  async goLive(serverUrl: string): Promise<HostedLive> {
    if (this.hosted) return this.hosted;
    this.hosted = await HostedLive.start(
      this.mapId,
      serverUrl,
      this.editor.mapDocument,
      this.editor,
    );
    return this.hosted;
  }

  /** Ends the live session for everyone; the map stays in the library. */
  async endLive(): Promise<void> {
    await this.hosted?.end();
    this.hosted = null;
  }

  /**
   * Opens a map. Never throws: a failure comes back as `{ ok: false }` with a message for the
   * user, and nothing is left open.
   */
  static async open(
    repository: MapRepository,
    mapId: string,
    options: SessionOptions = {},
  ): Promise<{ ok: true; session: MapSession } | { ok: false; failure: OpenFailure }> {
    const cleanups: Cleanup[] = [];
    const fail = (failure: OpenFailure) => {
      for (const cleanup of cleanups.reverse()) void cleanup();
      return { ok: false as const, failure };
    };
    try {
      const lock = await (options.writerLock ?? requestWriterLock(mapId, { locks: options.locks }));
      cleanups.push(() => lock.release());

      let editor: Editor;
      let stored: StoredMapResult | null = null;
      /** Shown from storage while another tab holds the map and does not answer. */
      let waiting = false;
      const remembered = HostedLive.remembered(mapId);
      let replica: Replica | null = null;
      /** Built from the live session's local copy: storage may be behind it. */
      let fromReplica = false;
      if (lock.held) {
        stored = await repository.load(mapId);
        if (!stored.ok) return fail(failureOf(stored));
        const resumed = remembered ? await resumeFromReplica(remembered.roomId) : null;
        if (resumed?.document) {
          replica = resumed.replica;
          fromReplica = true;
          editor = new Editor(resumed.document, options.editor);
        } else {
          await resumed?.replica.close();
          editor = new Editor(stored.map, options.editor);
          if (remembered) replica = await openReplica(editor.mapDocument, remembered.roomId);
        }
      } else {
        // Another tab has the map: join its documents, or wait for it to let go.
        const docs = { content: new Y.Doc(), annotations: new Y.Doc() };
        const joined = await joinOtherTab(docs, mapId, lock.granted, options);
        const document =
          joined === 'state'
            ? MapDocument.fromDocuments(docs.content, docs.annotations, new Date().toISOString())
            : null;
        if (document) {
          editor = new Editor(document, options.editor);
        } else {
          stored = await repository.load(mapId);
          if (!stored.ok) return fail(failureOf(stored));
          waiting = joined !== 'lock';
          editor = new Editor(stored.map, { ...options.editor, readOnly: waiting });
          if (waiting) {
            editor.setSave({ status: 'error', kind: 'conflict', message: WAITING_MESSAGE });
          }
        }
      }
      const opened = editor;
      cleanups.push(() => opened.destroy());
      // A map shown from storage while another tab has it must not mix its own documents with
      // that tab's (the same records made twice): it joins the other tabs once it writes.
      let peers: TabPeers | null = null;
      const joinPeers = () => {
        peers = connectTabPeers(opened.mapDocument, mapId, { channel: options.channel });
        return peers;
      };
      // With `later`, a writer joins the other tabs (and builds its documents) after the first
      // paint; the other tabs greet again for two seconds, so joining a moment later misses nobody.
      const deferJoin =
        !waiting && lock.held && !remembered && !!options.later && !opened.mapDocument.isBuilt;
      const joinedPeers = waiting || deferJoin ? null : joinPeers();
      /** Called with the tab peers once a deferred join has happened. */
      let onJoined: ((joined: TabPeers) => void) | null = null;
      let cancelJoin: () => void = () => undefined;
      if (deferJoin && options.later) {
        const later = options.later;
        // The documents are made a slice at a time from the first idle moment on, each slice
        // a task of its own: frames and input come in between, and a busy page that is never
        // idle still finishes them (and answers another tab that waits to join) within
        // about their own time.
        // A hidden page (a map opened in a background tab) has nobody to keep smooth, and
        // its timers may be slowed to one a second or less: it makes the rest at once.
        const buildThenJoin = () => {
          const budget = options.window?.document.hidden ? Infinity : BUILD_SLICE_MS;
          if (!opened.mapDocument.buildFor(budget)) {
            const next = setTimeout(buildThenJoin, 0);
            cancelJoin = () => clearTimeout(next);
            return;
          }
          const joined = joinPeers();
          onJoined?.(joined);
          onJoined = null;
          // At the next idle moment, the editing code runs once on a scratch map (warmUp.ts).
          cancelJoin = later(() => void warmUpEditing());
        };
        cancelJoin = later(buildThenJoin);
      }
      cleanups.push(() => {
        cancelJoin();
        peers?.close();
      });
      // A tab that does not write says "saved" only for what the writer says it stored.
      let following: PeerSaves | null =
        joinedPeers && !lock.held
          ? followWriterSaves(opened, opened.mapDocument, joinedPeers)
          : null;
      cleanups.push(() => following?.stop());

      // Another tab upgraded the database: this one stops saving and says to reload.
      const stopOutdated = repository.onOutdated?.((error) => {
        opened.setReadOnly(true);
        opened.setSave({ status: 'error', kind: error.kind, message: error.message });
      });
      if (stopOutdated) cleanups.push(stopOutdated);

      const session = new MapSession(mapId, opened, cleanups);
      if (remembered && !waiting) {
        session.hosted = HostedLive.connect(remembered, opened.mapDocument, opened, replica);
      }
      const startSaving = (from: StoredMapResult & { ok: true }, differs: boolean) => {
        // From now on this tab's autosave says whether the map is saved.
        following?.stop();
        following = null;
        const saver = startAutosave({
          repository,
          editor: opened,
          revision: from.revision,
          stored: differs ? from.map : undefined,
          target: options.window,
          // Tell the other tabs what is stored, so they say "saved" only for that, and when a
          // save failed, so they say so too (with the same message) instead of "Saving…".
          onAllSaved: () => (peers as TabPeers | null)?.announceSaved(),
          onFailed: ({ kind, message }) =>
            (peers as TabPeers | null)?.announceFailed({ kind, message }),
          retryMs: options.saveRetryMs,
          later: options.later,
        });
        // A tab's change that was already here, or changed nothing, is stored as it is; a tab
        // that greets while saves fail is told so.
        let stopAnswering: () => void = () => undefined;
        const answer = (writing: TabPeers) => {
          stopAnswering = writing.onPeerMessage(() => {
            const failure = saver.failure();
            if (saver.isSaved()) writing.announceSaved();
            else if (failure) writing.announceFailed(failure);
          });
        };
        const current = peers as TabPeers | null;
        if (current) answer(current);
        else if (deferJoin) onJoined = answer;
        cleanups.push(() => stopAnswering());
        // The flush runs first on close (cleanups run last-in first-out), before the lock goes.
        cleanups.push(async () => {
          await saver.flush();
          saver.dispose();
        });
        // The tab that saves the map also keeps its daily version.
        const daily = startDailyVersions({
          editor: opened,
          store: repository.versions,
          now: options.editor?.now,
        });
        cleanups.push(async () => {
          daily.dispose();
          await daily.settled();
        });
      };
      if (lock.held && stored?.ok) {
        startSaving(stored, fromReplica);
      } else {
        void lock.granted.then(async () => {
          if (session.closed) return;
          const latest = await repository.load(mapId);
          if (!latest.ok || session.closed) return;
          if (waiting) {
            // It was shown from storage: what storage holds now is the map.
            opened.replaceMap(latest.map);
            opened.setReadOnly(false);
            opened.setSave({ status: 'saved', at: null });
            joinPeers();
            startSaving(latest, false);
            if (remembered) {
              const copy = await openReplica(opened.mapDocument, remembered.roomId);
              session.hosted = HostedLive.connect(remembered, opened.mapDocument, opened, copy);
            }
          } else {
            startSaving(latest, true);
            // Anything the other tabs have that this one lacks (a change sent to the tab that
            // closed before it stored it, and missed here) comes back and is saved too.
            peers?.greet();
            await session.hosted?.keepLocalCopy(opened.mapDocument);
          }
        });
      }
      return { ok: true, session };
    } catch (error) {
      return fail({
        message: error instanceof Error ? error.message : String(error),
        problems: [],
      });
    }
  }

  /** Saves what is not saved yet, lets the lock go and stops the editor. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const cleanup of [...this.cleanups].reverse()) await cleanup();
  }
}

/** The map held in a live session's local copy, if this browser has one. */
async function resumeFromReplica(
  roomId: string,
): Promise<{ replica: Replica; document: MapDocument | null }> {
  const docs = { content: new Y.Doc(), annotations: new Y.Doc() };
  const replica = await openReplica(docs, roomId);
  const document = replica.hadState
    ? MapDocument.fromDocuments(docs.content, docs.annotations, new Date().toISOString())
    : null;
  return { replica, document };
}

function failureOf(result: StoredMapResult & { ok: false }): OpenFailure {
  return { message: result.error.message, problems: result.error.problems };
}

/**
 * Gets the map from the tab that has it open: "state" when that tab sent it, "lock" when the
 * lock came first (that tab closed: read storage), "timeout" when neither came in time.
 */
async function joinOtherTab(
  docs: { content: Y.Doc; annotations: Y.Doc },
  mapId: string,
  granted: Promise<void>,
  options: SessionOptions,
): Promise<'state' | 'lock' | 'timeout'> {
  const peers = connectTabPeers(docs, mapId, { channel: options.channel });
  try {
    return await Promise.race([
      peers.waitForState(options.peerTimeoutMs ?? 4000).then((got) => (got ? 'state' : 'timeout')),
      granted.then(() => 'lock' as const),
    ]);
  } finally {
    peers.close();
  }
}
