/** Starting live servers (and Redis) for tests: loopback, a port chosen at run time, a temp file. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLiveApi, type LiveApi } from '../../src/sync/liveApi';
import { makeConfig, type ServerConfig, type ServerLimits } from '../config';
import { startLiveServer, type LiveServer } from '../liveServer';

/** Overrides for a test server's config. */
export type TestConfig = Partial<Omit<ServerConfig, 'limits'>> & { limits?: Partial<ServerLimits> };

/** A folder for one test's data files; `remove()` deletes it. */
export function tempFolder(): { path: string; file: (name: string) => string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'waymark-live-'));
  return {
    path,
    file: (name) => join(path, name),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** Starts a server on 127.0.0.1, port 0, with generous limits unless `overrides` says otherwise. */
export async function startTestServer(
  dataFile: string,
  overrides: TestConfig = {},
): Promise<{ server: LiveServer; api: LiveApi }> {
  const server = await startLiveServer(
    makeConfig({
      host: '127.0.0.1',
      port: 0,
      dataFile,
      ...overrides,
      limits: {
        connectionsPerIpPerMinute: 10_000,
        joinLookupsPerIpPerMinute: 10_000,
        roomsPerIpPerHour: 10_000,
        ...overrides.limits,
      },
    }),
  );
  return { server, api: createLiveApi(server.url) };
}

/** Debian's Redis server binary (the tests that need it skip when it is missing). */
export const REDIS_SERVER = '/usr/bin/redis-server';

/** Whether Debian's redis-server is installed. */
export const hasRedis = existsSync(REDIS_SERVER);

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a throw-away redis-server on 127.0.0.1 and a free port, saving nothing to disk.
 * Resolves once it accepts connections; `stop()` ends it and waits for it to exit.
 */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start: ${output}`)),
      10_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}: ${output}`));
    });
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
