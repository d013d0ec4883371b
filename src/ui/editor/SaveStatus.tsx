import { serializeMap } from '../../persistence/format';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { downloadBlob, fileNameFor } from '../common/download';

/** "Saving…" / "Saved", and a clear error with a way to keep the work when a save failed. */
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
        <p>{save.message}</p>
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
