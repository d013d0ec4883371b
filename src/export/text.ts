/**
 * Text for the exported map: cleaning, width estimates and word wrapping.
 *
 * Layout runs without a DOM (and in jsdom, which cannot measure text), so widths come from a
 * table of per-character widths close to DejaVu Sans, the widest font of our stack: text
 * laid out this way fits when drawn in system-ui or Arial too. The PNG renderer also passes
 * the real width limit to `fillText`, which squeezes any line that would still overflow.
 */

export interface TextStyle {
  size: number;
  bold?: boolean;
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

/** Width in em of one code point. */
function charEm(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return ASCII_EM[code - 0x20] ?? 0.65;
  // Combining marks and zero-width characters take no room.
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || code === 0xfe0f) {
    return 0;
  }
  // East Asian wide and full-width characters, and emoji.
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  ) {
    return 1;
  }
  if (code >= 0x1f000) return 1.25;
  return 0.7;
}

/** The estimated width of `text` in pixels (see the module comment). */
export const estimateTextWidth: TextMeasurer = (text, style) => {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    em += charEm(code);
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

export interface WrapOptions {
  maxWidth: number;
  style: TextStyle;
  /** Lines beyond this are dropped and the last kept line ends with "…". */
  maxLines?: number;
  measure?: TextMeasurer;
}

const ELLIPSIS = '…';

/**
 * Greedy word wrap of `text` (cleaned first) into lines no wider than `maxWidth`; words longer
 * than a line are broken between characters. Empty text gives no lines.
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const { maxWidth, style, maxLines = Infinity, measure = estimateTextWidth } = options;
  const width = (s: string) => measure(s, style);
  const lines: string[] = [];
  const clean = cleanText(text).trim();
  if (clean === '') return lines;
  outer: for (const paragraph of clean.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      const candidate = line === '' ? word : `${line} ${word}`;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') {
        lines.push(line);
        if (lines.length > maxLines) break outer;
      }
      line = '';
      // A word longer than the line is broken between characters.
      for (const char of Array.from(word)) {
        if (line !== '' && width(line + char) > maxWidth) {
          lines.push(line);
          if (lines.length > maxLines) break outer;
          line = '';
        }
        line += char;
      }
    }
    lines.push(line);
    if (lines.length > maxLines) break;
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept.length - 1;
    if (last >= 0) kept[last] = fitWithEllipsis(kept[last] ?? '', maxWidth, width);
    return kept;
  }
  return lines;
}

function fitWithEllipsis(line: string, maxWidth: number, width: (s: string) => number): string {
  const chars = Array.from(line);
  while (chars.length > 0 && width(chars.join('') + ELLIPSIS) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/** One line of text, cut with "…" if it is wider than `maxWidth`. */
export function fitLine(text: string, options: Omit<WrapOptions, 'maxLines'>): string {
  return wrapText(text.replace(/\s+/g, ' '), { ...options, maxLines: 1 })[0] ?? '';
}
