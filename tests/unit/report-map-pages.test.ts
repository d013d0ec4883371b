// @vitest-environment node
/**
 * The map on paper (src/export/report/mapPages.ts): card text never below 8 pt at A4 and A3 in
 * both orientations, and every card on exactly one page.
 */
import { describe, expect, it } from 'vitest';
import { createSampleMap } from '../../src/domain/sampleMap';
import { ORIENTATIONS, PAGE_SIZES, MAP_SPLITS } from '../../src/domain/reportSettings';
import { MAP_LAYOUT } from '../../src/export/layoutTypes';
import type { Primitive } from '../../src/export/scene';
import { MIN_CARD_TEXT_PT, mapTiles, overviewFigure } from '../../src/export/report/mapPages';
import { contentBox, pageSpec } from '../../src/export/report/pages';
import { bigMap } from '../builders';

const sample = createSampleMap();
const big = bigMap(2000);

const cases = PAGE_SIZES.flatMap((size) => ORIENTATIONS.map((o) => [size, o] as const));

function cardCounts(ids: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

describe.each(cases)('the map split over %s %s pages', { timeout: 60_000 }, (size, orientation) => {
  const page = pageSpec(size, orientation);
  const box = contentBox(page);

  it.each([
    ['the sample map', sample],
    ['a 2,000-card map', big],
  ])(
    '%s: every card exactly once, text at least 8 pt, every tile inside the page',
    async (_, map) => {
      for (const split of MAP_SPLITS) {
        const { tiles, scale } = await mapTiles(map, page, split);
        expect(tiles.length).toBeGreaterThan(0);
        const counts = cardCounts(tiles.flatMap((t) => t.cardIds));
        expect(counts.size).toBe(map.cards.length);
        expect([...counts.values()].every((n) => n === 1)).toBe(true);
        for (const tile of tiles) {
          expect(tile.scale).toBe(scale);
          if (tile.minCardTextPx !== null) {
            expect(tile.minCardTextPx * tile.scale).toBeGreaterThanOrEqual(MIN_CARD_TEXT_PT - 1e-9);
          }
          expect(tile.scene.width * tile.scale).toBeLessThanOrEqual(box.width + 0.01);
          expect(tile.scene.height * tile.scale).toBeLessThanOrEqual(box.height + 0.01);
        }
      }
    },
  );
});

describe('map pages read like the map', () => {
  it('repeat the lane and phase headers on every page of the sample', async () => {
    const { tiles } = await mapTiles(sample, pageSpec('A4', 'landscape'), 'phase');
    expect(tiles.length).toBeGreaterThan(1);
    for (const tile of tiles) {
      const texts = tile.scene.primitives.filter(
        (p): p is Extract<Primitive, { type: 'text' }> => p.type === 'text' && p.bold,
      );
      // Phase headers are 16 px bold, step headers 13 px, lane headers 14 px (layoutTypes.ts).
      expect(texts.some((t) => t.size === MAP_LAYOUT.phaseHeader.size)).toBe(true);
      expect(texts.some((t) => t.size === MAP_LAYOUT.stepHeader.size)).toBe(true);
      expect(texts.some((t) => t.size === MAP_LAYOUT.laneHeader.size)).toBe(true);
      expect(sample.phases.some((p) => tile.caption.includes(p.name))).toBe(true);
    }
  });

  it('split by phase cuts between phases, never through one that fits a page', async () => {
    const { tiles } = await mapTiles(sample, pageSpec('A3', 'landscape'), 'phase');
    const tileOf = new Map(tiles.flatMap((t) => t.cardIds.map((id) => [id, t] as const)));
    for (const phase of sample.phases) {
      const stepIds = new Set(phase.steps.map((s) => s.id));
      const ranges = new Set(
        sample.cards
          .filter((c) => stepIds.has(c.stepId))
          .map((c) => tileOf.get(c.id)?.caption.split(' · ')[1]),
      );
      expect(ranges.size, phase.name).toBe(1);
    }
    const names = tiles.flatMap((t) =>
      t.scene.primitives.flatMap((p) => (p.type === 'text' ? [p.text] : [])),
    );
    expect(names.some((n) => n.includes('(continued)') && n.startsWith('Join'))).toBe(false);
  });

  it('the emotion curve has its scale on the overview and on the pages', async () => {
    const overview = overviewFigure(sample, pageSpec('A3', 'landscape'));
    const texts = overview.scene.primitives.flatMap((p) => (p.type === 'text' ? [p.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['+2', '0', '\u22122', 'very positive']));
    const { tiles } = await mapTiles(sample, pageSpec('A4', 'portrait'), 'tile');
    const withCurve = tiles.filter((t) =>
      t.scene.primitives.some((p) => p.type === 'text' && p.text === 'very negative'),
    );
    expect(withCurve.length).toBeGreaterThan(0);
  });

  it('the overview of a 2,000-card map drops card text too small to read and says so', () => {
    const overview = overviewFigure(big, pageSpec('A4', 'portrait'));
    expect(overview.cardTextDropped).toBe(true);
    expect(overview.alt).toContain('2000 cards');
    const texts = overview.scene.primitives.filter(
      (p) => p.type === 'text' && p.text.startsWith('Card 1999'),
    );
    expect(texts).toHaveLength(0);
  });
});
