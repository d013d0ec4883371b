// @vitest-environment node
/**
 * A report without a cover (the "journey map" preset, seed 001's one-page map) still opens with
 * the map's title, in every format: Word's first paragraph is in the Title style, the PDF's
 * first words and first bookmark are the title, the HTML's first heading is the title. A report
 * with a cover says it once, on the cover.
 */
import { describe, expect, it } from 'vitest';
import { reportSettingsFromPreset, type ReportPresetId } from '../../src/domain/reportSettings';
import { buildReport } from '../../src/export/report/buildReport';
import { writeDocx } from '../../src/export/report/docx/writeDocx';
import { reportHtmlDocument } from '../../src/export/report/html/renderHtml';
import { writePdf } from '../../src/export/report/pdf/writePdf';
import { readDocx } from './reportDocxXml';
import { nodeFontLoader } from './reportFonts';
import { reportSample } from './reportMaps';
import { readPdf, squash } from './reportPdfText';

/** The text of each <h1> of an HTML document, in order. */
const headingsOf = (html: string) =>
  [...html.matchAll(/<h1[^>]*>([^<]*)<\/h1>/g)].map((match) => match[1]);

const modelOf = (preset: ReportPresetId) =>
  buildReport(reportSample(), { today: '2025-10-20', settings: reportSettingsFromPreset(preset) });

describe('the map’s title opens a report without a cover', { timeout: 120_000 }, () => {
  it('Word: the first paragraph of document.xml is the title, in the Title style', async () => {
    const model = await modelOf('one-page-map');
    expect(model.sections[0]?.id).toBe('map-overview');
    const doc = readDocx(await writeDocx(model));
    const first = doc.xml.match(/<w:body>\s*(<w:p[ >][\s\S]*?<\/w:p>)/)?.[1] ?? '';
    expect(first).toContain('<w:pStyle w:val="Title"/>');
    expect(doc.styled[0]).toEqual(['Title', squash(model.title)]);
    expect(doc.styled[1]).toEqual(['Heading1', 'Customer journey map']);
    expect(doc.styled.filter(([style]) => style === 'Title')).toHaveLength(1);
  });

  it('PDF: the first words and bookmark are the title; the pain points still start on page 1', async () => {
    const model = await modelOf('one-page-map');
    const read = await readPdf(await writePdf(model, { loadFont: nodeFontLoader }));
    expect(read.pages[0]?.text.startsWith(`${squash(model.title)} Customer journey map`)).toBe(
      true,
    );
    // The title takes room from the picture, not from the pain points below it (seed 001).
    expect(read.pages[0]?.text).toContain('Pain points explained 1.');
    const outline = await read.doc.getOutline();
    expect(outline.map((entry) => entry.title)).toEqual([
      model.title,
      'Customer journey map',
      'Pain points explained',
    ]);
  });

  it('HTML (preview and print): the first heading is the title', async () => {
    const model = await modelOf('one-page-map');
    expect(headingsOf(reportHtmlDocument(model)).slice(0, 2)).toEqual([
      model.title,
      'Customer journey map',
    ]);
  });

  it('a report with a cover names the map once, on the cover', async () => {
    const model = await modelOf('results');
    const doc = readDocx(await writeDocx(model));
    expect(doc.styled[0]).toEqual(['Title', squash(model.title)]);
    expect(doc.styled.filter(([style]) => style === 'Title')).toHaveLength(1);
    expect(reportHtmlDocument(model)).not.toContain('<h1 class="report-title">');
    expect(headingsOf(reportHtmlDocument(model))[0]).toBe(model.title);
  });
});
