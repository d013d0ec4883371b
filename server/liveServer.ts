/**
 * The Waymark live server: Hocuspocus (Yjs documents over WebSocket) plus the rooms HTTP API on
 * one port. `startLiveServer(config)` is what `npm run server` (server/main.ts), the tests and the
 * load benchmark all start.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { Database } from '@hocuspocus/extension-database';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension, type WebSocketLike } from '@hocuspocus/server';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  LIVE_CLOSE_CODES,
  LIVE_SOCKET_PATH,
  SESSION_ENDED_CLOSE_REASON,
  annotationsDocumentName,
  contentDocumentName,
  encodeStatelessMessage,
  parseDocumentName,
} from '../src/sync/protocol';
import type { ServerConfig } from './config';
import { createHttpApi } from './httpApi';
import { liveRules, roomConnections, type LiveContext } from './liveRules';
import { RateLimiter } from './rateLimit';
import {
  localRoomEvents,
  redisClient,
  redisRoomEvents,
  type RoomEvent,
  type RoomEvents,
} from './roomEvents';
import { RoomStore, stateToStore } from './roomStore';
import { staticFiles } from './staticFiles';

/** A running live server. */
export interface LiveServer {
  /** Base URL of the HTTP API and the app, e.g. `http://127.0.0.1:4455`. */
  url: string;
  port: number;
  hocuspocus: Hocuspocus<LiveContext>;
  store: RoomStore;
  /** Deletes rooms idle for longer than `roomIdleMs` now (also runs on a timer). */
  sweepIdleRooms(): Promise<string[]>;
  /** Stores every open document, closes every connection, Redis and the database. */
  close(): Promise<void>;
}

/** The server's package version (reported by /api/health). */
export const SERVER_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** Starts a server; resolves once it listens. Throws if the port, file or Redis fails. */
export async function startLiveServer(
  config: ServerConfig,
  options: { now?: () => number } = {},
): Promise<LiveServer> {
  const now = options.now ?? Date.now;
  const store = new RoomStore(config.dataFile);

  // Rooms are touched at most this often per instance (the database write is the cost).
  const touchEveryMs = Math.max(10, Math.min(60_000, config.roomIdleMs / 10));
  const lastTouched = new Map<string, number>();
  const touchRoom = (roomId: string) => {
    const time = now();
    if (time - (lastTouched.get(roomId) ?? 0) < touchEveryMs) return;
    lastTouched.set(roomId, time);
    store.touchRoom(roomId, time);
  };

  const extensions: Extension[] = [];
  if (config.redisUrl) {
    const url = config.redisUrl;
    extensions.push(
      new RelayOnlyRedis({ createClient: () => redisClient(url), prefix: 'waymark:doc' }),
    );
  }
  extensions.push(
    new Database({
      fetch: async ({ documentName }) => store.loadDocument(documentName),
      store: async ({ documentName, state, document }) => {
        const target = parseDocumentName(documentName);
        if (!target) return;
        store.storeDocument(
          documentName,
          target.roomId,
          (stored) => stateToStore(document, state, stored),
          now(),
        );
      },
    }),
    liveRules({ store, maxUpdateBytes: config.limits.maxMessageBytes, onRoomActivity: touchRoom }),
  );
  const hocuspocus = new Hocuspocus<LiveContext>({
    quiet: true,
    debounce: 1000,
    maxDebounce: 5000,
    extensions,
  });
  const applyRoomEvent = (event: RoomEvent) => applyToConnections(hocuspocus, event);
  let events: RoomEvents;
  try {
    events = config.redisUrl
      ? await redisRoomEvents(config.redisUrl, applyRoomEvent)
      : localRoomEvents(applyRoomEvent);
  } catch (error) {
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    store.close();
    throw error;
  }

  const limits = config.limits;
  const connectionLimiter = new RateLimiter(limits.connectionsPerIpPerMinute, 60_000, now);
  const clientIp = (request: IncomingMessage): string => {
    const forwarded = request.headers['x-forwarded-for'];
    if (config.trustProxy && typeof forwarded === 'string') {
      return forwarded.split(',')[0]?.trim() || 'unknown';
    }
    return request.socket.remoteAddress ?? 'unknown';
  };
  const allowedOrigins = new Set(config.allowedOrigins);
  const isOriginAllowed = (origin: string) => allowedOrigins.has(origin);

  const httpServer = createServer(
    createHttpApi({
      store,
      events,
      version: SERVER_VERSION,
      roomIdleMs: config.roomIdleMs,
      isOriginAllowed,
      clientIp,
      limits: {
        join: new RateLimiter(limits.joinLookupsPerIpPerMinute, 60_000, now),
        rooms: new RateLimiter(limits.roomsPerIpPerHour, 3_600_000, now),
      },
      staticFiles: config.staticDir ? staticFiles(config.staticDir) : null,
      stats: config.exposeStats
        ? () => {
            // With `node --expose-gc`, collect first so the heap figure is what is kept.
            (globalThis as { gc?: () => void }).gc?.();
            const memory = process.memoryUsage();
            return {
              documents: hocuspocus.getDocumentsCount(),
              connections: hocuspocus.getConnectionsCount(),
              rooms: store.roomCount(),
              heapUsedBytes: memory.heapUsed,
              rssBytes: memory.rss,
            };
          }
        : null,
      now,
    }),
  );
  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });

  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Every attempt counts against the address, refused ones included.
    const ip = clientIp(request);
    if (connectionLimiter.take(ip) > 0) return refuse('429 Too Many Requests');
    if (url.pathname !== LIVE_SOCKET_PATH) return refuse('404 Not Found');
    const origin = request.headers.origin;
    if (origin !== undefined && !isOriginAllowed(origin)) return refuse('403 Forbidden');
    sockets.handleUpgrade(request, socket, head, (webSocket) => attach(webSocket, url, ip));
  });

  function attach(webSocket: WebSocket, url: URL, ip: string): void {
    const client = hocuspocus.handleConnection(
      webSocket as unknown as WebSocketLike,
      new Request(url),
      {
        ip,
      } as LiveContext,
    );
    let windowStart = now();
    let count = 0;
    webSocket.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        webSocket.close(LIVE_CLOSE_CODES.updateRefused, 'binary-only');
        return;
      }
      const time = now();
      if (time - windowStart >= 1000) {
        windowStart = time;
        count = 0;
      }
      count += 1;
      if (count > limits.messagesPerConnectionPerSecond) {
        if (count === limits.messagesPerConnectionPerSecond + 1) {
          webSocket.close(LIVE_CLOSE_CODES.rateLimited, 'rate-limited');
        }
        return;
      }
      client.handleMessage(toBytes(data));
    });
    webSocket.on('close', (code: number, reason: Buffer) => {
      client.handleClose({ code, reason: reason.toString('utf8') });
    });
    // ws closes the socket itself after an error (e.g. 1009 for a message over maxPayload).
    webSocket.on('error', () => {});
  }

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen({ host: config.host, port: config.port }, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    await events.close();
    store.close();
    throw error;
  }
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  for (const own of [
    `http://${host}:${port}`,
    `http://localhost:${port}`,
    `http://127.0.0.1:${port}`,
  ]) {
    // The server's own origin (the app it serves from WAYMARK_STATIC) is always allowed.
    allowedOrigins.add(own);
  }

  async function sweepIdleRooms(): Promise<string[]> {
    const time = now();
    for (const [name, document] of hocuspocus.documents) {
      const target = parseDocumentName(name);
      // A room with someone connected here is in use, even if nobody types.
      if (target && document.getConnectionsCount() > 0) store.touchRoom(target.roomId, time);
    }
    const expired: string[] = [];
    for (const roomId of store.idleRoomIds(time - config.roomIdleMs)) {
      if (!store.deleteRoom(roomId)) continue;
      expired.push(roomId);
      lastTouched.delete(roomId);
      await events.publish({ kind: 'end', roomId, reason: 'expired' });
    }
    return expired;
  }
  const sweeper = setInterval(() => {
    sweepIdleRooms().catch(() => console.error('waymark: idle room sweep failed'));
  }, config.expirySweepMs);
  sweeper.unref();

  let closing: Promise<void> | undefined;
  async function close(): Promise<void> {
    clearInterval(sweeper);
    const instance = hocuspocus;
    httpServer.close();
    // Closing the document connections stores every document with pending changes and then
    // unloads it; the sockets go after that.
    instance.closeConnections();
    instance.flushPendingStores();
    for (const webSocket of sockets.clients) webSocket.terminate();
    const deadline = Date.now() + 10_000;
    while (instance.getDocumentsCount() > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await instance.hooks('onDestroy', { instance });
    await events.close();
    sockets.close();
    httpServer.closeAllConnections();
    store.close();
  }

  return {
    url: `http://${host}:${port}`,
    port,
    hocuspocus,
    store,
    sweepIdleRooms,
    close: () => (closing ??= close()),
  };
}

/**
 * Hocuspocus's Redis extension, used only to relay updates, awareness and stateless messages.
 * Its store lock is left out: when another instance holds the lock it skips this instance's store
 * without retrying, so a last change could go unstored. Here every instance may store, because
 * RoomStore.storeDocument merges with what is stored inside one SQLite transaction.
 */
class RelayOnlyRedis extends RedisExtension {
  override async onStoreDocument() {}
  override async afterStoreDocument() {}
}

/** Applies a room event to this instance's connections of the room. */
function applyToConnections(instance: Hocuspocus<LiveContext>, event: RoomEvent): void {
  const names = [contentDocumentName(event.roomId), annotationsDocumentName(event.roomId)];
  if (event.kind === 'end') {
    const ended = encodeStatelessMessage({ type: 'session-ended', reason: event.reason });
    for (const name of names) instance.documents.get(name)?.relayStateless(ended);
    for (const { connection } of roomConnections(instance, names)) {
      connection.close({ code: 4000, reason: SESSION_ENDED_CLOSE_REASON });
    }
    return;
  }
  const promoted = encodeStatelessMessage({
    type: 'promoted',
    role: 'editor',
    editorToken: event.editorToken,
  });
  for (const { document, connection } of roomConnections(instance, names)) {
    const context = connection.context;
    if (context.participantId !== event.participantId || context.role !== 'participant') continue;
    context.role = 'editor';
    if (document.name === names[0]) {
      connection.readOnly = false;
      connection.sendStateless(promoted);
    }
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
