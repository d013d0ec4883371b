import { useEffect, useState } from 'react';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { details } from '../../editor/operations';

/** The map's title, editable in place; each keystroke is saved, typing is one undo step. */
export function MapTitleField() {
  const title = useEditor((s) => s.map.title);
  const readOnly = useEditor((s) => s.readOnly);
  const editor = useEditorApi();
  const [draft, setDraft] = useState(title);
  useEffect(() => setDraft(title), [title]);
  return (
    <input
      className="map-title-field"
      aria-label="Map title"
      value={draft}
      readOnly={readOnly}
      onChange={(event) => {
        setDraft(event.target.value);
        if (event.target.value.trim() !== '') {
          editor.run(details.updateDetails, { patch: { title: event.target.value } });
        }
      }}
      onBlur={() => setDraft(title)}
    />
  );
}
