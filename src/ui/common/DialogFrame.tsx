/**
 * The frame of the export and report dialogs: a backdrop (a click on it closes), a modal box
 * named by its heading, focus kept inside (Tab wraps, Esc closes, focus goes back on close:
 * useFocusTrap) and the rest of the page inert; and the Close button at its foot.
 */
import { useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useFocusTrap } from './useFocusTrap';
import { useInertOthers } from './useInertOthers';
import './dialogFrame.css';

/** What a framed dialog needs: its heading's id, how it closes, and what is in it. */
export interface DialogFrameProps {
  /** The id of the dialog's heading, which the content places (it names the dialog). */
  titleId: string;
  onClose: () => void;
  /** A class for the box besides `wm-export-dialog` (e.g. `wm-report-dialog`). */
  className?: string;
  /** The box, for a dialog that moves focus to it (e.g. while its buttons are disabled). */
  dialogRef?: RefObject<HTMLDivElement | null>;
  /** Keys pressed inside the box (e.g. to keep them from the map's shortcuts). */
  onKeyDown?: (event: KeyboardEvent) => void;
  children: ReactNode;
}

/** A modal dialog box over a backdrop (see the file comment). */
export function DialogFrame({
  titleId,
  onClose,
  className,
  dialogRef,
  onKeyDown,
  children,
}: DialogFrameProps) {
  const ownRef = useRef<HTMLDivElement>(null);
  const ref = dialogRef ?? ownRef;
  useInertOthers(ref);
  useFocusTrap(ref, onClose);
  return (
    <div
      className="wm-export-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={ref}
        className={className ? `wm-export-dialog ${className}` : 'wm-export-dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}

/** The foot of a framed dialog: its Close button. */
export function DialogFooter({ onClose }: { onClose: () => void }) {
  return (
    <div className="wm-export-footer">
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
