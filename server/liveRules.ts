/**
 * The Hocuspocus extension that enforces Waymark's rules on every document connection:
 * who may connect (token → role), who may write the map (participants' `:content` connection is
 * read-only), what may reach a document (well-formed updates), and what presence says (the
 * server stamps each awareness state with the sender's participant id, role and name).
 */
import type {
  Connection,
  Document,
  Extension,
  Hocuspocus,
  beforeHandleAwarenessPayload,
  beforeHandleMessagePayload,
  connectedPayload,
  onAuthenticatePayload,
  onChangePayload,
} from '@hocuspocus/server';
import {
  AWARENESS_MEMBER_FIELD,
  AWARENESS_STATE_MAX_CHARS,
  LIVE_PARAM_NAME,
  LIVE_PARAM_PARTICIPANT_ID,
  PARTICIPANT_ID_PATTERN,
  cleanDisplayName,
  encodeStatelessMessage,
  parseDocumentName,
  type AwarenessMember,
  type LiveDeniedReason,
  type LiveRole,
} from '../src/sync/protocol';
import type { RoomStore } from './roomStore';
import { roleForToken } from './rooms';
import { UpdateRefused, checkIncomingMessage } from './updateGuard';

/** What the server knows about a document connection (Hocuspocus `context`). */
export interface LiveContext {
  /** Client address (rate limits only; never logged with content). */
  ip: string;
  roomId: string;
  role: LiveRole;
  participantId: string;
  name: string;
}

/** Refusal of a document connection; the client's provider gets `reason` (LiveDeniedReason). */
export class ConnectionDenied extends Error {
  constructor(readonly reason: LiveDeniedReason) {
    // An empty message keeps Hocuspocus from logging every refused guess.
    super('');
  }
}

/** Options of the rules extension. */
export interface LiveRulesOptions {
  store: RoomStore;
  maxUpdateBytes: number;
  /** Called with a room id whenever the room is used (connection, change). */
  onRoomActivity: (roomId: string) => void;
}

/** Creates the rules extension (give it to Hocuspocus after the storage extensions). */
export function liveRules(options: LiveRulesOptions): Extension<LiveContext> {
  const { store } = options;
  return {
    extensionName: 'waymark-live-rules',

    async onAuthenticate(data: onAuthenticatePayload<Partial<LiveContext>>) {
      const target = parseDocumentName(data.documentName);
      if (!target) throw new ConnectionDenied('invalid-document');
      const participantId = data.requestParameters.get(LIVE_PARAM_PARTICIPANT_ID) ?? '';
      const name = cleanDisplayName(data.requestParameters.get(LIVE_PARAM_NAME) ?? '');
      if (!PARTICIPANT_ID_PATTERN.test(participantId) || !name) {
        throw new ConnectionDenied('invalid-parameters');
      }
      const room = store.findRoom(target.roomId);
      if (!room) throw new ConnectionDenied('room-not-found');
      const role = roleForToken(room, store.promotionHashes(room.roomId), data.token);
      if (!role) throw new ConnectionDenied('invalid-token');
      // The one rule that keeps a modified client from changing the grid or the cards:
      // Hocuspocus drops (never applies, relays or stores) updates on a read-only connection.
      if (target.kind === 'content' && role === 'participant')
        data.connectionConfig.readOnly = true;
      options.onRoomActivity(room.roomId);
      return { roomId: room.roomId, role, participantId, name } satisfies Omit<LiveContext, 'ip'>;
    },

    async connected({ connection, context }: connectedPayload<LiveContext>) {
      connection.sendStateless(
        encodeStatelessMessage({
          type: 'welcome',
          role: context.role,
          participantId: context.participantId,
        }),
      );
    },

    async beforeHandleMessage({ update, connection }: beforeHandleMessagePayload<LiveContext>) {
      try {
        checkIncomingMessage(update, options.maxUpdateBytes);
      } catch (error) {
        if (error instanceof UpdateRefused) {
          // Close the whole socket, not only this document: the provider then reconnects and
          // resyncs both documents instead of waiting on a document the server let go of.
          connection.webSocket.close(error.code, error.reason);
        }
        throw error;
      }
    },

    async beforeHandleAwareness({ states, context }: beforeHandleAwarenessPayload<LiveContext>) {
      if (!context) return;
      const member: AwarenessMember = {
        participantId: context.participantId,
        role: context.role,
        name: context.name,
      };
      for (const [clientId, state] of states) {
        if (state === null || typeof state !== 'object') continue;
        if (JSON.stringify(state).length > AWARENESS_STATE_MAX_CHARS) {
          states.delete(clientId);
          continue;
        }
        (state as Record<string, unknown>)[AWARENESS_MEMBER_FIELD] = member;
      }
    },

    async onChange({ documentName }: onChangePayload<LiveContext>) {
      const target = parseDocumentName(documentName);
      if (target) options.onRoomActivity(target.roomId);
    },

    // Clients have nothing to tell the server or each other through stateless messages:
    // ignoring them keeps one client from broadcasting to a room.
    async onStateless() {},
  };
}

/** Every live connection (this instance) to the room's two documents. */
export function roomConnections(
  instance: Hocuspocus<LiveContext>,
  documentNames: string[],
): { document: Document; connection: Connection<LiveContext> }[] {
  const found: { document: Document; connection: Connection<LiveContext> }[] = [];
  for (const name of documentNames) {
    const document = instance.documents.get(name);
    if (!document) continue;
    for (const connection of document.getConnections()) {
      found.push({ document, connection: connection as Connection<LiveContext> });
    }
  }
  return found;
}
