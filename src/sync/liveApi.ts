/**
 * A small typed client for the live server's HTTP API (see protocol.ts). No React; works in the
 * browser and in Node 20+ (global fetch).
 */
import {
  LIVE_PARAM_NAME,
  LIVE_PARAM_PARTICIPANT_ID,
  LIVE_SOCKET_PATH,
  type CreateRoomResponse,
  type EndRoomResponse,
  type HealthResponse,
  type JoinResponse,
  type LiveApiErrorBody,
  type LiveApiErrorCode,
  type PromoteResponse,
} from './protocol';

/** A refused or failed API call: HTTP status (0 when the server could not be reached) and code. */
export class LiveApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: LiveApiErrorCode | 'network-error',
    message: string,
  ) {
    super(message);
    this.name = 'LiveApiError';
  }
}

/** The live server's HTTP API, bound to one server base URL (e.g. `http://127.0.0.1:4455`). */
export interface LiveApi {
  /** Resolves when a live server answers at the base URL; throws LiveApiError otherwise. */
  health(): Promise<HealthResponse>;
  /** Creates a room; the caller becomes its facilitator. */
  createRoom(): Promise<CreateRoomResponse>;
  /** Looks up a join code (any case; spaces and dashes ignored) → the participant link's parts. */
  join(code: string): Promise<JoinResponse>;
  /** Ends the session for everyone and deletes the room's data on the server. */
  endRoom(roomId: string, facilitatorToken: string): Promise<EndRoomResponse>;
  /** Makes a connected participant an editor (they receive their own editor token). */
  promote(
    roomId: string,
    facilitatorToken: string,
    participantId: string,
  ): Promise<PromoteResponse>;
}

/** Creates the API client. `fetchImpl` defaults to the global fetch. */
export function createLiveApi(baseUrl: string, fetchImpl: typeof fetch = fetch): LiveApi {
  const base = baseUrl.replace(/\/+$/, '');

  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, init);
    } catch (error) {
      throw new LiveApiError(0, 'network-error', error instanceof Error ? error.message : 'fetch');
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = body as Partial<LiveApiErrorBody> | null;
      throw new LiveApiError(
        response.status,
        error?.error ?? 'server-error',
        error?.message ?? `HTTP ${response.status}`,
      );
    }
    return body as T;
  }

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  return {
    health: () => call<HealthResponse>('/api/health'),
    createRoom: () => call<CreateRoomResponse>('/api/rooms', { method: 'POST' }),
    join: (code) =>
      call<JoinResponse>(`/api/join/${encodeURIComponent(code.replace(/[\s-]/g, ''))}`),
    endRoom: (roomId, token) =>
      call<EndRoomResponse>(`/api/rooms/${encodeURIComponent(roomId)}/end`, {
        method: 'POST',
        headers: bearer(token),
      }),
    promote: (roomId, token, participantId) =>
      call<PromoteResponse>(`/api/rooms/${encodeURIComponent(roomId)}/promote`, {
        method: 'POST',
        headers: { ...bearer(token), 'Content-Type': 'application/json' },
        body: JSON.stringify({ participantId }),
      }),
  };
}

/**
 * The WebSocket URL for HocuspocusProviderWebsocket: the server base URL with http→ws,
 * https→wss, path LIVE_SOCKET_PATH and the connection parameters (participant id, name).
 */
export function liveSocketUrl(baseUrl: string, participantId: string, name: string): string {
  const url = new URL(baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = LIVE_SOCKET_PATH;
  url.search = '';
  url.searchParams.set(LIVE_PARAM_PARTICIPANT_ID, participantId);
  url.searchParams.set(LIVE_PARAM_NAME, name);
  url.hash = '';
  return url.toString();
}
