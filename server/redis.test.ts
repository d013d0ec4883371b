// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { LiveApi } from '../src/sync/liveApi';
import type { CreateRoomResponse } from '../src/sync/protocol';
import type { LiveServer } from './liveServer';
import { connectClient, sleep, waitFor, type LiveClient } from './testing/liveClients';
import { hasRedis, startRedis, startTestServer, tempFolder } from './testing/testServer';

const cardIds = (doc: Y.Doc) => [...doc.getMap('cards').keys()].sort();
const titleOf = (doc: Y.Doc) =>
  (doc.getMap('titles').get('card-1') as Y.Text | undefined)?.toString();

describe.skipIf(!hasRedis)(
  'two server instances through one Redis (skipped: needs /usr/bin/redis-server, `apt-get install redis-server`)',
  { timeout: 30_000 },
  () => {
    let redis: Awaited<ReturnType<typeof startRedis>>;
    let folder: ReturnType<typeof tempFolder>;
    let a: { server: LiveServer; api: LiveApi };
    let b: { server: LiveServer; api: LiveApi };
    let room: CreateRoomResponse;
    const clients: LiveClient[] = [];
    const running: LiveServer[] = [];
    const start = async (redisUrl: string | null) => {
      const started = await startTestServer(folder.file('live.sqlite'), { redisUrl });
      running.push(started.server);
      return started;
    };
    const join = async (
      on: { server: LiveServer },
      token: string,
      participantId: string,
      name: string,
    ) => {
      const client = await connectClient(on.server.url, room.roomId, {
        token,
        participantId,
        name,
      });
      clients.push(client);
      return client;
    };

    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      await redis?.stop();
    });
    beforeEach(async () => {
      folder = tempFolder();
      // Both instances share the data file (room metadata and documents) and the Redis.
      a = await start(redis.url);
      b = await start(redis.url);
      room = await a.api.createRoom();
    });
    afterEach(async () => {
      for (const client of clients.splice(0)) client.destroy();
      // close() is idempotent: servers a test already stopped are skipped.
      await Promise.all(running.splice(0).map((server) => server.close()));
      folder.remove();
    });

    it('serves one room from both: edits, comments and concurrent typing converge, and are stored', async () => {
      await expect(b.api.join(room.code)).resolves.toMatchObject({ roomId: room.roomId });
      const editorOnA = await join(a, room.editorToken, 'editor-0001', 'Ed');
      const facilitatorOnB = await join(b, room.facilitatorToken, 'facilitator-1', 'Fay');
      const participantOnB = await join(b, room.participantToken, 'participant-1', 'Pat');

      editorOnA.contentDoc.getMap('cards').set('card-a', 'from A');
      facilitatorOnB.contentDoc.getMap('cards').set('card-b', 'from B');
      participantOnB.annotationsDoc.getMap('comments').set('c1', { text: 'from B' });
      participantOnB.contentDoc.getMap('cards').set('card-p', 'refused on B');
      await waitFor(() => cardIds(editorOnA.contentDoc).includes('card-b'));
      await waitFor(() => cardIds(facilitatorOnB.contentDoc).includes('card-a'));
      await waitFor(() => editorOnA.annotationsDoc.getMap('comments').has('c1'));

      // Two people type into one title at once, one on each instance: both keep their words.
      const titleA = new Y.Text('Call');
      editorOnA.contentDoc.getMap('titles').set('card-1', titleA);
      await waitFor(() => titleOf(facilitatorOnB.contentDoc) === 'Call');
      const titleB = facilitatorOnB.contentDoc.getMap('titles').get('card-1') as Y.Text;
      for (const char of ' the council') titleA.insert(titleA.length, char);
      for (const [index, char] of [...'Please '].entries()) titleB.insert(index, char);
      await waitFor(
        () => titleOf(editorOnA.contentDoc) === titleOf(facilitatorOnB.contentDoc),
        5000,
        'titles to converge',
      );
      expect(titleOf(editorOnA.contentDoc)).toBe('Please Call the council');
      await sleep(100);
      expect(cardIds(editorOnA.contentDoc)).toEqual(['card-a', 'card-b']);

      for (const client of clients.splice(0)) client.destroy();
      await Promise.all([a.server.close(), b.server.close()]);
      const restarted = await start(null);
      const later = await join(restarted, room.editorToken, 'editor-0002', 'Eli');
      expect(cardIds(later.contentDoc)).toEqual(['card-a', 'card-b']);
      expect(titleOf(later.contentDoc)).toBe('Please Call the council');
      expect(later.annotationsDoc.getMap('comments').toJSON()).toEqual({ c1: { text: 'from B' } });
    });

    it('promotes and ends across instances', async () => {
      const facilitatorOnA = await join(a, room.facilitatorToken, 'facilitator-1', 'Fay');
      const participantOnB = await join(b, room.participantToken, 'participant-1', 'Pat');
      await a.api.promote(room.roomId, room.facilitatorToken, 'participant-1');
      await waitFor(() => participantOnB.messages.some((message) => message.type === 'promoted'));
      participantOnB.contentDoc.getMap('cards').set('card-p', 'promoted on B');
      await waitFor(() => cardIds(facilitatorOnA.contentDoc).includes('card-p'));

      await b.api.endRoom(room.roomId, room.facilitatorToken);
      for (const client of [facilitatorOnA, participantOnB]) {
        await waitFor(() => client.messages.some((message) => message.type === 'session-ended'));
      }
      await expect(a.api.join(room.code)).rejects.toMatchObject({ status: 404 });
    });
  },
);
