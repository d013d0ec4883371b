/**
 * Taking part in someone else's live session from a link or a code: no account, a display
 * name. The map is theirs, so it is not added to this person's library (an editor can keep a
 * copy); what this person does is kept in a local copy of the session's documents, so a
 * reload, a crash or a dropped network brings them back with their comments and votes.
 */
import * as Y from 'yjs';
import { newId } from '../domain/ids';
import { MapDocument } from '../editor/document/mapDocument';
import { Editor } from '../editor/editor';
import { createPresenceStore } from '../editor/presence';
import type { MapRepository } from '../persistence/repository';
import { connectLive, type LiveConnection } from '../sync/live/liveConnection';
import { deviceId, rememberJoined, type JoinedSession } from '../sync/live/liveRecords';
import { openReplica, type Replica } from '../sync/live/replica';

/** What joining needs: the link's parts and the person's display name. */
export interface JoinRequest {
  serverUrl: string;
  roomId: string;
  token: string;
  role: 'editor' | 'participant';
  name: string;
  /** How long to wait for the map when this browser has no copy of it yet (ms). */
  timeoutMs?: number;
}

/** Why joining failed, in words for the person. */
export type JoinFailure = { message: string };

/** A session this person joined. */
export class JoinedMapSession {
  private closed = false;

  private constructor(
    readonly request: JoinRequest,
    readonly editor: Editor,
    private readonly connection: LiveConnection,
    private readonly replica: Replica,
  ) {}

  /**
   * Joins: loads the local copy (if this browser was in the session before), connects, and
   * waits for the map when there was no copy. Never throws.
   */
  static async open(
    request: JoinRequest,
  ): Promise<{ ok: true; session: JoinedMapSession } | { ok: false; failure: JoinFailure }> {
    const docs = { content: new Y.Doc(), annotations: new Y.Doc() };
    const replica = await openReplica(docs, request.roomId);
    const presence = createPresenceStore();
    let denied: string | null = null;
    let role = request.role;
    let editor: Editor | null = null;
    const connection = connectLive({
      serverUrl: request.serverUrl,
      roomId: request.roomId,
      token: request.token,
      participantId: deviceId(),
      name: request.name,
      docs,
      presence,
      onDenied: (reason) => (denied = reason),
      onRole: (confirmed) => {
        if (confirmed === 'editor' || confirmed === 'participant') role = confirmed;
      },
      onPromoted: (editorToken) => {
        role = 'editor';
        remember(request, editorToken, 'editor');
        editor?.setRole('editor');
        editor?.setMode('edit');
      },
      onEnded: () => {
        editor?.setReadOnly(true);
        rememberJoined(request.roomId, null);
      },
    });
    if (!replica.hadState) {
      const synced = await Promise.race([
        connection.synced.then(() => true),
        new Promise<boolean>((resolve) =>
          setTimeout(() => resolve(false), request.timeoutMs ?? 15_000),
        ),
      ]);
      if (!synced || denied) {
        connection.close();
        await replica.close();
        return { ok: false, failure: { message: joinFailureMessage(denied) } };
      }
    }
    const document = MapDocument.fromDocuments(
      docs.content,
      docs.annotations,
      new Date().toISOString(),
    );
    if (!document) {
      connection.close();
      await replica.close();
      return {
        ok: false,
        failure: { message: 'The facilitator has not shared the map yet. Try again in a moment.' },
      };
    }
    editor = new Editor(document, {
      role,
      mode: role === 'participant' ? 'annotate' : 'edit',
      presence,
    });
    connection.follow(editor);
    remember(request, request.token, role);
    return { ok: true, session: new JoinedMapSession(request, editor, connection, replica) };
  }

  /**
   * Keeps a copy of the map as it is now in this person's library (a new map; the session
   * goes on). Returns the new map's id.
   */
  async keepCopy(repository: MapRepository): Promise<string> {
    const now = new Date().toISOString();
    const id = newId();
    await repository.create({
      ...this.editor.map,
      id,
      title: `${this.editor.map.title} (copy)`,
      createdAt: now,
      updatedAt: now,
    });
    return id;
  }

  /** Leaves the session on this device (it goes on for the others); the local copy stays. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.connection.close();
    await this.replica.close();
    this.editor.destroy();
  }
}

function remember(request: JoinRequest, token: string, role: JoinedSession['role']): void {
  rememberJoined(request.roomId, {
    serverUrl: request.serverUrl,
    roomId: request.roomId,
    token,
    role,
    joinedAt: new Date().toISOString(),
  });
}

/** Plain words for why the server refused a link, or for no answer at all. */
export function joinFailureMessage(reason: string | null): string {
  switch (reason) {
    case 'room-not-found':
      return 'This live session has ended or the link is wrong. Ask the facilitator for a new link or code.';
    case 'invalid-token':
      return 'This link is not valid for the session. Ask the facilitator for a new link.';
    case null:
      return 'The live session could not be reached. Check the network and try again; your work so far is kept on this device.';
    default:
      return 'The live session refused this link. Ask the facilitator for a new one.';
  }
}
