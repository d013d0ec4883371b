// @vitest-environment node
/**
 * The browser tests' child-process server helper (tests/e2e/support/server.ts): a free port on
 * 127.0.0.1, ready when its URL answers, and nothing left running after stop().
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freePort, Servers, startServer } from '../e2e/support/server';

/** A tiny HTTP server on PORT/HOST that says its port (and its pid on stdout). */
const HTTP_SERVER = `
  const http = require('node:http');
  console.log('pid ' + process.pid);
  http.createServer((_, res) => res.end('port ' + process.env.PORT + ' ' + process.env.GREETING))
    .listen(Number(process.env.PORT), process.env.HOST);
`;

const answers = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
    () => true,
    () => false,
  );

/** Whether a process runs (a zombie, dead but not yet reaped by its new parent, does not). */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('startServer', () => {
  it('starts on a free port of 127.0.0.1 with the env given, and stop() ends it', async () => {
    const server = await startServer({
      name: 'hello',
      command: process.execPath,
      args: ['-e', HTTP_SERVER],
      env: { GREETING: 'hi' },
      readyUrl: 'http://127.0.0.1:{port}/',
    });
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(await (await fetch(server.origin)).text()).toBe(`port ${server.port} hi`);
    await server.stop();
    expect(await answers(server.origin)).toBe(false);
    await server.stop(); // a second stop is harmless
  });

  it('stops what the command started too (its whole process group)', async () => {
    const server = await startServer({
      command: 'sh',
      args: ['-c', `"${process.execPath}" -e "$SERVER" & wait`],
      env: { SERVER: HTTP_SERVER },
      readyUrl: 'http://127.0.0.1:{port}/',
    });
    const pid = Number(server.output().match(/pid (\d+)/)?.[1]);
    expect(alive(pid)).toBe(true);
    await server.stop();
    expect(await answers(server.origin)).toBe(false);
    await expect.poll(() => alive(pid)).toBe(false);
  });

  it('fails with the output when the command exits before it is ready', async () => {
    await expect(
      startServer({
        name: 'broken',
        command: process.execPath,
        args: ['-e', 'console.error("cannot read config"); process.exit(3)'],
        readyUrl: 'http://127.0.0.1:{port}/',
      }),
    ).rejects.toThrow(/broken exited \(3\)[\s\S]*cannot read config/);
  });

  it('fails, and ends the process, when the URL does not answer in time', async () => {
    const port = await freePort();
    const error = await startServer({
      name: 'silent',
      command: process.execPath,
      args: ['-e', 'console.log("pid " + process.pid); setInterval(() => {}, 1000)'],
      readyUrl: 'http://127.0.0.1:{port}/',
      readyTimeoutMs: 1_000,
      port,
    }).catch((e: Error) => e);
    expect(String(error)).toMatch(
      /silent did not answer http:\/\/127\.0\.0\.1:\d+\/ within 1000 ms/,
    );
    const pid = Number(String(error).match(/pid (\d+)/)?.[1]);
    expect(alive(pid)).toBe(false);
  });
});

describe('Servers', () => {
  it('stopAll stops every server started', async () => {
    const servers = new Servers();
    const spec = {
      command: process.execPath,
      args: ['-e', HTTP_SERVER],
      readyUrl: 'http://127.0.0.1:{port}/',
    };
    const [a, b] = [await servers.start(spec), await servers.start(spec)];
    expect(a.port).not.toBe(b.port);
    await servers.stopAll();
    expect(await answers(a.origin)).toBe(false);
    expect(await answers(b.origin)).toBe(false);
  });
});
