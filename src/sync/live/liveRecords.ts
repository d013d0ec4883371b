/**
 * What this browser remembers about live sessions, in localStorage (never on a server):
 * - for a map this person facilitates: the room, its links' tokens and the server;
 * - for a session this person joined: the server, room and their link's token (and, after a
 *   promotion, their editor token), so a reload brings them back with their role and votes;
 * - this device's participant id and the person's display name.
 */

/** A live session this person started from one of their maps. */
export interface HostedSession {
  mapId: string;
  serverUrl: string;
  roomId: string;
  code: string;
  facilitatorToken: string;
  editorToken: string;
  participantToken: string;
  startedAt: string;
}

/** A live session this person joined with a link or a code. */
export interface JoinedSession {
  serverUrl: string;
  roomId: string;
  /** The token of their link (participant or editor), or their own editor token once promoted. */
  token: string;
  role: 'editor' | 'participant';
  joinedAt: string;
}

const HOSTED = 'waymark:live:hosted:';
const JOINED = 'waymark:live:joined:';
const DEVICE = 'waymark:live:device';
/** The same key as the workshop's "Your name" (one name per device, live or not). */
export const DISPLAY_NAME_KEY = 'waymark.participantName';
const NAME = DISPLAY_NAME_KEY;
const SERVER = 'waymark:live:server';

function read<T>(key: string): T | null {
  try {
    const text = globalThis.localStorage?.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the session still works, it just is not remembered.
  }
}

/** The live session running from map `mapId`, if any. */
export const hostedSession = (mapId: string) => read<HostedSession>(HOSTED + mapId);
/** Remembers (or, with null, forgets) the live session of a map. */
export const rememberHosted = (mapId: string, session: HostedSession | null) =>
  write(HOSTED + mapId, session);
/** The session joined in room `roomId`, if any. */
export const joinedSession = (roomId: string) => read<JoinedSession>(JOINED + roomId);
/** Remembers (or forgets) a joined session. */
export const rememberJoined = (roomId: string, session: JoinedSession | null) =>
  write(JOINED + roomId, session);

/** This device's participant id (random, made once, 22 characters). */
export function deviceId(): string {
  const known = read<string>(DEVICE);
  if (known && /^[A-Za-z0-9_-]{8,64}$/.test(known)) return known;
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const id = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  write(DEVICE, id);
  return id;
}

/** The display name this person used last ('' when none, or the workshop's default). */
export function displayName(): string {
  try {
    const name = globalThis.localStorage?.getItem(NAME) ?? '';
    return /^Participant \d+$/.test(name) ? '' : name;
  } catch {
    return '';
  }
}

/** Remembers the display name (plain text, as the workshop's name field keeps it). */
export function rememberDisplayName(name: string): void {
  try {
    globalThis.localStorage?.setItem(NAME, name);
  } catch {
    // Blocked storage: the name is asked again next time.
  }
}
/** The live server address this person used last, if any. */
export const lastServerUrl = () => read<string>(SERVER);
/** Remembers the live server address. */
export const rememberServerUrl = (url: string) => write(SERVER, url);
