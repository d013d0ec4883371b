/**
 * A text field of the outline that edits one name or title: it shows the map's value, keeps
 * what is typed until Enter or leaving the field (one editor operation), and Esc puts the
 * map's value back. Focus stays in the field after Enter.
 */
import { useState } from 'react';

/** A name or title field (see the file comment); `multiline` wraps a long title and grows. */
export function DraftField({
  value,
  label,
  role,
  multiline = false,
  onCommit,
}: {
  value: string;
  /** The field's accessible name. */
  label: string;
  /** Its `data-outline` role, by which focus finds it (outlineFocus.ts). */
  role: string;
  multiline?: boolean;
  onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
  };
  const props = {
    'aria-label': label,
    'data-outline': role,
    value: draft ?? value,
    maxLength: 500,
    onFocus: () => setDraft(value),
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setDraft(event.currentTarget.value.replace(/\n/g, ' ')),
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        commit();
      } else if (event.key === 'Escape' && draft !== null && draft !== value) {
        event.stopPropagation();
        setDraft(value);
      }
    },
    onBlur: () => {
      commit();
      setDraft(null);
    },
  };
  return multiline ? (
    <textarea className="outline__title" rows={1} {...props} />
  ) : (
    <input type="text" className="outline__name" {...props} />
  );
}
