import { useState } from 'react';
import { formatDateTime, formatTimeAgo } from '../../domain/dates';
import type { MapSummary } from '../../persistence/db';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { hrefFor, navigate } from '../routes';
import { useServices } from '../services';

/** A size in bytes as people read it: "512 B", "14 KB", "2.3 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One map in the library, with its commands. */
export function MapRow({ summary, onTrashed }: { summary: MapSummary; onTrashed: () => void }) {
  const { library } = useServices();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(summary.title);
  const [confirming, setConfirming] = useState(false);

  const finishRename = async (save: boolean) => {
    if (save && draft.trim() !== '' && draft !== summary.title) {
      await library.getState().rename(summary.id, draft);
    }
    setRenaming(false);
  };

  return (
    <li className="map-row" data-map-id={summary.id}>
      {renaming ? (
        <form
          className="map-row__rename"
          onSubmit={(e) => {
            e.preventDefault();
            void finishRename(true);
          }}
        >
          <input
            aria-label={`New title for “${summary.title}”`}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') void finishRename(false);
            }}
          />
          <button type="submit">Save title</button>
          <button type="button" onClick={() => void finishRename(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <a className="map-row__title" href={hrefFor({ page: 'map', mapId: summary.id })}>
          {summary.title}
        </a>
      )}
      <span className="map-row__meta">
        <time dateTime={summary.updatedAt} title={formatDateTime(summary.updatedAt)}>
          Edited {formatTimeAgo(summary.updatedAt)}
        </time>
        <span>{summary.cardCount} cards</span>
        <span>{formatSize(summary.sizeBytes)}</span>
      </span>
      <span className="map-row__actions">
        <button
          type="button"
          onClick={() => navigate({ page: 'map', mapId: summary.id })}
          aria-label={`Open “${summary.title}”`}
        >
          Open
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(summary.title);
            setRenaming(true);
          }}
          aria-label={`Rename “${summary.title}”`}
        >
          Rename
        </button>
        <button
          type="button"
          onClick={() => void library.getState().duplicate(summary.id)}
          aria-label={`Duplicate “${summary.title}”`}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="button--danger"
          onClick={() => setConfirming(true)}
          aria-label={`Delete “${summary.title}”`}
        >
          Delete
        </button>
      </span>
      {confirming && (
        <ConfirmDialog
          title="Move this map to the trash?"
          message={`“${summary.title}” goes to the trash at the bottom of the library. You can restore it from there.`}
          confirmLabel="Move to trash"
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void library.getState().trash(summary.id).then(onTrashed);
          }}
        />
      )}
    </li>
  );
}
