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
    const next = updateCard(map, map.cards[0]!.id, { title: 'Calls!' });
    const change = diffMaps(map, next);
    const stringify = vi.spyOn(JSON, 'stringify');
    size.apply(change);
    expect(stringify.mock.calls.map(([value]) => value)).toEqual([next.cards[0]]);
  });
});
