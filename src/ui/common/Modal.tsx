import './modal.css';
import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';

/** What a modal panel needs: its heading, how it closes, and what is in it. */
export interface ModalProps {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Extra class for size and layout (e.g. `modal--wide`, `modal--full`). */
  className?: string;
  /** Buttons beside the heading (Close is always there). */
  actions?: ReactNode;
}

/**
 * A modal panel on the native <dialog> (as ConfirmDialog): focus moves in (to the control marked
 * `data-autofocus`, else the first one) and stays, Esc and
 * Close close it, focus goes back where it was. While it is open the editor's shortcuts stay
 * off (useEditorKeyboard skips keys when a dialog is open), so keys never act on the map behind.
 */
export function Modal({ title, onClose, children, className, actions }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useEffectEvent(() => onClose());
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    // Focus starts where the panel says (`data-autofocus`), else on its first control.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      close();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      previous?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog modal ${className ?? ''}`}
      aria-labelledby={titleId}
      open={typeof HTMLDialogElement === 'undefined' ? true : undefined}
    >
      <header className="modal__header">
        <h2 id={titleId}>{title}</h2>
        <div className="modal__actions">
          {actions}
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </header>
      {children}
    </dialog>
  );
}
