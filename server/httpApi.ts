/**
 * The HTTP API (`/api/...`, JSON) and, optionally, the built app's files, on the WebSocket's port.
 * CORS: a request with an Origin header outside the allow-list is refused (403); a request with
 * none (curl, server-to-server) is served, since it cannot carry a browser's credentials anyway.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  PARTICIPANT_ID_PATTERN,
  ROOM_ID_PATTERN,
  normalizeJoinCode,
  type EndRoomResponse,
  type HealthResponse,
  type LiveApiErrorBody,
  type LiveApiErrorCode,
  type PromoteResponse,
} from '../src/sync/protocol';
import type { RateLimiter } from './rateLimit';
import type { RoomEvents } from './roomEvents';
import type { RoomStore } from './roomStore';
import { createRoom, findRoomByCode } from './rooms';
import type { StaticFiles } from './staticFiles';
import { tokenMatches, newToken, hashToken } from './tokens';

/** What the API handler needs from the server. */
export interface HttpApiDeps {
  store: RoomStore;
  events: RoomEvents;
  version: string;
  roomIdleMs: number;
  isOriginAllowed: (origin: string) => boolean;
  clientIp: (request: IncomingMessage) => string;
  limits: { join: RateLimiter; rooms: RateLimiter };
  staticFiles: StaticFiles | null;
  /** Figures for `GET /api/stats` (only when the server exposes them; see ServerConfig). */
  stats: (() => LiveStats) | null;
  now?: () => number;
}

/** `GET /api/stats` (WAYMARK_STATS=1 only): what this instance holds. Sizes in bytes. */
export interface LiveStats {
  documents: number;
  connections: number;
  rooms: number;
  heapUsedBytes: number;
  rssBytes: number;
}

const MAX_BODY_BYTES = 16 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: LiveApiErrorCode,
    message: string,
    readonly retryAfterMs = 0,
  ) {
    super(message);
  }
}

/** Creates the request listener for node:http. Never throws; errors become JSON responses. */
export function createHttpApi(deps: HttpApiDeps) {
  const now = deps.now ?? Date.now;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (!path.startsWith('/api/') && path !== '/api') {
      if (deps.staticFiles && (request.method === 'GET' || request.method === 'HEAD')) {
        return deps.staticFiles.serve(path, request, response);
      }
      return sendText(response, 404, 'Not found');
    }

    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (!deps.isOriginAllowed(origin)) {
        throw new HttpError(403, 'origin-not-allowed', 'origin not allowed');
      }
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Vary', 'Origin');
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
        'Access-Control-Max-Age': '600',
      });
      response.end();
      return;
    }

    const method = request.method ?? 'GET';
    if (method === 'GET' && path === '/api/health') {
      return sendJson(response, 200, { ok: true, version: deps.version } satisfies HealthResponse);
    }
    if (method === 'GET' && path === '/api/stats' && deps.stats) {
      return sendJson(response, 200, deps.stats());
    }
    if (method === 'POST' && path === '/api/rooms') {
      limit(deps.limits.rooms, deps.clientIp(request));
      const room = await createRoom(deps.store, now(), deps.roomIdleMs);
      return sendJson(response, 201, room);
    }
    const join = /^\/api\/join\/([^/]+)$/.exec(path);
    if (method === 'GET' && join) {
      limit(deps.limits.join, deps.clientIp(request));
      const code = normalizeJoinCode(safeDecode(join[1] as string));
      const found = code ? await findRoomByCode(deps.store, code) : null;
      if (!found) throw new HttpError(404, 'not-found', 'no room has this code');
      return sendJson(response, 200, found);
    }
    const action = /^\/api\/rooms\/([^/]+)\/(end|promote)$/.exec(path);
    if (method === 'POST' && action) {
      const roomId = action[1] as string;
      authorizeFacilitator(request, roomId);
      if (action[2] === 'end') {
        deps.store.deleteRoom(roomId);
        await deps.events.publish({ kind: 'end', roomId, reason: 'ended' });
        return sendJson(response, 200, { ended: true } satisfies EndRoomResponse);
      }
      const body = (await readJson(request)) as { participantId?: unknown } | null;
      const participantId = body?.participantId;
      if (typeof participantId !== 'string' || !PARTICIPANT_ID_PATTERN.test(participantId)) {
        throw new HttpError(400, 'bad-request', 'participantId is missing or malformed');
      }
      const editorToken = newToken();
      deps.store.addPromotion(roomId, participantId, hashToken(editorToken), now());
      await deps.events.publish({ kind: 'promote', roomId, participantId, editorToken });
      return sendJson(response, 200, { participantId, role: 'editor' } satisfies PromoteResponse);
    }
    throw new HttpError(404, 'not-found', 'no such API route');
  }

  function authorizeFacilitator(request: IncomingMessage, roomId: string): void {
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new HttpError(401, 'unauthorized', 'a Bearer token is required');
    const room = ROOM_ID_PATTERN.test(roomId) ? deps.store.findRoom(roomId) : undefined;
    if (!room) throw new HttpError(404, 'not-found', 'no such room');
    if (!tokenMatches(token, room.facilitatorHash)) {
      throw new HttpError(403, 'forbidden', 'only the facilitator may do this');
    }
  }

  return (request: IncomingMessage, response: ServerResponse): void => {
    route(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof HttpError) {
        if (error.retryAfterMs > 0) {
          response.setHeader('Retry-After', String(Math.ceil(error.retryAfterMs / 1000)));
        }
        return sendJson(response, error.status, {
          error: error.code,
          message: error.message,
        } satisfies LiveApiErrorBody);
      }
      console.error('waymark: API request failed:', (error as Error)?.name ?? 'error');
      sendJson(response, 500, { error: 'server-error', message: 'internal error' });
    });
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

function limit(limiter: RateLimiter, key: string): void {
  const wait = limiter.take(key);
  if (wait > 0) throw new HttpError(429, 'too-many-requests', 'too many requests', wait);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'payload-too-large', 'body too large');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return null;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'bad-request', 'body is not JSON');
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
