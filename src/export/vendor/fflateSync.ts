/**
 * fflate for the browser build, without Web Workers.
 *
 * read-excel-file and write-excel-file call fflate's asynchronous `unzip` and `zip`, which start a
 * Worker from a `blob:` URL for entries over 512 KB (unzip) or 160 KB (zip). Waymark's
 * Content-Security-Policy (index.html) allows scripts and workers from Waymark's own origin
 * only, so such a worker would be refused and the workbook would never finish. vite.config.ts
 * points those libraries' `import 'fflate'` here: the same API, with `zip` and `unzip` doing the
 * work synchronously (fflate's `zipSync` / `unzipSync`) and calling back on the next microtask.
 */
import {
  unzipSync,
  zipSync,
  type AsyncUnzipOptions,
  type AsyncZipOptions,
  type AsyncZippable,
  type FlateCallback,
  type UnzipCallback,
  type Unzipped,
} from 'fflate';

export * from 'fflate';

/** Zips `data` without a worker; `callback(error, archive)` as fflate's `zip`. */
export function zip(
  data: AsyncZippable,
  optionsOrCallback: AsyncZipOptions | FlateCallback,
  maybeCallback?: FlateCallback,
): () => void {
  const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
  const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
  queueMicrotask(() => {
    let archive: Parameters<FlateCallback>[1];
    try {
      archive = zipSync(data, options);
    } catch (error) {
      callback?.(
        error as Parameters<FlateCallback>[0],
        null as unknown as Parameters<FlateCallback>[1],
      );
      return;
    }
    callback?.(null, archive);
  });
  return () => undefined;
}

/** Unzips `data` without a worker; `callback(error, files)` as fflate's `unzip`. */
export function unzip(
  data: Uint8Array,
  optionsOrCallback: AsyncUnzipOptions | UnzipCallback,
  maybeCallback?: UnzipCallback,
): () => void {
  const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
  const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
  queueMicrotask(() => {
    let files: Unzipped;
    try {
      files = unzipSync(data, options);
    } catch (error) {
      callback?.(error as Parameters<UnzipCallback>[0], null as unknown as Unzipped);
      return;
    }
    callback?.(null, files);
  });
  return () => undefined;
}
