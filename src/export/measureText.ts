/**
 * Real text widths in the browser, for layouts that must fit what is drawn: the exported map
 * (its cards are as tall as their measured text) and the canvas's card heights. Measured with
 * an OffscreenCanvas in the font the text is drawn in, cached per font and text.
 *
 * Where there is no canvas to measure with (tests in jsdom, old browsers) the caller falls back
 * to text.ts's estimate, which is wider than any font of the stack.
 */
import type { TextMeasurer, TextStyle } from './text';

type Context = OffscreenCanvasRenderingContext2D;

const CACHE_LIMIT = 50_000;

/**
 * A measurer for `fontFamily` (a CSS font-family list), or null where text cannot be measured.
 * `weight` is the CSS weight used for text that is not bold (the canvas's titles are 500).
 */
export function canvasMeasurer(fontFamily: string, weight = 400): TextMeasurer | null {
  let context: Context | null;
  try {
    if (typeof OffscreenCanvas === 'undefined') return null;
    context = new OffscreenCanvas(1, 1).getContext('2d');
  } catch {
    return null;
  }
  if (!context) return null;
  const ctx = context;
  const widths = new Map<string, number>();
  let font = '';
  return (text: string, style: TextStyle) => {
    const next = `${style.italic ? 'italic ' : ''}${style.bold ? 700 : weight} ${style.size}px ${fontFamily}`;
    const key = `${next}\u0000${text}`;
    const known = widths.get(key);
    if (known !== undefined) return known;
    if (next !== font) {
      ctx.font = next;
      font = next;
    }
    const width = ctx.measureText(text).width;
    if (widths.size >= CACHE_LIMIT) widths.clear();
    widths.set(key, width);
    return width;
  };
}
