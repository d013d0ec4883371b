import { describe, expect, it } from 'vitest';
import { updateCard } from '../../domain/edits';
import { Editor } from '../editor';
import { cards } from '../operations';
import { MapDocument } from './mapDocument';
import { bigMap, sampleMap } from '../../../tests/builders';
import { ANNOTATIONS_ROOT, CONTENT_ROOT } from './layout';

const NOW = new Date('2026-11-30T10:00:00Z');

/** What the documents hold, read back whole. */
const heldBy = (document: MapDocument) =>
  MapDocument.read(document.content, document.annotations, document.map.updatedAt);

describe('a map whose documents are made when first needed (issue 17)', () => {
  it('shows the same map as documents made at once, before any document exists', () => {
    const map = sampleMap(NOW);
    const deferred = MapDocument.deferred(map);
    expect(deferred.isBuilt).toBe(false);
    expect(deferred.map).toEqual(MapDocument.fromMap(map).map);
    expect(deferred.isBuilt).toBe(false);
  });

  it('keeps an edit made before the documents exist: it is in the documents and the map', () => {
    const map = sampleMap(NOW);
    const deferred = MapDocument.deferred(map);
    const card = map.cards[0]!;
    const next = updateCard(deferred.map, card.id, { title: 'Typed at once' });
    deferred.commit({ ...next, updatedAt: '2026-11-30T10:00:01.000Z' });
    expect(deferred.isBuilt).toBe(true);
    expect(deferred.map.cards.find((c) => c.id === card.id)?.title).toBe('Typed at once');
    expect(heldBy(deferred)?.cards.find((c) => c.id === card.id)?.title).toBe('Typed at once');
    // Every other record is in the documents as well, exactly as documents made at once.
    const eager = MapDocument.fromMap(map);
    eager.commit({ ...next, updatedAt: '2026-11-30T10:00:01.000Z' });
    expect(heldBy(deferred)).toEqual(heldBy(eager));
  });

  it('undoes an edit made before the documents existed, back to the stored map', () => {
    const map = sampleMap(NOW);
    const editor = new Editor(map, { now: () => NOW });
    expect(editor.mapDocument.isBuilt).toBe(false);
    const card = map.cards[0]!;
    editor.run(cards.updateCard, { id: card.id, patch: { title: 'First words' } });
    expect(editor.map.cards.find((c) => c.id === card.id)?.title).toBe('First words');
    expect(editor.undo()).toBe(true);
    expect(editor.map.cards.find((c) => c.id === card.id)?.title).toBe(card.title);
    expect(heldBy(editor.mapDocument)?.cards.find((c) => c.id === card.id)?.title).toBe(card.title);
    expect(editor.redo()).toBe(true);
    expect(editor.map.cards.find((c) => c.id === card.id)?.title).toBe('First words');
  });

  it('builds its documents once, when asked, with the map in them', () => {
    const map = sampleMap(NOW);
    const deferred = MapDocument.deferred(map);
    deferred.build();
    const content = deferred.content;
    deferred.build();
    expect(deferred.content).toBe(content);
    expect(heldBy(deferred)).toEqual(deferred.map);
  });

  it('makes its documents a slice at a time, holding what documents made at once hold', () => {
    const map = bigMap(1_000, 20);
    const sliced = MapDocument.deferred(map);
    let calls = 0;
    // No time at all per call: one slice each, so the documents take many calls.
    while (!sliced.buildFor(0)) {
      calls++;
      expect(sliced.isBuilt).toBe(false);
    }
    expect(calls).toBeGreaterThan(5);
    const eager = MapDocument.fromMap(map);
    // Every record, field and position, as Yjs holds them.
    expect(sliced.content.getMap(CONTENT_ROOT).toJSON()).toEqual(
      eager.content.getMap(CONTENT_ROOT).toJSON(),
    );
    expect(sliced.annotations.getMap(ANNOTATIONS_ROOT).toJSON()).toEqual(
      eager.annotations.getMap(ANNOTATIONS_ROOT).toJSON(),
    );
    expect(heldBy(sliced)).toEqual(heldBy(eager));
  });

  it('keeps an edit made while its documents are half made: the rest is made first', () => {
    const map = bigMap(1_000, 20);
    const sliced = MapDocument.deferred(map);
    expect(sliced.buildFor(0)).toBe(false);
    expect(sliced.buildFor(0)).toBe(false);
    const card = map.cards.at(-1)!;
    const next = updateCard(sliced.map, card.id, { title: 'Typed while building' });
    sliced.commit({ ...next, updatedAt: '2026-11-30T10:00:01.000Z' });
    expect(sliced.isBuilt).toBe(true);
    expect(sliced.buildFor(0)).toBe(true);
    const held = heldBy(sliced);
    expect(held?.cards).toHaveLength(map.cards.length);
    expect(held?.cards.find((c) => c.id === card.id)?.title).toBe('Typed while building');
  });
});
