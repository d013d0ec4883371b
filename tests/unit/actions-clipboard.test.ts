import { describe, expect, it } from 'vitest';
import {
  buildPayload,
  parsePayload,
  pasteCards,
  serializePayload,
} from '../../src/domain/clipboard';
import { addLink } from '../../src/domain/edits';
import { journeyMapSchema } from '../../src/domain/schema';
import { gridMap, sampleMap } from '../builders';

describe('card clipboard', () => {
  it('copies the selected cards in journey order with the links between them', () => {
    const map = addLink(addLink(gridMap(), { from: 'c-t1', to: 'c-p1', id: 'k1' }), {
      from: 'c-p1',
      to: 'c-p3',
      id: 'k2',
    });
    const payload = buildPayload(map, ['c-p1', 'c-t1']);
    expect(payload?.type).toBe('waymark.cards');
    expect(payload?.cards.map((c) => c.id)).toEqual(['c-t1', 'c-p1']);
    expect(payload?.links.map((l) => l.id)).toEqual(['k1']);
    expect(buildPayload(map, [])).toBeNull();
  });

  it('reads back only valid Waymark cards', () => {
    const payload = buildPayload(gridMap(), ['c-t1']);
    if (!payload) throw new Error('no payload');
    expect(parsePayload(serializePayload(payload))?.cards[0]?.title).toBe('Phone call');
    expect(parsePayload('hello')).toBeNull();
    expect(parsePayload('{"type":"other","cards":[]}')).toBeNull();
    const bad = { ...payload, cards: [{ ...payload.cards[0], kind: 'unknown' }] };
    expect(parsePayload(JSON.stringify(bad))).toBeNull();
    const evil = { ...payload, cards: [{ ...payload.cards[0], title: 'x'.repeat(600) }] };
    expect(parsePayload(JSON.stringify(evil))).toBeNull();
  });

  it('pastes copies with new ids into a target cell at an index', () => {
    const map = gridMap();
    const payload = parsePayload(
      serializePayload(
        buildPayload(map, ['c-t1', 'c-t2']) ?? {
          type: 'waymark.cards',
          version: 1,
          cards: [],
          links: [],
        },
      ),
    );
    if (!payload) throw new Error('no payload');
    const { map: next, newIds } = pasteCards(map, payload, {
      laneId: 'l-pain',
      stepId: 's1',
      index: 0,
    });
    expect(newIds).toHaveLength(2);
    expect(newIds.some((id) => id === 'c-t1' || id === 'c-t2')).toBe(false);
    const cell = next.cards
      .filter((c) => c.laneId === 'l-pain' && c.stepId === 's1')
      .sort((a, b) => a.order - b.order)
      .map((c) => c.title);
    expect(cell).toEqual(['Phone call', 'Letter', 'Long wait']);
    expect(journeyMapSchema.safeParse(next).success).toBe(true);
  });

  it('pastes back into the cards’ own cells when there is no target', () => {
    const map = gridMap();
    const payload = buildPayload(map, ['c-p3']);
    if (!payload) throw new Error('no payload');
    const { map: next, newIds } = pasteCards(map, payload);
    const copy = next.cards.find((c) => c.id === newIds[0]);
    expect(copy).toMatchObject({ laneId: 'l-pain', stepId: 's3', order: 1, title: 'No-show' });
  });

  it('pastes into another map, dropping references that do not exist there', () => {
    const sample = sampleMap(new Date('2025-01-01T00:00:00Z'));
    const payload = buildPayload(sample, ['card-rec-referral-form', 'card-ev-1']);
    if (!payload) throw new Error('no payload');
    const text = serializePayload(payload);
    const target = gridMap();
    const parsed = parsePayload(text);
    if (!parsed) throw new Error('no parse');
    const { map: next, newIds } = pasteCards(target, parsed);
    expect(newIds).toHaveLength(2);
    const rec = next.cards.find((c) => newIds.includes(c.id) && c.kind === 'recommendation');
    expect(rec && rec.kind === 'recommendation' && rec.answers).toBeNull();
    // Lanes of the other map do not exist here: each card goes to a lane of its kind, or the first.
    for (const id of newIds) {
      const card = next.cards.find((c) => c.id === id);
      expect(target.lanes.some((l) => l.id === card?.laneId)).toBe(true);
    }
    expect(journeyMapSchema.safeParse(next).success).toBe(true);
  });
});
