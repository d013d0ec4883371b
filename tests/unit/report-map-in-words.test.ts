// @vitest-environment node
/**
 * "The map in words": the report's text alternative of the map's picture is made from the same
 * outline model as the editor's Outline view (src/domain/outline.ts), lists every card in
 * journey order, and sits after the picture (at the end of the one-page map).
 */
import { describe, expect, it } from 'vitest';
import { addLink } from '../../src/domain/linkEdits';
import { outlineCardText, outlineOf } from '../../src/domain/outline';
import { cardsInJourneyOrder } from '../../src/domain/painPoints';
import { reportSettingsFromPreset, type ReportSettings } from '../../src/domain/reportSettings';
import { createSampleMap } from '../../src/domain/sampleMap';
import type { JourneyMap } from '../../src/domain/schema';
import { buildReport } from '../../src/export/report/buildReport';
import type { Block, ReportModel } from '../../src/export/report/model';
import { reportText } from '../../src/export/report/reportText';
import { MAP_IN_WORDS_TITLE } from '../../src/export/report/sections/mapInWords';
import { reportSample } from './reportMaps';

const make = (map: JourneyMap, settings: Partial<ReportSettings> = {}) =>
  buildReport(map, { today: '2025-10-20', settings: { ...map.report, ...settings } });

/** The section holding the map in words, and the card lines it lists, in order. */
function mapInWords(model: ReportModel) {
  for (const section of model.sections) {
    const at = section.blocks.findIndex(
      (b) => b.type === 'heading' && b.text === MAP_IN_WORDS_TITLE,
    );
    if (at < 0) continue;
    const blocks = section.blocks.slice(at);
    const lines = blocks
      .filter((b): b is Extract<Block, { type: 'list' }> => b.type === 'list')
      .flatMap((list) => list.items.map((item) => item.spans.map((s) => s.text).join('')));
    return { section, lines };
  }
  return null;
}

describe('the map in words', { timeout: 30_000 }, () => {
  it('lists every card of the sample in journey order, after the picture of the map', async () => {
    const map = reportSample();
    const model = await make(map, { sections: ['cover', 'map-overview', 'findings'] });
    const words = mapInWords(model);
    expect(words?.section.id).toBe('map-overview');
    const ordered = cardsInJourneyOrder(map);
    expect(words?.lines).toHaveLength(ordered.length);
    // Line by line: the card's kind and title, and the lane it sits in.
    words?.lines.forEach((line, i) => {
      const card = ordered[i];
      const lane = map.lanes.find((l) => l.id === card?.laneId);
      expect(line, `card ${i + 1}`).toContain(
        `: ${card?.title.trim()} (lane ${lane?.name.trim()})`,
      );
    });
    // The first card is the first step's top lane's first card.
    expect(words?.lines[0]).toMatch(/^Touchpoint: .* \(lane Touchpoints\)\./);
    // The picture's alt text points to it.
    const figure = words?.section.blocks.find((b) => b.type === 'figure');
    expect(figure?.type === 'figure' && figure.alt).toContain('“The map in words”');
  });

  it('says the same words as the outline view’s model, phase and step headings included', async () => {
    const sample = createSampleMap();
    const [first, second] = cardsInJourneyOrder(sample);
    const map = addLink(sample, { from: first?.id ?? '', to: second?.id ?? '' });
    const model = await make(map, { sections: ['map-pages'] });
    const outline = outlineOf(map);
    const expected = outline.phases.flatMap((p) =>
      p.steps.flatMap((s) => s.cards.map(outlineCardText)),
    );
    expect(mapInWords(model)?.lines).toEqual(expected);
    const text = reportText(model);
    for (const phase of outline.phases) expect(text).toContain(`Phase: ${phase.name}`);
    for (const step of outline.phases[0]?.steps ?? []) expect(text).toContain(`Step: ${step.name}`);
    // A card that links on says where to.
    expect(expected[0]).toMatch(new RegExp(`Links to: ${second?.title.trim()}\\.$`));
  });

  it('closes the one-page map, whose pain points stay right below the picture', async () => {
    const map = reportSample();
    const model = await make(map, reportSettingsFromPreset('one-page-map'));
    const words = mapInWords(model);
    expect(words?.section.id).toBe(model.sections.at(-1)?.id);
    expect(words?.section.id).not.toBe('map-overview');
  });

  it('is left out of a report without a picture of the map, and said once with both', async () => {
    const map = reportSample();
    const without = await make(map, { sections: ['cover', 'findings'] });
    expect(mapInWords(without)).toBeNull();
    const both = await make(map, { sections: ['map-overview', 'map-pages'] });
    const headings = both.sections
      .flatMap((s) => s.blocks)
      .filter((b) => b.type === 'heading' && b.text === MAP_IN_WORDS_TITLE);
    expect(headings).toHaveLength(1);
  });
});
