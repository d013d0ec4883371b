import { useEffect } from 'react';

/** The map that can be brought back from the trash. */
export interface UndoOffer {
  id: string;
  title: string;
}

/** "Moved X to the trash. Undo" for ten seconds. */
export function UndoToast({
  offer,
  onUndo,
  onDismiss,
}: {
  offer: UndoOffer;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, 10_000);
    return () => clearTimeout(timer);
  }, [offer, onDismiss]);
  return (
    <div className="toast" role="status">
      <span>Moved “{offer.title}” to the trash.</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss message" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
