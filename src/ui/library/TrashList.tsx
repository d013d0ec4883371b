import { useState } from 'react';
import { formatTimeAgo } from '../../domain/dates';
import type { MapSummary } from '../../persistence/db';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useServices } from '../services';

/** Maps moved to the trash: restore them, or delete them for good (after asking). */
export function TrashList({ maps }: { maps: MapSummary[] }) {
  const { library } = useServices();
  const [purging, setPurging] = useState<MapSummary | null>(null);
  if (maps.length === 0) return null;
  return (
    <section className="trash" aria-labelledby="trash-heading">
      <details>
        <summary>
          <h2 id="trash-heading">Trash ({maps.length})</h2>
        </summary>
        <ul className="library__list" aria-label="Maps in the trash">
          {maps.map((summary) => (
            <li key={summary.id} className="map-row map-row--trashed">
              <span className="map-row__title">{summary.title}</span>
              <span className="map-row__meta">
                Deleted {summary.deletedAt ? formatTimeAgo(summary.deletedAt) : ''}
              </span>
              <span className="map-row__actions">
                <button
                  type="button"
                  onClick={() => void library.getState().restore(summary.id)}
                  aria-label={`Restore “${summary.title}”`}
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="button--danger"
                  onClick={() => setPurging(summary)}
                  aria-label={`Delete “${summary.title}” for good`}
                >
                  Delete for good
                </button>
              </span>
            </li>
          ))}
        </ul>
      </details>
      {purging && (
        <ConfirmDialog
          title="Delete this map for good?"
          message={`“${purging.title}” will be deleted from this browser and cannot be restored.`}
          confirmLabel="Delete for good"
          danger
          onCancel={() => setPurging(null)}
          onConfirm={() => {
            void library.getState().purge(purging.id);
            setPurging(null);
          }}
        />
      )}
    </section>
  );
}
