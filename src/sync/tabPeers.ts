/**
 * The same map open in several tabs of one browser: each tab is a client of the same shared
 * documents, kept in step over a BroadcastChannel, so every tab can edit and sees the others'
 * changes as they happen (issue 13, "Two tabs are two clients").
 *
 * Messages (structured-cloned, never leave the browser):
 * - `hello` {from, vectors}: a tab joined; others answer with what it lacks and their vectors.
 * - `state` {from, to, updates, vectors?}: what the receiver lacks (and, in an answer to a
 *   hello, the sender's vectors so the newcomer can send back what the sender lacks).
 * - `update` {from, part, update}: a change made in the sending tab.
 * - `saved` {from, snapshots}: the writer (the tab that saves, see session/tabLock.ts) has
 *   stored everything its documents hold; `snapshots` (Yjs snapshots: state vector and delete
 *   set, per document) say exactly what, so a tab can tell which of its changes are stored.
 * - `failed` {from, failure}: the writer's last save failed (a full disk): what it shows
 *   itself (the kind and the message), so the other tabs can say so too. A later `saved` ends it.
 * Applying an update twice is harmless (Yjs updates are idempotent), so nothing is lost when
 * a tab misses or repeats a message.
 */
import * as Y from 'yjs';

/** The origin of updates that came from another tab (never undone by this tab's undo). */
export const TAB_ORIGIN = { name: 'waymark-tab' } as const;

/** The two documents of a map (content, annotations). */
export interface MapDocs {
  content: Y.Doc;
  annotations: Y.Doc;
}

type Part = keyof MapDocs;
const PARTS: readonly Part[] = ['content', 'annotations'];
type Vectors = Record<Part, Uint8Array>;
type Updates = Record<Part, Uint8Array>;

type Message =
  | { type: 'hello'; from: string; vectors: Vectors }
  | { type: 'state'; from: string; to: string; updates: Updates; vectors?: Vectors }
  | { type: 'update'; from: string; part: Part; update: Uint8Array }
  | { type: 'saved'; from: string; snapshots: Record<Part, Uint8Array> }
  | { type: 'failed'; from: string; failure: SaveFailure };

/** A save that failed in the writer: its kind (storageError.ts) and the message it shows. */
export interface SaveFailure {
  kind: string;
  message: string;
}

/** What the writer has stored, per document: a change it contains is saved. */
export type SavedState = Record<Part, Y.Snapshot>;

/** Whether `update` of document `part` is in what the writer stored (`saved`). */
export function isStored(saved: SavedState, part: Part, update: Uint8Array): boolean {
  return Y.snapshotContainsUpdate(saved[part], update);
}

/** A connection to the other tabs that have this map open. */
export interface TabPeers {
  /** Resolves when another tab has sent its state (true), or after `timeoutMs` (false). */
  waitForState(timeoutMs: number): Promise<boolean>;
  /**
   * The writer: tells the other tabs that everything these documents hold is stored (call it
   * only then). Sends nothing until another tab has been heard from.
   */
  announceSaved(): void;
  /** Calls `listener` with what a writer stored, each time one says so; returns "stop". */
  onSaved(listener: (saved: SavedState) => void): () => void;
  /**
   * The writer: tells the other tabs that its last save failed, with what it shows (call it
   * each time a save fails; a later `announceSaved` ends it). Sends nothing until another tab
   * has been heard from.
   */
  announceFailed(failure: SaveFailure): void;
  /** Calls `listener` each time a writer says its save failed; returns "stop". */
  onFailed(listener: (failure: SaveFailure) => void): () => void;
  /**
   * Calls `listener` after another tab greeted this one or sent a change (already applied);
   * returns "stop". A writer answers with `announceSaved` when nothing is left to save.
   */
  onPeerMessage(listener: () => void): () => void;
  /** Greets the other tabs again: each answers with whatever these documents lack. */
  greet(): void;
  /** Stops listening and sending. */
  close(): void;
}

/** The BroadcastChannel constructor, or null where the browser has none. */
type ChannelFactory = ((name: string) => BroadcastChannel) | null;

const defaultFactory: ChannelFactory =
  typeof BroadcastChannel === 'undefined' ? null : (name) => new BroadcastChannel(name);

/**
 * Connects `docs` to the other tabs that have map `mapId` open: sends every local change,
 * applies theirs, and greets them so that a newcomer gets the whole state.
 */
export function connectTabPeers(
  docs: MapDocs,
  mapId: string,
  options: { channel?: ChannelFactory; id?: string } = {},
): TabPeers {
  const factory = options.channel === undefined ? defaultFactory : options.channel;
  if (!factory) {
    const none = () => () => undefined;
    return {
      waitForState: async () => false,
      announceSaved: () => undefined,
      onSaved: none,
      announceFailed: () => undefined,
      onFailed: none,
      onPeerMessage: none,
      greet: () => undefined,
      close: () => undefined,
    };
  }
  const id = options.id ?? Math.random().toString(36).slice(2);
  const channel = factory(`waymark-map:${mapId}`);
  let closed = false;
  /** Whether another tab has been heard from (a writer alone has no one to tell). */
  let heard = false;
  const savedListeners = new Set<(saved: SavedState) => void>();
  const failedListeners = new Set<(failure: SaveFailure) => void>();
  const messageListeners = new Set<() => void>();
  let gotState: (() => void) | null = null;
  const received = new Promise<void>((resolve) => (gotState = resolve));

  const post = (message: Message) => {
    if (!closed) channel.postMessage(message);
  };
  const vectors = (): Vectors => ({
    content: Y.encodeStateVector(docs.content),
    annotations: Y.encodeStateVector(docs.annotations),
  });
  const missing = (theirs: Vectors): Updates => ({
    content: Y.encodeStateAsUpdate(docs.content, theirs.content),
    annotations: Y.encodeStateAsUpdate(docs.annotations, theirs.annotations),
  });
  const apply = (updates: Updates) => {
    for (const part of PARTS) Y.applyUpdate(docs[part], updates[part], TAB_ORIGIN);
  };

  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (!message || message.from === id) return;
    heard = true;
    if (message.type === 'saved') {
      const saved: SavedState = {
        content: Y.decodeSnapshot(message.snapshots.content),
        annotations: Y.decodeSnapshot(message.snapshots.annotations),
      };
      savedListeners.forEach((listener) => listener(saved));
      return;
    }
    if (message.type === 'failed') {
      const { kind, message: text } = message.failure ?? {};
      if (typeof kind !== 'string' || typeof text !== 'string') return;
      failedListeners.forEach((listener) => listener({ kind, message: text }));
      return;
    }
    if (message.type === 'hello') {
      post({
        type: 'state',
        from: id,
        to: message.from,
        updates: missing(message.vectors),
        vectors: vectors(),
      });
    } else if (message.type === 'state' && message.to === id) {
      apply(message.updates);
      if (message.vectors) {
        post({ type: 'state', from: id, to: message.from, updates: missing(message.vectors) });
      }
      gotState?.();
    } else if (message.type === 'update') {
      Y.applyUpdate(docs[message.part], message.update, TAB_ORIGIN);
    }
    messageListeners.forEach((listener) => listener());
  };
  const subscribe = <L>(listeners: Set<L>, listener: L) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  const listeners = PARTS.map((part) => {
    const listener = (update: Uint8Array, origin: unknown) => {
      if (origin !== TAB_ORIGIN) post({ type: 'update', from: id, part, update });
    };
    docs[part].on('update', listener);
    return () => docs[part].off('update', listener);
  });

  // Greet now and again for a short while: a tab that is still loading the map misses the first.
  const greet = () => post({ type: 'hello', from: id, vectors: vectors() });
  greet();
  const greetings = [300, 900, 2000].map((ms) => setTimeout(greet, ms));
  void received.then(() => greetings.forEach(clearTimeout));

  return {
    waitForState: (timeoutMs) =>
      Promise.race([
        received.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
      ]),
    announceSaved: () => {
      if (!heard) return;
      post({
        type: 'saved',
        from: id,
        snapshots: {
          content: Y.encodeSnapshot(Y.snapshot(docs.content)),
          annotations: Y.encodeSnapshot(Y.snapshot(docs.annotations)),
        },
      });
    },
    onSaved: (listener) => subscribe(savedListeners, listener),
    announceFailed: (failure) => {
      if (!heard) return;
      post({ type: 'failed', from: id, failure: { kind: failure.kind, message: failure.message } });
    },
    onFailed: (listener) => subscribe(failedListeners, listener),
    onPeerMessage: (listener) => subscribe(messageListeners, listener),
    greet,
    close: () => {
      closed = true;
      savedListeners.clear();
      failedListeners.clear();
      messageListeners.clear();
      greetings.forEach(clearTimeout);
      listeners.forEach((off) => off());
      channel.close();
    },
  };
}
