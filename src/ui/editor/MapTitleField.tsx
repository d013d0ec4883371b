import { useEffect, useState } from 'react';
import { useCan, useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { details } from '../../editor/operations';

/**
 * The map's title, editable in place; each keystroke is saved, typing is one undo step. The
 * page's level-one heading is the title too, for screen readers only: the field looks as before.
 */
export function MapTitleField() {
  const title = useEditor((s) => s.map.title);
  // Read-only where the map cannot be changed: another tab's lock, annotation mode, a participant.
  const readOnly = !useCan('edit');
  const editor = useEditorApi();
  const [draft, setDraft] = useState(title);
  useEffect(() => setDraft(title), [title]);
  return (
    <>
      <h1 className="visually-hidden">{title.trim() || 'Untitled map'}</h1>
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
    </>
  );
}
