/**
 * A server a test starts as a child process (a live-session relay, a mock API): it listens on
 * 127.0.0.1 on a port chosen at run time, is ready once its readiness URL answers, and is
 * stopped (with everything it started) in the test's teardown, so CI never hangs on it.
 * No Playwright in here: unit tests use it too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** How to start a server. `{port}` in `args` and `readyUrl` is replaced by the chosen port. */
export interface ServerSpec {
  /** A name for messages ("relay"). */
  name?: string;
  /** The program ("node", "npx"). */
  command: string;
  args?: readonly string[];
  /** Extra environment (`{port}` replaced too); PORT and HOST (127.0.0.1) are always set. */
  env?: Readonly<Record<string, string>>;
  cwd?: string;
  /** A URL that answers once the server is ready, e.g. `http://127.0.0.1:{port}/health`. */
  readyUrl: string;
  /** How long to wait for readiness, in ms (default 15 000). */
  readyTimeoutMs?: number;
  /** A fixed port instead of a free one (rarely wanted). */
  port?: number;
}

/** A started server. */
export interface RunningServer {
  name: string;
  port: number;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** What it printed so far (stdout and stderr, the last 64 KB). */
  output(): string;
  /** Stops it and everything it started: SIGTERM, then SIGKILL after 5 s. Safe to call twice. */
  stop(): Promise<void>;
}

/** A TCP port free on 127.0.0.1 right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `signal` to the child's whole process group (it was started as a group leader). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts `spec`'s command and resolves once `readyUrl` answers with any HTTP status below 500.
 * Rejects (after stopping it) when the process exits first or is not ready in time; the
 * message holds the end of its output.
 */
export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  const name = spec.name ?? spec.command;
  const port = spec.port ?? (await freePort());
  const fill = (text: string) => text.replaceAll('{port}', String(port));
  let log = '';
  const child = spawn(spec.command, (spec.args ?? []).map(fill), {
    cwd: spec.cwd,
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(spec.env ?? {}).map(([k, v]) => [k, fill(v)])),
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() reaches its children too
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-65_536);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.once('error', (error) => resolve(error.message));
  });
  let done = false;
  void exited.then(() => (done = true));

  const stop = async () => {
    if (done) return;
    signalGroup(child, 'SIGTERM');
    const killed = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!killed) {
      signalGroup(child, 'SIGKILL');
      await exited;
    }
  };
  const server: RunningServer = {
    name,
    port,
    origin: `http://127.0.0.1:${port}`,
    output: () => log,
    stop,
  };

  const url = fill(spec.readyUrl);
  const deadline = Date.now() + (spec.readyTimeoutMs ?? 15_000);
  while (Date.now() < deadline) {
    if (done) {
      const code = await exited;
      throw new Error(`${name} exited (${code}) before ${url} answered. Output:\n${log}`);
    }
    const status = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.status,
      () => null,
    );
    if (status !== null && status < 500) return server;
    await sleep(100);
  }
  await stop();
  throw new Error(
    `${name} did not answer ${url} within ${spec.readyTimeoutMs ?? 15_000} ms. Output:\n${log}`,
  );
}

/** Servers started during one test; `stopAll` in teardown stops every one still running. */
export class Servers {
  private readonly started: RunningServer[] = [];

  async start(spec: ServerSpec): Promise<RunningServer> {
    const server = await startServer(spec);
    this.started.push(server);
    return server;
  }

  async stopAll() {
    await Promise.all(this.started.map((server) => server.stop()));
    this.started.length = 0;
  }
}
