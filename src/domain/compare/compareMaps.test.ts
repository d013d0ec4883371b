import { describe, expect, it } from 'vitest';
import { buildMap, card, lane, phase, sampleMap } from '../../../tests/builders';
import { cardMarks, compareMaps, makeFutureState, mergedStepOrder } from '.';

const LANES = [
  lane('touchpoints'),
  lane('pain-points'),
  lane('recommendations'),
  lane('custom', { name: 'Notes' }),
];

/** The journey today: two phases, three steps, a few cards of each kind. */
const current = buildMap({
  phases: [
    phase('Join', [
      { id: 'apply', title: 'Apply', emotionScore: -1 },
      { id: 'wait', title: 'Wait', emotionScore: -2 },
    ]),
    phase('Live', [{ id: 'stay', title: 'Stay', emotionScore: 0 }]),
  ],
  lanes: LANES,
  cards: [
    card('touchpoint', { id: 'tp-call', title: 'Phone call', stepId: 'apply' }),
    card('touchpoint', { id: 'tp-letter', title: 'Letter', stepId: 'apply' }),
    card('touchpoint', { id: 'tp-old', title: 'Fax', stepId: 'stay', order: 0 }),
    card('touchpoint', { id: 'tp-kept', title: 'Visit', stepId: 'stay', order: 1 }),
    card('pain-point', { id: 'pain-forms', title: 'Same forms twice', stepId: 'apply' }),
    card('pain-point', { id: 'pain-wait', title: 'Long wait', stepId: 'wait' }),
    card('recommendation', { id: 'rec-update', title: 'Text updates', stepId: 'wait' }),
    card('recommendation', { id: 'rec-forms', title: 'One form', stepId: 'apply' }),
    card('note', { id: 'note-wait', title: 'Ask the team', laneId: 'l-custom', stepId: 'wait' }),
  ],
});

/**
 * The journey after the changes: the Notes lane renamed, the Wait step deleted (its pain point
 * resolved with it, its note gone, its recommendation moved to Apply and complete), a card
 * renamed, one moved, one added, a new pain point and a new step, emotions up.
 */
const future = buildMap({
  id: 'map-2',
  phases: [
    phase('Join', [{ id: 'apply', title: 'Apply', emotionScore: 1 }]),
    phase('Live', [
      { id: 'stay', title: 'Stay', emotionScore: 2 },
      { id: 'move-on', title: 'Move on', emotionScore: 1 },
    ]),
  ],
  lanes: LANES.map((l) => (l.id === 'l-custom' ? { ...l, name: 'Ideas from staff' } : l)),
  cards: [
    card('touchpoint', { id: 'tp-call', title: 'Phone call (free)', stepId: 'apply' }),
    card('touchpoint', { id: 'tp-letter', title: 'Letter', stepId: 'stay' }),
    card('touchpoint', { id: 'tp-kept', title: 'Visit', stepId: 'stay', order: 0 }),
    card('touchpoint', { id: 'tp-chat', title: 'Web chat', stepId: 'apply' }),
    card('pain-point', { id: 'pain-forms', title: 'Same forms twice', stepId: 'apply' }),
    card('pain-point', { id: 'pain-evenings', title: 'No evening slots', stepId: 'stay' }),
    card('recommendation', {
      id: 'rec-update',
      title: 'Text updates',
      stepId: 'apply',
      status: 'complete',
    }),
    card('recommendation', {
      id: 'rec-forms',
      title: 'One form',
      stepId: 'apply',
      status: 'on-track',
    }),
  ],
});

const ids = (list: readonly { id: string }[]) => list.map((d) => d.id).sort();

describe('compareMaps', () => {
  const diff = compareMaps(current, future);

  it('lists cards added, removed, changed and moved, matched by id', () => {
    expect(ids(diff.added)).toEqual(['pain-evenings', 'tp-chat']);
    // The Wait step was deleted: the cards in it that were not moved out are removed.
    expect(ids(diff.removed)).toEqual(['note-wait', 'pain-wait', 'tp-old']);
    expect(ids(diff.changed)).toEqual(['rec-forms', 'rec-update', 'tp-call']);
    expect(ids(diff.moved)).toEqual(['rec-update', 'tp-letter']);
    const call = diff.changed.find((d) => d.id === 'tp-call');
    expect(call?.fields).toEqual(['title']);
    expect(diff.changed.find((d) => d.id === 'rec-update')?.changes).toEqual(['changed', 'moved']);
  });

  it('says where a moved card was and is, in the words of each map', () => {
    const letter = diff.moved.find((d) => d.id === 'tp-letter');
    expect(letter?.placeBefore).toEqual({ phase: 'Join', step: 'Apply', lane: 'Touchpoints' });
    expect(letter?.placeAfter).toEqual({ phase: 'Live', step: 'Stay', lane: 'Touchpoints' });
  });

  it('does not count a card whose place in its cell shifted because a neighbour left', () => {
    expect(diff.cards.map((d) => d.id)).not.toContain('tp-kept');
  });

  it('keeps a renamed lane the same lane: its cards are unchanged, the rename is listed', () => {
    expect(diff.lanes.renamed).toEqual([
      { id: 'l-custom', before: 'Notes', after: 'Ideas from staff' },
    ]);
    expect(diff.lanes.added).toEqual([]);
    expect(diff.lanes.removed).toEqual([]);
  });

  it('lists deleted and new steps', () => {
    expect(diff.steps.removed).toEqual(['Wait']);
    expect(diff.steps.added).toEqual(['Move on']);
  });

  it('draws both emotion curves over every step, with the change where both have a score', () => {
    expect(diff.emotions.steps.map((s) => [s.title, s.before, s.after, s.delta, s.in])).toEqual([
      ['Apply', -1, 1, 2, 'both'],
      ['Wait', -2, null, null, 'before'],
      ['Stay', 0, 2, 2, 'both'],
      ['Move on', null, 1, null, 'after'],
    ]);
    expect(diff.emotions.averageBefore).toBe(-1);
    expect(diff.emotions.averageAfter).toBeCloseTo(4 / 3);
    expect(diff.emotions.improved).toBe(2);
    expect(diff.emotions.worsened).toBe(0);
  });

  it('lists pain points resolved and new, and recommendations whose status changed', () => {
    expect(ids(diff.painPoints.resolved)).toEqual(['pain-wait']);
    expect(ids(diff.painPoints.new)).toEqual(['pain-evenings']);
    expect(diff.painPoints.remaining).toBe(1);
    expect(
      diff.recommendations.statusChanged.map((s) => [s.card.id, s.before, s.after]).sort(),
    ).toEqual([
      ['rec-forms', 'not-started', 'on-track'],
      ['rec-update', 'not-started', 'complete'],
    ]);
  });

  it('counts a pain point turned into another kind as resolved', () => {
    const turned = {
      ...current,
      cards: current.cards.map((c) =>
        c.id === 'pain-forms' ? { ...c, kind: 'love-point' as const, severity: undefined } : c,
      ),
    } as typeof current;
    const result = compareMaps(current, turned);
    expect(ids(result.painPoints.resolved)).toEqual(['pain-forms']);
    expect(ids(result.changed)).toEqual(['pain-forms']);
  });

  it('marks each canvas with what happened to its cards', () => {
    const before = cardMarks(diff, 'before');
    const after = cardMarks(diff, 'after');
    expect(before.get('pain-wait')).toEqual(['removed']);
    expect(before.has('tp-chat')).toBe(false);
    expect(after.get('tp-chat')).toEqual(['added']);
    expect(after.get('tp-letter')).toEqual(['moved']);
    expect(after.has('pain-wait')).toBe(false);
  });

  it('finds nothing between a map and itself, or its fresh future state', () => {
    const sample = sampleMap(new Date('2026-01-15T10:00:00.000Z'));
    for (const other of [sample, makeFutureState(sample)]) {
      const same = compareMaps(sample, other);
      expect(same.cards).toEqual([]);
      expect(same.emotions.steps.every((s) => s.delta === 0 || s.delta === null)).toBe(true);
      expect(same.lanes.renamed).toEqual([]);
    }
  });
});

describe('makeFutureState', () => {
  it('copies the map with every id inside it, linked to the current state', () => {
    const now = new Date('2026-02-01T09:00:00.000Z');
    const made = makeFutureState(current, { now, id: 'future-1' });
    expect(made.id).toBe('future-1');
    expect(made.currentStateMapId).toBe(current.id);
    expect(made.title).toBe('Test map – future state');
    expect(made.createdAt).toBe(now.toISOString());
    expect(made.cards).toBe(current.cards);
    expect(made.phases).toBe(current.phases);
  });
});

describe('mergedStepOrder', () => {
  it('puts a step only the earlier map has after the step it followed', () => {
    expect(mergedStepOrder(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(mergedStepOrder(['x', 'a'], ['a'])).toEqual(['x', 'a']);
    expect(mergedStepOrder([], ['a'])).toEqual(['a']);
  });
});

describe('the emotion curves follow the curve’s own rule', () => {
  it('a step without its own score takes its emotion cards’ score, as on the canvas', () => {
    const before = buildMap({
      phases: [phase('Live', [{ id: 'stay', title: 'Stay', emotionScore: null }])],
      lanes: [lane('emotions')],
      cards: [card('emotion', { id: 'feel', title: 'Worried', stepId: 'stay', score: -2 })],
    });
    const after = {
      ...before,
      cards: before.cards.map((c) => (c.kind === 'emotion' ? { ...c, score: 1 as const } : c)),
    };
    const [stay] = compareMaps(before, after).emotions.steps;
    expect(stay).toMatchObject({ before: -2, after: 1, delta: 3 });
  });
});
