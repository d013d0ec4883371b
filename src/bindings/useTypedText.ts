/**
 * Text typed into a field of the map, shown at once and written to the map after the frame
 * that shows it has painted: keys typed within one frame are one write. A keystroke then costs
 * the field's own render only; the map's update (the document transaction, the store, the
 * inspector, autosave) runs in the next task (issue 17: keypress → paint under a busy CPU).
 * Pending text is written on blur, unmount, `pagehide`, the tab being hidden and `flush()`, so
 * nothing typed is lost; and at the latest 50 ms after the key when the browser holds frames back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from './afterPaint';

/** The longest typed text waits to be written when no frame comes (ms). */
const WRITE_AT_LATEST_MS = 50;

/** A pending write: after the next frame's paint, or after WRITE_AT_LATEST_MS. */
interface Scheduled {
  /** Cancels the write after the next paint. */
  cancelAfterPaint: () => void;
  fallback: ReturnType<typeof setTimeout>;
}

/** What a typed field needs: its shown value, the change handler and `flush` (write now). */
export interface TypedText {
  value: string;
  type: (text: string) => void;
  flush: () => void;
}

/**
 * `mapValue` is what the map holds now (not a copy drawn later); `write(text)` writes the text
 * and returns what the map took (a refused or changed edit: the field shows the map's value).
 * A map value this field did not write (undo, a collaborator) replaces the shown one while
 * nothing is pending.
 */
export function useTypedText(mapValue: string, write: (text: string) => string): TypedText {
  const [value, setValue] = useState(mapValue);
  const written = useRef(mapValue);
  const pending = useRef<string | null>(null);
  const scheduled = useRef<Scheduled | null>(null);
  const writeRef = useRef(write);
  useEffect(() => {
    writeRef.current = write;
  });

  const latestMapValue = useRef(mapValue);
  latestMapValue.current = mapValue;
  if (pending.current === null && mapValue !== written.current) {
    written.current = mapValue;
    setValue(mapValue);
  }

  const flush = useCallback(() => {
    const job = scheduled.current;
    if (job) {
      job.cancelAfterPaint();
      clearTimeout(job.fallback);
      scheduled.current = null;
    }
    const typed = pending.current;
    if (typed === null) return;
    // Someone else changed the text since this field last wrote it: keys added at its end
    // are added to their text, not written over it.
    const text = appendedTo(latestMapValue.current, written.current, typed);
    const taken = writeRef.current(text);
    pending.current = null;
    written.current = taken;
    if (taken !== typed) setValue(taken);
  }, []);

  const type = useCallback(
    (text: string) => {
      setValue(text);
      pending.current = text;
      if (scheduled.current) return;
      // A browser may hold frames back (a window behind another, a tab being switched away
      // from): the text is written after WRITE_AT_LATEST_MS all the same, so other tabs and
      // devices see it.
      scheduled.current = {
        cancelAfterPaint: afterNextPaint(flush),
        fallback: setTimeout(flush, WRITE_AT_LATEST_MS),
      };
    },
    [flush],
  );

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  return { value, type, flush };
}

/**
 * `typed` made from `base`, written over `now` (what the map holds): when `typed` only added
 * letters at the end of `base` and `now` differs from `base`, those letters go at the end of
 * `now`; any other edit is the typed text as it is (the last writer of a field wins).
 */
export function appendedTo(now: string, base: string, typed: string): string {
  if (now === base || !typed.startsWith(base)) return typed;
  return now + typed.slice(base.length);
}
