/**
 * Focus for a panel that opens beside the work, not over it (the legend): it is a non-modal
 * dialog in all but name. Focus moves to its heading when it opens, so the keyboard finds it
 * where it appears; Escape inside it closes it; and when it closes with focus inside (Escape,
 * its Close button, its shortcut), focus goes back to the control that opened it, as the
 * dialogs (Modal, ConfirmDialog) and menus (PopupMenu) do.
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/**
 * Wires `panelRef`'s focus as the file comment says; returns the panel's `onKeyDown`.
 * `fallback` gives the control to return to when the opener is gone (a menu item that closed
 * with its menu), or null.
 */
export function usePanelFocus({
  panelRef,
  headingRef,
  onClose,
  fallback,
}: {
  panelRef: RefObject<HTMLElement | null>;
  headingRef: RefObject<HTMLElement | null>;
  onClose: () => void;
  fallback: () => HTMLElement | null;
}): (event: KeyboardEvent<HTMLElement>) => void {
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  }, [fallback]);

  // A layout effect: its clean-up runs while the panel is still in the page, so it can tell
  // whether focus is inside it.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    const active = document.activeElement;
    const opener =
      active instanceof HTMLElement && active !== document.body && !panel?.contains(active)
        ? active
        : null;
    headingRef.current?.focus({ preventScroll: true });
    return () => {
      if (!panel?.contains(document.activeElement)) return;
      const back =
        opener?.isConnected && opener.closest('[inert]') === null ? opener : fallbackRef.current();
      back?.focus({ preventScroll: true });
    };
  }, [panelRef, headingRef]);

  return (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    // Handled here: the editor's Escape (clear the selection) leaves the keys already used.
    event.preventDefault();
    onClose();
  };
}
