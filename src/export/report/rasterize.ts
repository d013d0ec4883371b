/**
 * Pictures of scenes for the Word report: a canvas (an OffscreenCanvas in a worker) draws the
 * scene with the same code as the PNG export (canvasDraw.ts) and encodes a PNG.
 */
import { drawPrimitives, type DrawingContext } from '../canvasDraw';
import { loadScenePictures } from '../scenePictures';
import type { Rasterize } from './docx/docxBlocks';

/** A rasterizer for this browser context, or undefined where there is no canvas (Node). */
export function canvasRasterizer(): Rasterize | undefined {
  const offscreen = typeof OffscreenCanvas !== 'undefined';
  if (!offscreen && typeof document === 'undefined') return undefined;
  return async (scene, width) => {
    const scale = Math.max(0.01, width / scene.width);
    const w = Math.max(1, Math.round(scene.width * scale));
    const h = Math.max(1, Math.round(scene.height * scale));
    const pictures = await loadScenePictures(scene);
    let blob: Blob | null;
    if (offscreen) {
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('No canvas to draw the figure on');
      ctx.setTransform(scale, 0, 0, scale, 0, 0);
      drawPrimitives(
        ctx as unknown as DrawingContext,
        scene.primitives,
        0,
        scene.primitives.length,
        pictures,
      );
      blob = await canvas.convertToBlob({ type: 'image/png' });
    } else {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('No canvas to draw the figure on');
      ctx.setTransform(scale, 0, 0, scale, 0, 0);
      drawPrimitives(ctx, scene.primitives, 0, scene.primitives.length, pictures);
      blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      canvas.width = 0;
      canvas.height = 0;
    }
    if (!blob) throw new Error('The browser could not encode a figure as PNG');
    return new Uint8Array(await blob.arrayBuffer());
  };
}
