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
import { inWorkerOrOnPage, runInWorker } from '../workerTask';

export type { ReportFile, ReportRequest } from './runReport';
export { REPORT_FORMATS, REPORT_MIME_TYPES, type ReportFormat } from './formats';

/**
 * Makes a report as a file. `inWorker: false` runs it on the page (tests, or a browser
 * whose worker would not start). Rejects with an AbortError when cancelled.
 */
export function makeReport(
  request: ReportRequest,
  options: WorkOptions & { inWorker?: boolean } = {},
): Promise<ReportFile> {
  return inWorkerOrOnPage(
    options.inWorker !== false,
    () =>
      runInWorker<ReportWorkerMessage, ReportFile>(
        () => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' }),
        request,
        {
          signal: options.signal,
          cancelled: 'The report was cancelled',
          failed: 'The report could not be made.',
          read: (message) => {
            if (message.type === 'progress') {
              options.onProgress?.(message.fraction, message.label);
              return null;
            }
            if (message.type === 'done') return { result: message.file };
            return { error: new Error(message.message) };
          },
        },
      ),
    async () => (await import('./runReport')).runReport(request, {}, options),
  );
}
