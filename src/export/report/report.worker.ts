/**
 * The report worker: makes a report file off the main thread, so a 2,000-card map never
 * freezes the page (issue 12). Messages in: a ReportRequest. Messages out: progress, then the
 * file (its bytes transferred, not copied) or an error message.
 */
import { setDateLocale } from '../../domain/dates';
import { runReport, type ReportRequest } from './runReport';

// Dates in the browser's language, as the page writes them (a worker has its own modules).
setDateLocale(navigator.languages);

/** What the worker posts back. */
export type ReportWorkerMessage =
  | { type: 'progress'; fraction: number; label: string }
  | { type: 'done'; file: Awaited<ReturnType<typeof runReport>> }
  | { type: 'error'; message: string };

const scope = self as unknown as {
  postMessage(message: ReportWorkerMessage, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ReportRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  runReport(
    event.data,
    {},
    {
      onProgress: (fraction, label) => scope.postMessage({ type: 'progress', fraction, label }),
    },
  ).then(
    (file) => scope.postMessage({ type: 'done', file }, [file.bytes.buffer as ArrayBuffer]),
    (error: unknown) =>
      scope.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
