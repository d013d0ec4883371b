import { describe, expect, it } from 'vitest';
import { createCard } from './cards';
import { addCard, allSteps, deleteCards, updateCard, updateStep } from './edits';
import {
  addResearch,
  applyDerivedEmotions,
  deleteResearch,
  deriveEmotionScore,
  describeCoverage,
  evidenceCoverage,
  sentimentByStep,
  sentimentForStep,
  sentimentIndex,
  sentimentOfCards,
  updateResearch,
  withDerivedEmotions,
} from './evidence';
import { SAMPLE_RESEARCH_ID } from './sampleMap';
import { journeyMapSchema, type JourneyMap } from './schema';
import { sampleMap } from '../../tests/builders';

const NOW = new Date('2026-01-15T10:30:00.000Z');
const sample = () => sampleMap(NOW);

function withEvidence(
  map: JourneyMap,
  stepId: string,
  tallies: { positive: number; neutral: number; negative: number },
  id: string,
): JourneyMap {
  const card = createCard(
    'evidence',
    { laneId: 'lane-evidence', stepId, order: 10 },
    { id, tallies },
  );
  return { ...map, cards: [...map.cards, card] };
}

describe('sentimentForStep', () => {
  it('gives the tallies of the report for each step of the sample', () => {
    const map = sample();
    expect(sentimentForStep(map, 'step-apply')).toEqual({
      positive: 18,
      neutral: 0,
      negative: 2,
      total: 20,
    });
    expect(sentimentForStep(map, 'step-appointments')).toEqual({
      positive: 16,
      neutral: 2,
      negative: 2,
      total: 20,
    });
  });

  it('sums the tallies of every evidence card of the step', () => {
    const map = withEvidence(
      sample(),
      'step-apply',
      { positive: 1, neutral: 3, negative: 4 },
      'card-extra',
    );
    expect(sentimentForStep(map, 'step-apply')).toEqual({
      positive: 19,
      neutral: 3,
      negative: 6,
      total: 28,
    });
  });

  it('is all zero for a step without evidence, and ignores other kinds of card', () => {
    let map = sample();
    map = deleteCards(
      map,
      map.cards.filter((c) => c.kind === 'evidence' && c.stepId === 'step-review').map((c) => c.id),
    );
    map = addCard(map, { kind: 'pain-point', laneId: 'lane-evidence', stepId: 'step-review' });
    expect(sentimentForStep(map, 'step-review')).toEqual({
      positive: 0,
      neutral: 0,
      negative: 0,
      total: 0,
    });
    expect(sentimentForStep(map, 'no-such-step').total).toBe(0);
  });

  it('agrees with sentimentByStep for every step', () => {
    const map = withEvidence(sample(), 'step-leave', { positive: 2, neutral: 0, negative: 5 }, 'x');
    const all = sentimentByStep(map);
    for (const step of allSteps(map)) {
      expect(all.get(step.id)).toEqual(sentimentForStep(map, step.id));
    }
  });
});

describe('deriveEmotionScore', () => {
  const score = (positive: number, neutral: number, negative: number) =>
    deriveEmotionScore({ positive, neutral, negative });

  it('gives the sample report its scores +1, +2, +1, +1, +2, +2', () => {
    expect([
      score(18, 0, 2),
      score(19, 0, 1),
      score(18, 0, 2),
      score(16, 2, 2),
      score(19, 0, 1),
      score(19, 0, 1),
    ]).toEqual([1, 2, 1, 1, 2, 2]);
  });

  it('is null when nobody said anything', () => {
    expect(score(0, 0, 0)).toBeNull();
  });

  it('counts a net share exactly on a threshold into the higher score', () => {
    expect(score(17, 3, 0)).toBe(2); // net 0.85
    expect(score(17, 2, 1)).toBe(1); // net 0.80
    expect(score(3, 7, 0)).toBe(1); // net 0.30
    expect(score(29, 71, 0)).toBe(0); // net 0.29
    expect(score(0, 7, 3)).toBe(-1); // net −0.30 is not above −0.30
    expect(score(0, 3, 17)).toBe(-2); // net −0.85 is not above −0.85
    expect(score(1, 2, 17)).toBe(-1); // net −0.80
  });

  it('treats neutral comments as neither good nor bad', () => {
    expect(score(0, 20, 0)).toBe(0);
    expect(score(5, 5, 5)).toBe(0);
    expect(score(10, 0, 10)).toBe(0);
  });

  it('is symmetric: swapping praise and problems negates the score', () => {
    for (const [p, n, q] of [
      [18, 0, 2],
      [16, 2, 2],
      [7, 3, 0],
      [12, 1, 7],
      [1, 0, 0],
    ] as const) {
      expect((score(q, n, p) ?? NaN) + (score(p, n, q) ?? NaN)).toBe(0);
    }
  });
});

describe('applyDerivedEmotions', () => {
  it('leaves the sample map untouched: its scores already follow the rule', () => {
    const map = sample();
    expect(applyDerivedEmotions(map)).toBe(map);
  });

  it('updates steps set from evidence and leaves steps set by hand alone', () => {
    let map = sample();
    map = updateStep(map, 'step-review', { emotionSource: 'manual', emotionScore: -2 });
    map = updateCard(map, 'card-ev-1', {
      tallies: { positive: 2, neutral: 0, negative: 18 },
    });
    map = updateCard(map, 'card-ev-5', {
      tallies: { positive: 2, neutral: 0, negative: 18 },
    });
    const next = applyDerivedEmotions(map);
    const scores = Object.fromEntries(allSteps(next).map((s) => [s.id, s.emotionScore]));
    expect(scores['step-apply']).toBe(-1);
    expect(scores['step-review']).toBe(-2); // by hand: not derived
    expect(scores['step-resources']).toBe(2);
    // Unchanged phases keep their identity.
    expect(next.phases[3]).toBe(map.phases[3]);
    expect(journeyMapSchema.safeParse(next).success).toBe(true);
  });

  it('leaves a gap (null) when a step from evidence has no tallies', () => {
    let map = sample();
    map = deleteCards(map, ['card-ev-6']);
    const next = applyDerivedEmotions(map);
    expect(allSteps(next).find((s) => s.id === 'step-leave')?.emotionScore).toBeNull();
  });

  it('follows an edit in the same step when wrapped with withDerivedEmotions', () => {
    const map = sample();
    const next = withDerivedEmotions((m) =>
      updateCard(m, 'card-ev-2', { tallies: { positive: 10, neutral: 0, negative: 10 } }),
    )(map);
    expect(allSteps(next).find((s) => s.id === 'step-resources')?.emotionScore).toBe(0);
    const noop = withDerivedEmotions((m) => m)(map);
    expect(noop).toBe(map);
  });

  it('does not mutate its input', () => {
    const map = updateCard(sample(), 'card-ev-1', {
      tallies: { positive: 0, neutral: 0, negative: 5 },
    });
    const before = JSON.stringify(map);
    applyDerivedEmotions(map);
    expect(JSON.stringify(map)).toBe(before);
  });
});

describe('evidenceCoverage', () => {
  it('counts every card but evidence, metric and note cards', () => {
    const map = sample();
    const coverage = evidenceCoverage(map);
    const counted = map.cards.filter((c) => !['evidence', 'metric', 'note'].includes(c.kind));
    expect(coverage.total).toBe(counted.length);
    expect(coverage.evidenced).toBe(counted.filter((c) => c.basis === 'evidenced').length);
    expect(coverage.assumed).toBe(counted.filter((c) => c.basis === 'assumed').length);
    expect(coverage.evidenced + coverage.assumed + coverage.unset).toBe(coverage.total);
    expect(coverage.evidencedShare + coverage.assumedShare + coverage.unsetShare).toBeCloseTo(1);
  });

  it('gives shares and a sentence', () => {
    const base = { ...sample(), cards: [] };
    const place = { laneId: 'lane-actions', stepId: 'step-apply' };
    const cards = [
      createCard('action', place, { basis: 'evidenced' }),
      createCard('action', place, { basis: 'evidenced' }),
      createCard('thought', place, { basis: 'evidenced' }),
      createCard('thought', place, { basis: 'assumed' }),
      createCard('idea', place),
      createCard('evidence', place, { basis: 'evidenced' }),
      createCard('metric', place, { basis: 'assumed' }),
      createCard('note', place),
    ];
    const coverage = evidenceCoverage({ ...base, cards });
    expect(coverage).toMatchObject({ total: 5, evidenced: 3, assumed: 1, unset: 1 });
    expect(coverage.evidencedShare).toBeCloseTo(0.6);
    expect(describeCoverage(coverage)).toBe(
      '60% of cards rest on evidence, 20% are assumptions and 20% say neither.',
    );
    expect(describeCoverage(evidenceCoverage(base))).toBe('There are no cards to weigh yet.');
    expect(evidenceCoverage(base).evidencedShare).toBe(0);
  });
});

describe('research edits', () => {
  it('adds, updates and deletes research records', () => {
    let map = sample();
    map = addResearch(map, { id: 'r-survey', method: 'survey', participants: 120 });
    expect(map.research.map((r) => r.id)).toEqual([SAMPLE_RESEARCH_ID, 'r-survey']);
    expect(map.research[1]).toMatchObject({ conductedBy: '', notes: '', startDate: null });
    map = updateResearch(map, 'r-survey', { conductedBy: 'Customer Insight Team' });
    expect(map.research[1]?.conductedBy).toBe('Customer Insight Team');
    expect(updateResearch(map, 'nope', { notes: 'x' })).toBe(map);
    map = deleteResearch(map, 'r-survey');
    expect(map.research.map((r) => r.id)).toEqual([SAMPLE_RESEARCH_ID]);
    expect(deleteResearch(map, 'nope')).toBe(map);
  });

  it('unlinks evidence cards from a deleted research record', () => {
    const map = deleteResearch(sample(), SAMPLE_RESEARCH_ID);
    expect(map.research).toEqual([]);
    for (const card of map.cards) if (card.kind === 'evidence') expect(card.researchId).toBeNull();
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
  });
});

describe('sentimentIndex', () => {
  it('sums every step at once, the same as sentimentOfCards, and caches by cards array', () => {
    const map = sampleMap(new Date('2026-01-01T00:00:00Z'));
    const index = sentimentIndex(map.cards);
    for (const step of map.phases.flatMap((p) => p.steps)) {
      const one = sentimentOfCards(map.cards, step.id);
      const all = index.get(step.id);
      expect(all ?? { positive: 0, neutral: 0, negative: 0, total: 0 }).toEqual(one);
    }
    expect(sentimentIndex(map.cards)).toBe(index);
  });
});
