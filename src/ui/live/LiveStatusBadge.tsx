import { useStore } from 'zustand';
import { useEditorApi } from '../../bindings/EditorProvider';
import type { LiveStatus } from '../../editor/presence';

const TEXT: Record<Exclude<LiveStatus, 'local'>, string> = {
  connecting: 'Connecting to the live session…',
  online: 'Live',
  offline: 'Offline: your changes are kept here and sent when the connection is back',
  ended: 'The live session has ended',
  denied: 'The live session refused this link',
};

/**
 * Where the live session stands, in words, in the editor's header (nothing outside a live
 * session): live with how many people are here, connecting, offline, or ended.
 */
export function LiveStatusBadge() {
  const presence = useEditorApi().presence;
  const status = useStore(presence, (s) => s.status);
  const count = useStore(presence, (s) => new Set(s.peers.map((peer) => peer.participantId)).size);
  if (status === 'local') return null;
  const text = status === 'online' ? `Live · ${count + 1} here` : TEXT[status];
  return (
    <p className={`live-status live-status--${status}`} role="status">
      <span className="live-status__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
