import { useEffect, useId, useRef } from 'react';

/**
 * A question before a destructive or lasting action: its title, what will happen, and the words of
 * the button that does it.
 */
export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
}

/**
 * A modal question on the native <dialog>: focus moves into it and is trapped, Esc cancels,
 * and focus returns to where it was.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { onCancel } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    const onClose = () => onCancel();
    dialog.addEventListener('cancel', onClose);
    return () => {
      dialog.removeEventListener('cancel', onClose);
      previous?.focus?.();
    };
  }, [onCancel]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      open={typeof HTMLDialogElement === 'undefined' ? true : undefined}
    >
      <h2 id={titleId}>{props.title}</h2>
      <p>{props.message}</p>
      <div className="dialog__buttons">
        <button type="button" onClick={props.onCancel} autoFocus>
          Cancel
        </button>
        <button
          type="button"
          className={props.danger ? 'button--danger' : 'button--primary'}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
