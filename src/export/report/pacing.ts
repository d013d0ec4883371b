/**
 * Keeping the page responsive while a report is made: long loops call `pacer.tick()`, which
 * hands control back to the browser once the current slice of work has run for `budgetMs`
 * (so no task blocks input for long: the issue asks for at most 100 ms), reports progress and
 * stops with an AbortError when the user cancels.
 */

/** Progress and cancelling, for every step of making a report. */
export interface WorkOptions {
  signal?: AbortSignal;
  /** Called with 0…1 and what is being done ("Laying out the map", "Writing Word"). */
  onProgress?: (fraction: number, label: string) => void;
}

/** Lets the browser paint and handle input. A message, not setTimeout (timers are clamped). */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** Splits a long synchronous job into slices of at most `budgetMs` (default 30 ms). */
export class Pacer {
  private sliceStart = now();
  /** The longest slice so far, in ms (tests and the benchmark read it). */
  longestSliceMs = 0;

  constructor(
    private readonly options: WorkOptions = {},
    private readonly budgetMs = 30,
  ) {}

  /** Throws an AbortError when cancelled. */
  check(): void {
    this.options.signal?.throwIfAborted();
  }

  /** Yields when the slice is used up; call it often (between cards, rows, pages). */
  async tick(): Promise<void> {
    const elapsed = now() - this.sliceStart;
    if (elapsed < this.budgetMs) return;
    await this.pause();
  }

  /** Yields now (before a call that cannot be split, such as zipping the file). */
  async pause(): Promise<void> {
    this.longestSliceMs = Math.max(this.longestSliceMs, now() - this.sliceStart);
    await nextTask();
    this.check();
    this.sliceStart = now();
  }

  /** Reports progress of the current stage (0…1). */
  progress(fraction: number, label: string): void {
    this.options.onProgress?.(Math.max(0, Math.min(1, fraction)), label);
  }
}
