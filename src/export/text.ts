/**
 * Text for the exported map (and the canvas's card heights): cleaning, widths, direction and
 * wrapping, in every script.
 *
 * Wrapping breaks where a reader would (Unicode's grapheme and word segmentation, through
 * `Intl.Segmenter`): at spaces and after hyphens and dashes; between words in scripts written
 * without spaces (Thai, Lao, Khmer, Myanmar, Chinese, Japanese); and only inside a word that is
 * wider than a whole line, then between graphemes, so a Thai tone mark stays on its consonant,
 * a skin-tone modifier on its emoji and a flag in one piece.
 *
 * Widths: `estimateTextWidth` needs no DOM (layout runs in tests and jsdom): per grapheme, from
 * a table close to DejaVu Sans, the widest font of our stack, so text laid out this way fits
 * when drawn in system-ui or Arial too. In a browser, measureText.ts measures the real font.
 *
 * Direction: a paragraph's direction is that of its first strong letter (the Unicode
 * bidirectional algorithm's rule P2); each wrapped line of a right-to-left paragraph starts
 * with an invisible RIGHT-TO-LEFT MARK when it would otherwise read as left-to-right, so every
 * line carries its paragraph's direction to the renderers (`textDirection`).
 */

/** The font of a line of text: its size in px, and whether it is bold. */
export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** Measures a single line of text in pixels. */
export type TextMeasurer = (text: string, style: TextStyle) => number;

// Widths in em of printable ASCII (space … ~), from DejaVu Sans.
const ASCII_EM = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318,
  0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838,
  0.838, 0.838, 0.531, 1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295,
  0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685,
  0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635,
  0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634,
  0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
];
const BOLD_FACTOR = 1.12;

const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** Width in em of one grapheme: that of its first code point (marks and joiners take none). */
function graphemeEm(grapheme: string): number {
  const code = grapheme.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e && grapheme.length === 1) return ASCII_EM[code - 0x20] ?? 0.65;
  if (PICTOGRAPHIC.test(grapheme) && code >= 0x2000) return 1.25;
  // Zero-width characters, and marks left without a base.
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || code === 0xfe0f) {
    return 0;
  }
  // East Asian wide and full-width characters.
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 1;
  }
  return 0.7;
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The user-perceived characters of `text` (Unicode extended grapheme clusters). */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/** The estimated width of `text` in pixels (see the module comment). */
export const estimateTextWidth: TextMeasurer = (text, style) => {
  let em = 0;
  // ASCII needs no segmentation: one character is one grapheme.
  if (/^[\x20-\x7e]*$/.test(text)) {
    for (let i = 0; i < text.length; i++) em += ASCII_EM[text.charCodeAt(i) - 0x20] ?? 0.65;
  } else {
    for (const grapheme of graphemes(text)) em += graphemeEm(grapheme);
  }
  return em * style.size * (style.bold ? BOLD_FACTOR : 1);
};

/**
 * Text safe to draw and to put in XML: control characters, lone surrogates and the two
 * non-characters U+FFFE/U+FFFF are dropped (XML 1.0 forbids them, and a canvas draws them
 * as boxes); tabs become spaces. Line breaks are kept.
 */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  );
}

// Letters of right-to-left scripts, and the marks that set a direction.
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}\u200F\u061C]/u;
const STRONG = /[\p{L}\u200E\u200F\u061C]/u;
const RLM = '\u200F';
const LRM = '\u200E';

/** The direction of `text`: that of its first strong letter (rule P2), left-to-right if none. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (!STRONG.test(char)) continue;
    return RTL_LETTER.test(char) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

// Scripts written without spaces between words: a line may break between any two of their words.
const NO_SPACES =
  /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Tibetan}\u3000-\u303F\uFF00-\uFFEF]/u;
// Never at the start of a line (closing punctuation) or at its end (opening punctuation).
const NO_BREAK_BEFORE = /^[\s,.;:!?)\]}»”’、。，．：；！？）」』】〉》〕ー々〻ゝゞヽヾ…‥ๆฯ]/u;
const NO_BREAK_AFTER = /[([{«“‘「『【〈《〔]$/u;

/**
 * Splits a paragraph into pieces that may not be broken inside (except as a last resort):
 * each piece ends where a line may break, and keeps the spaces that follow it.
 */
export function breakPieces(paragraph: string): string[] {
  // Plain ASCII (most text) breaks after spaces and after a hyphen or slash before a letter or
  // digit: the same answer as the segmenter below, without its cost.
  if (/^[\x20-\x7e]*$/.test(paragraph) && !/\s[,.;:!?)\]}]/.test(paragraph)) {
    return paragraph.split(/(?<=\s)(?=\S)|(?<=[A-Za-z0-9][-/])(?=[A-Za-z0-9])/).filter(Boolean);
  }
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of wordSegmenter.segment(paragraph)) {
    if (piece !== '' && breakBetween(piece, segment)) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

function breakBetween(before: string, next: string): boolean {
  if (/^\s/u.test(next)) return false; // spaces stay with the word before them
  if (NO_BREAK_BEFORE.test(next) || NO_BREAK_AFTER.test(before)) return false;
  if (/\s$/u.test(before)) return true;
  if (/[\p{L}\p{N}][-‐–—/]$/u.test(before) && /^[\p{L}\p{N}]/u.test(next)) return true;
  // The longest grapheme clusters (emoji tag sequences) are well under 32 code units.
  const last = graphemes(before.slice(-32)).at(-1) ?? '';
  const first = graphemes(next.slice(0, 32))[0] ?? '';
  if (NO_SPACES.test(last) && NO_SPACES.test(first)) return true;
  // Emoji may break from what they touch, as ideographs do.
  return PICTOGRAPHIC.test(last) || PICTOGRAPHIC.test(first);
}

/**
 * How text is wrapped: the width of a line (px), the font, the most lines, and how text is
 * measured.
 */
export interface WrapOptions {
  maxWidth: number;
  style: TextStyle;
  /** Lines beyond this are dropped and the last kept line ends with "…". */
  maxLines?: number;
  measure?: TextMeasurer;
}

const ELLIPSIS = '…';

/**
 * Wraps `text` (cleaned first) into lines no wider than `maxWidth` (see the module comment for
 * where lines break). Empty text gives no lines. Lines of a right-to-left paragraph carry its
 * direction (`textDirection`).
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const { maxWidth, style, maxLines = Infinity, measure = estimateTextWidth } = options;
  const width = (s: string) => measure(s.trimEnd(), style);
  const lines: string[] = [];
  const clean = cleanText(text).trim();
  if (clean === '') return lines;
  const full = () => lines.length > maxLines;
  outer: for (const paragraph of clean.split('\n')) {
    const direction = textDirection(paragraph);
    const first = lines.length;
    let line = '';
    for (const piece of breakPieces(paragraph.trim())) {
      if (width(line + piece) <= maxWidth) {
        line += piece;
        continue;
      }
      if (line !== '') {
        lines.push(line.trimEnd());
        if (full()) break outer;
        line = '';
      }
      if (width(piece) <= maxWidth) {
        line = piece;
        continue;
      }
      // A piece wider than the line is broken between graphemes.
      for (const grapheme of graphemes(piece)) {
        if (line !== '' && width(line + grapheme) > maxWidth) {
          lines.push(line.trimEnd());
          if (full()) break outer;
          line = '';
        }
        line += grapheme;
      }
    }
    lines.push(line.trimEnd());
    for (let i = first; i < lines.length; i++) lines[i] = withDirection(lines[i] ?? '', direction);
    if (full()) break;
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept.length - 1;
    if (last >= 0) kept[last] = fitWithEllipsis(kept[last] ?? '', maxWidth, width);
    return kept;
  }
  return lines;
}

/** A line that reads in `direction`, with a mark in front when its own letters say otherwise. */
function withDirection(line: string, direction: 'ltr' | 'rtl'): string {
  if (textDirection(line) === direction) return line;
  return (direction === 'rtl' ? RLM : LRM) + line;
}

function fitWithEllipsis(line: string, maxWidth: number, width: (s: string) => number): string {
  const parts = graphemes(line);
  while (parts.length > 0 && width(parts.join('') + ELLIPSIS) > maxWidth) parts.pop();
  return parts.join('').trimEnd() + ELLIPSIS;
}

/** One line of text, cut with "…" if it is wider than `maxWidth`. */
export function fitLine(text: string, options: Omit<WrapOptions, 'maxLines'>): string {
  return wrapText(text.replace(/\s+/g, ' '), { ...options, maxLines: 1 })[0] ?? '';
}

/** How many lines `text` takes wrapped to `maxWidth` (at least one, for an empty title). */
export function countLines(
  text: string,
  maxWidth: number,
  style: TextStyle,
  measure: TextMeasurer = estimateTextWidth,
): number {
  return Math.max(1, wrapText(text, { maxWidth, style, measure }).length);
}
