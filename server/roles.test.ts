// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { LiveApi } from '../src/sync/liveApi';
import {
  AWARENESS_MEMBER_FIELD,
  annotationsDocumentName,
  contentDocumentName,
  type CreateRoomResponse,
} from '../src/sync/protocol';
import type { LiveServer } from './liveServer';
import { RoomStore } from './roomStore';
import { connectClient, sleep, waitFor, type LiveClient } from './testing/liveClients';
import { startTestServer, tempFolder } from './testing/testServer';

/** A card as the tests write it into the content document (records keyed by id). */
function addCard(doc: Y.Doc, id: string, title: string): void {
  const card = new Y.Map<unknown>();
  card.set('title', new Y.Text(title));
  doc.getMap('cards').set(id, card);
}
const cardIds = (doc: Y.Doc) => [...doc.getMap('cards').keys()].sort();

function addComment(doc: Y.Doc, id: string, text: string): void {
  doc.getMap('comments').set(id, { text });
}
const comments = (doc: Y.Doc) =>
  doc.getMap('comments').toJSON() as Record<string, { text: string }>;

describe('live roles', { timeout: 30_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let server: LiveServer;
  let api: LiveApi;
  let room: CreateRoomResponse;
  const clients: LiveClient[] = [];
  const join = async (token: string, participantId: string, name: string, waitForSync = true) => {
    const client = await connectClient(server.url, room.roomId, {
      token,
      participantId,
      name,
      waitForSync,
      maxAttempts: waitForSync ? 0 : 1,
    });
    clients.push(client);
    return client;
  };
  /** What the server stored for a document, read from the data file after the server stopped. */
  const stored = (name: string) => {
    const store = new RoomStore(folder.file('live.sqlite'));
    const doc = new Y.Doc();
    const update = store.loadDocument(name);
    store.close();
    if (update) Y.applyUpdate(doc, update);
    return doc;
  };

  beforeEach(async () => {
    folder = tempFolder();
    ({ server, api } = await startTestServer(folder.file('live.sqlite')));
    room = await api.createRoom();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    folder.remove();
  });

  it('lets each role join and tells it its role; the map is read-only only for participants', async () => {
    const facilitator = await join(room.facilitatorToken, 'facilitator-1', 'Fay');
    const editor = await join(room.editorToken, 'editor-0001', 'Ed');
    const participant = await join(room.participantToken, 'participant-1', 'Pat');
    for (const [client, role] of [
      [facilitator, 'facilitator'],
      [editor, 'editor'],
      [participant, 'participant'],
    ] as const) {
      await waitFor(() => client.messages.length >= 2, 2000, 'welcome messages');
      expect(client.messages).toContainEqual({
        type: 'welcome',
        role,
        participantId: expect.any(String),
      });
      expect(client.annotations.authorizedScope).toBe('read-write');
    }
    expect(facilitator.content.authorizedScope).toBe('read-write');
    expect(editor.content.authorizedScope).toBe('read-write');
    expect(participant.content.authorizedScope).toBe('readonly');
  });

  it('refuses wrong tokens, unknown rooms and missing parameters', async () => {
    const wrong = await join('x'.repeat(43), 'someone-01', 'Mallory', false);
    await waitFor(() => wrong.denied.length === 2, 2000, 'refusals');
    expect(wrong.denied).toEqual(['invalid-token', 'invalid-token']);

    const noName = await join(room.editorToken, 'someone-02', '   ', false);
    await waitFor(() => noName.denied.length === 2, 2000, 'refusals');
    expect(noName.denied[0]).toBe('invalid-parameters');

    const elsewhere = await connectClient(server.url, 'B'.repeat(22), {
      token: room.editorToken,
      participantId: 'someone-03',
      name: 'Eve',
      waitForSync: false,
      maxAttempts: 1,
    });
    clients.push(elsewhere);
    await waitFor(() => elsewhere.denied.length === 2, 2000, 'refusals');
    expect(elsewhere.denied[0]).toBe('room-not-found');
  });

  it("drops a participant's change to the map: it reaches nobody and is not stored", async () => {
    const editor = await join(room.editorToken, 'editor-0001', 'Ed');
    const participant = await join(room.participantToken, 'participant-1', 'Pat');
    addCard(editor.contentDoc, 'card-by-editor', 'Call the helpline');
    await waitFor(() => cardIds(participant.contentDoc).includes('card-by-editor'));

    // A modified client: it writes the map anyway, and deletes the editor's card.
    addCard(participant.contentDoc, 'card-by-participant', 'Sneaky card');
    participant.contentDoc.getMap('cards').delete('card-by-editor');
    // Sent after the map change on the same socket; once it arrives, the map change has too.
    addComment(participant.annotationsDoc, 'c1', 'A fair comment');
    await waitFor(() => comments(editor.annotationsDoc).c1 !== undefined);
    await sleep(100);

    expect(cardIds(editor.contentDoc)).toEqual(['card-by-editor']);
    expect(participant.content.hasUnsyncedChanges).toBe(true); // the server did not accept it
    await server.close();
    expect(cardIds(stored(contentDocumentName(room.roomId)))).toEqual(['card-by-editor']);
    expect(comments(stored(annotationsDocumentName(room.roomId)))).toEqual({
      c1: { text: 'A fair comment' },
    });
  });

  it("relays a participant's comment to everyone", async () => {
    const facilitator = await join(room.facilitatorToken, 'facilitator-1', 'Fay');
    const editor = await join(room.editorToken, 'editor-0001', 'Ed');
    const participant = await join(room.participantToken, 'participant-1', 'Pat');
    const other = await join(room.participantToken, 'participant-2', 'Quinn');
    addComment(participant.annotationsDoc, 'c1', 'The letter is confusing');
    for (const client of [facilitator, editor, other]) {
      await waitFor(() => comments(client.annotationsDoc).c1?.text === 'The letter is confusing');
    }
  });

  it('stamps presence with the role and id the server knows, whatever the client claims', async () => {
    const facilitator = await join(room.facilitatorToken, 'facilitator-1', 'Fay');
    const participant = await join(room.participantToken, 'participant-1', 'Pat');
    participant.annotations.setAwarenessField(AWARENESS_MEMBER_FIELD, {
      participantId: 'facilitator-1',
      role: 'facilitator',
      name: 'Fay',
    });
    participant.annotations.setAwarenessField('selection', ['card-1']);
    const seen = () =>
      [...facilitator.annotations.awareness!.getStates().values()].find(
        (state) => (state.selection as string[] | undefined)?.[0] === 'card-1',
      );
    await waitFor(() => seen() !== undefined);
    expect(seen()?.[AWARENESS_MEMBER_FIELD]).toEqual({
      participantId: 'participant-1',
      role: 'participant',
      name: 'Pat',
    });
  });

  it('promotes a participant: their map changes count from now on and their token keeps the role', async () => {
    const facilitator = await join(room.facilitatorToken, 'facilitator-1', 'Fay');
    const participant = await join(room.participantToken, 'participant-1', 'Pat');
    const bystander = await join(room.participantToken, 'participant-2', 'Quinn');
    await api.promote(room.roomId, room.facilitatorToken, 'participant-1');

    await waitFor(() => participant.messages.some((message) => message.type === 'promoted'));
    const promoted = participant.messages.find((message) => message.type === 'promoted');
    expect(promoted).toMatchObject({ role: 'editor', editorToken: expect.any(String) });
    expect(bystander.messages.some((message) => message.type === 'promoted')).toBe(false);

    addCard(participant.contentDoc, 'card-by-promoted', 'Now I may');
    await waitFor(() => cardIds(facilitator.contentDoc).includes('card-by-promoted'));
    addCard(bystander.contentDoc, 'card-by-bystander', 'Still not');
    addComment(bystander.annotationsDoc, 'c2', 'sent after');
    await waitFor(() => comments(facilitator.annotationsDoc).c2 !== undefined);
    await sleep(100);
    expect(cardIds(facilitator.contentDoc)).not.toContain('card-by-bystander');

    // After a reload, the token from the message connects as an editor.
    participant.destroy();
    const reloaded = await join(
      (promoted as { editorToken: string }).editorToken,
      'participant-1',
      'Pat',
    );
    expect(reloaded.content.authorizedScope).toBe('read-write');
    await waitFor(() => reloaded.messages.length >= 2);
    expect(reloaded.messages[0]).toMatchObject({ type: 'welcome', role: 'editor' });
  });

  it('ends the session: everyone is told, connections close, the data is deleted', async () => {
    const facilitator = await join(room.facilitatorToken, 'facilitator-1', 'Fay');
    const participant = await join(room.participantToken, 'participant-1', 'Pat');
    addCard(facilitator.contentDoc, 'card-1', 'Arrive');
    addComment(participant.annotationsDoc, 'c1', 'Nice');
    await waitFor(() => cardIds(participant.contentDoc).length === 1);
    await waitFor(() => comments(facilitator.annotationsDoc).c1 !== undefined);

    await api.endRoom(room.roomId, room.facilitatorToken);
    for (const client of [facilitator, participant]) {
      await waitFor(() => client.messages.some((message) => message.type === 'session-ended'));
      expect(client.messages).toContainEqual({ type: 'session-ended', reason: 'ended' });
      await waitFor(
        () => client.closed.filter((reason) => reason === 'session-ended').length === 2,
      );
    }
    const late = await join(room.participantToken, 'participant-3', 'Late', false);
    await waitFor(() => late.denied.length === 2);
    expect(late.denied[0]).toBe('room-not-found');

    await server.close();
    expect(cardIds(stored(contentDocumentName(room.roomId)))).toEqual([]);
    expect(comments(stored(annotationsDocumentName(room.roomId)))).toEqual({});
  });
});
