// @vitest-environment node
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomStore, stateToStore, type RoomRecord } from './roomStore';
import { tempFolder } from './testing/testServer';

const room = (roomId: string): RoomRecord => ({
  roomId,
  codeLookup: Buffer.from(roomId),
  sealedParticipantToken: Buffer.alloc(40),
  facilitatorHash: Buffer.alloc(32, 1),
  editorHash: Buffer.alloc(32, 2),
  participantHash: Buffer.alloc(32, 3),
  createdAt: 1,
  lastActiveAt: 1,
});

describe('RoomStore', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    folder = tempFolder();
  });
  afterEach(() => folder.remove());

  it("keeps another instance's stored changes when a document is stored again", () => {
    // Two instances sharing the file; each has seen only its own client's change so far.
    const shared = new Y.Doc();
    shared.getMap('cards').set('card-0', 'before');
    const first = new Y.Doc();
    const second = new Y.Doc();
    Y.applyUpdate(first, Y.encodeStateAsUpdate(shared));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(shared));
    first.getMap('cards').set('card-1', 'on the first');
    second.getMap('cards').set('card-2', 'on the second');
    second.getMap('cards').delete('card-0');

    const storeA = new RoomStore(folder.file('live.sqlite'));
    const storeB = new RoomStore(folder.file('live.sqlite'));
    storeA.createRoom(room('R'.repeat(22)));
    const write = (store: RoomStore, doc: Y.Doc) =>
      store.storeDocument(
        'doc',
        'R'.repeat(22),
        (stored) => stateToStore(doc, Y.encodeStateAsUpdate(doc), stored),
        2,
      );
    expect(write(storeA, first)).toBe(true);
    expect(write(storeB, second)).toBe(true);
    const result = new Y.Doc();
    Y.applyUpdate(result, storeA.loadDocument('doc')!);
    expect(result.getMap('cards').toJSON()).toEqual({
      'card-1': 'on the first',
      'card-2': 'on the second',
    });
    storeA.close();
    storeB.close();
  });

  it('writes the state as it is when the file holds nothing newer', () => {
    const doc = new Y.Doc();
    doc.getMap('cards').set('card-1', 'x');
    const older = Y.encodeStateAsUpdate(doc);
    doc.getMap('cards').set('card-2', 'y');
    const state = Y.encodeStateAsUpdate(doc);
    expect(stateToStore(doc, state, older)).toBe(state);
    expect(stateToStore(doc, state, null)).toBe(state);
  });

  it('stores nothing for a room that was deleted, and deleting a room deletes its documents', () => {
    const store = new RoomStore(folder.file('live.sqlite'));
    store.createRoom(room('R'.repeat(22)));
    expect(
      store.storeDocument(
        'R'.repeat(22) + ':content',
        'R'.repeat(22),
        () => new Uint8Array([0, 0]),
        2,
      ),
    ).toBe(true);
    expect(store.deleteRoom('R'.repeat(22))).toBe(true);
    expect(store.loadDocument('R'.repeat(22) + ':content')).toBeNull();
    expect(
      store.storeDocument(
        'R'.repeat(22) + ':content',
        'R'.repeat(22),
        () => new Uint8Array([0, 0]),
        3,
      ),
    ).toBe(false);
    expect(store.loadDocument('R'.repeat(22) + ':content')).toBeNull();
    store.close();
  });

  it('keeps its join code salt across restarts and refuses a file from a newer server', () => {
    const first = new RoomStore(folder.file('live.sqlite'));
    const salt = Buffer.from(first.codeSalt);
    first.close();
    const second = new RoomStore(folder.file('live.sqlite'));
    expect(second.codeSalt.equals(salt)).toBe(true);
    second.close();
    const raw = new Database(folder.file('live.sqlite'));
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => new RoomStore(folder.file('live.sqlite'))).toThrow(/newer Waymark server/);
  });
});
