// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentDocumentName } from '../src/sync/protocol';
import type { LiveServer } from './liveServer';
import { connectClient, waitFor, type LiveClient } from './testing/liveClients';
import { startTestServer, tempFolder, type TestConfig } from './testing/testServer';

const title = (doc: Y.Doc, id: string) =>
  (
    (doc.getMap('cards').get(id) as Y.Map<unknown> | undefined)?.get('title') as Y.Text | undefined
  )?.toString();

function addCard(doc: Y.Doc, id: string, text: string): void {
  const card = new Y.Map<unknown>();
  card.set('title', new Y.Text(text));
  doc.getMap('cards').set(id, card);
}

describe('rooms over time', { timeout: 30_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  const servers: LiveServer[] = [];
  const clients: LiveClient[] = [];
  const start = async (overrides: TestConfig = {}) => {
    const started = await startTestServer(folder.file('live.sqlite'), overrides);
    servers.push(started.server);
    return started;
  };
  const track = (client: LiveClient) => {
    clients.push(client);
    return client;
  };

  beforeEach(() => {
    folder = tempFolder();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close();
    folder.remove();
  });

  it('keeps a session across a server restart (same data file)', async () => {
    const first = await start();
    const room = await first.api.createRoom();
    const editor = track(
      await connectClient(first.server.url, room.roomId, {
        token: room.editorToken,
        participantId: 'editor-0001',
        name: 'Ed',
      }),
    );
    addCard(editor.contentDoc, 'card-1', 'Reads the letter');
    editor.annotationsDoc.getMap('comments').set('c1', { text: 'Too long' });
    await waitFor(
      () => !editor.content.hasUnsyncedChanges && !editor.annotations.hasUnsyncedChanges,
    );
    editor.destroy();
    await first.server.close();

    const second = await start();
    await expect(second.api.join(room.code)).resolves.toMatchObject({ roomId: room.roomId });
    const participant = track(
      await connectClient(second.server.url, room.roomId, {
        token: room.participantToken,
        participantId: 'participant-1',
        name: 'Pat',
      }),
    );
    expect(title(participant.contentDoc, 'card-1')).toBe('Reads the letter');
    expect(participant.annotationsDoc.getMap('comments').toJSON()).toEqual({
      c1: { text: 'Too long' },
    });
  });

  it('merges what a client typed while the server was down once it is back on the same port', async () => {
    const first = await start();
    const room = await first.api.createRoom();
    const editor = track(
      await connectClient(first.server.url, room.roomId, {
        token: room.editorToken,
        participantId: 'editor-0001',
        name: 'Ed',
      }),
    );
    addCard(editor.contentDoc, 'card-1', 'Phones');
    await waitFor(() => !editor.content.hasUnsyncedChanges);
    await first.server.close();

    (editor.contentDoc.getMap('cards').get('card-1') as Y.Map<Y.Text>)
      .get('title')!
      .insert(6, ' us');
    addCard(editor.contentDoc, 'card-2', 'Written offline');
    const second = await start({ port: first.server.port });
    await waitFor(() => editor.content.isSynced && !editor.content.hasUnsyncedChanges, 5000);

    const other = track(
      await connectClient(second.server.url, room.roomId, {
        token: room.facilitatorToken,
        participantId: 'facilitator-1',
        name: 'Fay',
      }),
    );
    expect(title(other.contentDoc, 'card-1')).toBe('Phones us');
    expect(title(other.contentDoc, 'card-2')).toBe('Written offline');
  });

  it('deletes rooms nobody used for the idle time, and keeps rooms someone is still in', async () => {
    const { server, api } = await start({ roomIdleMs: 1000, expirySweepMs: 50 });
    const left = await api.createRoom();
    const stayed = await api.createRoom();
    const visitor = track(
      await connectClient(server.url, left.roomId, {
        token: left.editorToken,
        participantId: 'editor-0001',
        name: 'Ed',
      }),
    );
    addCard(visitor.contentDoc, 'card-1', 'Gone soon');
    await waitFor(() => !visitor.content.hasUnsyncedChanges);
    visitor.destroy();
    const stayer = track(
      await connectClient(server.url, stayed.roomId, {
        token: stayed.editorToken,
        participantId: 'editor-0002',
        name: 'Sam',
      }),
    );

    await waitFor(() => server.store.findRoom(left.roomId) === undefined, 10_000, 'expiry');
    await expect(api.join(left.code)).rejects.toMatchObject({ status: 404 });
    expect(server.store.findRoom(left.roomId)).toBeUndefined();
    expect(server.store.loadDocument(contentDocumentName(left.roomId))).toBeNull();
    const late = track(
      await connectClient(server.url, left.roomId, {
        token: left.editorToken,
        participantId: 'editor-0003',
        name: 'Late',
        waitForSync: false,
        maxAttempts: 1,
      }),
    );
    await waitFor(() => late.denied.length === 2);
    expect(late.denied[0]).toBe('room-not-found');

    // The room with someone in it is still there and still works.
    await expect(api.join(stayed.code)).resolves.toMatchObject({ roomId: stayed.roomId });
    expect(stayer.messages.some((message) => message.type === 'session-ended')).toBe(false);
    addCard(stayer.contentDoc, 'card-2', 'Still here');
    await waitFor(() => !stayer.content.hasUnsyncedChanges);

    stayer.destroy();
    await waitFor(() => server.store.findRoom(stayed.roomId) === undefined, 10_000, 'expiry');
  });
});
