import { describe, expect, it } from 'vitest';
import { createCard } from './cards';
import { moveStep } from './edits';
import { momentsOfTruthInOrder, setMomentOfTruth } from './momentsOfTruth';
import { journeyMapSchema, type JourneyMap } from './schema';
import { sampleMap } from '../../tests/builders';

const sample = () => sampleMap(new Date('2026-01-15T10:30:00.000Z'));

function markCard(map: JourneyMap, id: string, laneId: string, stepId: string, order: number) {
  const card = createCard('touchpoint', { laneId, stepId, order }, { id, title: id });
  // Put it first in the array: the array order must not decide the journey order.
  return setMomentOfTruth(
    { ...map, cards: [card, ...map.cards] },
    { kind: 'card', id },
    `why ${id}`,
  );
}

describe('momentsOfTruthInOrder', () => {
  it('lists the three moments of truth of the sample with their reasons', () => {
    const entries = momentsOfTruthInOrder(sample());
    expect(entries.map((e) => [e.kind, e.id, e.phaseName])).toEqual([
      ['step', 'step-apply', 'Join'],
      ['step', 'step-settle', 'Settle in'],
      ['step', 'step-appointments', 'Ongoing support'],
    ]);
    expect(entries[1]?.reason).toMatch(/help and support/);
    expect(entries[0]?.title).toBe('Apply or referred');
  });

  it('orders by phase, step, the step before its cards, lane, then order in the cell', () => {
    let map = sample();
    map = markCard(map, 'card-late', 'lane-ideas', 'step-settle', 0);
    map = markCard(map, 'card-second', 'lane-touchpoints', 'step-settle', 3);
    map = markCard(map, 'card-first', 'lane-touchpoints', 'step-settle', 1);
    map = markCard(map, 'card-review', 'lane-actions', 'step-review', 0);
    map = markCard(map, 'card-resources', 'lane-recommendations', 'step-resources', 0);
    const entries = momentsOfTruthInOrder(map);
    expect(entries.map((e) => e.id)).toEqual([
      'step-apply',
      'card-resources',
      'step-settle',
      'card-first',
      'card-second',
      'card-late',
      'step-appointments',
      'card-review',
    ]);
    const card = entries.find((e) => e.id === 'card-late');
    expect(card).toMatchObject({
      kind: 'card',
      reason: 'why card-late',
      stepId: 'step-settle',
      stepTitle: 'Settled into new home',
      laneName: 'Ideas for improvement',
      cardKind: 'touchpoint',
    });
  });

  it('follows the steps when they move', () => {
    const map = moveStep(sample(), 'step-apply', 'phase-leave', 1);
    expect(momentsOfTruthInOrder(map).map((e) => e.id)).toEqual([
      'step-settle',
      'step-appointments',
      'step-apply',
    ]);
  });
});

describe('setMomentOfTruth', () => {
  it('marks and clears a step, keeping the map valid', () => {
    let map = sample();
    map = setMomentOfTruth(map, { kind: 'step', id: 'step-review' }, 'Customers decide here.');
    expect(momentsOfTruthInOrder(map).map((e) => e.id)).toContain('step-review');
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
    map = setMomentOfTruth(map, { kind: 'step', id: 'step-apply' }, null);
    expect(momentsOfTruthInOrder(map).map((e) => e.id)).toEqual([
      'step-settle',
      'step-appointments',
      'step-review',
    ]);
  });

  it('returns the same map when nothing changes', () => {
    const map = sample();
    const reason = map.phases[0]?.steps[0]?.momentOfTruth?.reason ?? '';
    expect(setMomentOfTruth(map, { kind: 'step', id: 'step-apply' }, reason)).toBe(map);
    expect(setMomentOfTruth(map, { kind: 'step', id: 'step-review' }, null)).toBe(map);
    expect(setMomentOfTruth(map, { kind: 'card', id: 'nope' }, 'x')).toBe(map);
    expect(setMomentOfTruth(map, { kind: 'step', id: 'nope' }, 'x')).toBe(map);
  });

  it('marks a card', () => {
    const map = setMomentOfTruth(
      sample(),
      { kind: 'card', id: 'card-tp-visit' },
      'Personal contact',
    );
    expect(map.cards.find((c) => c.id === 'card-tp-visit')?.momentOfTruth).toEqual({
      reason: 'Personal contact',
    });
  });
});
