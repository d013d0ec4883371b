/**
 * diffMaps names the stored parts (src/persistence/mapParts.ts) and cards an edit touched, by
 * reference, and nothing else; the parts of a map put back together give the same map.
 */
import { describe, expect, it } from 'vitest';
import {
  addLink,
  updateCard,
  updateMapDetails,
  updateStep,
  allSteps,
} from '../../src/domain/edits';
import { addPersona, deletePersona, movePersona, updatePersona } from '../../src/domain/personas';
import { createSampleMap } from '../../src/domain/sampleMap';
import type { JourneyMap } from '../../src/domain/schema';
import { checksumOf } from '../../src/persistence/checksum';
import { diffMaps, isEmptyChange } from '../../src/persistence/mapChange';
import { assembleMap, partsOf } from '../../src/persistence/mapParts';

const NOW = new Date('2026-01-01T09:00:00.000Z');
const sample = createSampleMap(NOW);
const later = (map: JourneyMap): JourneyMap => ({ ...map, updatedAt: '2026-01-02T00:00:00.000Z' });
const keys = (map: JourneyMap) => {
  const change = diffMaps(sample, later(map));
  return { put: change.putParts.map((part) => part.key), deleted: change.deletedPartKeys };
};

describe('diffMaps', () => {
  it('a keystroke in a card title is that card and a new last-edited time, no part', () => {
    const card = sample.cards[0]!;
    const after = later(updateCard(sample, card.id, { title: `${card.title}!` }));
    const change = diffMaps(sample, after);
    expect(change.putCards).toEqual([after.cards[0]]);
    expect(change.putParts).toEqual([]);
    expect(change.shell).toBeNull();
    expect(change.updatedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(isEmptyChange(change)).toBe(false);
  });

  it('a new last-edited time alone is still something to save; the same map is nothing', () => {
    expect(isEmptyChange(diffMaps(sample, later(sample)))).toBe(false);
    expect(isEmptyChange(diffMaps(sample, sample))).toBe(true);
    expect(isEmptyChange(diffMaps(sample, { ...sample }))).toBe(true);
  });

  it('names the one part an edit touched', () => {
    expect(keys(updateMapDetails(sample, { title: 'Moving in' }))).toEqual({
      put: ['details'],
      deleted: [],
    });
    expect(keys(updateStep(sample, allSteps(sample)[0]!.id, { title: 'Hears' })).put).toEqual([
      'grid',
    ]);
    expect(keys({ ...sample, settings: { ...sample.settings, showLegend: false } }).put).toEqual([
      'settings',
    ]);
    const [a, b] = sample.cards;
    expect(keys(addLink(sample, { from: a!.id, to: b!.id })).put).toEqual(['links']);
    expect(diffMaps(sample, later(updateMapDetails(sample, { title: 'x' }))).shell).not.toBeNull();
  });

  it('a persona edit is its row, a picture its own part, and the order only when it changes', () => {
    const id = sample.personas[0]!.id;
    expect(keys(updatePersona(sample, id, { name: 'Jo' }))).toEqual({
      put: [`persona:${id}`],
      deleted: [],
    });
    expect(keys(updatePersona(sample, id, { picture: { kind: 'avatar', seed: 'new' } }))).toEqual({
      put: [`picture:${id}`],
      deleted: [],
    });
    expect(keys(updatePersona(sample, id, { picture: null }))).toEqual({
      put: [],
      deleted: [`picture:${id}`],
    });
    const added = addPersona(sample, { id: 'p-new', picture: null });
    expect(keys(added)).toEqual({ put: ['personas', 'persona:p-new'], deleted: [] });
    const moved = diffMaps(added, movePersona(added, 'p-new', 0));
    expect(moved.putParts).toEqual([{ key: 'personas', value: ['p-new', id] }]);
    expect(keys(deletePersona(sample, id))).toEqual({
      put: ['personas'],
      deleted: [`persona:${id}`, `picture:${id}`],
    });
  });

  it('from nothing, every part; and the parts give the same map back', () => {
    const change = diffMaps(null, sample);
    expect(change.putCards).toHaveLength(sample.cards.length);
    const parts = new Map(change.putParts.map((part) => [part.key, part.value]));
    expect(assembleMap(sample.id, sample.updatedAt, parts, sample.cards)).toEqual(sample);
    expect(partsOf(sample).map((part) => part.key)).toEqual([...parts.keys()]);
  });
});

describe('checksumOf', () => {
  const value = { title: 'Calls', order: 2, tags: ['a'], score: null, done: false };

  it('is the same for a structured clone (what IndexedDB gives back)', () => {
    expect(checksumOf(structuredClone(value))).toBe(checksumOf(value));
  });

  it('changes with any character, number, type or nesting', () => {
    const base = checksumOf(value);
    for (const changed of [
      { ...value, title: 'Cells' },
      { ...value, order: 3 },
      { ...value, order: '2' },
      { ...value, tags: ['a', ''] },
      { ...value, tags: { 0: 'a' } },
      { ...value, score: 0 },
      { ...value, done: true },
      { ...value, extra: undefined },
    ]) {
      expect(checksumOf(changed)).not.toBe(base);
    }
  });
});
