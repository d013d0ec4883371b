// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import type { LiveApi } from '../src/sync/liveApi';
import {
  LIVE_CLOSE_CODES,
  contentDocumentName,
  type CreateRoomResponse,
} from '../src/sync/protocol';
import type { LiveServer } from './liveServer';
import {
  closedWith,
  connectClient,
  opened,
  rawSocket,
  sleep,
  waitFor,
  wire,
  type LiveClient,
} from './testing/liveClients';
import { startTestServer, tempFolder } from './testing/testServer';

const MAX_BYTES = 64 * 1024;
const cardIds = (doc: Y.Doc) => [...doc.getMap('cards').keys()].sort();

/** A Yjs update adding one card to an empty document (client id fixed, so it is repeatable). */
function cardUpdate(id: string, title: string, base?: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  doc.getMap('cards').set(id, title);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('live server limits', { timeout: 30_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let server: LiveServer;
  let api: LiveApi;
  let room: CreateRoomResponse;
  let editor: LiveClient;
  let facilitator: LiveClient;
  const sockets: WebSocket[] = [];

  /** A raw socket authenticated as an editor of the room's map. */
  const rawEditor = async () => {
    const socket = rawSocket(server.url);
    sockets.push(socket);
    await opened(socket);
    const messages: Buffer[] = [];
    socket.on('message', (data: Buffer) => messages.push(data));
    socket.send(wire.auth(contentDocumentName(room.roomId), room.editorToken));
    await waitFor(() => messages.length >= 2, 2000, 'authentication'); // authenticated + welcome
    return socket;
  };
  /** Both real clients still exchange changes, both ways. */
  const roomStillWorks = async (id: string) => {
    editor.contentDoc.getMap('cards').set(`${id}-e`, 'from editor');
    facilitator.contentDoc.getMap('cards').set(`${id}-f`, 'from facilitator');
    await waitFor(() => cardIds(facilitator.contentDoc).includes(`${id}-e`));
    await waitFor(() => cardIds(editor.contentDoc).includes(`${id}-f`));
  };

  beforeEach(async () => {
    folder = tempFolder();
    ({ server, api } = await startTestServer(folder.file('live.sqlite'), {
      allowedOrigins: ['https://maps.example.org'],
      limits: {
        maxMessageBytes: MAX_BYTES,
        messagesPerConnectionPerSecond: 40,
        connectionsPerIpPerMinute: 8,
      },
    }));
    room = await api.createRoom();
    editor = await connectClient(server.url, room.roomId, {
      token: room.editorToken,
      participantId: 'editor-0001',
      name: 'Ed',
    });
    facilitator = await connectClient(server.url, room.roomId, {
      token: room.facilitatorToken,
      participantId: 'facilitator-1',
      name: 'Fay',
    });
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    editor.destroy();
    facilitator.destroy();
    await server.close();
    folder.remove();
  });

  it('accepts a well-formed update from a raw client (the path the next tests abuse)', async () => {
    const socket = await rawEditor();
    socket.send(wire.update(contentDocumentName(room.roomId), cardUpdate('raw-card', 'hello')));
    await waitFor(() => cardIds(editor.contentDoc).includes('raw-card'));
  });

  it('refuses garbage and malformed updates without harming the room', async () => {
    const name = contentDocumentName(room.roomId);
    // Garbage before authenticating: not even a message.
    const stranger = rawSocket(server.url);
    sockets.push(stranger);
    await opened(stranger);
    const strangerClosed = closedWith(stranger);
    stranger.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    expect(await strangerClosed).toBeGreaterThanOrEqual(4000);

    // Random bytes as an update.
    const noisy = await rawEditor();
    const noisyClosed = closedWith(noisy);
    noisy.send(wire.update(name, randomBytes(200)));
    expect(await noisyClosed).toBe(LIVE_CLOSE_CODES.updateRefused);

    // A real update cut short: plain Y.applyUpdate would apply its card and lose its delete.
    const base = new Y.Doc();
    Y.applyUpdate(base, Y.encodeStateAsUpdate(editor.contentDoc));
    const update = cardUpdate('half-card', 'half an update', base);
    const cut = await rawEditor();
    const cutClosed = closedWith(cut);
    cut.send(wire.update(name, update.subarray(0, update.length - 1)));
    expect(await cutClosed).toBe(LIVE_CLOSE_CODES.updateRefused);

    await roomStillWorks('after-garbage');
    expect(cardIds(editor.contentDoc)).not.toContain('half-card');
    await server.close();
    const { RoomStore } = await import('./roomStore');
    const store = new RoomStore(folder.file('live.sqlite'));
    const stored = new Y.Doc();
    Y.applyUpdate(stored, store.loadDocument(name)!);
    store.close();
    expect(cardIds(stored)).toEqual(['after-garbage-e', 'after-garbage-f']);
  });

  it('closes a socket that sends an update over the size limit; the room carries on', async () => {
    const socket = await rawEditor();
    const closed = closedWith(socket);
    const giant = cardUpdate('giant-card', 'x'.repeat(MAX_BYTES * 2));
    socket.send(wire.update(contentDocumentName(room.roomId), giant));
    expect(await closed).toBe(1009); // WebSocket "message too big"
    await roomStillWorks('after-giant');
    expect(cardIds(editor.contentDoc)).not.toContain('giant-card');
  });

  it('closes a socket that floods messages, and only that one', async () => {
    const socket = await rawEditor();
    const closed = closedWith(socket);
    for (let i = 0; i < 60; i++) socket.send(wire.queryAwareness(contentDocumentName(room.roomId)));
    expect(await closed).toBe(LIVE_CLOSE_CODES.rateLimited);
    await roomStillWorks('after-flood');
  });

  it('refuses WebSockets from foreign origins and too many from one address', async () => {
    const foreign = rawSocket(server.url, { origin: 'https://evil.example' });
    sockets.push(foreign);
    await expect(opened(foreign)).rejects.toThrow('HTTP 403');
    const allowed = rawSocket(server.url, { origin: 'https://maps.example.org' });
    sockets.push(allowed);
    await expect(opened(allowed)).resolves.toBeUndefined();

    // 8 per minute: two real clients, the foreign try and the allowed one have used 4.
    const results: string[] = [];
    for (let i = 0; i < 5; i++) {
      const socket = rawSocket(server.url);
      sockets.push(socket);
      results.push(
        await opened(socket).then(
          () => 'open',
          (error: Error) => error.message,
        ),
      );
    }
    expect(results).toEqual(['open', 'open', 'open', 'open', 'HTTP 429']);
    await sleep(10);
    await roomStillWorks('after-refusals');
  });
});
