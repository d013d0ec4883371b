/**
 * A live client as the app will run one: the real HocuspocusProvider (server/testing/liveClients)
 * with Waymark's editor engine (src/editor) over its two documents. A change is a named
 * operation run on the engine; a change from elsewhere has arrived once the engine's map shows it.
 */
import * as Y from 'yjs';
import type { JourneyMap } from '../../src/domain/schema';
import { MapDocument } from '../../src/editor/document/mapDocument';
import { Editor } from '../../src/editor/editor';
import { connectClient, waitFor, type LiveClient } from '../../server/testing/liveClients';

/** A connected client and the editor engine working on its documents. */
export interface EngineClient {
  live: LiveClient;
  editor: Editor;
  /** This client's Yjs client id in the content document. */
  clientId: number;
  destroy(): void;
}

/** The moment the map was loaded on this device (the engine's `updatedAt` is per copy). */
const LOADED_AT = '2026-01-01T09:00:00.000Z';

/** Writes `map` into a connected client's empty documents (the first device of a room). */
export function seedMap(client: LiveClient, map: JourneyMap): void {
  const seeded = MapDocument.fromMap(map);
  Y.applyUpdate(client.contentDoc, Y.encodeStateAsUpdate(seeded.content));
  Y.applyUpdate(client.annotationsDoc, Y.encodeStateAsUpdate(seeded.annotations));
  seeded.destroy();
}

/**
 * Connects to `roomId` as an editor and, once the documents hold a map (`seed` writes it for the
 * first device), starts the engine on them.
 */
export async function connectEngine(
  url: string,
  room: { roomId: string; editorToken: string },
  name: string,
  seed: JourneyMap | null = null,
): Promise<EngineClient> {
  const live = await connectClient(url, room.roomId, {
    token: room.editorToken,
    participantId: `bench-${name}`,
    name,
  });
  if (seed) seedMap(live, seed);
  let document: MapDocument | null = null;
  await waitFor(
    () =>
      (document = MapDocument.fromDocuments(live.contentDoc, live.annotationsDoc, LOADED_AT)) !==
      null,
    20_000,
    `${name} to hold the room's map`,
  );
  const editor = new Editor(document as unknown as MapDocument);
  return {
    live,
    editor,
    clientId: live.contentDoc.clientID,
    destroy() {
      live.destroy();
      editor.destroy();
    },
  };
}

/** The map as every copy should agree on it (each copy keeps its own `updatedAt`). */
export function sharedView(map: JourneyMap): string {
  return JSON.stringify({ ...map, updatedAt: null });
}
