/**
 * A live session run from one of this person's maps (they are its facilitator). The map stays
 * in their library and keeps being saved there; its shared documents are also sent to the live
 * server, where editors and participants join them, and kept in a local copy (sync/live/replica)
 * so that a reload or a dropped network loses nothing and rejoins the same room.
 */
import type { Editor } from '../editor/editor';
import { createLiveApi } from '../sync/liveApi';
import { connectLive, type LiveConnection } from '../sync/live/liveConnection';
import {
  deviceId,
  displayName,
  hostedSession,
  rememberHosted,
  rememberServerUrl,
  type HostedSession,
} from '../sync/live/liveRecords';
import { openReplica, type Replica } from '../sync/live/replica';
import type { MapDocs } from '../sync/tabPeers';

/** The name the facilitator is shown with when they have not given one. */
const FACILITATOR_NAME = 'Facilitator';

/** A running live session of a map this person facilitates. */
export class HostedLive {
  private constructor(
    readonly record: HostedSession,
    private readonly connection: LiveConnection,
    private replica: Replica | null,
    private readonly editor: Editor,
  ) {}

  /** The session remembered for `mapId`, if one was running (the map was closed meanwhile). */
  static remembered(mapId: string): HostedSession | null {
    return hostedSession(mapId);
  }

  /**
   * Starts a live session of the editor's map on the server at `serverUrl`: creates a room,
   * remembers it, keeps a local copy and connects as its facilitator. Throws LiveApiError when
   * the server refuses or cannot be reached.
   */
  static async start(
    mapId: string,
    serverUrl: string,
    docs: MapDocs,
    editor: Editor,
  ): Promise<HostedLive> {
    const room = await createLiveApi(serverUrl).createRoom();
    const record: HostedSession = {
      mapId,
      serverUrl,
      roomId: room.roomId,
      code: room.code,
      facilitatorToken: room.facilitatorToken,
      editorToken: room.editorToken,
      participantToken: room.participantToken,
      startedAt: new Date().toISOString(),
    };
    rememberHosted(mapId, record);
    rememberServerUrl(serverUrl);
    return HostedLive.connect(record, docs, editor, await openReplica(docs, room.roomId));
  }

  /** Reconnects a remembered session; `replica` is the local copy when it is already open. */
  static connect(
    record: HostedSession,
    docs: MapDocs,
    editor: Editor,
    replica: Replica | null,
  ): HostedLive {
    const connection = connectLive({
      serverUrl: record.serverUrl,
      roomId: record.roomId,
      token: record.facilitatorToken,
      participantId: deviceId(),
      name: displayName() || FACILITATOR_NAME,
      docs,
      presence: editor.presence,
      onEnded: () => rememberHosted(record.mapId, null),
      onDenied: () => rememberHosted(record.mapId, null),
    });
    connection.follow(editor);
    return new HostedLive(record, connection, replica, editor);
  }

  /** Opens the local copy on `docs` when this tab did not have it open (it became the writer). */
  async keepLocalCopy(docs: MapDocs): Promise<void> {
    if (!this.replica) this.replica = await openReplica(docs, this.record.roomId);
  }

  /**
   * Ends the session for everyone: the server deletes the room; the map, with everything done
   * in the session, stays in this person's library. Throws LiveApiError when the server
   * cannot be reached (the session then goes on).
   */
  async end(): Promise<void> {
    await createLiveApi(this.record.serverUrl).endRoom(
      this.record.roomId,
      this.record.facilitatorToken,
    );
    rememberHosted(this.record.mapId, null);
    this.connection.close();
    // The map is this person's own again: no session status in its header.
    this.editor.presence.getState().setStatus('local');
    await this.replica?.clear();
    this.replica = null;
  }

  /** Makes a participant an editor (by their device id). Throws LiveApiError on refusal. */
  async promote(participantId: string): Promise<void> {
    await createLiveApi(this.record.serverUrl).promote(
      this.record.roomId,
      this.record.facilitatorToken,
      participantId,
    );
  }

  /** Disconnects this tab (the session goes on; the map was closed). */
  async close(): Promise<void> {
    this.connection.close();
    await this.replica?.close();
  }
}
