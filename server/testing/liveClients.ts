/**
 * Live clients for Node tests and the load benchmark: the real HocuspocusProvider over the `ws`
 * package, connected the way the browser client connects (one socket, two documents).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { liveSocketUrl } from '../../src/sync/liveApi';
import {
  annotationsDocumentName,
  contentDocumentName,
  parseStatelessMessage,
  type LiveStatelessMessage,
} from '../../src/sync/protocol';

/** One person's device in a room: both documents over one multiplexed socket. */
export interface LiveClient {
  socket: HocuspocusProviderWebsocket;
  content: HocuspocusProvider;
  annotations: HocuspocusProvider;
  contentDoc: Y.Doc;
  annotationsDoc: Y.Doc;
  /** Stateless messages received on either document, in order. */
  messages: LiveStatelessMessage[];
  /** Reasons the server gave for refusing a document connection. */
  denied: string[];
  /** Reasons of the server's close messages for a document connection. */
  closed: string[];
  destroy(): void;
}

/** How a client connects: the token of its link, its device id and display name. */
export interface ConnectOptions {
  token: string;
  participantId: string;
  name: string;
  /** Wait for both documents to sync (default true; false for connections expected to fail). */
  waitForSync?: boolean;
  /** Stop reconnecting after this many failed attempts (0 = never stop; default 0). */
  maxAttempts?: number;
}

/**
 * Connects a client to `roomId` on the server at `baseUrl` (http://host:port), with exactly the
 * provider options the browser client uses. Resolves once both documents are synced.
 */
export async function connectClient(
  baseUrl: string,
  roomId: string,
  options: ConnectOptions,
): Promise<LiveClient> {
  const socket = new HocuspocusProviderWebsocket({
    url: liveSocketUrl(baseUrl, options.participantId, options.name),
    WebSocketPolyfill: WebSocket,
    // Tests reconnect fast; `delay` may not be below `minDelay` (default 1000).
    delay: 100,
    minDelay: 100,
    maxDelay: 1000,
    maxAttempts: options.maxAttempts ?? 0,
  });
  const messages: LiveStatelessMessage[] = [];
  const denied: string[] = [];
  const closed: string[] = [];
  const provider = (name: string) => {
    const document = new Y.Doc();
    return new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document,
      token: options.token,
      onStateless: ({ payload }) => {
        const message = parseStatelessMessage(payload);
        if (message) messages.push(message);
      },
      onAuthenticationFailed: ({ reason }) => denied.push(reason),
      onClose: ({ event }) => {
        if (event.reason) closed.push(event.reason);
      },
    });
  };
  const content = provider(contentDocumentName(roomId));
  const annotations = provider(annotationsDocumentName(roomId));
  // Providers sharing a socket must be attached explicitly (HocuspocusProvider v3+).
  content.attach();
  annotations.attach();
  const client: LiveClient = {
    socket,
    content,
    annotations,
    contentDoc: content.document,
    annotationsDoc: annotations.document,
    messages,
    denied,
    closed,
    destroy() {
      content.destroy();
      annotations.destroy();
      socket.destroy();
    },
  };
  if (options.waitForSync !== false) {
    await waitFor(() => content.isSynced && annotations.isSynced, 5000, 'both documents synced');
  }
  return client;
}

/** Polls `check` every 10 ms until it is true; throws naming `what` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A raw WebSocket to the live endpoint, for clients that do not follow the protocol. */
export function rawSocket(
  baseUrl: string,
  options: { origin?: string; participantId?: string; name?: string } = {},
): WebSocket {
  const url = liveSocketUrl(
    baseUrl,
    options.participantId ?? 'raw-client-1',
    options.name ?? 'Raw',
  );
  return new WebSocket(url, options.origin ? { origin: options.origin } : {});
}

/** Resolves when the socket opens; rejects with the HTTP status when the upgrade is refused. */
export function opened(socket: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`HTTP ${response.statusCode}`)),
    );
    socket.once('error', reject);
  });
}

/** Resolves with the close code once the socket closes. */
export function closedWith(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

/** Hocuspocus wire messages, written by hand for raw sockets. */
export const wire = {
  /** Authentication of `documentName` with `token` (message type 2, token sub-type 0). */
  auth(documentName: string, token: string): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, documentName);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarString(encoder, token);
    return encoding.toUint8Array(encoder);
  },
  /** A Yjs update for `documentName` (message type 0 Sync, sync type 2 Update). */
  update(documentName: string, update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, documentName);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update);
    return encoding.toUint8Array(encoder);
  },
  /** A query for everyone's awareness (message type 3): small, harmless, good for floods. */
  queryAwareness(documentName: string): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, documentName);
    encoding.writeVarUint(encoder, 3);
    return encoding.toUint8Array(encoder);
  },
};
