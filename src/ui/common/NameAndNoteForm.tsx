/**
 * A name and a note, then a submit button: the form of "Save as template" (name, what it is
 * for) and of "Save version" (name, note). The name is required and takes the focus when the
 * dialog opens (Modal's `data-autofocus`); both are cut at their stored limits.
 */
import { useId, type FormEvent, type ReactNode } from 'react';

/** The form's words, limits, values and what submitting does. */
export interface NameAndNoteFormProps {
  className: string;
  /** The visible labels, which are the fields' accessible names. */
  labels: { name: string; note: string };
  /** The longest name and note the store keeps (characters). */
  maxLength: { name: number; note: number };
  /** How many lines the note field shows. */
  noteRows: number;
  namePlaceholder?: string;
  name: string;
  note: string;
  onNameChange: (name: string) => void;
  onNoteChange: (note: string) => void;
  /** Called on submit (the browser's own submit is prevented). */
  onSubmit: () => void;
  /** The submit button's words ("Saving…" while `busy`). */
  submitLabel: string;
  busy: boolean;
  /** Whether the button can be pressed, besides not being busy (default true). */
  canSubmit?: boolean;
  /** More fields, between the note and the button. */
  children?: ReactNode;
}

/** The name-and-note form (see the file comment). */
export function NameAndNoteForm(props: NameAndNoteFormProps) {
  const { labels, maxLength, busy, canSubmit = true } = props;
  const ids = { name: useId(), note: useId() };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className={props.className} onSubmit={submit}>
      <label htmlFor={ids.name}>{labels.name}</label>
      <input
        data-autofocus
        id={ids.name}
        type="text"
        required
        maxLength={maxLength.name}
        placeholder={props.namePlaceholder}
        value={props.name}
        onChange={(event) => props.onNameChange(event.target.value)}
      />
      <label htmlFor={ids.note}>{labels.note}</label>
      <textarea
        id={ids.note}
        rows={props.noteRows}
        maxLength={maxLength.note}
        value={props.note}
        onChange={(event) => props.onNoteChange(event.target.value)}
      />
      {props.children}
      <div className="dialog__buttons">
        <button type="submit" className="button--primary" disabled={busy || !canSubmit}>
          {busy ? 'Saving…' : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
