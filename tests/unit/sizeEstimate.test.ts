/**
 * The library's size column follows edits without measuring the whole map on each save.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteCards, updateCard } from '../../src/domain/edits';
import { updatePersona } from '../../src/domain/personas';
import { createSampleMap } from '../../src/domain/sampleMap';
import type { JourneyMap, Picture } from '../../src/domain/schema';
import { diffMaps } from '../../src/persistence/mapChange';
import { MapSizeEstimate } from '../../src/persistence/sizeEstimate';

const NOW = new Date('2026-01-01T09:00:00.000Z');
const picture: Picture = {
  kind: 'image',
  dataUrl: `data:image/png;base64,${'QUJD'.repeat(100_000)}`,
  alt: '',
};
const withPicture = (map: JourneyMap) => updatePersona(map, map.personas[0]!.id, { picture });

afterEach(() => vi.restoreAllMocks());

describe('MapSizeEstimate', () => {
  it('stays within 1 % of the map as JSON through edits', () => {
    let map = withPicture(createSampleMap(NOW));
    const size = new MapSizeEstimate(map);
    const edits = [
      (m: JourneyMap) =>
        updateCard(m, m.cards[0]!.id, { title: 'A much longer title than before' }),
      (m: JourneyMap) => deleteCards(m, [m.cards[1]!.id]),
      (m: JourneyMap) => updatePersona(m, m.personas[0]!.id, { picture: null }),
    ];
    for (const edit of edits) {
      const next = edit(map);
      const bytes = size.apply(diffMaps(map, next));
      map = next;
      const actual = JSON.stringify(map).length;
      expect(Math.abs(bytes - actual) / actual).toBeLessThan(0.01);
    }
  });

  it('a card title keystroke measures that card, not the picture', () => {
    const map = withPicture(createSampleMap(NOW));
    const size = new MapSizeEstimate(map);
    size.measure();
    const next = updateCard(map, map.cards[0]!.id, { title: 'Calls!' });
    const change = diffMaps(map, next);
    const stringify = vi.spyOn(JSON, 'stringify');
    size.apply(change);
    expect(stringify.mock.calls.map(([value]) => value)).toEqual([next.cards[0]]);
  });

  it('measures nothing as the map opens, then the whole map once: when asked, or at the first save', () => {
    const map = withPicture(createSampleMap(NOW));
    const stringify = vi.spyOn(JSON, 'stringify');
    const size = new MapSizeEstimate(map);
    expect(stringify).not.toHaveBeenCalled();
    size.measure();
    const measured = stringify.mock.calls.length;
    expect(measured).toBeGreaterThan(map.cards.length);
    size.measure();
    expect(stringify.mock.calls.length).toBe(measured);
    expect(size.bytes).toBeGreaterThan(JSON.stringify(map).length * 0.99);

    const unmeasured = new MapSizeEstimate(map);
    const next = updateCard(map, map.cards[0]!.id, { title: 'Calls!' });
    const bytes = unmeasured.apply(diffMaps(map, next));
    expect(Math.abs(bytes - JSON.stringify(next).length) / bytes).toBeLessThan(0.01);
  });
});
