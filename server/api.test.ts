// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveApiError } from '../src/sync/liveApi';
import { type LiveApi } from '../src/sync/liveApi';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, ROOM_ID_PATTERN } from '../src/sync/protocol';
import type { LiveServer } from './liveServer';
import { startTestServer, tempFolder } from './testing/testServer';

describe('live server HTTP API', { timeout: 30_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let server: LiveServer;
  let api: LiveApi;

  beforeEach(async () => {
    folder = tempFolder();
    ({ server, api } = await startTestServer(folder.file('live.sqlite'), {
      allowedOrigins: ['https://maps.example.org'],
      limits: { joinLookupsPerIpPerMinute: 4 },
    }));
  });
  afterEach(async () => {
    await server.close();
    folder.remove();
  });

  it('answers the health check with its version', async () => {
    await expect(api.health()).resolves.toEqual({ ok: true, version: expect.any(String) });
  });

  it('creates rooms with unguessable ids and tokens, three different tokens and a typeable code', async () => {
    const a = await api.createRoom();
    const b = await api.createRoom();
    expect(a.roomId).toMatch(ROOM_ID_PATTERN); // 22 base64url characters = 128 bits
    for (const token of [a.facilitatorToken, a.editorToken, a.participantToken]) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    }
    expect(new Set([a.facilitatorToken, a.editorToken, a.participantToken]).size).toBe(3);
    expect(a.roomId).not.toBe(b.roomId);
    expect(a.code).toHaveLength(JOIN_CODE_LENGTH);
    for (const char of a.code) expect(JOIN_CODE_ALPHABET).toContain(char);
    expect(Date.parse(a.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('keeps no token or join code in the clear in its data file', async () => {
    const room = await api.createRoom();
    const promoted = await api.promote(room.roomId, room.facilitatorToken, 'device-0001');
    expect(promoted).toEqual({ participantId: 'device-0001', role: 'editor' });
    await server.close();
    const bytes = Buffer.concat(
      ['live.sqlite', 'live.sqlite-wal']
        .map((name) => folder.file(name))
        .flatMap((file) => {
          try {
            return [readFileSync(file)];
          } catch {
            return [];
          }
        }),
    );
    expect(bytes.length).toBeGreaterThan(0);
    for (const secret of [
      room.facilitatorToken,
      room.editorToken,
      room.participantToken,
      room.code,
    ]) {
      expect(bytes.includes(Buffer.from(secret))).toBe(false);
    }
    expect(bytes.includes(Buffer.from(room.roomId))).toBe(true);
  });

  it('turns a join code into the participant link, however it is typed', async () => {
    const room = await api.createRoom();
    const typed = `${room.code.slice(0, 3).toLowerCase()}-${room.code.slice(3)}`;
    await expect(api.join(typed)).resolves.toEqual({
      roomId: room.roomId,
      participantToken: room.participantToken,
    });
  });

  it('says 404 for a code no room has, and 429 when one address guesses too often', async () => {
    await expect(api.join('ABCDEF')).rejects.toMatchObject({ status: 404, code: 'not-found' });
    await expect(api.join('not a code')).rejects.toMatchObject({ status: 404 });
    await api.join('ABCDEG').catch(() => {});
    await api.join('ABCDEH').catch(() => {});
    const refused = await api.join('ABCDEJ').catch((error: LiveApiError) => error);
    expect(refused).toMatchObject({ status: 429, code: 'too-many-requests' });
  });

  it('lets only the facilitator end a room or promote', async () => {
    const room = await api.createRoom();
    await expect(api.endRoom(room.roomId, room.editorToken)).rejects.toMatchObject({ status: 403 });
    await expect(api.endRoom(room.roomId, room.participantToken)).rejects.toMatchObject({
      status: 403,
    });
    await expect(api.promote(room.roomId, room.editorToken, 'device-0001')).rejects.toMatchObject({
      status: 403,
    });
    await expect(api.endRoom('A'.repeat(22), room.facilitatorToken)).rejects.toMatchObject({
      status: 404,
    });
    const anonymous = await fetch(`${server.url}/api/rooms/${room.roomId}/end`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    await expect(api.promote(room.roomId, room.facilitatorToken, 'x')).rejects.toMatchObject({
      status: 400,
    });
    await expect(api.endRoom(room.roomId, room.facilitatorToken)).resolves.toEqual({ ended: true });
    await expect(api.join(room.code)).rejects.toMatchObject({ status: 404 });
    await expect(api.endRoom(room.roomId, room.facilitatorToken)).rejects.toMatchObject({
      status: 404,
    });
  });

  it('answers CORS for allowed origins and refuses others', async () => {
    const allowed = await fetch(`${server.url}/api/rooms`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://maps.example.org', 'Access-Control-Request-Method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://maps.example.org');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('Authorization');

    const foreign = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(server.store.roomCount()).toBe(0);
  });

  it('says 404 in JSON for unknown API routes', async () => {
    const response = await fetch(`${server.url}/api/nothing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not-found' });
  });
});
