/**
 * The live session contract shared by the browser client and the live server (server/).
 *
 * Plain TypeScript with no imports, so both sides (and Node tests) can load it as it is.
 * A live session is a room with two Yjs documents on one multiplexed WebSocket:
 *   `${roomId}:content`      the journey map (details, personas, grid, cards, links);
 *                            read-only on the server for participants.
 *   `${roomId}:annotations`  comments, vote rounds, pain point severities; everyone writes it.
 */

/** A person's role in a room: who created it, who may change the map, who may only annotate. */
export type LiveRole = 'facilitator' | 'editor' | 'participant';

/** The two Yjs documents of a room. */
export type LiveDocumentKind = 'content' | 'annotations';

/** Path of the HTTP API on the live server (JSON in and out). */
export const LIVE_API_PATH = '/api';

/** Path of the WebSocket on the live server (same host and port as the HTTP API). */
export const LIVE_SOCKET_PATH = '/api/live';

/** Connection parameter (WebSocket URL query) carrying the per-device participant id. */
export const LIVE_PARAM_PARTICIPANT_ID = 'participantId';

/** Connection parameter (WebSocket URL query) carrying the person's display name. */
export const LIVE_PARAM_NAME = 'name';

/** A participant id: 8–64 characters of A–Z, a–z, 0–9, `_` or `-` (random, kept by the device). */
export const PARTICIPANT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** Longest display name the server accepts, in characters (after trimming). */
export const DISPLAY_NAME_MAX_LENGTH = 60;

/** A room id: 22 base64url characters (128 random bits). */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** Letters and digits of a join code: no 0/O, 1/I/L, so it can be read aloud and typed. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Characters in a join code (31^6 ≈ 887 million codes). */
export const JOIN_CODE_LENGTH = 6;

/** Name of the Yjs document holding a room's journey map. */
export function contentDocumentName(roomId: string): string {
  return `${roomId}:content`;
}

/** Name of the Yjs document holding a room's comments, votes and severities. */
export function annotationsDocumentName(roomId: string): string {
  return `${roomId}:annotations`;
}

/** Splits a document name into room id and kind; null when it is not a room document. */
export function parseDocumentName(name: string): { roomId: string; kind: LiveDocumentKind } | null {
  const match = /^([A-Za-z0-9_-]{22}):(content|annotations)$/.exec(name);
  if (!match) return null;
  return { roomId: match[1] as string, kind: match[2] as LiveDocumentKind };
}

/**
 * A join code as typed (any case, spaces or dashes) → its canonical form, or null when it
 * cannot be a code (wrong length or a character outside JOIN_CODE_ALPHABET).
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** A display name as the server keeps it: control characters removed, trimmed, at most 60. */
export function cleanDisplayName(input: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = input.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return Array.from(clean).slice(0, DISPLAY_NAME_MAX_LENGTH).join('');
}

// ---------------------------------------------------------------- HTTP API

/** `GET /api/health` → 200. `version` is the server's package version. */
export interface HealthResponse {
  ok: true;
  version: string;
}

/**
 * `POST /api/rooms` (no body) → 201. Tokens are shown once: the server keeps only hashes.
 * `expiresAt` (ISO 8601) is when the room expires if nobody uses it; activity pushes it on.
 */
export interface CreateRoomResponse {
  roomId: string;
  code: string;
  facilitatorToken: string;
  editorToken: string;
  participantToken: string;
  expiresAt: string;
}

/** `GET /api/join/:code` → 200 (404 unknown code, 429 too many look-ups). */
export interface JoinResponse {
  roomId: string;
  participantToken: string;
}

/** `POST /api/rooms/:roomId/end` (Authorization: Bearer facilitatorToken) → 200. */
export interface EndRoomResponse {
  ended: true;
}

/** Body of `POST /api/rooms/:roomId/promote` (Authorization: Bearer facilitatorToken). */
export interface PromoteRequest {
  participantId: string;
}

/** `POST /api/rooms/:roomId/promote` → 200 once the participant's live connections are editors. */
export interface PromoteResponse {
  participantId: string;
  role: 'editor';
}

/** Machine-readable error codes of the HTTP API (body `{ error, message }`). */
export type LiveApiErrorCode =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'origin-not-allowed'
  | 'too-many-requests'
  | 'payload-too-large'
  | 'server-error';

/** Body of every non-2xx API response. `message` is English for logs, not for people. */
export interface LiveApiErrorBody {
  error: LiveApiErrorCode;
  message: string;
}

// ---------------------------------------------------------------- WebSocket

/**
 * Reasons the server gives when it refuses a document connection
 * (HocuspocusProvider `onAuthenticationFailed` → `{ reason }`).
 */
export type LiveDeniedReason =
  'room-not-found' | 'invalid-token' | 'invalid-document' | 'invalid-parameters';

/** Reason in the close message of every document connection when a session ends or expires. */
export const SESSION_ENDED_CLOSE_REASON = 'session-ended';

/**
 * WebSocket close codes the server uses for the whole socket (beyond Hocuspocus's own
 * 4401/4403/4205/4408 and the standard 1009 "message too big").
 */
export const LIVE_CLOSE_CODES = {
  /** Too many messages on this connection in one second; the provider reconnects. */
  rateLimited: 4429,
  /** A malformed or oversized document update; the provider reconnects and resyncs. */
  updateRefused: 4422,
} as const;

/**
 * Stateless messages the server sends (HocuspocusProvider `onStateless` → `{ payload }`,
 * a JSON string of one of these). Clients send none: the server ignores client stateless.
 * - `welcome`: on every document connection right after it is authenticated.
 * - `session-ended`: to everyone on both documents when the facilitator ends the session or
 *   the room expires; then the server closes the connections and deletes the room's data.
 * - `promoted`: only to the promoted participant's connections; their content connection is
 *   writable from now on, and `editorToken` (theirs alone) keeps the role after a reload.
 */
export type LiveStatelessMessage =
  | { type: 'welcome'; role: LiveRole; participantId: string }
  | { type: 'session-ended'; reason: 'ended' | 'expired' }
  | { type: 'promoted'; role: 'editor'; editorToken: string };

/** Serialises a server stateless message. */
export function encodeStatelessMessage(message: LiveStatelessMessage): string {
  return JSON.stringify(message);
}

/** Reads a stateless payload; null when it is not one of LiveStatelessMessage. */
export function parseStatelessMessage(payload: string): LiveStatelessMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'welcome':
      return isRole(message.role) && typeof message.participantId === 'string'
        ? { type: 'welcome', role: message.role, participantId: message.participantId }
        : null;
    case 'session-ended':
      return message.reason === 'ended' || message.reason === 'expired'
        ? { type: 'session-ended', reason: message.reason }
        : null;
    case 'promoted':
      return message.role === 'editor' && typeof message.editorToken === 'string'
        ? { type: 'promoted', role: 'editor', editorToken: message.editorToken }
        : null;
    default:
      return null;
  }
}

function isRole(value: unknown): value is LiveRole {
  return value === 'facilitator' || value === 'editor' || value === 'participant';
}

/**
 * Awareness field the server writes into every awareness state a connection sends, overwriting
 * whatever the client put there, so presence (who is here, in which role) can be trusted.
 */
export const AWARENESS_MEMBER_FIELD = 'member';

/** Value of the server-stamped awareness field AWARENESS_MEMBER_FIELD. */
export interface AwarenessMember {
  participantId: string;
  role: LiveRole;
  name: string;
}

/** Largest awareness state (JSON) the server relays, in characters; larger updates are refused. */
export const AWARENESS_STATE_MAX_CHARS = 8192;
