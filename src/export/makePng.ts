/**
 * Makes the map's PNG for the UI: in a Web Worker when the browser has one, so the page stays
 * responsive while a big map is drawn and encoded (issue 17: a 10,000-card map held the page
 * for 2 to 4.5 s on it), otherwise on the page (png.ts, which yields between chunks). Progress,
 * cancelling and errors work the same either way.
 */
import { PngExportError, renderMapPng, type PngOptions, type PngResult } from './png';
import type { PngWorkerMessage, PngWorkerRequest } from './png.worker';
import { inWorkerOrOnPage, runInWorker } from './workerTask';
import type { JourneyMap } from '../domain/schema';

/**
 * The whole map as a PNG (see png.ts for the sizes and limits). `inWorker: false` draws it on
 * the page. Rejects with an AbortError when `signal` aborts, with a PngExportError whose
 * message is written for the user when no image can be made.
 */
export function makeMapPng(
  map: JourneyMap,
  options: PngOptions & { inWorker?: boolean },
): Promise<PngResult> {
  const request: PngWorkerRequest = { map, scale: options.scale, background: options.background };
  return inWorkerOrOnPage(
    options.inWorker !== false,
    () =>
      runInWorker<PngWorkerMessage, PngResult>(
        () => new Worker(new URL('./png.worker.ts', import.meta.url), { type: 'module' }),
        request,
        {
          signal: options.signal,
          cancelled: 'The PNG export was cancelled',
          failed: 'The PNG could not be made.',
          read: (message) => {
            if (message.type === 'progress') {
              options.onProgress?.(message.fraction);
              return null;
            }
            if (message.type === 'done') return { result: message.result };
            const { message: text, forUser } = message;
            return { error: forUser ? new PngExportError(text) : new Error(text) };
          },
        },
      ),
    () => renderMapPng(map, options),
  );
}
