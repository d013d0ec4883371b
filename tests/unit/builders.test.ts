/** The map builders every unit test uses fill what a spec leaves out, deterministically. */
import { describe, expect, it } from 'vitest';
import { journeyMapSchema } from '../../src/domain/schema';
import { CARD_KINDS } from '../../src/domain/vocabulary';
import {
  BUILT_AT,
  bigMap,
  blankMap,
  buildMap,
  card,
  everyKindMap,
  gridMap,
  lane,
  phase,
  richMap,
  sampleMap,
} from '../builders';

describe('buildMap', () => {
  it('puts each card in its kind’s lane, the first step and the next place in the cell', () => {
    const map = buildMap({
      cards: [
        card('pain-point', { title: 'Long wait' }),
        card('touchpoint', { title: 'Phone call' }),
        card('pain-point', { title: 'No news' }),
        card('idea', { title: 'SMS reminders' }),
      ],
    });
    expect(map).toMatchObject({ id: 'map-1', createdAt: BUILT_AT, updatedAt: BUILT_AT });
    expect(map.cards.map((c) => [c.id, c.laneId, c.stepId, c.order])).toEqual([
      ['pain-point-0', 'l-pain-points', 's1', 0],
      ['touchpoint-1', 'l-touchpoints', 's1', 0],
      ['pain-point-2', 'l-pain-points', 's1', 1],
      // No ideas lane among the defaults: the first lane, after the touchpoint.
      ['idea-3', 'l-touchpoints', 's1', 1],
    ]);
  });

  it('keeps what the spec says and fills the kind’s defaults through the schema', () => {
    const map = buildMap({
      title: 'Repairs',
      phases: [phase('Report', ['Call', 'Wait'])],
      lanes: [lane('touchpoints', { id: 'l-touch' })],
      cards: [card('touchpoint', { id: 'a', stepId: 'p-report-s2', order: 5, title: 'A' })],
    });
    expect(map.title).toBe('Repairs');
    expect(map.phases[0]!.steps.map((s) => s.id)).toEqual(['p-report-s1', 'p-report-s2']);
    expect(map.lanes[0]).toMatchObject({ id: 'l-touch', name: 'Touchpoints', side: 'frontstage' });
    expect(map.cards[0]).toMatchObject({ id: 'a', order: 5, channel: 'other', description: '' });
  });

  it('throws when a card points at a lane that is not there', () => {
    expect(() => buildMap({ cards: [card('note', { laneId: 'nowhere' })] })).toThrow(/nowhere/);
  });
});

describe('named maps', () => {
  it('are valid, and the same on every call', () => {
    for (const make of [gridMap, richMap, () => bigMap(50, 10), () => sampleMap()]) {
      const map = make();
      expect(journeyMapSchema.safeParse(map).success).toBe(true);
      expect(make()).toEqual(map);
    }
    // Made by createBlankMap: valid, its grid ids new each time.
    expect(journeyMapSchema.safeParse(everyKindMap()).success).toBe(true);
  });

  it('richMap has a card of every kind; bigMap has the cards and steps asked for', () => {
    expect(new Set(richMap().cards.map((c) => c.kind))).toEqual(new Set(CARD_KINDS));
    const big = bigMap(300, 30);
    expect(big.cards).toHaveLength(300);
    expect(big.phases.flatMap((p) => p.steps)).toHaveLength(30);
  });

  it('blankMap adds its cards where asked, in order', () => {
    const map = blankMap({
      cards: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B', kind: 'touchpoint', lane: 1, step: 2 },
        { id: 'c', title: 'C' },
      ],
    });
    const steps = map.phases.flatMap((p) => p.steps);
    expect(map.cards.map((c) => [c.id, c.kind, c.laneId, c.stepId, c.order])).toEqual([
      ['a', 'note', map.lanes[0]!.id, steps[0]!.id, 0],
      ['b', 'touchpoint', map.lanes[1]!.id, steps[2]!.id, 0],
      ['c', 'note', map.lanes[0]!.id, steps[0]!.id, 1],
    ]);
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
  });
});
