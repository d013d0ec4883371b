import { useStore } from 'zustand';
import { useEditorApi } from '../../bindings/EditorProvider';
import type { Peer } from '../../editor/presence';

const ROLE_LABELS: Record<Peer['role'], string> = {
  facilitator: 'Facilitator',
  editor: 'Editor',
  participant: 'Participant',
};

/**
 * Who is in the live session now: name and role of everyone else, one entry per person (a
 * person with two tabs is listed once). The facilitator can make a participant an editor.
 */
export function PeopleHere({ onPromote }: { onPromote?: (participantId: string) => void }) {
  const presence = useEditorApi().presence;
  const peers = useStore(presence, (s) => s.peers);
  const people = [...new Map(peers.map((peer) => [peer.participantId, peer])).values()];
  if (people.length === 0) {
    return <p className="live-people__empty">Nobody else has joined yet.</p>;
  }
  return (
    <ul className="live-people" aria-label="People here">
      {people.map((peer) => (
        <li key={peer.participantId} className="live-people__person">
          <span
            className="live-people__dot"
            style={{ background: peer.colour }}
            aria-hidden="true"
          />
          <span className="live-people__name">{peer.name}</span>
          <span className="live-people__role">{ROLE_LABELS[peer.role]}</span>
          {onPromote && peer.role === 'participant' ? (
            <button type="button" onClick={() => onPromote(peer.participantId)}>
              Make {peer.name} an editor
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
