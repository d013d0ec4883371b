/**
 * Other people in a live session, drawn on the canvas: each one's pointer with their name, and
 * an outline in their colour around the cards they have selected. Drawn in canvas coordinates
 * (inside React Flow's viewport), so it pans and zooms with the map. Nothing outside a session.
 */
import { memo } from 'react';
import { useStore } from 'zustand';
import { useEditorApi } from '../bindings/EditorProvider';
import type { MapLayout } from './layout';
import './styles/presence.css';

/** Pointers and selection outlines of the others, from the editor's presence store. */
export const PresenceLayer = memo(function PresenceLayer({ layout }: { layout: MapLayout }) {
  const peers = useStore(useEditorApi().presence, (s) => s.peers);
  if (peers.length === 0) return null;
  return (
    <>
      {peers.flatMap((peer) =>
        peer.selection.flatMap((cardId) => {
          const box = layout.cards.get(cardId);
          return box
            ? [
                <div
                  key={`${peer.clientId}:${cardId}`}
                  className="live-selection"
                  title={`${peer.name} has this card selected`}
                  style={{
                    left: box.x - 4,
                    top: box.y - 4,
                    width: box.width + 8,
                    height: box.height + 8,
                    ['--peer' as string]: peer.colour,
                  }}
                />,
              ]
            : [];
        }),
      )}
      {peers.map((peer) =>
        peer.pointer ? (
          <div
            key={peer.clientId}
            className="live-pointer"
            aria-hidden="true"
            style={{ left: peer.pointer.x, top: peer.pointer.y, ['--peer' as string]: peer.colour }}
          >
            <div className="live-pointer__arrow" />
            <span className="live-pointer__name">{peer.name}</span>
          </div>
        ) : null,
      )}
    </>
  );
});
