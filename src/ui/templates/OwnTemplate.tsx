import { useEffect, useState } from 'react';
import type { JourneyMap } from '../../domain/schema';
import { exportMapJson } from '../../export/json';
import { toStorageError } from '../../persistence/storageError';
import type { TemplateRecord } from '../../persistence/templateStore';
import { downloadBlob } from '../common/download';
import { useServices } from '../services';
import { TemplateCard, type GalleryNotice } from './TemplateGallery';

/**
 * One of the user's own templates in the gallery: its card (read from the library for its
 * picture), "Download" (a template file a colleague can import) and "Delete" (asked twice).
 */
export function OwnTemplate({
  record,
  busy,
  onUse,
  onChanged,
}: {
  record: TemplateRecord;
  busy: boolean;
  onUse: (map: JourneyMap) => void;
  onChanged: (notice: GalleryNotice) => void;
}) {
  const { repository } = useServices();
  const [map, setMap] = useState<JourneyMap | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    let live = true;
    void repository.templates.load(record.id).then(
      (read) => {
        if (!live) return;
        if (read.ok) setMap(read.map);
        else setProblem(read.message);
      },
      (error: unknown) => live && setProblem(toStorageError(error).message),
    );
    return () => {
      live = false;
    };
  }, [repository, record.id]);

  const download = () => {
    if (!map) return;
    const { blob, filename } = exportMapJson(map, {
      template: { name: record.name, description: record.description },
    });
    downloadBlob(blob, filename);
  };

  const remove = async () => {
    try {
      await repository.templates.remove(record.id);
      onChanged({ tone: 'success', text: `Deleted the template “${record.name}”.` });
    } catch (error) {
      onChanged({ tone: 'error', text: toStorageError(error).message });
    }
  };

  return (
    <TemplateCard
      name={record.name}
      description={problem ?? (record.description || 'Your own template.')}
      map={map}
      busy={busy}
      onUse={() => map && onUse(map)}
      cardNoun="card"
    >
      <div className="template-card__tools">
        {confirming ? (
          <>
            <span>Delete “{record.name}” for good?</span>
            <button type="button" className="button--danger" onClick={() => void remove()}>
              Delete template
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              onClick={download}
              disabled={!map}
              aria-label={`Download “${record.name}”`}
            >
              Download
            </button>
            <button
              type="button"
              onClick={() => setConfirming(true)}
              aria-label={`Delete “${record.name}”`}
            >
              Delete
            </button>
          </>
        )}
      </div>
    </TemplateCard>
  );
}
