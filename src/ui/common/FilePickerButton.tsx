/**
 * A button that opens the browser's file picker, as the library's import buttons use it: the
 * button says "Importing…" while busy, the picker is cleared after each choice (so choosing
 * the same file again, after fixing it, picks it again), and the hidden input has its own name.
 */
import { useId, useRef, type Ref } from 'react';

/** The button's words, what the picker accepts, and what happens with the chosen file. */
export interface FilePickerButtonProps {
  label: string;
  /** The hidden file input's accessible name ("Map file to import"). */
  inputLabel: string;
  /** The `accept` attribute: extensions and MIME types. */
  accept: string;
  busy: boolean;
  onFile: (file: File) => void;
  /** The visible button, for a page that returns focus to it (after dismissing a message). */
  buttonRef?: Ref<HTMLButtonElement>;
}

/** A button that picks one file (see the file comment). */
export function FilePickerButton({
  label,
  inputLabel,
  accept,
  busy,
  onFile,
  buttonRef,
}: FilePickerButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        onClick={() => inputRef.current?.click()}
        disabled={busy}
        aria-busy={busy}
      >
        {busy ? 'Importing…' : label}
      </button>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        className="wm-import-input"
        accept={accept}
        aria-label={inputLabel}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
