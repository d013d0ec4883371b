// @vitest-environment node
/**
 * Making report files (src/export/report/runReport.ts): each format from the sample, with
 * file name and type; progress that only goes forward to 1; cancelling; a 2,000-card map.
 */
import { describe, expect, it } from 'vitest';
import { REPORT_SECTIONS, reportSettingsFromPreset } from '../../src/domain/reportSettings';
import { REPORT_FORMATS } from '../../src/export/report/formats';
import { runReport, type ReportEnvironment } from '../../src/export/report/runReport';
import { readDocx } from './reportDocxXml';
import { nodeFontLoader } from './reportFonts';
import { bigReportMap, reportSample } from './reportMaps';
import { readPdf } from './reportPdfText';

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const env: ReportEnvironment = { loadFont: nodeFontLoader, rasterize: async () => PNG };
const MAGIC = { pdf: '%PDF-', docx: 'PK', html: '<!doctype html>' } as const;

describe('making report files', { timeout: 120_000 }, () => {
  it.each(REPORT_FORMATS)(
    '%s from the sample: named after the map and the report',
    async (format) => {
      const progress: number[] = [];
      const file = await runReport({ map: reportSample(), format, today: '2025-10-20' }, env, {
        onProgress: (fraction) => progress.push(fraction),
      });
      expect(file.filename).toBe(
        `independent-living-customer-journey-journey-mapping-results-report.${format}`,
      );
      expect(new TextDecoder().decode(file.bytes.slice(0, 15))).toContain(MAGIC[format]);
      expect(progress.at(-1)).toBe(1);
      expect(progress.every((p, i) => i === 0 || p >= (progress[i - 1] ?? 0))).toBe(true);
    },
  );

  it('stops with an AbortError when cancelled while writing, and writes nothing', async () => {
    const controller = new AbortController();
    const made = runReport({ map: bigReportMap(2000), format: 'pdf', today: '2025-10-20' }, env, {
      signal: controller.signal,
      onProgress: (fraction) => {
        if (fraction > 0.4) controller.abort();
      },
    });
    await expect(made).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('a 2,000-card map makes a PDF and a Word file with every section', async () => {
    const map = bigReportMap(2000);
    const settings = { ...reportSettingsFromPreset('results'), sections: [...REPORT_SECTIONS] };
    const pdf = await runReport({ map, format: 'pdf', today: '2025-10-20', settings }, env);
    const read = await readPdf(pdf.bytes);
    expect(read.pages.length).toBeGreaterThan(100);
    expect(read.text).toContain('Card 1999: customer waits for a reply about the repair');
    expect(read.text).toContain('Status summary');
    const docx = await runReport({ map, format: 'docx', today: '2025-10-20', settings }, env);
    const doc = readDocx(docx.bytes);
    expect(doc.text).toContain('Card 1999: customer waits for a reply about the repair');
    expect(doc.text).toContain('Evidence coverage');
  });
});
