// @vitest-environment node
/**
 * The Word report (src/export/report/docx): unzip it and read word/document.xml — every
 * heading with its heading style, card titles, recommendations, status counts, marked header
 * rows, pictures with alt text, links from the contents, text in several scripts.
 */
import { describe, expect, it } from 'vitest';
import { recommendationsOf } from '../../src/domain/actionPlan';
import { reportSettingsFromPreset } from '../../src/domain/reportSettings';
import type { JourneyMap } from '../../src/domain/schema';
import { buildReport } from '../../src/export/report/buildReport';
import { writeDocx } from '../../src/export/report/docx/writeDocx';
import { readDocx } from './reportDocxXml';
import { SCRIPTS, reportSample } from './reportMaps';
import { squash } from './reportPdfText';

/** A real 1 × 1 PNG: the tests check the picture's place and alt text, not its pixels. */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const rasterize = async () => PNG;

async function docxOf(map: JourneyMap, settings = map.report) {
  const model = await buildReport(map, { today: '2025-10-20', settings });
  return { model, doc: readDocx(await writeDocx(model, { rasterize })) };
}

describe('the Word report of the sample map', { timeout: 60_000 }, () => {
  it('every heading uses a heading style; every card title and recommendation is there', async () => {
    const map = reportSample();
    const { model, doc } = await docxOf(map);
    for (const section of model.sections) {
      if (section.id === 'cover')
        expect(doc.styled).toContainEqual(['Title', squash(section.title)]);
      else expect(doc.styled).toContainEqual(['Heading1', squash(section.title)]);
      for (const block of section.blocks)
        if (block.type === 'heading')
          expect(doc.styled).toContainEqual([`Heading${block.level}`, squash(block.text)]);
    }
    for (const card of map.cards) expect(doc.text, card.id).toContain(squash(card.title));
    for (const item of recommendationsOf(map)) expect(doc.text).toContain(squash(item.card.title));
    expect(doc.text).toContain('Audit of the referral form started');
  });

  it('table header rows are marked to repeat; the map tables repeat phases and steps', async () => {
    const { doc } = await docxOf(reportSample());
    const tables = doc.xml.match(/<w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThan(3);
    const headerRows = doc.xml.match(/<w:tblHeader\/>/g) ?? [];
    expect(headerRows.length).toBeGreaterThanOrEqual(tables.length);
    // Each map table starts with a "Phase" row and a "Lane / step" row, both header rows.
    const mapTables = doc.xml.split('<w:tbl>').filter((t) => t.includes('Lane / step'));
    expect(mapTables.length).toBeGreaterThan(0);
    for (const table of mapTables) {
      const rows = table.split('<w:tr>').slice(1, 3);
      for (const row of rows) expect(row).toContain('<w:tblHeader/>');
    }
  });

  it('the status summary counts and the comparison are there', async () => {
    const { doc } = await docxOf(reportSample(), {
      ...reportSettingsFromPreset('action-plan-update'),
      compareWith: '2025-09-30',
    });
    expect(doc.text).toMatch(/Total 2 1 1 0 0 1 5/);
    expect(doc.text).toContain('Compared with 30 Sep 2025');
    expect(doc.text).toMatch(/At risk \(amber\) 0 1 \+1/);
    expect(doc.xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('figures are pictures with their type, size and alt text', async () => {
    const { doc } = await docxOf(reportSample());
    const media = Object.keys(doc.files).filter((f) => f.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(0);
    const descriptions = [...doc.xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descriptions.length).toBe(media.length);
    expect(descriptions.every((d) => (d ?? '').length > 20)).toBe(true);
    expect(descriptions.join(' ')).toContain('Journey map “Independent Living');
    expect(doc.xml).toMatch(/<wp:extent cx="\d+" cy="\d+"\/>/);
  });

  it('the contents link to bookmarks on the section headings', async () => {
    const { model, doc } = await docxOf(reportSample());
    const anchors = [...doc.xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBe(model.sections.length - 2);
    for (const anchor of anchors) expect(doc.xml).toContain(`w:name="${anchor}"`);
  });

  it('text in Welsh, Polish, Arabic, Chinese and emoji survives', async () => {
    const { doc } = await docxOf(reportSample());
    for (const text of Object.values(SCRIPTS)) expect(doc.text).toContain(squash(text));
  });
});
