// @vitest-environment node
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveServer } from './liveServer';
import { opened, rawSocket } from './testing/liveClients';
import { startTestServer, tempFolder } from './testing/testServer';

/** GET with the path sent exactly as written (fetch would normalise `..`). */
function getRaw(
  url: string,
  path: string,
): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request({ host: target.hostname, port: target.port, path }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body,
          type: String(response.headers['content-type']),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serving the built app (WAYMARK_STATIC)', { timeout: 30_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let server: LiveServer;

  beforeEach(async () => {
    folder = tempFolder();
    mkdirSync(folder.file('dist/assets'), { recursive: true });
    writeFileSync(folder.file('dist/index.html'), '<!doctype html><title>Waymark</title>');
    writeFileSync(folder.file('dist/assets/app-1234.js'), 'console.log(1)');
    writeFileSync(folder.file('secret.txt'), 'not for the web');
    ({ server } = await startTestServer(folder.file('live.sqlite'), {
      staticDir: folder.file('dist'),
      allowedOrigins: [],
    }));
  });
  afterEach(async () => {
    await server.close();
    folder.remove();
  });

  it('serves the app, its assets with long caching, and index.html for other paths', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>Waymark</title>');

    const asset = await fetch(`${server.url}/assets/app-1234.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');

    expect(await (await fetch(`${server.url}/map/unknown`)).text()).toContain('Waymark');
    await expect((await fetch(`${server.url}/api/health`)).json()).resolves.toMatchObject({
      ok: true,
    });
  });

  it('never serves a file outside the folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt']) {
      const response = await getRaw(server.url, path);
      expect(response.body).not.toContain('not for the web');
    }
  });

  it('accepts the app it serves as an origin for the API and the WebSocket', async () => {
    const created = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      headers: { Origin: server.url },
    });
    expect(created.status).toBe(201);
    const socket = rawSocket(server.url, { origin: server.url });
    await expect(opened(socket)).resolves.toBeUndefined();
    socket.terminate();
  });
});
