/**
 * Typing with an input method (Japanese, Chinese, Korean, and any IME): while a composition
 * is open, every key belongs to the input method. Enter accepts a conversion, Escape cancels
 * it, letters build it; none of them may close an editor, run a shortcut or create a card.
 *
 * One guard for the whole app instead of a check in every key handler: it listens first, on
 * the window in the capture phase, and stops a composing key from reaching any other handler
 * (React's and the app's own), while the browser still delivers it to the input method.
 * A key is composing when `isComposing` is set or its keyCode is 229 (Safari sends the Enter
 * that ends a composition after `compositionend`, with keyCode 229 and isComposing false).
 */

/** Whether a keyboard event belongs to an open input-method composition. */
export function isComposingKey(event: Pick<KeyboardEvent, 'isComposing' | 'keyCode'>): boolean {
  return event.isComposing || event.keyCode === 229;
}

/** Installs the guard on `target` (the window); returns a function that removes it. */
export function installCompositionGuard(target: Window): () => void {
  const guard = (event: KeyboardEvent) => {
    if (isComposingKey(event)) event.stopImmediatePropagation();
  };
  target.addEventListener('keydown', guard, true);
  target.addEventListener('keyup', guard, true);
  return () => {
    target.removeEventListener('keydown', guard, true);
    target.removeEventListener('keyup', guard, true);
  };
}
