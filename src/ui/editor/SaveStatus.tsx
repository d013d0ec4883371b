import { serializeMap } from '../../persistence/format';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { isTriedAgain } from '../../session/autosave';
import { downloadBlob, fileNameFor } from '../common/download';

/**
 * "Saving…" / "Saved", and a clear error with a way to keep the work when a save failed: in
 * the tab that saves, and in every other tab of the map with changes not stored (the message
 * of the tab that saves, session/peerSaves.ts). The download is this tab's map, so it holds
 * this tab's changes.
 */
export function SaveStatus({ persistent }: { persistent: boolean }) {
  const save = useEditor((s) => s.save);
  const editor = useEditorApi();
  const download = () => {
    const map = editor.map;
    downloadBlob(
      new Blob([serializeMap(map)], { type: 'application/json' }),
      fileNameFor(map.title, 'json'),
    );
  };
  if (save.status === 'error') {
    return (
      <div className="save-error" role="alert">
        <p>
          {save.message}
          {isTriedAgain(save.kind) && ' Waymark keeps trying and says “Saved” once it can.'}
        </p>
        <button type="button" onClick={download}>
          Download a copy (JSON)
        </button>
      </div>
    );
  }
  const text =
    save.status === 'saving' || save.status === 'pending'
      ? 'Saving…'
      : persistent
        ? 'Saved'
        : 'Not saved: this browser blocks storage';
  return (
    <span className="save-status" role="status" data-status={save.status}>
      {text}
    </span>
  );
}
