/**
 * The report's action plan and status summary with format 3's plan: actions under their
 * recommendation, its response, approximate dates, and two dates compared with carry-forward.
 */
import { describe, expect, it } from 'vitest';
import { updateCard } from '../../src/domain/edits';
import { addAction, addActionProgress } from '../../src/domain/planEdits';
import type { JourneyMap } from '../../src/domain/schema';
import { buildReport } from '../../src/export/report/buildReport';
import type { ReportModel } from '../../src/export/report/model';
import { blockText } from '../../src/export/report/reportText';
import { OCTOBER, SEPTEMBER, sampleMap, seed004Map } from '../builders';

const sectionText = (model: ReportModel, id: string) =>
  (model.sections.find((s) => s.id === id)?.blocks ?? []).map(blockText).join('\n');

const make = (map: JourneyMap, today: string, asAt: string, compareWith: string | null) =>
  buildReport(map, {
    today,
    settings: {
      ...map.report,
      sections: ['action-plan', 'status-summary'],
      asAt,
      compareWith,
      groupBy: 'theme',
    },
  });

describe('the report of a format 3 action plan', { timeout: 30_000 }, () => {
  it('shows actions numbered under their recommendation, its response and approximate dates', async () => {
    let map = sampleMap(new Date('2026-01-15T10:30:00Z'));
    const id = 'card-rec-referral-form';
    map = updateCard(map, id, {
      number: '2',
      response: { answer: 'partly-accepted', text: 'Agreed in principle' },
    });
    map = addAction(map, id, {
      id: 'a1',
      title: 'Review the D&M register',
      revisedDate: 'Spring 2023',
    });
    map = addAction(map, id, {
      id: 'a2',
      title: 'Hold a consultation',
      targetDate: 'Awaiting timescales',
    });
    map = addActionProgress(map, id, 'a1', {
      date: '2026-01-10',
      text: 'Needs resource',
      status: 'at-risk',
    });
    const text = sectionText(await make(map, '2026-01-15', '2026-01-15', null), 'action-plan');
    expect(text).toContain('Response: Partly accepted – Agreed in principle');
    expect(text).toMatch(/2\.1[\s\S]*Action: Review the D&M register[\s\S]*Revised: Spring 2023/);
    expect(text).toMatch(/2\.2[\s\S]*Hold a consultation[\s\S]*Target: Awaiting timescales/);
    expect(text).toContain('Needs resource');
  });

  it('compares September with October (seed 004), carried forward', async () => {
    const text = sectionText(
      await make(seed004Map(), '2021-11-20', OCTOBER, SEPTEMBER),
      'status-summary',
    );
    expect(text).toMatch(/Compared with 30 Sep 2021/);
    expect(text).toMatch(/On track \(green\)\s*16\s*10/);
    expect(text).toMatch(/Complete\s*0\s*6/);
    expect(text.indexOf('Experience')).toBeLessThan(text.indexOf('Complaints handling'));
  });
});

describe('the report of a scrutiny review’s judgement and survey scores (seed 003)', () => {
  it('follows the metrics with the overall judgement, each rating and the channels side by side', async () => {
    const { readFileSync } = await import('node:fs');
    const { readMapFile } = await import('../../src/persistence/format');
    const loaded = readMapFile(
      readFileSync(`${import.meta.dirname}/../fixtures/formats/v3-scrutiny.json`, 'utf8'),
    );
    if (!loaded.ok) throw new Error(loaded.error.message);
    const model = await buildReport(loaded.map, {
      today: '2026-01-15',
      settings: { ...loaded.map.report, sections: ['metrics'] },
    });
    const text = sectionText(model, 'metrics');
    expect(text).toContain('Overall: An improving service');
    expect(text).toMatch(/Telephone contact\s*Good/);
    expect(text).toMatch(/Complaints handling\s*Fair\s*Timescales often missed/);
    expect(text).toMatch(/Ease of contact\s*7\.4 · 10: 31% · ≤3: 9%\s*6\.1 · 10: 18% · ≤3: 17%/);
  });
});
