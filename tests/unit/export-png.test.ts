/**
 * PNG export in jsdom: jsdom has no canvas, so a recording context stands in. The real
 * drawing is checked in Chromium by the e2e tests.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawPrimitives, type DrawingContext } from '../../src/export/canvasDraw';
import { layoutMap } from '../../src/export/layout';
import { fitPngScale, PNG_LIMITS, renderMapPng } from '../../src/export/png';
import { buildScene, type Primitive } from '../../src/export/scene';
import { bigMap, richMap } from '../builders';

interface Call {
  name: string;
  args: unknown[];
}

/** A 2D context that records every call and property set. */
function recordingContext(): { ctx: DrawingContext; calls: Call[] } {
  const calls: Call[] = [];
  const target: Record<string, unknown> = {};
  const ctx = new Proxy(target, {
    get(_, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        calls.push({ name: key, args });
      };
    },
    set(_, key: string, value: unknown) {
      calls.push({ name: `set ${key}`, args: [value] });
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as DrawingContext, calls };
}

describe('fitPngScale', () => {
  it('keeps the requested scale when the image fits', () => {
    expect(fitPngScale(1_000, 800, 3)).toEqual({ scale: 3 });
  });

  it('scales down to the side limit and reports from what', () => {
    const fitted = fitPngScale(22_628, 2_942, 1);
    expect(fitted).toEqual({ scale: 0.72, scaledDownFrom: 1 });
    expect(22_628 * fitted.scale).toBeLessThanOrEqual(PNG_LIMITS.maxSide);
  });

  it('scales down to the area limit', () => {
    const fitted = fitPngScale(15_000, 15_000, 2);
    expect(fitted.scaledDownFrom).toBe(2);
    expect(15_000 * fitted.scale * 15_000 * fitted.scale).toBeLessThanOrEqual(PNG_LIMITS.maxArea);
    expect(fitted.scale).toBe(0.94);
  });
});

describe('drawPrimitives', () => {
  it('draws text with its font, colour, alignment and width limit', () => {
    const { ctx, calls } = recordingContext();
    const text = (value: string, bold: boolean): Primitive => ({
      type: 'text',
      x: 10,
      y: 20,
      text: value,
      size: 12,
      bold,
      italic: false,
      colour: '#123456',
      anchor: 'middle',
      maxWidth: 100,
    });
    drawPrimitives(ctx, [text('<b>a</b>', false), text('b', false), text('c\u0000', true)]);
    expect(calls.filter((c) => c.name === 'fillText').map((c) => c.args)).toEqual([
      ['<b>a</b>', 10, 20, 100],
      ['b', 10, 20, 100],
      ['c', 10, 20, 100],
    ]);
    // The font is set only when it changes.
    expect(calls.filter((c) => c.name === 'set font').map((c) => c.args[0])).toEqual([
      "12px system-ui, 'DejaVu Sans', Arial, sans-serif",
      "bold 12px system-ui, 'DejaVu Sans', Arial, sans-serif",
    ]);
    expect(calls).toContainEqual({ name: 'set textAlign', args: ['center'] });
  });

  it('draws a loaded picture clipped to a circle and skips one that did not load', () => {
    const { ctx, calls } = recordingContext();
    const image = (href: string): Primitive => ({
      type: 'image',
      x: 10,
      y: 10,
      w: 36,
      h: 36,
      href,
    });
    const source = {} as CanvasImageSource;
    drawPrimitives(
      ctx,
      [image('data:a'), image('data:b')],
      0,
      2,
      new Map([['data:a', { source, width: 72, height: 36 }]]),
    );
    const drawn = calls.filter((c) => c.name === 'drawImage');
    // A 72×36 picture covers the 36×36 circle by its middle 36×36.
    expect(drawn).toEqual([{ name: 'drawImage', args: [source, 18, 0, 36, 36, 10, 10, 36, 36] }]);
    expect(calls.map((c) => c.name)).toEqual(expect.arrayContaining(['save', 'clip', 'restore']));
  });

  it('draws every kind of primitive of a real map', () => {
    const { ctx, calls } = recordingContext();
    const scene = buildScene(layoutMap(richMap()), { background: 'white', title: 'x' });
    drawPrimitives(ctx, scene.primitives);
    const names = new Set(calls.map((c) => c.name));
    for (const name of [
      'fillRect',
      'roundRect',
      'arc',
      'bezierCurveTo',
      'lineTo',
      'fillText',
      'stroke',
      'fill',
    ]) {
      expect(names, name).toContain(name);
    }
    expect(calls.filter((c) => c.name === 'fillText').length).toBe(
      scene.primitives.filter((p) => p.type === 'text').length,
    );
  });
});

describe('renderMapPng', () => {
  afterEach(() => vi.restoreAllMocks());

  function stubCanvas(blobs: (Blob | null)[]) {
    const sizes: [number, number][] = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      sizes.push([this.width, this.height]);
      return recordingContext().ctx as unknown as CanvasRenderingContext2D;
    } as never);
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback: BlobCallback) => {
      callback(blobs.length > 1 ? (blobs.shift() ?? null) : (blobs[0] ?? null));
    });
    return sizes;
  }

  it('renders at the requested scale and reports progress up to 1', async () => {
    const sizes = stubCanvas([new Blob(['png'], { type: 'image/png' })]);
    const progress: number[] = [];
    const map = richMap();
    const layout = layoutMap(map);
    const result = await renderMapPng(map, {
      scale: 2,
      background: 'white',
      onProgress: (f) => progress.push(f),
    });
    expect(result).toMatchObject({ width: layout.width * 2, height: layout.height * 2, scale: 2 });
    expect(result.scaledDownFrom).toBeUndefined();
    expect(sizes).toEqual([[layout.width * 2, layout.height * 2]]);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('scales a big map down and says from what scale', async () => {
    stubCanvas([new Blob(['png'])]);
    const result = await renderMapPng(bigMap(2_000, 100), { scale: 3, background: 'transparent' });
    expect(result.scaledDownFrom).toBe(3);
    expect(result.width).toBeLessThanOrEqual(PNG_LIMITS.maxSide);
    expect(result.width * result.height).toBeLessThanOrEqual(PNG_LIMITS.maxArea);
  });

  it('tries a smaller image when the browser cannot encode the big one', async () => {
    const sizes = stubCanvas([null, new Blob(['png'])]);
    const result = await renderMapPng(richMap(), { scale: 2, background: 'white' });
    expect(result.scale).toBe(1);
    expect(result.scaledDownFrom).toBe(2);
    expect(sizes).toHaveLength(2);
  });

  it('fails with advice to use SVG when no image can be made', async () => {
    stubCanvas([null]);
    await expect(renderMapPng(richMap(), { scale: 1, background: 'white' })).rejects.toThrow(
      /Export it as SVG/,
    );
  });
});
