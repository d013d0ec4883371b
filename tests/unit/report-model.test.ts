// @vitest-environment node
/**
 * The report model (src/export/report/buildReport.ts): which sections, in which order, from
 * which map data, and words wherever a section has nothing to show.
 */
import { describe, expect, it } from 'vitest';
import { recommendationsOf } from '../../src/domain/actionPlan';
import { createBlankMap } from '../../src/domain/blankMap';
import { painPointsInJourneyOrder } from '../../src/domain/painPoints';
import {
  REPORT_PRESETS,
  REPORT_PRESET_DEFINITIONS,
  REPORT_SECTIONS,
  reportSettingsFromPreset,
  type ReportSettings,
} from '../../src/domain/reportSettings';
import { createSampleMap } from '../../src/domain/sampleMap';
import type { JourneyMap } from '../../src/domain/schema';
import { buildReport } from '../../src/export/report/buildReport';
import type { Block, ReportModel } from '../../src/export/report/model';
import { blockText, reportText } from '../../src/export/report/reportText';
import { bigReportMap, reportSample } from './reportMaps';

const TODAY = '2025-10-20';
const make = (map: JourneyMap, settings: Partial<ReportSettings> = {}) =>
  buildReport(map, { today: TODAY, settings: { ...map.report, ...settings } });
const section = (model: ReportModel, id: string) => model.sections.find((s) => s.id === id);
const sectionText = (model: ReportModel, id: string) =>
  (section(model, id)?.blocks ?? []).map(blockText).join('\n');

describe('the report model of the sample map', { timeout: 30_000 }, () => {
  it('has the results preset’s sections in its order, each with a heading and content', async () => {
    const map = reportSample();
    const model = await make(map);
    expect(model.sections.map((s) => s.id)).toEqual(
      REPORT_PRESET_DEFINITIONS.results.settings.sections,
    );
    expect(model.subtitle).toBe('Journey mapping results report');
    expect(model.title).toBe(map.title);
    for (const s of model.sections) {
      expect(s.blocks.length, s.id).toBeGreaterThan(0);
      expect(s.title, s.id).not.toBe('');
    }
    expect(model.page).toMatchObject({ size: 'A4', orientation: 'portrait' });
  });

  it('follows the order the user chose and leaves out what they left out', async () => {
    const map = reportSample();
    const chosen = ['action-plan', 'cover', 'pain-points'] as const;
    const model = await make(map, { sections: [...chosen] });
    expect(model.sections.map((s) => s.id)).toEqual(chosen);
    const text = reportText(model);
    expect(text).not.toContain('Check the settling-in checklist'); // workshop left out
    expect(text).not.toContain('Findings per step');
  });

  it('findings: every step with its tallies, emotion evidence and quotes', async () => {
    const map = reportSample();
    const text = sectionText(await make(map), 'findings');
    for (const phase of map.phases)
      for (const step of phase.steps) expect(text).toContain(step.title);
    expect(text).toContain('18 positive comments, 0 neutral and 2 problems from 20 participants.');
    expect(text).toMatch(/net share \(18 − 2\) ÷ 20 = 0\.80, which gives \+1 \(positive\)/);
    const quotes = map.cards.flatMap((c) => (c.kind === 'evidence' ? c.quotes : []));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(text).toContain(quote.text.trim());
    expect(text).toContain('Interviews'); // the research record
    for (const idea of map.cards.filter((c) => c.kind === 'idea'))
      expect(text).toContain(idea.title);
  });

  it('pain points are numbered as on the map; moments of truth carry their reasons', async () => {
    const map = reportSample();
    const model = await make(map);
    const list = section(model, 'pain-points')?.blocks.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.ordered).toBe(true);
    const titles = painPointsInJourneyOrder(map).map((c) => c.title);
    expect(list?.type === 'list' && list.items.map((i) => i.spans[0]?.text)).toEqual(titles);
    const moments = sectionText(model, 'moments-of-truth');
    for (const phase of map.phases)
      for (const step of phase.steps)
        if (step.momentOfTruth) expect(moments).toContain(step.momentOfTruth.reason);
  });

  it('the action plan has every recommendation, column and progress update up to the as-at date', async () => {
    const map = reportSample();
    const model = await make(map, { asAt: '2025-09-30', groupBy: 'theme' });
    const text = sectionText(model, 'action-plan');
    for (const item of recommendationsOf(map)) {
      expect(text).toContain(item.card.title);
      expect(text).toContain(item.card.owner || 'No owner');
    }
    expect(text).toContain('Audit of the referral form started');
    expect(text).not.toContain('Form redesign delayed'); // dated after the as-at date
    expect(text).toContain('2 progress updates dated after 30 Sep 2025 are left out.');
    const headings = section(model, 'action-plan')?.blocks.filter((b) => b.type === 'heading');
    expect(headings?.map((h) => h.type === 'heading' && h.text)).toContain('Access and referrals');
    const tables = section(model, 'action-plan')?.blocks.filter(
      (b): b is Extract<Block, { type: 'table' }> => b.type === 'table',
    );
    expect(tables?.[0]?.header[0]?.map((c) => c.paras[0]?.spans[0]?.text)).toEqual([
      '#',
      'Recommendation',
      'Where',
      'Owner',
      'Dates',
      'Status',
      'Progress updates',
    ]);
  });

  it('the status summary counts as at a date and compares it with an earlier one', async () => {
    const map = reportSample();
    const model = await make(map, { compareWith: '2025-09-30', sections: ['status-summary'] });
    const blocks = section(model, 'status-summary')?.blocks ?? [];
    const [summary, comparison] = blocks.filter(
      (b): b is Extract<Block, { type: 'table' }> => b.type === 'table',
    );
    expect(summary?.footer?.at(-1)?.paras[0]?.spans[0]?.text).toBe('5');
    const rows = (comparison?.rows ?? []).map((r) =>
      r.map((c) => blockText({ type: 'paragraph', spans: c.paras.flatMap((p) => p.spans) })),
    );
    // 30 Sep: one on track (from its log), four not started. 20 Oct: as the cards are now.
    expect(rows).toContainEqual(['On track (green)', '1', '1', '0']);
    expect(rows).toContainEqual(['At risk (amber)', '0', '1', '+1']);
    expect(rows).toContainEqual(['Complete', '0', '1', '+1']);
    expect(sectionText(model, 'status-summary')).toContain('Compared with 30 Sep 2025');
  });

  it('workshop results: open comments only when chosen, revealed votes only', async () => {
    const map = reportSample();
    const open = sectionText(await make(map, { openCommentsOnly: true }), 'workshop');
    expect(open).toContain('Check the settling-in checklist');
    expect(open).toContain('Agreed: on the next team agenda');
    expect(open).not.toContain('Contact cards reprinted');
    expect(open).toContain('1 resolved thread is left out');
    const all = sectionText(await make(map, { openCommentsOnly: false }), 'workshop');
    expect(all).toContain('Contact cards reprinted');
    expect(open).toContain('Which pain point matters most?');
    expect(open).toMatch(/1\tLittle or no help settling in\tPain point\t.*\t2/);
    expect(open).toContain('Voting is still open, so its results stay hidden');
  });

  it('metrics against targets as a table and a chart', async () => {
    const model = await make(reportSample(), { sections: ['metrics'] });
    const blocks = section(model, 'metrics')?.blocks ?? [];
    const text = blocks.map(blockText).join('\n');
    expect(text).toContain(
      'Calls answered within 4 minutes\tJoin › Apply or referred\t70%\t80%\tOff track',
    );
    expect(text).toContain('Ring backs within 1 working hour');
    expect(text).toMatch(/14 minutes\t60 minutes\tOn track/);
    expect(blocks.some((b) => b.type === 'figure')).toBe(true);
  });

  it('every preset can be made from the sample, in its own shape', async () => {
    for (const preset of REPORT_PRESETS) {
      const map = reportSample();
      const model = await make(map, reportSettingsFromPreset(preset));
      expect(model.sections.map((s) => s.id)).toEqual(
        REPORT_PRESET_DEFINITIONS[preset].settings.sections,
      );
      expect(model.preset).toBe(preset);
    }
  });
});

describe('sections with nothing to show say so in words', () => {
  const everything = { sections: [...REPORT_SECTIONS] };

  it('an empty map: no phases, lanes or cards', async () => {
    const blank = createBlankMap({ title: 'Empty', now: new Date('2025-01-01') });
    const empty = { ...blank, phases: [], lanes: [], personas: [] };
    const model = await make(empty, everything);
    expect(model.sections).toHaveLength(REPORT_SECTIONS.length);
    for (const s of model.sections) {
      if (s.id === 'contents') continue;
      const words = s.blocks.filter((b) => b.type === 'paragraph' && b.style === 'empty');
      const tables = s.blocks.filter((b) => b.type === 'table');
      for (const table of tables)
        expect(table.type === 'table' && table.rows.length).toBeGreaterThan(0);
      if (s.id !== 'cover') expect(words.length, s.id).toBeGreaterThan(0);
    }
    const text = reportText(model);
    expect(text).toContain('The map is empty');
    expect(text).toContain('This map has no personas.');
    expect(text).toContain('No recommendations yet');
    expect(text).toContain('This map has no steps yet.');
    expect(text).toContain('No summary yet');
  });

  it('a plan whose recommendations answer the step, not a card', async () => {
    const map = createSampleMap();
    const model = await make(map, { sections: ['action-plan', 'workshop', 'metrics'] });
    expect(sectionText(model, 'action-plan')).toContain('Answers the step itself.');
    expect(sectionText(model, 'workshop')).toContain('No comments were made on this map.');
    expect(sectionText(model, 'workshop')).toContain('No votes were held on this map.');
    expect(sectionText(model, 'metrics')).toContain('No metrics are on this map.');
  });
});

describe('a 2,000-card map', { timeout: 60_000 }, () => {
  const big = bigReportMap(2000);

  it('makes every section, with every card on the map pages and every recommendation in the plan', async () => {
    const progress: number[] = [];
    const model = await buildReport(big, {
      today: TODAY,
      settings: {
        ...big.report,
        sections: [...REPORT_SECTIONS],
        pageSize: 'A3',
        orientation: 'landscape',
      },
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(model.sections.map((s) => s.id)).toEqual(REPORT_SECTIONS);
    const pages = section(model, 'map-pages')?.blocks.find((b) => b.type === 'mapPages');
    if (pages?.type !== 'mapPages') throw new Error('no map pages');
    const onTiles = pages.tiles.flatMap((t) => t.cardIds);
    expect(new Set(onTiles).size).toBe(2000);
    expect(onTiles).toHaveLength(2000);
    // The Word tables hold every card once too: one styled paragraph per card.
    const cardParas = pages.tables.flatMap((table) =>
      table.rows.flatMap((row) => row.flatMap((cell) => cell.paras.filter((p) => p.fill))),
    );
    expect(cardParas).toHaveLength(2000);
    const titles = cardParas.map((p) => p.spans.map((s) => s.text).join(''));
    expect(
      new Set(big.cards.map((c) => titles.filter((t) => t.includes(`\n${c.title}`)).length)),
    ).toEqual(new Set([1]));
    const plan = sectionText(model, 'action-plan');
    const recs = recommendationsOf(big);
    expect(recs.length).toBeGreaterThan(0);
    for (const item of recs) expect(plan).toContain(item.card.title);
    expect(progress.at(-1)).toBe(1);
  });

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    const made = buildReport(big, {
      today: TODAY,
      settings: { ...big.report, sections: [...REPORT_SECTIONS] },
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(made).rejects.toMatchObject({ name: 'AbortError' });
  });
});
