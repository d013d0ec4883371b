/**
 * Text typed into a field of the map, shown at once and written to the map after the frame
 * that shows it has painted: keys typed within one frame are one write. A keystroke then costs
 * the field's own render only; the map's update (the document transaction, the store, the
 * inspector, autosave) runs in the next task (issue 17: keypress → paint under a busy CPU).
 * Pending text is written on blur, unmount, `pagehide` and `flush()`, so nothing typed is lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

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
  const scheduled = useRef<{ frame: number; timer?: ReturnType<typeof setTimeout> } | null>(null);
  const writeRef = useRef(write);
  useEffect(() => {
    writeRef.current = write;
  });

  if (pending.current === null && mapValue !== written.current) {
    written.current = mapValue;
    setValue(mapValue);
  }

  const flush = useCallback(() => {
    const job = scheduled.current;
    if (job) {
      cancelAnimationFrame(job.frame);
      if (job.timer !== undefined) clearTimeout(job.timer);
      scheduled.current = null;
    }
    const text = pending.current;
    if (text === null) return;
    const taken = writeRef.current(text);
    pending.current = null;
    written.current = taken;
    if (taken !== text) setValue(taken);
  }, []);

  const type = useCallback(
    (text: string) => {
      setValue(text);
      pending.current = text;
      if (scheduled.current) return;
      // requestAnimationFrame runs before the paint; the task it posts, after it.
      const job: { frame: number; timer?: ReturnType<typeof setTimeout> } = { frame: 0 };
      job.frame = requestAnimationFrame(() => {
        job.timer = setTimeout(flush, 0);
      });
      scheduled.current = job;
    },
    [flush],
  );

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { value, type, flush };
}
