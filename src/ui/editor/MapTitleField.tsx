import { useEffect, useState } from 'react';
import { updateMapDetails } from '../../domain/edits';
import { useEditor } from '../../store/EditorStoreContext';

/** The map's title, editable in place; each keystroke is saved, typing is one undo step. */
export function MapTitleField() {
  const title = useEditor((s) => s.map.title);
  const readOnly = useEditor((s) => s.readOnly);
  const apply = useEditor((s) => s.apply);
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
          apply((map) => updateMapDetails(map, { title: event.target.value }), {
            coalesceKey: 'map-title',
          });
        }
      }}
      onBlur={() => setDraft(title)}
    />
  );
}
