/**
 * Rich text on PDF pages: spans wrapped into lines with the embedded fonts' real widths, and
 * lines drawn run by run (fallback fonts, right-to-left runs).
 */
import type { PDFPage } from 'pdf-lib';
import type { Span } from '../model';
import type { PdfFonts } from './pdfFonts';
import { pdfColour } from './pdfScene';

/** Type sizes in points: body text, tables, headings (a report on A4 reads at 10 pt). */
export const TYPE = {
  body: 10,
  small: 8.5,
  table: 8.5,
  /** The map's title atop a report without a cover (the cover's is 28). */
  title: 24,
  h1: 18,
  h2: 13.5,
  h3: 11,
  lead: 14,
  leading: 1.35,
  cellPad: 3,
} as const;

/** A piece of a line in one style. */
export interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
  colour: string;
  width: number;
}

/** One line of wrapped text in a PDF: its segments and width in points. */
export interface Line {
  segments: Segment[];
  width: number;
}

/** How text is drawn in a PDF: its size (pt), colour and style. */
export interface TextOptions {
  size: number;
  /** Colour for spans that name none. */
  colour: string;
  bold?: boolean;
  italic?: boolean;
}

/** Words, runs of spaces, line breaks, and each Chinese or Japanese character on its own. */
const TOKEN =
  /\n|[ \t]+|[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+/gu;

/**
 * Wraps spans into lines no wider than `maxWidth` points: greedy, breaking at spaces and
 * between Chinese characters; a word wider than a line is broken between characters.
 */
export function wrapSpans(
  spans: readonly Span[],
  maxWidth: number,
  options: TextOptions,
  fonts: PdfFonts,
): Line[] {
  const lines: Line[] = [];
  let line: Segment[] = [];
  let width = 0;
  const push = () => {
    while (line.length > 0 && (line.at(-1)?.text.trim() ?? '') === '') {
      width -= line.pop()?.width ?? 0;
    }
    lines.push({ segments: merge(line), width: Math.max(0, width) });
    line = [];
    width = 0;
  };
  for (const span of spans) {
    const style = {
      bold: span.bold ?? options.bold ?? false,
      italic: span.italic ?? options.italic ?? false,
      colour: span.colour ?? options.colour,
    };
    const measure = (text: string) => fonts.width(text, style, options.size);
    for (const token of span.text.match(TOKEN) ?? []) {
      if (token === '\n') {
        push();
        continue;
      }
      const space = token.trim() === '';
      if (space && line.length === 0) continue;
      const w = measure(token);
      if (width + w <= maxWidth || space) {
        line.push({ text: token, ...style, width: w });
        width += w;
        continue;
      }
      if (line.length > 0) push();
      if (w <= maxWidth) {
        line.push({ text: token, ...style, width: w });
        width += w;
        continue;
      }
      // A word longer than the line: break it between characters.
      for (const char of Array.from(token)) {
        const cw = measure(char);
        if (line.length > 0 && width + cw > maxWidth) push();
        line.push({ text: char, ...style, width: cw });
        width += cw;
      }
    }
  }
  if (line.length > 0 || lines.length === 0) push();
  return lines;
}

/** Joins neighbouring segments of the same style (fewer, longer runs to draw). */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last.bold === s.bold && last.italic === s.italic && last.colour === s.colour) {
      last.text += s.text;
      last.width += s.width;
    } else out.push({ ...s });
  }
  return out;
}

/** Draws a line with its baseline at `baseline` (PDF y, points from the bottom). */
export function drawLine(
  page: PDFPage,
  fonts: PdfFonts,
  line: Line,
  x: number,
  baseline: number,
  size: number,
): void {
  let cx = x;
  for (const segment of line.segments) {
    const runs = fonts.runs(segment.text, segment);
    const color = pdfColour(segment.colour);
    for (const run of runs) {
      page.drawText(run.text, { x: cx, y: baseline, size, font: run.font, color });
      cx += fonts.runWidth(run, size);
    }
  }
}
