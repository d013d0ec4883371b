/**
 * One device's connection to a live session: the map's two documents over one WebSocket to
 * the live server (Hocuspocus), and presence (who is here, what they have selected, where
 * their pointer is) through Yjs awareness. A dropped network keeps every change here; the
 * provider reconnects by itself and both sides merge.
 */
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import type { Editor } from '../../editor/editor';
import { peerColour, type LiveStatus, type Peer, type PresenceStore } from '../../editor/presence';
import { liveSocketUrl } from '../liveApi';
import {
  annotationsDocumentName,
  AWARENESS_MEMBER_FIELD,
  contentDocumentName,
  parseStatelessMessage,
  type AwarenessMember,
  type LiveRole,
} from '../protocol';
import type { MapDocs } from '../tabPeers';

/** How a device connects to a room. */
export interface LiveConnectionOptions {
  serverUrl: string;
  roomId: string;
  token: string;
  participantId: string;
  name: string;
  docs: MapDocs;
  /** Where the status and the other people go (the editor's presence store). */
  presence: PresenceStore;
  /** The server made this person an editor; `editorToken` keeps the role after a reload. */
  onPromoted?: (editorToken: string) => void;
  /** The session was ended by the facilitator (or expired). */
  onEnded?: (reason: 'ended' | 'expired') => void;
  /** The server refused the link (room gone, wrong token). */
  onDenied?: (reason: string) => void;
  /** The server confirmed this connection's role. */
  onRole?: (role: LiveRole) => void;
}

/** A running connection. */
export interface LiveConnection {
  /** Resolves when both documents have synced with the server once. */
  readonly synced: Promise<void>;
  /** Shares this editor's selection with the others (call once the editor exists). */
  follow(editor: Editor): void;
  close(): void;
}

/** Awareness updates carrying the pointer are sent at most this often (ms). */
const POINTER_INTERVAL_MS = 50;

/** Connects `docs` to the room and keeps the editor's presence store up to date. */
export function connectLive(options: LiveConnectionOptions): LiveConnection {
  const { presence, docs } = options;
  presence.getState().setStatus('connecting');
  let editor: Editor | null = null;
  let stopSelection: () => void = () => undefined;
  const socket = new HocuspocusProviderWebsocket({
    url: liveSocketUrl(options.serverUrl, options.participantId, options.name),
    delay: 500,
    minDelay: 500,
    maxDelay: 5000,
    maxAttempts: 0,
  });
  let ended = false;
  const setStatus = (status: LiveStatus) => {
    if (!ended || status === 'ended') presence.getState().setStatus(status);
  };
  const onStateless = ({ payload }: { payload: string }) => {
    const message = parseStatelessMessage(payload);
    if (!message) return;
    if (message.type === 'session-ended') {
      ended = true;
      setStatus('ended');
      options.onEnded?.(message.reason);
    } else if (message.type === 'promoted') {
      options.onPromoted?.(message.editorToken);
      publish();
    } else if (message.type === 'welcome') {
      options.onRole?.(message.role);
    }
  };
  const provider = (name: string, doc: MapDocs[keyof MapDocs], withAwareness: boolean) =>
    new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token: options.token,
      ...(withAwareness ? {} : { awareness: null }),
      onStateless,
      onAuthenticationFailed: ({ reason }) => {
        setStatus('denied');
        options.onDenied?.(reason);
      },
    });
  const content = provider(contentDocumentName(options.roomId), docs.content, true);
  const annotations = provider(annotationsDocumentName(options.roomId), docs.annotations, false);
  content.attach();
  annotations.attach();

  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  const updateStatus = () => {
    if (socket.status !== WebSocketStatus.Connected) {
      setStatus(socket.status === WebSocketStatus.Connecting ? 'connecting' : 'offline');
    } else if (content.isSynced && annotations.isSynced) {
      setStatus('online');
      markSynced();
    }
  };
  socket.on('status', updateStatus);
  content.on('synced', updateStatus);
  annotations.on('synced', updateStatus);
  const onOffline = () => setStatus('offline');
  // Back online: say so as soon as the socket is (it may never have dropped).
  const onOnline = () => updateStatus();
  globalThis.addEventListener?.('offline', onOffline);
  globalThis.addEventListener?.('online', onOnline);

  // Presence: this person's name, selection and pointer out; everyone else's in.
  const awareness = content.awareness;
  const colour = peerColour(options.participantId);
  let lastPointerSent = 0;
  let pointerTimer: ReturnType<typeof setTimeout> | null = null;
  function publish() {
    awareness?.setLocalState({
      user: { name: options.name, colour },
      selection: editor ? [...editor.selectedCardIds] : [],
      pointer: presence.getState().pointer,
    });
    lastPointerSent = Date.now();
  }
  publish();
  const stopPointer = presence.subscribe((state, previous) => {
    if (state.pointer === previous.pointer || pointerTimer) return;
    const wait = Math.max(0, POINTER_INTERVAL_MS - (Date.now() - lastPointerSent));
    pointerTimer = setTimeout(() => {
      pointerTimer = null;
      publish();
    }, wait);
  });
  const readPeers = () => {
    if (!awareness) return;
    const peers: Peer[] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === awareness.clientID) return;
      const member = state[AWARENESS_MEMBER_FIELD] as AwarenessMember | undefined;
      if (!member) return;
      const pointer = state.pointer as Peer['pointer'] | undefined;
      peers.push({
        clientId,
        participantId: member.participantId,
        name: member.name,
        role: member.role,
        colour: peerColour(member.participantId),
        selection: Array.isArray(state.selection) ? (state.selection as string[]) : [],
        pointer:
          pointer && Number.isFinite(pointer.x) && Number.isFinite(pointer.y) ? pointer : null,
      });
    });
    presence.getState().setPeers(peers);
  };
  awareness?.on('change', readPeers);

  return {
    synced,
    follow(followed) {
      stopSelection();
      editor = followed;
      stopSelection = followed.store.subscribe((state, previous) => {
        if (state.selectedCardIds !== previous.selectedCardIds) publish();
      });
      publish();
    },
    close() {
      stopSelection();
      stopPointer();
      if (pointerTimer) clearTimeout(pointerTimer);
      awareness?.off('change', readPeers);
      globalThis.removeEventListener?.('offline', onOffline);
      globalThis.removeEventListener?.('online', onOnline);
      content.destroy();
      annotations.destroy();
      socket.destroy();
      if (!ended) presence.getState().setStatus('local');
      presence.getState().setPeers([]);
    },
  };
}
