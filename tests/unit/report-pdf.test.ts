// @vitest-environment node
/**
 * The PDF report (src/export/report/pdf): text read back with pdfjs-dist — headings, card
 * titles, recommendations and statuses; page size and count; scripts; links; embedded fonts.
 */
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { recommendationsOf } from '../../src/domain/actionPlan';
import { createBlankMap } from '../../src/domain/blankMap';
import { REPORT_SECTIONS, reportSettingsFromPreset } from '../../src/domain/reportSettings';
import type { JourneyMap } from '../../src/domain/schema';
import { buildReport } from '../../src/export/report/buildReport';
import type { ReportModel } from '../../src/export/report/model';
import { writePdf } from '../../src/export/report/pdf/writePdf';
import { nodeFontLoader } from './reportFonts';
import { SCRIPTS, reportSample } from './reportMaps';
import { readPdf, squash } from './reportPdfText';

const TODAY = '2025-10-20';

async function pdfOf(map: JourneyMap, settings = map.report) {
  const model = await buildReport(map, { today: TODAY, settings });
  const bytes = await writePdf(model, { loadFont: nodeFontLoader });
  return { model, bytes, read: await readPdf(bytes) };
}

/** The fonts a PDF names and how many font files it embeds (read with pdf-lib). */
async function embeddedFonts(bytes: Uint8Array): Promise<{ names: string[]; files: number }> {
  const doc = await PDFDocument.load(bytes);
  const names: string[] = [];
  let files = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const base = object.get(PDFName.of('BaseFont'));
    if (base instanceof PDFName) names.push(base.decodeText());
    if (object.get(PDFName.of('FontFile2'))) files += 1;
  }
  return { names, files };
}

const headingsOf = (model: ReportModel) =>
  model.sections.flatMap((s) => [
    s.title,
    ...s.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])),
  ]);

describe('the PDF of the sample map', { timeout: 120_000 }, () => {
  // The results report is made once and read by the first three tests.
  let results: ReturnType<typeof pdfOf> | null = null;
  const resultsPdf = () => (results ??= pdfOf(reportSample()));

  it('the results report: headings, every card title, recommendations and statuses', async () => {
    const map = reportSample();
    const { model, read, bytes } = await resultsPdf();
    expect(read.pages.length).toBeGreaterThan(10);
    for (const page of read.pages) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
    }
    for (const heading of headingsOf(model)) expect(read.text).toContain(squash(heading));
    for (const card of map.cards) expect(read.text, card.id).toContain(squash(card.title));
    for (const item of recommendationsOf(map)) expect(read.text).toContain(squash(item.card.title));
    expect(read.text).toContain('At risk (amber)');
    expect(read.text).toContain('Complete');
    expect(read.pages[1]?.text).toContain(`Page 2 of ${read.pages.length}`);
    // Fonts are embedded TrueType subsets, never a standard font that cannot encode "ł".
    const fonts = await embeddedFonts(bytes);
    expect(fonts.names.some((n) => n.includes('DejaVuSans'))).toBe(true);
    expect(fonts.files).toBeGreaterThanOrEqual(3);
    expect(fonts.names.some((n) => /Helvetica|Times|Courier/.test(n))).toBe(false);
  });

  it('text in Welsh, Polish, Arabic, Chinese and emoji survives and can be searched', async () => {
    const { read, bytes } = await resultsPdf();
    for (const text of Object.values(SCRIPTS)) expect(read.text).toContain(squash(text));
    const fonts = await embeddedFonts(bytes);
    expect(fonts.names.some((n) => n.includes('NotoSansSC'))).toBe(true);
    expect(fonts.names.some((n) => n.includes('NotoEmoji'))).toBe(true);
  });

  it('the bookmarks name the sections whole: the cover’s is the map’s title, dash and all', async () => {
    const { model, read } = await resultsPdf();
    const outline = await read.doc.getOutline();
    expect(outline.map((entry) => entry.title)).toEqual(model.sections.map((s) => s.title));
    expect(outline[0]?.title).toBe('Independent Living – customer journey');
    const chinese = await pdfOf(
      { ...reportSample(), title: SCRIPTS.chinese },
      reportSettingsFromPreset('action-plan-update'),
    );
    expect((await chinese.read.doc.getOutline())[0]?.title).toBe(SCRIPTS.chinese);
  });

  it('the contents link to their sections, on the pages the contents name', async () => {
    const { read } = await resultsPdf();
    const contentsPage = await read.doc.getPage(2);
    expect(read.pages[1]?.text).toContain('Contents');
    const links = (await contentsPage.getAnnotations()).filter((a) => a.subtype === 'Link');
    expect(links.length).toBe(9);
    for (const link of links) {
      const index = await read.doc.getPageIndex(link.dest[0]);
      expect(index).toBeGreaterThan(1);
    }
    // "Findings per step" is listed with the page it starts on.
    const match = /Findings per step (\d+)/.exec(read.pages[1]?.text ?? '');
    const page = Number(match?.[1]);
    expect(read.pages[page - 1]?.text.startsWith('Findings per step')).toBe(true);
  });

  it('the one-page map is A3 landscape; the action plan update has the month-on-month table', async () => {
    const a3 = await pdfOf(reportSample(), reportSettingsFromPreset('one-page-map'));
    expect(a3.read.pages[0]?.width).toBeCloseTo(1190.55, 1);
    expect(a3.read.pages[0]?.height).toBeCloseTo(841.89, 1);
    expect(a3.read.text).toContain('Pain points explained');
    const update = await pdfOf(reportSample(), {
      ...reportSettingsFromPreset('action-plan-update'),
      compareWith: '2025-09-30',
    });
    expect(update.read.text).toContain('Compared with 30 Sep 2025');
    expect(update.read.text).toMatch(/At risk \(amber\) 0 1 \+1/);
    expect(update.read.text).toMatch(/Total 5 5 0/);
  });

  it('an empty map still makes a PDF that says what is missing', async () => {
    const empty = { ...createBlankMap({ title: 'Nothing yet' }), phases: [], lanes: [] };
    const { read } = await pdfOf(empty, { ...empty.report, sections: [...REPORT_SECTIONS] });
    expect(read.text).toContain('The map is empty');
    expect(read.text).toContain('No recommendations yet');
    expect(read.text).toContain('This map has no personas.');
  });
});
