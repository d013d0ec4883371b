/**
 * Running an export in a Web Worker, with progress and cancelling, and falling back to the page
 * where no worker starts: the PNG (makePng.ts) and the reports (report/makeReport.ts). Pulls in
 * nothing heavy, so modules loaded on demand can use it.
 */

/** Raised when a worker cannot start (then the work is done on the page instead). */
export class WorkerUnavailable extends Error {}

/** What a worker's message means to the task: a result, an error, or neither (progress). */
export type WorkerOutcome<T> = { result: T } | { error: Error } | null;

/**
 * Posts `request` to the worker `start` makes and settles with what `read` makes of its
 * messages. Rejects with an AbortError named `cancelled` when `signal` aborts (the worker is
 * stopped), with WorkerUnavailable when the worker fails before its first message, and with
 * an Error of `failed` when it fails after. The worker is stopped once the task settles.
 */
export function runInWorker<M, T>(
  start: () => Worker,
  request: unknown,
  task: {
    read: (message: M) => WorkerOutcome<T>;
    signal?: AbortSignal | undefined;
    cancelled: string;
    failed: string;
  },
): Promise<T> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = start();
    } catch {
      reject(new WorkerUnavailable());
      return;
    }
    let started = false;
    const stop = () => {
      worker.terminate();
      task.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(new DOMException(task.cancelled, 'AbortError'));
    };
    if (task.signal?.aborted) return onAbort();
    task.signal?.addEventListener('abort', onAbort);
    worker.addEventListener('message', (event: MessageEvent<M>) => {
      started = true;
      const outcome = task.read(event.data);
      if (outcome === null) return;
      stop();
      if ('result' in outcome) resolve(outcome.result);
      else reject(outcome.error);
    });
    worker.addEventListener('error', () => {
      stop();
      reject(started ? new Error(task.failed) : new WorkerUnavailable());
    });
    worker.postMessage(request);
  });
}

/** `inWorker()` where workers exist and `useWorker`; `onPage()` otherwise or when none starts. */
export async function inWorkerOrOnPage<T>(
  useWorker: boolean,
  inWorker: () => Promise<T>,
  onPage: () => Promise<T>,
): Promise<T> {
  if (useWorker && typeof Worker !== 'undefined') {
    try {
      return await inWorker();
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  return onPage();
}
