// @vitest-environment node
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLiveApi } from '../src/sync/liveApi';
import { contentDocumentName } from '../src/sync/protocol';
import {
  connectClient,
  opened,
  rawSocket,
  waitFor,
  wire,
  type LiveClient,
} from './testing/liveClients';
import { tempFolder } from './testing/testServer';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

it('`npm run server` prints one line with its address and never logs map content', async () => {
  const folder = tempFolder();
  cleanups.push(folder.remove);
  // What `npm run server` runs, with the settings from the environment.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, WAYMARK_PORT: '0', WAYMARK_DATA: folder.file('live.sqlite') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await waitFor(() => stdout.includes('\n'), 15_000, 'the start line');
  const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
  expect(url).toBeDefined();
  const baseUrl = url as string;

  const api = createLiveApi(baseUrl);
  const room = await api.createRoom();
  const secrets = [
    'Secret journey title 7431',
    'Confidential comment 9931',
    'Hidden participant card 4410',
    'Truncated update text 5521',
    'Secret Name 1177',
    room.facilitatorToken,
    room.editorToken,
    room.participantToken,
    room.code,
  ];
  const clients: LiveClient[] = [];
  cleanups.push(() => clients.forEach((client) => client.destroy()));
  const join = async (token: string, participantId: string, name: string) => {
    const client = await connectClient(baseUrl, room.roomId, { token, participantId, name });
    clients.push(client);
    return client;
  };
  const editor = await join(room.editorToken, 'editor-0001', 'Ed');
  const participant = await join(room.participantToken, 'participant-1', secrets[4] as string);

  // The editor types a card title letter by letter; the participant comments and, with a
  // modified client, tries to add a card.
  const card = new Y.Map<unknown>();
  const titleText = new Y.Text();
  card.set('title', titleText);
  editor.contentDoc.getMap('cards').set('card-1', card);
  for (const char of secrets[0] as string) titleText.insert(titleText.length, char);
  participant.annotationsDoc.getMap('comments').set('c1', { text: secrets[1] });
  participant.contentDoc.getMap('cards').set('card-2', secrets[2]);
  await waitFor(() => participant.contentDoc.getMap('cards').has('card-1'));
  await waitFor(() => editor.annotationsDoc.getMap('comments').has('c1'));

  // A malformed update carrying text: refused, and the refusal is logged without it.
  const raw = rawSocket(baseUrl);
  cleanups.push(() => raw.terminate());
  await opened(raw);
  raw.send(wire.auth(contentDocumentName(room.roomId), room.editorToken));
  const scratch = new Y.Doc();
  scratch.getMap('cards').set('card-3', secrets[3]);
  const update = Y.encodeStateAsUpdate(scratch);
  raw.send(wire.update(contentDocumentName(room.roomId), update.subarray(0, update.length - 1)));
  await waitFor(() => stderr.includes('update refused'), 5000, 'the refusal in the log');

  await api.promote(room.roomId, room.facilitatorToken, 'participant-1');
  await api.endRoom(room.roomId, room.facilitatorToken);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);

  expect(stdout.trim().split('\n')).toHaveLength(1);
  expect(stdout).toMatch(/^Waymark live server \S+ at http:\/\/127\.0\.0\.1:\d+ /);
  for (const secret of secrets) {
    expect(stdout).not.toContain(secret);
    expect(stderr).not.toContain(secret);
  }
}, 30_000);
