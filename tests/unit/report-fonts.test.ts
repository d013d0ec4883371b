// @vitest-environment node
/**
 * Text on PDF pages (src/export/report/pdf/pdfFonts.ts): which embedded font draws what, the
 * direction of each run, and the fallback for characters the main font lacks.
 */
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PdfFonts, fallbacksNeeded, paperText } from '../../src/export/report/pdf/pdfFonts';
import { Pacer } from '../../src/export/report/pacing';
import { nodeFontLoader } from './reportFonts';

let fonts: PdfFonts;
const name = (run: { font: { name: string } }) => run.font.name;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  fonts = await PdfFonts.embed(doc, nodeFontLoader, '客 🦊');
}, 60_000);

describe('runs of text and their fonts', () => {
  it('Welsh and Polish letters are DejaVu Sans, in one run, written precomposed', () => {
    const runs = fonts.runs('ŵyr Łódź', {});
    expect(runs).toHaveLength(1);
    expect(name(runs[0]!)).toContain('DejaVuSans');
    expect(paperText('w\u0302')).toBe('ŵ');
  });

  it('Chinese falls back to Noto Sans SC and emoji to Noto Emoji', () => {
    const runs = fonts.runs('Map 客户 🦊', {});
    expect(runs.map((r) => [r.text, name(r).replace(/-\d+$/, '')])).toEqual([
      ['Map ', 'DejaVuSans'],
      ['客户', 'NotoSansSC-Regular'],
      [' ', 'DejaVuSans'],
      ['🦊', 'NotoEmoji-Regular'],
    ]);
  });

  it('Arabic is a right-to-left run; a line that starts in Arabic is laid out right to left', () => {
    const mixed = fonts.runs('Step 1: مرحبا بالعالم', {});
    expect(mixed.map((r) => [r.text, r.rtl])).toEqual([
      ['Step 1: ', false],
      ['مرحبا بالعالم', true],
    ]);
    const arabicFirst = fonts.runs('مرحبا 2025', {});
    // Drawn left to right: "2025", then the Arabic run (its space, then the word, reversed).
    expect(arabicFirst.map((r) => [r.text, r.rtl])).toEqual([
      ['2025', false],
      ['مرحبا ', true],
    ]);
  });

  it('a character no embedded font has stays in the text (drawn as the missing-glyph box)', () => {
    const runs = fonts.runs('क', {});
    expect(runs.map((r) => r.text).join('')).toBe('क');
    expect(fonts.canDraw('क'.codePointAt(0) ?? 0)).toBe(false);
  });

  it('fallback fonts are loaded only for text that needs them', () => {
    expect(fallbacksNeeded('Plain English, ŵ and ł')).toEqual({ cjk: false, emoji: false });
    expect(fallbacksNeeded('客')).toEqual({ cjk: true, emoji: false });
    expect(fallbacksNeeded('🧭')).toEqual({ cjk: false, emoji: true });
  });
});

describe('pacing long work', () => {
  it('yields once a slice has run its budget, and stops when cancelled', async () => {
    const controller = new AbortController();
    const pacer = new Pacer({ signal: controller.signal }, 5);
    const start = performance.now();
    while (performance.now() - start < 12) {
      /* a busy slice */
    }
    await pacer.tick();
    expect(pacer.longestSliceMs).toBeGreaterThanOrEqual(5);
    controller.abort();
    const busy = performance.now();
    while (performance.now() - busy < 6) {
      /* another busy slice */
    }
    await expect(pacer.tick()).rejects.toMatchObject({ name: 'AbortError' });
  });
});
