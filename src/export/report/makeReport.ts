/**
 * Makes a report file for the UI: in a Web Worker when the browser has one (the page stays
 * responsive however big the map: issue 12 allows no freeze over 100 ms), otherwise on the
 * page in slices that yield (pacing.ts). Progress and cancelling work the same either way.
 *
 * Import this module dynamically (`await import('…/makeReport')`): it pulls in nothing heavy
 * itself, and the writers load only when a report is made.
 */
import type { WorkOptions } from './pacing';
import type { ReportWorkerMessage } from './report.worker';
import type { ReportFile, ReportRequest } from './runReport';

export type { ReportFile, ReportRequest } from './runReport';
export { REPORT_FORMATS, REPORT_MIME_TYPES, type ReportFormat } from './formats';

/** Raised when the worker cannot start (then the report is made on the page instead). */
class WorkerUnavailable extends Error {}

function abortError(): DOMException {
  return new DOMException('The report was cancelled', 'AbortError');
}

function inWorker(request: ReportRequest, options: WorkOptions): Promise<ReportFile> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      reject(new WorkerUnavailable());
      return;
    }
    let started = false;
    const stop = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(abortError());
    };
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    worker.addEventListener('message', (event: MessageEvent<ReportWorkerMessage>) => {
      started = true;
      const message = event.data;
      if (message.type === 'progress') options.onProgress?.(message.fraction, message.label);
      else {
        stop();
        if (message.type === 'done') resolve(message.file);
        else reject(new Error(message.message));
      }
    });
    worker.addEventListener('error', () => {
      stop();
      reject(started ? new Error('The report could not be made.') : new WorkerUnavailable());
    });
    worker.postMessage(request);
  });
}

/**
 * Makes a report as a file. `inWorker: false` runs it on the page (tests, or a browser
 * whose worker would not start). Rejects with an AbortError when cancelled.
 */
export async function makeReport(
  request: ReportRequest,
  options: WorkOptions & { inWorker?: boolean } = {},
): Promise<ReportFile> {
  if (options.inWorker !== false && typeof Worker !== 'undefined') {
    try {
      return await inWorker(request, options);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  const { runReport } = await import('./runReport');
  return runReport(request, {}, options);
}
