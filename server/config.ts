/** The live server's settings, read from environment variables (see the README's table). */

/** Everything the live server can be told; times in ms, sizes in bytes, limits per window. */
export interface ServerConfig {
  /** Address to listen on (default 127.0.0.1: loopback only). */
  host: string;
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /** Browser origins allowed for the HTTP API and the WebSocket, e.g. `https://maps.example.org`. */
  allowedOrigins: string[];
  /** SQLite file holding rooms and documents; `:memory:` keeps nothing. */
  dataFile: string;
  /** Redis URL shared by all instances (`redis://127.0.0.1:6379`); null for one instance. */
  redisUrl: string | null;
  /** A room nobody used for this long is deleted (ms). */
  roomIdleMs: number;
  /** How often idle rooms are looked for (ms). */
  expirySweepMs: number;
  /** Folder of the built app to serve at `/` (e.g. `dist`); null serves only the API. */
  staticDir: string | null;
  /** Read the client address from X-Forwarded-For (only behind a reverse proxy you run). */
  trustProxy: boolean;
  /** Serve `GET /api/stats` (documents, connections, memory) for load tests; off by default. */
  exposeStats: boolean;
  limits: ServerLimits;
}

/** Abuse limits. Counters are per server instance and kept in memory. */
export interface ServerLimits {
  /** WebSocket connections one IP address may open per minute. */
  connectionsPerIpPerMinute: number;
  /** Messages one WebSocket may send per second before it is closed (code 4429). */
  messagesPerConnectionPerSecond: number;
  /** `GET /api/join/:code` look-ups per IP address per minute (codes are guessable). */
  joinLookupsPerIpPerMinute: number;
  /** `POST /api/rooms` per IP address per hour. */
  roomsPerIpPerHour: number;
  /** Largest WebSocket message, so largest document update (bytes); bigger closes the socket. */
  maxMessageBytes: number;
}

/** Defaults: loopback only, rooms idle for 48 hours expire, an 8 MiB update cap. */
export const DEFAULT_CONFIG: ServerConfig = {
  host: '127.0.0.1',
  port: 4455,
  allowedOrigins: [
    'http://127.0.0.1:5173',
    'http://localhost:5173',
    'http://127.0.0.1:4173',
    'http://localhost:4173',
  ],
  dataFile: 'waymark-live.sqlite',
  redisUrl: null,
  roomIdleMs: 48 * 3_600_000,
  expirySweepMs: 60_000,
  staticDir: null,
  trustProxy: false,
  exposeStats: false,
  limits: {
    connectionsPerIpPerMinute: 120,
    messagesPerConnectionPerSecond: 200,
    joinLookupsPerIpPerMinute: 10,
    roomsPerIpPerHour: 30,
    maxMessageBytes: 8 * 1024 * 1024,
  },
};

/** A config with some settings changed (tests, the benchmark). */
export function makeConfig(
  overrides: Partial<Omit<ServerConfig, 'limits'>> & { limits?: Partial<ServerLimits> } = {},
): ServerConfig {
  return {
    ...DEFAULT_CONFIG,
    ...overrides,
    limits: { ...DEFAULT_CONFIG.limits, ...overrides.limits },
  };
}

/**
 * Reads the WAYMARK_* variables. Throws an Error naming the variable when a value is not valid,
 * so a typo stops the server at start instead of running with a default.
 */
export function readConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const number = (name: string, fallback: number, min: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) {
      throw new Error(`${name} must be a number ≥ ${min} (got "${raw}")`);
    }
    return value;
  };
  const text = (name: string): string | null => {
    const raw = env[name]?.trim();
    return raw ? raw : null;
  };
  const origins = text('WAYMARK_ORIGINS');
  const allowedOrigins = origins
    ? origins.split(',').map((origin) => normalizeOrigin(origin, 'WAYMARK_ORIGINS'))
    : DEFAULT_CONFIG.allowedOrigins;
  const roomIdleMs =
    number('WAYMARK_ROOM_IDLE_HOURS', DEFAULT_CONFIG.roomIdleMs / 3_600_000, 0.0001) * 3_600_000;
  const defaults = DEFAULT_CONFIG.limits;
  return {
    host: text('WAYMARK_HOST') ?? DEFAULT_CONFIG.host,
    port: number('WAYMARK_PORT', DEFAULT_CONFIG.port, 0),
    allowedOrigins,
    dataFile: text('WAYMARK_DATA') ?? DEFAULT_CONFIG.dataFile,
    redisUrl: text('WAYMARK_REDIS_URL'),
    roomIdleMs,
    expirySweepMs: Math.max(1000, Math.min(DEFAULT_CONFIG.expirySweepMs, roomIdleMs / 4)),
    staticDir: text('WAYMARK_STATIC'),
    trustProxy: env.WAYMARK_TRUST_PROXY === '1',
    exposeStats: env.WAYMARK_STATS === '1',
    limits: {
      connectionsPerIpPerMinute: number(
        'WAYMARK_MAX_CONNECTIONS_PER_MINUTE',
        defaults.connectionsPerIpPerMinute,
        1,
      ),
      messagesPerConnectionPerSecond: number(
        'WAYMARK_MAX_MESSAGES_PER_SECOND',
        defaults.messagesPerConnectionPerSecond,
        1,
      ),
      joinLookupsPerIpPerMinute: number(
        'WAYMARK_MAX_JOIN_LOOKUPS_PER_MINUTE',
        defaults.joinLookupsPerIpPerMinute,
        1,
      ),
      roomsPerIpPerHour: number('WAYMARK_MAX_ROOMS_PER_HOUR', defaults.roomsPerIpPerHour, 1),
      maxMessageBytes: number('WAYMARK_MAX_UPDATE_BYTES', defaults.maxMessageBytes, 1024),
    },
  };
}

/** `https://Example.org/` → `https://example.org`; throws naming `source` when not an origin. */
export function normalizeOrigin(value: string, source: string): string {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    return url.origin;
  } catch {
    throw new Error(`${source}: "${value.trim()}" is not an origin like https://example.org`);
  }
}
