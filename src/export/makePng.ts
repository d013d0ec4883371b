/**
 * Makes the map's PNG for the UI: in a Web Worker when the browser has one, so the page stays
 * responsive while a big map is drawn and encoded (issue 17: a 10,000-card map held the page
 * for 2 to 4.5 s on it), otherwise on the page (png.ts, which yields between chunks). Progress,
 * cancelling and errors work the same either way.
 */
import { PngExportError, renderMapPng, type PngOptions, type PngResult } from './png';
import type { PngWorkerMessage, PngWorkerRequest } from './png.worker';
import type { JourneyMap } from '../domain/schema';

/** Raised when the worker cannot start (then the PNG is made on the page instead). */
class WorkerUnavailable extends Error {}

function abortError(): DOMException {
  return new DOMException('The PNG export was cancelled', 'AbortError');
}

function inWorker(map: JourneyMap, options: PngOptions): Promise<PngResult> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./png.worker.ts', import.meta.url), { type: 'module' });
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
    worker.addEventListener('message', (event: MessageEvent<PngWorkerMessage>) => {
      started = true;
      const message = event.data;
      if (message.type === 'progress') options.onProgress?.(message.fraction);
      else {
        stop();
        if (message.type === 'done') resolve(message.result);
        else
          reject(
            message.forUser ? new PngExportError(message.message) : new Error(message.message),
          );
      }
    });
    worker.addEventListener('error', () => {
      stop();
      reject(started ? new Error('The PNG could not be made.') : new WorkerUnavailable());
    });
    const request: PngWorkerRequest = { map, scale: options.scale, background: options.background };
    worker.postMessage(request);
  });
}

/**
 * The whole map as a PNG (see png.ts for the sizes and limits). `inWorker: false` draws it on
 * the page. Rejects with an AbortError when `signal` aborts, with a PngExportError whose
 * message is written for the user when no image can be made.
 */
export async function makeMapPng(
  map: JourneyMap,
  options: PngOptions & { inWorker?: boolean },
): Promise<PngResult> {
  if (options.inWorker !== false && typeof Worker !== 'undefined') {
    try {
      return await inWorker(map, options);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  return renderMapPng(map, options);
}
