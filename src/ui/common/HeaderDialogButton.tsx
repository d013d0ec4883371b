/** A button in the editor's header that opens a dialog ("Versions…", "Save as template…"). */
import { useState, type ReactNode } from 'react';

/** The button's words, and the dialog it opens (given how to close it). */
export interface HeaderDialogButtonProps {
  label: string;
  dialog: (close: () => void) => ReactNode;
}

/** The header button and, while open, its dialog. */
export function HeaderDialogButton({ label, dialog }: HeaderDialogButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="editor-header__export"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && dialog(() => setOpen(false))}
    </>
  );
}
