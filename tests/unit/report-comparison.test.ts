// @vitest-environment node
/**
 * The report's "Before and after" section (src/export/report/sections/comparisonSection.ts): a
 * future state compared with its current state, in a model and in a Word, PDF and HTML file.
 */
import { describe, expect, it } from 'vitest';
import { makeFutureState } from '../../src/domain/compare';
import { createSampleMap } from '../../src/domain/sampleMap';
import type { JourneyMap } from '../../src/domain/schema';
import { buildReport } from '../../src/export/report/buildReport';
import { reportHtmlDocument } from '../../src/export/report/html/renderHtml';
import { blockText } from '../../src/export/report/reportText';
import { runReport, type ReportEnvironment } from '../../src/export/report/runReport';
import { readDocx } from './reportDocxXml';
import { nodeFontLoader } from './reportFonts';
import { readPdf } from './reportPdfText';

const TODAY = '2026-11-30';

/** The sample map's future state: a better "Settled into new home", the cleaning pain resolved, one recommendation complete. */
function futureOf(current: JourneyMap): JourneyMap {
  const future = makeFutureState(current, { now: new Date('2026-11-30T10:00:00Z') });
  return {
    ...future,
    phases: future.phases.map((phase) => ({
      ...phase,
      steps: phase.steps.map((step) =>
        step.title === 'Settled into new home'
          ? { ...step, emotionScore: 2, emotionSource: 'manual' as const }
          : step,
      ),
    })),
    cards: future.cards
      .filter((card) => card.id !== 'card-pain-cleaning')
      .map((card) =>
        card.id === 'card-rec-referral-form' && card.kind === 'recommendation'
          ? { ...card, status: 'complete' as const }
          : card,
      ),
  };
}

const model = (map: JourneyMap, compared: { label: string; map: JourneyMap } | null) =>
  buildReport(map, {
    today: TODAY,
    settings: { ...map.report, sections: ['comparison'] },
    compared,
  });

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const env: ReportEnvironment = { loadFont: nodeFontLoader, rasterize: async () => PNG };

describe('the report’s Before and after section', { timeout: 60_000 }, () => {
  const current = createSampleMap(new Date('2026-11-01T10:00:00Z'));
  const future = futureOf(current);

  it('says what changed: counts, both emotion curves, pain points, recommendation statuses', async () => {
    const report = await model(future, { label: 'its current state', map: current });
    const [section] = report.sections;
    expect(section?.title).toBe('Before and after');
    const text = section!.blocks.map(blockText).join('\n');
    expect(text).toContain('This map compared with its current state: 0 cards added, 1 removed');
    expect(text).toContain('1 pain point resolved and 0 new');
    expect(text).toMatch(/Settle in\s+Settled into new home\s+\+1\s+\+2\s+\+1/);
    expect(text).toContain('Cleaning quality in schemes');
    expect(text).toMatch(/Audit and update the referral form\s+Not started\s+Complete/);
  });

  it('says there is nothing to compare with when no other map is given', async () => {
    const report = await model(future, null);
    const text = report.sections[0]!.blocks.map(blockText).join('\n');
    expect(text).toContain('There is nothing to compare this map with');
  });

  it('reaches the HTML report with a heading and its tables', async () => {
    const report = await model(future, { label: 'its current state', map: current });
    const html = reportHtmlDocument(report);
    expect(html).toContain('Before and after');
    expect(html).toContain('Emotion scores before and after');
    expect(html).toContain('Recommendation status before and after');
  });

  it('reaches the Word and PDF files', async () => {
    const compared = { label: 'its current state', map: current };
    const settings = { ...future.report, sections: ['comparison' as const] };
    const request = { map: future, today: TODAY, settings, compared };
    const pdf = await readPdf((await runReport({ ...request, format: 'pdf' }, env)).bytes);
    expect(pdf.text).toContain('Before and after');
    expect(pdf.text).toContain('Cleaning quality in schemes');
    const docx = readDocx((await runReport({ ...request, format: 'docx' }, env)).bytes);
    expect(docx.text).toContain('Recommendations whose status changed');
    expect(docx.text).toContain('Audit and update the referral form');
  });
});
