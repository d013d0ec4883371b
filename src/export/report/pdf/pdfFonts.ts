/**
 * Fonts of the PDF report and how text is cut into runs a font can draw.
 *
 * pdf-lib's standard fonts encode WinAnsi only (a single "ł" or "ŵ" throws: PITFALLS.md), so
 * the report embeds TrueType fonts shipped as npm packages, subset to the glyphs used:
 * - DejaVu Sans (regular, bold, oblique, bold oblique: the `dejavu-fonts-ttf` package) for
 *   Latin, Greek, Cyrillic, Arabic, Hebrew and many symbols. The map layout's width table
 *   (text.ts) is DejaVu Sans too, so text wraps on paper exactly as it was laid out.
 * - Noto Sans SC (`@expo-google-fonts/noto-sans-sc`) for Chinese (and Japanese kana), loaded
 *   only when the report holds such text.
 * - Noto Emoji (`@expo-google-fonts/noto-emoji`, monochrome outlines) for emoji DejaVu lacks.
 * A character no font has is drawn with DejaVu's missing-glyph box: visible, never dropped.
 *
 * Shaping (what is supported): fontkit, through pdf-lib, applies each font's OpenType
 * substitutions, so Arabic letters take their joined forms and a run of Arabic or Hebrew is
 * drawn right to left. Direction is resolved per styled run with a simple rule (neutral
 * characters between two right-to-left letters join them; a run that starts right-to-left is
 * laid out right-to-left), not the full Unicode bidi algorithm. Mark positioning (GPOS) is not
 * applied, so text is normalised to NFC first; Indic scripts and Thai are not shaped. Emoji
 * are single glyphs: a ZWJ sequence shows as its parts, and colour emoji print in outline.
 */
import * as fontkit from 'fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/**
 * fontkit 2 for pdf-lib 1.17. pdf-lib's own fork (@pdf-lib/fontkit 1.1) writes broken subsets
 * of big TrueType fonts, so some Chinese characters and emoji print blank (pdf-lib issue 1232;
 * fixed upstream in fontkit 1.8). fontkit 2 renamed `subset.encodeStream()` to `encode()`:
 * this adapter gives pdf-lib the stream it expects.
 */
const fontkitForPdfLib = {
  create(data: Uint8Array) {
    const font = fontkit.create(data);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      subset.encodeStream = () => {
        const handlers = new Map<string, (value?: Uint8Array) => void>();
        const stream = {
          on(event: string, handler: (value?: Uint8Array) => void) {
            handlers.set(event, handler);
            if (event === 'end')
              queueMicrotask(() => {
                try {
                  handlers.get('data')?.(subset.encode());
                  handlers.get('end')?.();
                } catch (error) {
                  handlers.get('error')?.(error as never);
                }
              });
            return stream;
          },
        };
        return stream;
      };
      return subset;
    };
    return font;
  },
};

/** The font files a report may embed. */
export type FontFile = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'cjk' | 'emoji';

/** Reads a font file's bytes (fetch in the browser, the file system in Node tests). */
export type FontLoader = (file: FontFile) => Promise<Uint8Array>;

/** Bold or italic text in a PDF. */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
}

/** A piece of text one font draws in one direction. */
export interface Run {
  text: string;
  font: PDFFont;
  rtl: boolean;
}

const CJK =
  /[\u2E80-\u2FDF\u3000-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/** Characters that draw nothing on paper and only confuse fontkit runs. */
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFE0E|\uFE0F/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/** Text ready for a font: NFC (precomposed ŵ), no zero-width joiners or variation selectors. */
export function paperText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** Which fallback fonts a text needs, judged by script before any font is loaded. */
export function fallbacksNeeded(text: string): { cjk: boolean; emoji: boolean } {
  let cjk = false;
  let emoji = false;
  for (const char of text) {
    if (!cjk && CJK.test(char)) cjk = true;
    else if (
      !emoji &&
      /\p{Extended_Pictographic}/u.test(char) &&
      (char.codePointAt(0) ?? 0) > 0x2000
    )
      emoji = true;
    if (cjk && emoji) break;
  }
  return { cjk, emoji };
}

/** The embedded fonts of one PDF, with run splitting and cached measuring. */
export class PdfFonts {
  private readonly covered = new Map<PDFFont, Set<number>>();
  private readonly widths = new Map<PDFFont, Map<string, number>>();

  private constructor(
    private readonly faces: Record<'regular' | 'bold' | 'italic' | 'boldItalic', PDFFont>,
    private readonly fallbacks: PDFFont[],
  ) {
    for (const font of [...Object.values(faces), ...fallbacks])
      this.covered.set(font, new Set(font.getCharacterSet()));
  }

  /**
   * Embeds the fonts `text` needs into `doc` (subset): the four DejaVu faces always, Noto
   * Sans SC and Noto Emoji only when the text has Chinese or emoji.
   */
  static async embed(doc: PDFDocument, load: FontLoader, text: string): Promise<PdfFonts> {
    doc.registerFontkit(
      fontkitForPdfLib as unknown as Parameters<PDFDocument['registerFontkit']>[0],
    );
    const embed = async (file: FontFile) => doc.embedFont(await load(file), { subset: true });
    const [regular, bold, italic, boldItalic] = await Promise.all([
      embed('regular'),
      embed('bold'),
      embed('italic'),
      embed('boldItalic'),
    ]);
    const need = fallbacksNeeded(text);
    const fallbacks: PDFFont[] = [];
    if (need.cjk) fallbacks.push(await embed('cjk'));
    if (need.emoji) fallbacks.push(await embed('emoji'));
    return new PdfFonts({ regular, bold, italic, boldItalic }, fallbacks);
  }

  /** The main face for a style. */
  face(style: TextStyle): PDFFont {
    if (style.bold && style.italic) return this.faces.boldItalic;
    if (style.bold) return this.faces.bold;
    if (style.italic) return this.faces.italic;
    return this.faces.regular;
  }

  /** Whether any embedded font draws this code point. */
  canDraw(codePoint: number): boolean {
    for (const set of this.covered.values()) if (set.has(codePoint)) return true;
    return false;
  }

  private fontFor(codePoint: number, main: PDFFont): PDFFont {
    if (this.covered.get(main)?.has(codePoint)) return main;
    for (const font of this.fallbacks) if (this.covered.get(font)?.has(codePoint)) return font;
    return main;
  }

  /**
   * `text` cut into runs of one font and one direction, in visual order (left to right on
   * the page). See the module comment for the direction rule.
   */
  runs(text: string, style: TextStyle): Run[] {
    const main = this.face(style);
    const chars = Array.from(paperText(text));
    if (chars.length === 0) return [];
    const fonts = chars.map((c) => this.fontFor(c.codePointAt(0) ?? 0, main));
    const strong = chars.map((c) => (RTL.test(c) ? 'r' : LETTER_OR_DIGIT.test(c) ? 'l' : null));
    const firstStrong = strong.find((d) => d !== null) ?? 'l';
    // Neutrals take the direction of the letters on both sides when those agree, else the base.
    const before: ('l' | 'r')[] = [];
    let seen: 'l' | 'r' = firstStrong;
    strong.forEach((d, i) => {
      before[i] = seen;
      if (d !== null) seen = d;
    });
    const dirs: ('l' | 'r')[] = new Array(chars.length);
    seen = firstStrong;
    for (let i = chars.length - 1; i >= 0; i--) {
      const d = strong[i] ?? null;
      dirs[i] = d ?? (before[i] === seen ? seen : firstStrong);
      if (d !== null) seen = d;
    }
    const runs: Run[] = [];
    chars.forEach((char, i) => {
      const font = fonts[i] ?? main;
      const rtl = dirs[i] === 'r';
      const last = runs.at(-1);
      if (last && last.font === font && last.rtl === rtl) last.text += char;
      else runs.push({ text: char, font, rtl });
    });
    return firstStrong === 'r' ? runs.reverse() : runs;
  }

  /** Width of one run at `size` points (cached per font and text). */
  runWidth(run: Run, size: number): number {
    let cache = this.widths.get(run.font);
    if (!cache) this.widths.set(run.font, (cache = new Map()));
    let width = cache.get(run.text);
    if (width === undefined) {
      width = run.font.widthOfTextAtSize(run.text, 1);
      if (cache.size < 50_000) cache.set(run.text, width);
    }
    return width * size;
  }

  /** Width of `text` at `size` points in `style`. */
  width(text: string, style: TextStyle, size: number): number {
    let sum = 0;
    for (const run of this.runs(text, style)) sum += this.runWidth(run, size);
    return sum;
  }
}
