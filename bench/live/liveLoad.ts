/**
 * Live sync load test: N clients in M rooms type into card titles and move cards in the content
 * document; for every change, the time until it arrives in each other client's Y.Doc.
 *
 * Servers run as child processes (`node --import tsx server/main.ts`, as `npm run server` does,
 * plus --expose-gc and WAYMARK_STATS=1) so their memory is theirs alone: "memory per room" is the
 * growth of the servers' JavaScript heap after a garbage collection, from idle to every room
 * loaded with its clients connected, divided by the number of rooms (RSS is reported too). With `redis`, two
 * instances share one throw-away redis-server and one data file, and each room's clients are
 * dealt alternately to the two, so every change crosses Redis to reach half of its receivers.
 *
 * Clients all run in this one Node process, so the figures include this process's own event
 * loop; a browser client would add its rendering on top ("paint" is not measured here).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { connectClient, sleep, waitFor, type LiveClient } from '../../server/testing/liveClients';
import { startRedis, tempFolder } from '../../server/testing/testServer';
import { createLiveApi, type LiveApi } from '../../src/sync/liveApi';

/** What to run. Times in ms. */
export interface LiveLoadOptions {
  clients: number;
  rooms: number;
  /** How long the clients keep changing the map. */
  durationMs: number;
  /** Each client makes one change this often (200 ms ≈ typing 5 characters a second). */
  changeEveryMs: number;
  /** Cards in each room's map before the run. */
  cardsPerRoom: number;
  /** Two server instances through Redis instead of one. */
  redis: boolean;
}

/** Figures of one run. Latencies in ms; memory in KiB. */
export interface LiveLoadResult {
  label: string;
  clients: number;
  rooms: number;
  instances: number;
  changes: number;
  /** Arrivals expected: every change at every other client of its room. */
  expected: number;
  received: number;
  /** Changes that never arrived within 5 s after the run. */
  lost: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  serverHeapIdleKiB: number;
  serverHeapLoadedKiB: number;
  serverRssIdleKiB: number;
  serverRssLoadedKiB: number;
  /** Growth of the servers' JavaScript heap (after GC) per room, clients still connected. */
  memoryPerRoomKiB: number;
  /** p95 event-loop delay of this (client) process during the run, ms: high = starved CPU. */
  clientLoopDelayP95: number;
  /** The machine's 1-minute load average when the run started (2 cores here). */
  loadAverage: number;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A server's heap (after a garbage collection) and resident set size, in KiB. */
async function serverMemory(url: string): Promise<{ heapKiB: number; rssKiB: number }> {
  const response = await fetch(`${url}/api/stats`);
  const stats = (await response.json()) as { heapUsedBytes: number; rssBytes: number };
  return { heapKiB: stats.heapUsedBytes / 1024, rssKiB: stats.rssBytes / 1024 };
}

/** Sums the servers' memory figures. */
async function totalMemory(urls: string[]): Promise<{ heapKiB: number; rssKiB: number }> {
  const all = await Promise.all(urls.map(serverMemory));
  return all.reduce((sum, m) => ({
    heapKiB: sum.heapKiB + m.heapKiB,
    rssKiB: sum.rssKiB + m.rssKiB,
  }));
}

/** The p-th percentile (nearest rank) of `values`, or null when empty. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** Starts `npm run server`'s entry as a child on a free port; resolves with its URL. */
async function startServerProcess(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      WAYMARK_PORT: '0',
      WAYMARK_MAX_CONNECTIONS_PER_MINUTE: '100000',
      WAYMARK_MAX_ROOMS_PER_HOUR: '100000',
      WAYMARK_MAX_MESSAGES_PER_SECOND: '100000',
      WAYMARK_STATS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(
    () => /at (http:\S+)/.test(output) || child.exitCode !== null,
    20_000,
    'server start',
  );
  const url = /at (http:\S+)/.exec(output)?.[1];
  if (!url) throw new Error(`the live server did not start: ${output}`);
  return { url, child };
}

function stopServerProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Runs one load test; always stops what it started (servers, Redis, clients). */
export async function runLiveLoad(options: LiveLoadOptions): Promise<LiveLoadResult> {
  const folder = tempFolder();
  const redis = options.redis ? await startRedis() : null;
  const servers: { url: string; child: ChildProcess }[] = [];
  const clients: LiveClient[] = [];
  try {
    const env: Record<string, string> = { WAYMARK_DATA: folder.file('live.sqlite') };
    if (redis) env.WAYMARK_REDIS_URL = redis.url;
    for (let i = 0; i < (redis ? 2 : 1); i++) servers.push(await startServerProcess(env));
    await sleep(300);
    const urls = servers.map((server) => server.url);
    const idle = await totalMemory(urls);
    const api: LiveApi = createLiveApi(servers[0]!.url);

    // Rooms, each seeded with cards by its first client; the others join once it is stored.
    const roomOf: number[] = [];
    const rooms = [];
    for (let r = 0; r < options.rooms; r++) rooms.push(await api.createRoom());
    for (let c = 0; c < options.clients; c++) {
      const r = c % options.rooms;
      const room = rooms[r]!;
      const server = servers[Math.floor(c / options.rooms) % servers.length]!;
      const client = await connectClient(server.url, room.roomId, {
        token: room.editorToken,
        participantId: `bench-client-${c}`,
        name: `Client ${c}`,
      });
      if (c < options.rooms) {
        client.contentDoc.transact(() => {
          for (let k = 0; k < options.cardsPerRoom; k++) {
            const card = new Y.Map<unknown>();
            card.set('title', new Y.Text(`Card ${k}`));
            card.set('stepId', `step-${k % 6}`);
            card.set('order', k);
            client.contentDoc.getMap('cards').set(`card-${k}`, card);
          }
        });
      }
      clients.push(client);
      roomOf.push(r);
    }
    await waitFor(
      () =>
        clients.every((client) => client.contentDoc.getMap('cards').size === options.cardsPerRoom),
      20_000,
      'every client to hold its room map',
    );

    // Every change also adds its own key to a `marks` map in the same transaction; a receiver
    // times the arrival of each key (a new key per change, so none is overwritten by a later one).
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    for (const client of clients) {
      client.contentDoc.getMap('marks').observe((event) => {
        if (event.transaction.local) return; // the sender's own change
        const now = performance.now();
        for (const id of event.keysChanged) {
          const sent = sentAt.get(id);
          if (sent !== undefined) latencies.push(now - sent);
        }
      });
    }

    let changes = 0;
    const loadAverage = loadavg()[0] ?? 0;
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const until = performance.now() + options.durationMs;
    await Promise.all(
      clients.map(async (client, c) => {
        await sleep(Math.random() * options.changeEveryMs);
        for (let n = 0; performance.now() < until; n++) {
          const id = `${c}:${n}`;
          const card = client.contentDoc
            .getMap('cards')
            .get(`card-${(c + n) % options.cardsPerRoom}`) as Y.Map<unknown>;
          sentAt.set(id, performance.now());
          client.contentDoc.transact(() => {
            if (n % 2 === 0) {
              const title = card.get('title') as Y.Text;
              title.insert(title.length, 'abcdefghij'[n % 10]!); // typing
            } else {
              card.set('stepId', `step-${n % 6}`); // moving to another cell
              card.set('order', n);
            }
            client.contentDoc.getMap('marks').set(id, c);
          });
          changes += 1;
          await sleep(options.changeEveryMs);
        }
      }),
    );
    loopDelay.disable();
    const perRoom = options.clients / options.rooms;
    const expected = changes * (perRoom - 1);
    await waitFor(() => latencies.length >= expected, 5000, 'last arrivals').catch(() => {});
    const loaded = await totalMemory(urls);

    return {
      label: redis ? 'two instances + Redis' : 'one instance',
      clients: options.clients,
      rooms: options.rooms,
      instances: servers.length,
      changes,
      expected,
      received: latencies.length,
      lost: Math.max(0, expected - latencies.length),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies.length ? Math.max(...latencies) : null,
      serverHeapIdleKiB: Math.round(idle.heapKiB),
      serverHeapLoadedKiB: Math.round(loaded.heapKiB),
      serverRssIdleKiB: Math.round(idle.rssKiB),
      serverRssLoadedKiB: Math.round(loaded.rssKiB),
      memoryPerRoomKiB: Math.round((loaded.heapKiB - idle.heapKiB) / options.rooms),
      clientLoopDelayP95: loopDelay.percentile(95) / 1e6,
      loadAverage,
    };
  } finally {
    for (const client of clients) client.destroy();
    await Promise.all(servers.map((server) => stopServerProcess(server.child)));
    await redis?.stop();
    folder.remove();
  }
}
