/** The one rule for a step's point on the emotion curve (domain/stepEmotion.ts). */
import { describe, expect, it } from 'vitest';
import { meanEmotionScore, stepEmotion } from '../../src/domain/stepEmotion';
import { layoutMap } from '../../src/export/layout';
import { buildMap, card, lane, phase, type CardSpec } from '../builders';

/** A map of two steps with an emotions lane and the given cards. */
function twoSteps(
  cards: readonly CardSpec[],
  steps: Parameters<typeof phase>[1] = ['Apply', 'Wait'],
) {
  return buildMap({
    phases: [phase('Join', steps)],
    lanes: [lane('emotions'), lane('evidence')],
    cards,
  });
}

describe('a step’s point on the emotion curve', () => {
  it('follows its emotion card when the step has no score of its own', () => {
    const map = twoSteps([card('emotion', { stepId: 'p-join-s1', score: -1, title: 'Anxious' })]);
    const [apply, wait] = map.phases[0]!.steps;
    expect(stepEmotion(apply!, map.cards)).toMatchObject({ score: -1, origin: 'cards' });
    // No card and no score: a gap ("Set emotion").
    expect(stepEmotion(wait!, map.cards)).toMatchObject({ score: null, origin: 'none' });
  });

  it('takes the average of several cards, a half rounded towards neutral', () => {
    expect(meanEmotionScore([-1, 0])).toBe(0);
    expect(meanEmotionScore([1, 2])).toBe(1);
    expect(meanEmotionScore([-1, -2])).toBe(-1);
    expect(meanEmotionScore([-2, -2, 1])).toBe(-1);
    expect(meanEmotionScore([2, 2, 1])).toBe(2);
    expect(meanEmotionScore([])).toBeNull();
    const map = twoSteps([
      card('emotion', { stepId: 'p-join-s1', score: -2 }),
      card('emotion', { stepId: 'p-join-s1', score: null }),
      card('emotion', { stepId: 'p-join-s1', score: 1 }),
    ]);
    // The card without a score does not count: (−2 + 1) ÷ 2 = −0.5 → 0.
    expect(stepEmotion(map.phases[0]!.steps[0]!, map.cards)).toMatchObject({
      score: 0,
      origin: 'cards',
      cardScores: [-2, 1],
    });
  });

  it('lets a score set on the step win over its cards', () => {
    const map = twoSteps(
      [card('emotion', { stepId: 'set', score: -1 })],
      [
        { id: 'set', title: 'Apply', emotionScore: 2, emotionSource: 'manual' as const },
        { id: 'evidence', title: 'Wait', emotionScore: 1, emotionSource: 'evidence' as const },
      ],
    );
    const [set, evidence] = map.phases[0]!.steps;
    expect(stepEmotion(set!, map.cards)).toMatchObject({ score: 2, origin: 'hand' });
    expect(stepEmotion(evidence!, map.cards)).toMatchObject({ score: 1, origin: 'evidence' });
  });

  it('draws the exported curve through the same points', () => {
    const map = twoSteps([card('emotion', { stepId: 'p-join-s1', score: -1 })]);
    const curve = layoutMap(map).emotionCurve;
    expect(curve.map((run) => run.map((p) => p.score))).toEqual([[-1]]);
  });
});
