/**
 * Test support: several editors on one journey map, each on its own pair of shared documents,
 * joined by a network the test drives by hand. Every update a client makes is queued for each
 * peer that is online; the test delivers queued updates (in order or out of order), holds
 * others, takes a client offline (its queued updates in both directions are lost) and brings it
 * back (a reconnect exchanges state vectors with every online peer, as y-websocket and
 * Hocuspocus do on connect).
 *
 * Document client ids and every clock are fixed, so a run replays exactly from its commands.
 */
import * as Y from 'yjs';
import type { JourneyMap } from '../../../domain/schema';
import { Editor } from '../../editor';
import { MapDocument } from '../mapDocument';

/** The origin of updates the network applies (never sent on, never undone). */
export const NETWORK_ORIGIN = { name: 'test-network' } as const;

/** Which of a client's two documents an update belongs to. */
export type DocumentKey = 'content' | 'annotations';

interface Message {
  document: DocumentKey;
  update: Uint8Array;
}

/** One client of the network: an editor with its own documents and clock (ms). */
export interface Peer {
  readonly index: number;
  readonly editor: Editor;
  readonly clock: { ms: number };
  online: boolean;
}

const START_MS = Date.parse('2026-03-02T09:00:00.000Z');

/** `count` editors on `start`, all holding the same documents and online. */
export class Network {
  readonly peers: Peer[];
  /** queues[from][to]: updates of `from` not yet delivered to `to`. */
  private readonly queues: Message[][][];

  constructor(start: JourneyMap, count = 3) {
    const seed = MapDocument.fromMap(start);
    this.queues = Array.from({ length: count }, () => Array.from({ length: count }, () => []));
    this.peers = Array.from({ length: count }, (_, index) => {
      const content = new Y.Doc();
      const annotations = new Y.Doc();
      content.clientID = 1000 + 2 * index;
      annotations.clientID = 1001 + 2 * index;
      Y.applyUpdate(content, Y.encodeStateAsUpdate(seed.content), NETWORK_ORIGIN);
      Y.applyUpdate(annotations, Y.encodeStateAsUpdate(seed.annotations), NETWORK_ORIGIN);
      const document = MapDocument.fromDocuments(content, annotations, start.updatedAt);
      if (!document) throw new Error('the seed documents hold no map');
      const clock = { ms: START_MS };
      const editor = new Editor(document, { now: () => new Date(clock.ms) });
      const peer: Peer = { index, editor, clock, online: true };
      content.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== NETWORK_ORIGIN) this.send(index, 'content', update);
      });
      annotations.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== NETWORK_ORIGIN) this.send(index, 'annotations', update);
      });
      return peer;
    });
    seed.destroy();
  }

  /** How many updates of `from` wait for `to`. */
  queued(from: number, to: number): number {
    return this.queues[from]?.[to]?.length ?? 0;
  }

  /** Delivers the `count` oldest updates of `from` to `to`, in order. */
  deliver(from: number, to: number, count: number): void {
    const queue = this.queue(from, to);
    for (const message of queue.splice(0, count)) this.apply(to, message);
  }

  /** Delivers one waiting update of `from` to `to`, out of order (index modulo the queue). */
  deliverOne(from: number, to: number, index: number): void {
    const queue = this.queue(from, to);
    if (queue.length === 0) return;
    const [message] = queue.splice(index % queue.length, 1);
    if (message) this.apply(to, message);
  }

  /** Takes a client offline: what was on its way to or from it is lost. */
  disconnect(index: number): void {
    const peer = this.peer(index);
    peer.online = false;
    this.queues.forEach((row, from) =>
      row.forEach((queue, to) => {
        if (from === index || to === index) queue.length = 0;
      }),
    );
  }

  /** Brings a client back: it and every online peer exchange what the other lacks. */
  reconnect(index: number): void {
    const peer = this.peer(index);
    if (peer.online) return;
    peer.online = true;
    for (const other of this.peers) {
      if (other !== peer && other.online) this.exchange(peer, other);
    }
  }

  /** Everyone online, every update everywhere: the end of a workshop. */
  settle(): void {
    for (const peer of this.peers) peer.online = true;
    for (const row of this.queues) for (const queue of row) queue.length = 0;
    for (let round = 0; round < 3; round++) {
      for (const a of this.peers) for (const b of this.peers) if (a !== b) this.exchange(a, b);
    }
  }

  /** Stops every editor. */
  destroy(): void {
    for (const peer of this.peers) peer.editor.destroy();
  }

  private exchange(a: Peer, b: Peer): void {
    for (const key of ['content', 'annotations'] as const) {
      const docA = a.editor.mapDocument[key];
      const docB = b.editor.mapDocument[key];
      const toB = Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB));
      const toA = Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA));
      Y.applyUpdate(docB, toB, NETWORK_ORIGIN);
      Y.applyUpdate(docA, toA, NETWORK_ORIGIN);
    }
  }

  private send(from: number, document: DocumentKey, update: Uint8Array): void {
    if (!this.peer(from).online) return;
    this.peers.forEach((peer, to) => {
      if (to !== from && peer.online) this.queue(from, to).push({ document, update });
    });
  }

  private apply(to: number, message: Message): void {
    Y.applyUpdate(
      this.peer(to).editor.mapDocument[message.document],
      message.update,
      NETWORK_ORIGIN,
    );
  }

  private queue(from: number, to: number): Message[] {
    const queue = this.queues[from]?.[to];
    if (!queue) throw new Error(`no queue from ${from} to ${to}`);
    return queue;
  }

  private peer(index: number): Peer {
    const peer = this.peers[index];
    if (!peer) throw new Error(`no client ${index}`);
    return peer;
  }
}
