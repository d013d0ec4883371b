/**
 * Room control events (end a session, promote a participant) delivered to every server instance.
 *
 * Hocuspocus's Redis extension relays document updates, awareness and stateless broadcasts, but
 * ending a room must also close connections held by other instances, and a promotion must reach
 * the one instance where that participant is connected. One instance: events are handled in
 * process. Several: they also go through a Redis pub/sub channel.
 */
import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';

/** An event every instance applies to its own connections of the room. */
export type RoomEvent =
  | { kind: 'end'; roomId: string; reason: 'ended' | 'expired' }
  | { kind: 'promote'; roomId: string; participantId: string; editorToken: string };

/** Delivers room events to this instance and (with Redis) to all others. */
export interface RoomEvents {
  /** Applies the event here, and publishes it to the other instances. */
  publish(event: RoomEvent): Promise<void>;
  /** Stops listening and disconnects from Redis. */
  close(): Promise<void>;
}

/** In-process delivery only (a single instance). */
export function localRoomEvents(handle: (event: RoomEvent) => void): RoomEvents {
  return {
    publish: async (event) => handle(event),
    close: async () => {},
  };
}

const CHANNEL = 'waymark:room-events';

/** Delivery through Redis pub/sub: every instance subscribed to CHANNEL applies every event. */
export async function redisRoomEvents(
  url: string,
  handle: (event: RoomEvent) => void,
): Promise<RoomEvents> {
  const source = randomUUID();
  const pub = redisClient(url, { lazyConnect: true });
  const sub = redisClient(url, { lazyConnect: true });
  try {
    await Promise.all([pub.connect(), sub.connect()]);
  } catch (error) {
    pub.disconnect();
    sub.disconnect();
    // The host only: a Redis URL may carry a password.
    throw new Error(
      `Redis at ${new URL(url).host} is not reachable (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
  sub.on('message', (_channel: string, message: string) => {
    try {
      const envelope = JSON.parse(message) as { source: string; event: RoomEvent };
      if (envelope.source !== source) handle(envelope.event);
    } catch {
      console.error('waymark: ignored a malformed room event from Redis');
    }
  });
  await sub.subscribe(CHANNEL);
  return {
    async publish(event) {
      handle(event);
      await pub.publish(CHANNEL, JSON.stringify({ source, event }));
    },
    async close() {
      await Promise.allSettled([sub.quit(), pub.quit()]);
    },
  };
}

let lastRedisError = 0;

/**
 * An ioredis client whose connection errors are logged (one line, at most every 10 s) instead of
 * ioredis's "Unhandled error event" stack traces; it keeps reconnecting by itself.
 */
export function redisClient(url: string, options: RedisOptions = {}): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 3, ...options });
  client.on('error', (error: NodeJS.ErrnoException) => {
    if (Date.now() - lastRedisError < 10_000) return;
    lastRedisError = Date.now();
    console.error(`waymark: Redis connection error (${error.code ?? error.name})`);
  });
  return client;
}
