/**
 * Real text widths in the browser, for layouts that must fit what is drawn: the exported map
 * (its cards are as tall as their measured text) and the canvas's card heights. Measured with
 * a canvas 2D context (`measureText`) in the font the text is drawn in, cached per font and
 * text, so a map of 5,000 cards measures each distinct word once.
 *
 * Where there is no canvas to measure with (tests in jsdom, old browsers) the caller falls back
 * to text.ts's estimate, which is wider than any font of the stack.
 */
import { breakPieces, type TextMeasurer, type TextStyle } from './text';

/** What a measurer needs of a canvas 2D context (a real one, or a fake in tests). */
export interface MeasuringContext {
  font: string;
  measureText(text: string): { width: number };
}

const CACHE_LIMIT = 50_000;

/** The CSS font shorthand of `style` in `fontFamily`: "italic 500 13px system-ui, sans-serif". */
export function cssFont(style: TextStyle, fontFamily: string, weight = 400): string {
  return `${style.italic ? 'italic ' : ''}${style.bold ? 700 : weight} ${style.size}px ${fontFamily}`;
}

/**
 * A measurer that asks `context` for widths in `fontFamily` (`weight`: the CSS weight of text
 * that is not bold), caching each font and text. Widths in px.
 */
export function contextMeasurer(
  context: MeasuringContext,
  fontFamily: string,
  weight = 400,
): TextMeasurer {
  const widths = new Map<string, number>();
  let font = '';
  return (text: string, style: TextStyle) => {
    const next = cssFont(style, fontFamily, weight);
    const key = `${next}\u0000${text}`;
    const known = widths.get(key);
    if (known !== undefined) return known;
    if (next !== font) {
      context.font = next;
      font = next;
    }
    const width = context.measureText(text).width;
    if (widths.size >= CACHE_LIMIT) widths.clear();
    widths.set(key, width);
    return width;
  };
}

/**
 * A measurer for `fontFamily` (a CSS font-family list), or null where text cannot be measured.
 * `weight` is the CSS weight used for text that is not bold (the canvas's titles are 500).
 */
export function canvasMeasurer(fontFamily: string, weight = 400): TextMeasurer | null {
  let context: OffscreenCanvasRenderingContext2D | null;
  try {
    if (typeof OffscreenCanvas === 'undefined') return null;
    context = new OffscreenCanvas(1, 1).getContext('2d');
  } catch {
    return null;
  }
  if (!context) return null;
  return contextMeasurer(context, fontFamily, weight);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * A measurer for layouts of thousands of cards, where a title is wrapped by trying ever longer
 * lines: plain ASCII text is the sum of its letters' widths (each letter measured once per
 * font), anything else the sum of its unbreakable pieces (words with their spaces, see
 * `breakPieces`), each measured whole once, so shaping within a word (Arabic, Thai, emoji
 * sequences) is the browser's own. Kerning and ligatures only ever narrow a run of letters,
 * so the sum is never short of what the browser draws (by a fraction of a pixel a word).
 */
export function wordSumMeasurer(measure: TextMeasurer): TextMeasurer {
  // Per font: the widths of the 95 printable ASCII letters, measured as first needed.
  const letters = new Map<string, Float64Array>();
  return (text, style) => {
    if (PRINTABLE_ASCII.test(text)) {
      const key = `${style.size}|${style.bold ? 1 : 0}|${style.italic ? 1 : 0}`;
      let table = letters.get(key);
      if (!table) {
        table = new Float64Array(95).fill(-1);
        letters.set(key, table);
      }
      let width = 0;
      for (let i = 0; i < text.length; i++) {
        const at = text.charCodeAt(i) - 0x20;
        let w = table[at] ?? 0;
        if (w < 0) {
          w = measure(text[i] ?? '', style);
          table[at] = w;
        }
        width += w;
      }
      return width;
    }
    const pieces = breakPieces(text);
    if (pieces.length <= 1) return measure(text, style);
    let width = 0;
    for (const piece of pieces) width += measure(piece, style);
    return width;
  };
}
