/**
 * The live servers of one bench setup: one instance, or two instances sharing a throw-away
 * redis-server. Servers run as child processes (`node --import tsx server/main.ts`, as
 * `npm run server` does, plus --expose-gc and WAYMARK_STATS=1) so that their memory is theirs
 * alone. Everything listens on 127.0.0.1 on ports chosen at run time, and everything started is
 * stopped by `stop()`, or by `stopAll()` when the bench is interrupted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitFor } from '../../server/testing/liveClients';
import { startRedis, tempFolder } from '../../server/testing/testServer';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Running servers (and Redis) of one setup. */
export interface Cluster {
  /** "one instance" or "two instances + Redis". */
  label: string;
  /** Base URLs of the instances (http://127.0.0.1:port). */
  urls: string[];
  /** Sum of the instances' JS heap (after GC) and resident set size, in KiB. */
  memory(): Promise<{ heapKiB: number; rssKiB: number }>;
  stop(): Promise<void>;
}

/** Stops of every cluster still running (for a signal or the time guard). */
const running = new Set<() => Promise<void>>();

/** Stops every cluster still running: servers first, then Redis, then their data files. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((stop) => stop()));
}

/** Starts `npm run server`'s entry as a child on a free port; resolves with its URL. */
async function startServerProcess(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      WAYMARK_HOST: '127.0.0.1',
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
  try {
    await waitFor(
      () => /at (http:\S+)/.test(output) || child.exitCode !== null,
      20_000,
      'server start',
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const url = /at (http:\S+)/.exec(output)?.[1];
  if (!url) {
    child.kill('SIGKILL');
    throw new Error(`the live server did not start: ${output}`);
  }
  return { url, child };
}

function stopServerProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A server's heap (after a garbage collection) and resident set size, in KiB. */
async function serverMemory(url: string): Promise<{ heapKiB: number; rssKiB: number }> {
  const response = await fetch(`${url}/api/stats`);
  const stats = (await response.json()) as { heapUsedBytes: number; rssBytes: number };
  return { heapKiB: stats.heapUsedBytes / 1024, rssKiB: stats.rssBytes / 1024 };
}

/**
 * Starts one instance, or (`redis`) a redis-server and two instances sharing it and one data
 * file. Whatever started is stopped again if the rest fails.
 */
export async function startCluster(redis: boolean): Promise<Cluster> {
  const folder = tempFolder();
  const servers: { url: string; child: ChildProcess }[] = [];
  let redisServer: Awaited<ReturnType<typeof startRedis>> | null = null;
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      running.delete(stop);
      await Promise.all(servers.map((server) => stopServerProcess(server.child)));
      await redisServer?.stop();
      folder.remove();
    })());
  running.add(stop);
  try {
    if (redis) redisServer = await startRedis();
    const env: Record<string, string> = { WAYMARK_DATA: folder.file('live.sqlite') };
    if (redisServer) env.WAYMARK_REDIS_URL = redisServer.url;
    for (let i = 0; i < (redis ? 2 : 1); i++) servers.push(await startServerProcess(env));
  } catch (error) {
    await stop();
    throw error;
  }
  const urls = servers.map((server) => server.url);
  return {
    label: redis ? 'two instances + Redis' : 'one instance',
    urls,
    async memory() {
      const all = await Promise.all(urls.map(serverMemory));
      return all.reduce((sum, m) => ({
        heapKiB: sum.heapKiB + m.heapKiB,
        rssKiB: sum.rssKiB + m.rssKiB,
      }));
    },
    stop,
  };
}
