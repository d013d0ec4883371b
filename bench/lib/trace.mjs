/**
 * Reads a Chromium trace (browser.startTracing) for the autosave figure: the renderer main
 * thread's tasks between each `bench-key` mark (the keydown of an edit) and the following
 * `bench-saved` mark (the status text turned to "Saved", i.e. IndexedDB committed).
 */

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
];

const TASK_NAMES = ['RunTask', 'ThreadControllerImpl::RunTask'];

/**
 * For each edit: the input task (the one the keydown ran in, which also starts the save),
 * and the tasks after it until "Saved" (the save's own work: IndexedDB callbacks, the status
 * re-render). Times in ms.
 */
export function saveTasksFromTrace(buffer) {
  const events = JSON.parse(buffer.toString('utf8')).traceEvents ?? [];
  const marks = events.filter(
    (e) => (e.name === 'bench-key' || e.name === 'bench-saved') && typeof e.ts === 'number',
  );
  if (marks.length === 0) return { error: 'no bench marks in the trace' };
  const pid = marks[0].pid;
  const tid = marks[0].tid;
  let taskName = TASK_NAMES.find((name) =>
    events.some((e) => e.name === name && e.ph === 'X' && e.pid === pid && e.tid === tid),
  );
  if (!taskName) return { error: 'no main-thread task events in the trace' };
  const tasks = events
    .filter((e) => e.name === taskName && e.ph === 'X' && e.pid === pid && e.tid === tid)
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) }))
    .sort((a, b) => a.start - b.start);
  // Drop tasks nested in another (nested run loops): keep top-level ones only.
  const top = [];
  for (const task of tasks) {
    const last = top[top.length - 1];
    if (last && task.start < last.end) continue;
    top.push(task);
  }
  const sortedMarks = marks.sort((a, b) => a.ts - b.ts);
  const saves = [];
  for (let i = 0; i < sortedMarks.length; i++) {
    const key = sortedMarks[i];
    if (key.name !== 'bench-key') continue;
    const saved = sortedMarks.slice(i + 1).find((m) => m.name === 'bench-saved');
    const nextKey = sortedMarks.slice(i + 1).find((m) => m.name === 'bench-key');
    if (!saved || (nextKey && nextKey.ts < saved.ts)) continue;
    const input = top.find((t) => t.start <= key.ts && key.ts <= t.end);
    const after = top.filter(
      (t) => t.start > (input ? input.end : key.ts) - 1 && t.start <= saved.ts,
    );
    const durations = after.map((t) => (t.end - t.start) / 1000);
    saves.push({
      inputTaskMs: input ? (input.end - input.start) / 1000 : null,
      saveTasks: durations.length,
      saveTasksTotalMs: durations.reduce((a, b) => a + b, 0),
      saveTaskMaxMs: durations.length ? Math.max(...durations) : 0,
      commitMs: (saved.ts - key.ts) / 1000,
    });
  }
  return { taskName, saves };
}
