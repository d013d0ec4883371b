// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, readConfigFromEnv } from './config';

describe('readConfigFromEnv', () => {
  it('uses loopback and the defaults when nothing is set', () => {
    const config = readConfigFromEnv({});
    expect(config.host).toBe('127.0.0.1');
    expect(config).toEqual(DEFAULT_CONFIG);
  });

  it('reads every WAYMARK_ variable', () => {
    const config = readConfigFromEnv({
      WAYMARK_HOST: '0.0.0.0',
      WAYMARK_PORT: '8080',
      WAYMARK_ORIGINS: 'https://Maps.Example.org/, http://localhost:5173',
      WAYMARK_DATA: '/var/lib/waymark/live.sqlite',
      WAYMARK_REDIS_URL: 'redis://10.0.0.5:6379',
      WAYMARK_ROOM_IDLE_HOURS: '0.5',
      WAYMARK_STATIC: 'dist',
      WAYMARK_TRUST_PROXY: '1',
      WAYMARK_MAX_CONNECTIONS_PER_MINUTE: '30',
      WAYMARK_MAX_MESSAGES_PER_SECOND: '50',
      WAYMARK_MAX_JOIN_LOOKUPS_PER_MINUTE: '5',
      WAYMARK_MAX_ROOMS_PER_HOUR: '3',
      WAYMARK_MAX_UPDATE_BYTES: '1048576',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      allowedOrigins: ['https://maps.example.org', 'http://localhost:5173'],
      dataFile: '/var/lib/waymark/live.sqlite',
      redisUrl: 'redis://10.0.0.5:6379',
      roomIdleMs: 1_800_000,
      staticDir: 'dist',
      trustProxy: true,
      limits: {
        connectionsPerIpPerMinute: 30,
        messagesPerConnectionPerSecond: 50,
        joinLookupsPerIpPerMinute: 5,
        roomsPerIpPerHour: 3,
        maxMessageBytes: 1_048_576,
      },
    });
  });

  it('stops on a value that is not valid, naming the variable', () => {
    expect(() => readConfigFromEnv({ WAYMARK_PORT: 'eighty' })).toThrow(/WAYMARK_PORT/);
    expect(() => readConfigFromEnv({ WAYMARK_ROOM_IDLE_HOURS: '0' })).toThrow(
      /WAYMARK_ROOM_IDLE_HOURS/,
    );
    expect(() => readConfigFromEnv({ WAYMARK_ORIGINS: 'maps.example.org' })).toThrow(
      /WAYMARK_ORIGINS/,
    );
  });
});
