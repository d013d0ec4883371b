/**
 * A saved version, read-only: its name, note and time, a picture of the map as it was (the SVG
 * export's drawing) and every card in a table, so nothing in it can be changed by mistake.
 * "Restore this version" hands back to the versions panel, which asks first.
 */
import { useMemo } from 'react';
import { formatDateTime } from '../../domain/dates';
import { CARD_KIND_REGISTRY } from '../../domain/kinds';
import { placesOf } from '../../domain/compare';
import type { JourneyMap } from '../../domain/schema';
import { plural } from '../../domain/words';
import type { VersionInfo } from '../../persistence/versionStore';
import { Modal } from '../common/Modal';
import { MapPicture } from './MapPicture';

/** The read-only view of one version. */
export function VersionViewer({
  info,
  map,
  canRestore,
  onRestore,
  onClose,
}: {
  info: VersionInfo;
  map: JourneyMap;
  canRestore: boolean;
  onRestore: () => void;
  onClose: () => void;
}) {
  const placeOf = useMemo(() => placesOf(map), [map]);
  return (
    <Modal
      title={`Version “${info.name || 'Untitled version'}” (read-only)`}
      onClose={onClose}
      className="modal--full version-viewer"
      actions={
        canRestore ? (
          <button type="button" className="button--primary" onClick={onRestore}>
            Restore this version…
          </button>
        ) : null
      }
    >
      <p className="version-viewer__meta">
        Saved {formatDateTime(info.createdAt)} · “{map.title}” · {plural(map.cards.length, 'card')}
        {info.note ? ` · ${info.note}` : ''}
      </p>
      <p className="notice notice--warning">
        This is the map as it was then, to look at. Nothing here can be changed; restore it to make
        it the map again (the map as it is now is kept as a version first).
      </p>
      <MapPicture map={map} label={`The map “${map.title}” as it was in this version`} />
      <details className="version-viewer__cards">
        <summary>Every card in this version ({map.cards.length})</summary>
        <table>
          <caption className="visually-hidden">Cards in this version</caption>
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Step</th>
              <th scope="col">Lane</th>
              <th scope="col">Kind</th>
              <th scope="col">Title</th>
            </tr>
          </thead>
          <tbody>
            {map.cards.map((card) => {
              const place = placeOf(card);
              return (
                <tr key={card.id}>
                  <td>{place?.phase}</td>
                  <td>{place?.step}</td>
                  <td>{place?.lane}</td>
                  <td>{CARD_KIND_REGISTRY[card.kind].label}</td>
                  <td>{card.title || 'Untitled'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </Modal>
  );
}
