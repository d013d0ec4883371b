/**
 * The PNG worker: draws and encodes the map's PNG off the main thread (png.ts on an
 * OffscreenCanvas). Allocating the canvas of a 10,000-card map alone held the page for 2 s
 * (issue 17). Messages in: a PngWorkerRequest. Messages out: progress, then the image or an
 * error (its message, and whether it was written for the user).
 */
import { PngExportError, renderMapPng, type PngOptions, type PngResult } from './png';
import type { JourneyMap } from '../domain/schema';

/** What the page asks for: the map (its pictures inlined) and how to draw it. */
export interface PngWorkerRequest {
  map: JourneyMap;
  scale: PngOptions['scale'];
  background: PngOptions['background'];
}

/** What the worker posts back. */
export type PngWorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: PngResult }
  | { type: 'error'; message: string; forUser: boolean };

const scope = self as unknown as {
  postMessage(message: PngWorkerMessage): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<PngWorkerRequest>) => void,
  ): void;
};

scope.addEventListener('message', (event) => {
  const { map, scale, background } = event.data;
  renderMapPng(map, {
    scale,
    background,
    onProgress: (fraction) => scope.postMessage({ type: 'progress', fraction }),
  }).then(
    (result) => scope.postMessage({ type: 'done', result }),
    (error: unknown) =>
      scope.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        forUser: error instanceof PngExportError,
      }),
  );
});
