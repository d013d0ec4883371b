/**
 * The whole map as a PNG, drawn straight onto a canvas from the same layout as the SVG
 * (see canvasDraw.ts). Big maps are scaled down to stay inside what browsers can allocate;
 * the result says so, so the UI can suggest SVG instead.
 */
import type { JourneyMap } from '../domain/schema';
import { drawPrimitives, type DrawingContext } from './canvasDraw';
import { layoutMap, MAP_LAYOUT } from './layout';
import { canvasMeasurer } from './measureText';
import { buildScene } from './scene';
import { loadScenePictures } from './scenePictures';

/**
 * Safe canvas limits. Chromium allows 32,767 px a side and ~268 Mpx in all; we stay well
 * under both (and under html-to-image's 16,384 px side) so allocation and encoding succeed.
 */
export const PNG_LIMITS = { maxSide: 16_384, maxArea: 200_000_000 } as const;

/**
 * How a PNG is drawn: its scale (image pixels per map pixel), background, progress and cancelling.
 */
export interface PngOptions {
  scale: 1 | 2 | 3;
  background: 'white' | 'transparent';
  /** Called with 0…1 while the image is drawn and encoded. */
  onProgress?: (fraction: number) => void;
  /** Stops drawing between chunks (the promise rejects with an AbortError). */
  signal?: AbortSignal;
}

/** A drawn PNG and its size in pixels. */
export interface PngResult {
  blob: Blob;
  /** Size of the image in pixels. */
  width: number;
  height: number;
  /** The scale actually used (image pixels per map pixel). */
  scale: number;
  /** The requested scale, when the map was too big for it and had to be drawn smaller. */
  scaledDownFrom?: number;
}

/**
 * The largest scale up to `requested` at which a `width` × `height` map fits the limits.
 * Scales below the request are rounded down to hundredths, so the image is never too big.
 */
export function fitPngScale(
  width: number,
  height: number,
  requested: number,
): { scale: number; scaledDownFrom?: number } {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const fit = Math.min(
    PNG_LIMITS.maxSide / w,
    PNG_LIMITS.maxSide / h,
    Math.sqrt(PNG_LIMITS.maxArea / (w * h)),
  );
  if (fit >= requested) return { scale: requested };
  return { scale: Math.max(0.01, Math.floor(fit * 100) / 100), scaledDownFrom: requested };
}

const PRIMITIVES_PER_CHUNK = 5_000;

/** Lets the browser paint (the progress) and handle input between drawing chunks. */
function nextTask(): Promise<void> {
  // A message, not setTimeout: timers are clamped and throttled in background tabs.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** What the PNG draws with: the drawing calls, and the scale. */
type PngContext = DrawingContext & Pick<CanvasRenderingContext2D, 'setTransform'>;

/** A canvas of `width` × `height` px to draw the image on, and how to encode and free it. */
interface Surface {
  context: PngContext | null;
  encode(): Promise<Blob | null>;
  free(): void;
}

/**
 * A `<canvas>` on the page; an OffscreenCanvas in a worker (png.worker.ts), which has no
 * document. Either way, a browser that cannot allocate or encode it gives null, not an error.
 */
function surface(width: number, height: number): Surface {
  if (typeof document === 'undefined') {
    let canvas: OffscreenCanvas;
    try {
      canvas = new OffscreenCanvas(width, height);
    } catch {
      return { context: null, encode: () => Promise.resolve(null), free: () => undefined };
    }
    return {
      context: canvas.getContext('2d') as unknown as PngContext | null,
      encode: () => canvas.convertToBlob({ type: 'image/png' }).catch(() => null),
      free: () => {
        canvas.width = 0;
        canvas.height = 0;
      },
    };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return {
    context: canvas.getContext('2d'),
    encode: () =>
      new Promise((resolve) => {
        try {
          canvas.toBlob((blob) => resolve(blob), 'image/png');
        } catch {
          resolve(null);
        }
      }),
    // Free the pixels now rather than at the next garbage collection.
    free: () => {
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}

/** A PNG export failure whose message is written for the user (never the browser's own text). */
export class PngExportError extends Error {
  override name = 'PngExportError';
}

/**
 * Renders the whole map as a PNG at `scale` (1×, 2× or 3×). When the map does not fit the
 * canvas limits at that scale, it is drawn at the largest scale that fits and the result
 * carries `scaledDownFrom`. If the browser still cannot make the image (low memory), the scale
 * is halved and tried again twice before giving up with an error that suggests SVG.
 */
export async function renderMapPng(map: JourneyMap, options: PngOptions): Promise<PngResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress(0);
  // Laid out with the widths of the font it is drawn in, so no text is squeezed or cut.
  const measure = canvasMeasurer(MAP_LAYOUT.fontFamily) ?? undefined;
  const layout = layoutMap(map, measure ? { measure } : {});
  const scene = buildScene(layout, { background: options.background, title: map.title });
  const pictures = await loadScenePictures(scene);
  progress(0.05);
  const fitted = fitPngScale(scene.width, scene.height, options.scale);
  let scale = fitted.scale;
  for (
    let attempt = 0;
    attempt < 3;
    attempt++, scale = Math.max(0.01, Math.floor(scale * 50) / 100)
  ) {
    const width = Math.max(1, Math.floor(scene.width * scale));
    const height = Math.max(1, Math.floor(scene.height * scale));
    const canvas = surface(width, height);
    let blob: Blob | null;
    try {
      const ctx = canvas.context;
      if (!ctx) continue;
      ctx.setTransform(scale, 0, 0, scale, 0, 0);
      const total = scene.primitives.length;
      for (let from = 0; from < total; from += PRIMITIVES_PER_CHUNK) {
        options.signal?.throwIfAborted();
        const to = Math.min(total, from + PRIMITIVES_PER_CHUNK);
        drawPrimitives(ctx, scene.primitives, from, to, pictures);
        progress(0.05 + (0.75 * to) / total);
        await nextTask();
      }
      options.signal?.throwIfAborted();
      progress(0.8);
      blob = await canvas.encode();
    } finally {
      canvas.free();
    }
    if (!blob) continue;
    progress(1);
    const scaledDownFrom = scale < options.scale ? options.scale : undefined;
    return {
      blob,
      width,
      height,
      scale,
      ...(scaledDownFrom === undefined ? {} : { scaledDownFrom }),
    };
  }
  throw new PngExportError(
    'Your browser could not make an image of this map. Export it as SVG instead: SVG has no size limit.',
  );
}
