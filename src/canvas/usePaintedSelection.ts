/**
 * A selection of a store's state that follows the store after the browser has painted the frame
 * of a change: the canvas draws a change one frame after what the user touched (the field typed
 * in, the card let go), in an interruptible React transition, and never re-renders with the
 * change itself. React's own useDeferredValue renders before that paint when the frame is not yet
 * due, so the keystroke waited for the canvas anyway (issue 17: keypress → paint 42 → 56 ms under
 * a ×2 CPU throttle).
 */
import { startTransition, useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { afterNextPaint } from '../bindings/afterPaint';

/**
 * `select(store.getState())` as of the last frame painted since it changed (`equal` says when it
 * did); on the first render, the store's state itself. A change `urgent(next, before)` says must
 * show at once (something the user goes on to type into) is rendered with the change, as a plain
 * subscription would. `select`, `equal` and `urgent` are read once.
 */
export function usePaintedSelection<S, T>(
  store: StoreApi<S>,
  select: (state: S) => T,
  equal: (a: T, b: T) => boolean,
  urgent: (next: T, before: T) => boolean = () => false,
): T {
  const [shown, setShown] = useState(() => select(store.getState()));
  useEffect(() => {
    let latest = shown;
    /** Cancels the showing of `latest` that waits for the next paint; null when none waits. */
    let pending: (() => void) | null = null;
    const show = () => {
      pending = null;
      const value = latest;
      startTransition(() => setShown(value));
    };
    const cancel = () => {
      pending?.();
      pending = null;
    };
    const check = () => {
      const next = select(store.getState());
      if (equal(next, latest)) return;
      const before = latest;
      latest = next;
      if (urgent(next, before)) {
        cancel();
        setShown(next);
        return;
      }
      pending ??= afterNextPaint(show);
    };
    check(); // a change between the render and this effect
    const unsubscribe = store.subscribe(check);
    return () => {
      unsubscribe();
      cancel();
    };
    // The store is the subscription; `shown` seeds it once (later values come from the store).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return shown;
}
