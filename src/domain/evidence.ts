/**
 * The evidence behind a map: what the research says about each step (summed tallies of its
 * evidence cards), the emotion score that follows from it, how much of the map rests on
 * evidence rather than assumption, and the research records.
 *
 * Everything here is pure: edits take a map and return a new one (or the same map when nothing
 * changes, so `apply` records no empty undo step).
 */
import { allSteps } from './edits';
import { newId } from './ids';
import { researchSchema, type Card, type JourneyMap, type Research, type Tallies } from './schema';
import type { CardKind, EmotionScore, ResearchMethod } from './vocabulary';

// ─── Sentiment of a step ─────────────────────────────────────────────────────────────────

/** Summed tallies of comments, with their total. */
export interface StepSentiment extends Tallies {
  total: number;
}

const NO_SENTIMENT: StepSentiment = Object.freeze({
  positive: 0,
  neutral: 0,
  negative: 0,
  total: 0,
});

function addTallies(sum: StepSentiment, tallies: Tallies): StepSentiment {
  const positive = sum.positive + tallies.positive;
  const neutral = sum.neutral + tallies.neutral;
  const negative = sum.negative + tallies.negative;
  return { positive, neutral, negative, total: positive + neutral + negative };
}

/**
 * What the research says about one step: the tallies (positive comments, neutral comments,
 * problems) of all the step's evidence cards, summed. All zero when the step has none.
 */
export function sentimentForStep(map: JourneyMap, stepId: string): StepSentiment {
  return sentimentOfCards(map.cards, stepId);
}

/** `sentimentForStep` from the cards alone (lets a component depend on `map.cards` only). */
export function sentimentOfCards(cards: readonly Card[], stepId: string): StepSentiment {
  let sum = NO_SENTIMENT;
  for (const card of cards) {
    if (card.kind === 'evidence' && card.stepId === stepId) sum = addTallies(sum, card.tallies);
  }
  return sum === NO_SENTIMENT ? { ...NO_SENTIMENT } : sum;
}

const sentimentIndexCache = new WeakMap<readonly Card[], Map<string, StepSentiment>>();

/**
 * Evidence tallies summed per step id, in one pass over the cards and computed once per cards
 * array (the store never mutates it, so the array is the cache key). Lets every step header
 * read its sentiment without each scanning all cards.
 */
export function sentimentIndex(cards: readonly Card[]): ReadonlyMap<string, StepSentiment> {
  let index = sentimentIndexCache.get(cards);
  if (!index) {
    index = new Map();
    for (const card of cards) {
      if (card.kind !== 'evidence') continue;
      index.set(card.stepId, addTallies(index.get(card.stepId) ?? NO_SENTIMENT, card.tallies));
    }
    sentimentIndexCache.set(cards, index);
  }
  return index;
}

/** `sentimentForStep` for every step at once (one pass over the cards). */
export function sentimentByStep(map: JourneyMap): Map<string, StepSentiment> {
  const out = new Map<string, StepSentiment>();
  for (const step of allSteps(map)) out.set(step.id, { ...NO_SENTIMENT });
  for (const card of map.cards) {
    if (card.kind !== 'evidence') continue;
    const sum = out.get(card.stepId);
    if (sum) out.set(card.stepId, addTallies(sum, card.tallies));
  }
  return out;
}

/**
 * The one rule that turns interview tallies into an emotion score (−2 … +2).
 *
 * It looks at the **net share** of comments: `net = (positive − negative) / total`, where
 * `total = positive + neutral + negative`. Neutral comments count in the total, so they pull
 * the score towards 0 without counting against the step.
 *
 * | net share            | score                 |
 * |----------------------|-----------------------|
 * | 0.85 or more         | +2 (very positive)    |
 * | 0.30 up to 0.85      | +1 (positive)         |
 * | above −0.30          | 0 (neutral)           |
 * | above −0.85          | −1 (negative)         |
 * | −0.85 or less        | −2 (very negative)    |
 *
 * With no comments at all (`total = 0`) there is nothing to go on: the result is `null`, a gap
 * in the emotion curve, rather than a made-up "neutral".
 *
 * Examples from the Independent Living report (20 interviews): 19 positive / 1 problem →
 * net 0.9 → +2; 18 positive / 2 problems → net 0.8 → +1; 16 positive / 2 neutral / 2 problems
 * → net 0.7 → +1.
 *
 * The comparisons are done in whole numbers (`20·(p − n) ≥ 17·total` for 0.85), so a share
 * that lands exactly on a threshold is never lost to floating-point rounding.
 */
export function deriveEmotionScore(tallies: Tallies): EmotionScore | null {
  const total = tallies.positive + tallies.neutral + tallies.negative;
  if (total <= 0) return null;
  const net = tallies.positive - tallies.negative; // net share = net / total
  if (20 * net >= 17 * total) return 2;
  if (10 * net >= 3 * total) return 1;
  if (10 * net > -3 * total) return 0;
  if (20 * net > -17 * total) return -1;
  return -2;
}

/** The rule of `deriveEmotionScore` in words, for the README and for help text in the UI. */
export const EMOTION_RULE_TEXT =
  'A step set “From evidence” takes its emotion score from the tallies of its evidence cards. ' +
  'Net share = (positive − problems) ÷ all comments (neutral comments count in “all”). ' +
  'Net share 0.85 or more: +2, very positive. 0.30 or more: +1, positive. ' +
  'Above −0.30: 0, neutral. Above −0.85: −1, negative. Otherwise: −2, very negative. ' +
  'A step with no tallies has no score (a gap in the emotion curve).';

/**
 * Sets the emotion score of every step whose `emotionSource` is `'evidence'` to the score its
 * evidence gives (`deriveEmotionScore(sentimentForStep(…))`). Steps set by hand are left
 * alone. Returns the same map when every derived score is already right.
 *
 * Run it after any edit that can change tallies (an evidence card's tallies changed, an
 * evidence card added, moved, deleted or pasted) or a step's source: see `withDerivedEmotions`.
 */
export function applyDerivedEmotions(map: JourneyMap): JourneyMap {
  if (!map.phases.some((phase) => phase.steps.some((s) => s.emotionSource === 'evidence'))) {
    return map;
  }
  const sentiment = sentimentByStep(map);
  let changed = false;
  const phases = map.phases.map((phase) => {
    let phaseChanged = false;
    const steps = phase.steps.map((step) => {
      if (step.emotionSource !== 'evidence') return step;
      const score = deriveEmotionScore(sentiment.get(step.id) ?? NO_SENTIMENT);
      if (score === step.emotionScore) return step;
      phaseChanged = true;
      return { ...step, emotionScore: score };
    });
    if (!phaseChanged) return phase;
    changed = true;
    return { ...phase, steps };
  });
  return changed ? { ...map, phases } : map;
}

/**
 * Wraps an edit so that derived emotion scores follow it in the same undo step:
 * `apply(withDerivedEmotions((m) => updateCard(m, id, { tallies })))`.
 */
export function withDerivedEmotions(
  edit: (map: JourneyMap) => JourneyMap,
): (map: JourneyMap) => JourneyMap {
  return (map) => {
    const next = edit(map);
    return next === map ? map : applyDerivedEmotions(next);
  };
}

// ─── Evidence coverage ───────────────────────────────────────────────────────────────────

/** Card kinds that are evidence or bookkeeping themselves, so coverage does not count them. */
export const COVERAGE_EXCLUDED_KINDS: readonly CardKind[] = ['evidence', 'metric', 'note'];

/** How much of the map rests on research: counts of cards evidenced, assumed and not said. */
export interface EvidenceCoverage {
  /** Cards counted (every card but evidence, metric and note cards). */
  total: number;
  evidenced: number;
  assumed: number;
  /** Cards whose basis nobody has said. */
  unset: number;
  /** Shares of `total` from 0 to 1; all 0 when `total` is 0. */
  evidencedShare: number;
  assumedShare: number;
  unsetShare: number;
}

/**
 * How much of the map rests on evidence: of the cards that make claims about the journey (all
 * but evidence, metric and note cards), how many are marked evidenced, assumed, or neither.
 */
export function evidenceCoverage(map: Pick<JourneyMap, 'cards'>): EvidenceCoverage {
  let total = 0;
  let evidenced = 0;
  let assumed = 0;
  for (const card of map.cards) {
    if (COVERAGE_EXCLUDED_KINDS.includes(card.kind)) continue;
    total += 1;
    if (card.basis === 'evidenced') evidenced += 1;
    else if (card.basis === 'assumed') assumed += 1;
  }
  const unset = total - evidenced - assumed;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  return {
    total,
    evidenced,
    assumed,
    unset,
    evidencedShare: share(evidenced),
    assumedShare: share(assumed),
    unsetShare: share(unset),
  };
}

/**
 * Coverage in one sentence: "62% of cards rest on evidence, 20% are assumptions and 18% say
 * neither." Percentages are rounded to whole numbers.
 */
export function describeCoverage(coverage: EvidenceCoverage): string {
  if (coverage.total === 0) return 'There are no cards to weigh yet.';
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  const parts = [
    `${pct(coverage.evidencedShare)} of cards rest on evidence`,
    `${pct(coverage.assumedShare)} are assumptions`,
  ];
  if (coverage.unset > 0) parts.push(`${pct(coverage.unsetShare)} say neither`);
  const last = parts.pop();
  return `${parts.join(', ')} and ${last}.`;
}

// ─── Research records ────────────────────────────────────────────────────────────────────

/** Each research method in words. */
export const RESEARCH_METHOD_LABELS: Record<ResearchMethod, string> = {
  interviews: 'Interviews',
  survey: 'Survey',
  'focus-group': 'Focus group',
  observation: 'Observation',
  analytics: 'Analytics',
  other: 'Other',
};

/** A change of a research record: any of its fields but the id. */
export type ResearchFields = Partial<Omit<Research, 'id'>>;

/** Adds a research record at the end (interviews unless `method` says otherwise). */
export function addResearch(
  map: JourneyMap,
  fields: ResearchFields & { id?: string } = {},
): JourneyMap {
  const research = researchSchema.parse({
    method: 'interviews',
    ...fields,
    id: fields.id ?? newId(),
  });
  return { ...map, research: [...map.research, research] };
}

/** Changes fields of a research record; the same map when there is no such record. */
export function updateResearch(
  map: JourneyMap,
  researchId: string,
  patch: ResearchFields,
): JourneyMap {
  if (!map.research.some((r) => r.id === researchId)) return map;
  return {
    ...map,
    research: map.research.map((r) => (r.id === researchId ? { ...r, ...patch } : r)),
  };
}

/** Evidence cards that cite a research record (asked about before deleting it). */
export function evidenceFromResearch(map: JourneyMap, researchId: string): Card[] {
  return map.cards.filter((card) => card.kind === 'evidence' && card.researchId === researchId);
}

/**
 * Deletes a research record. Evidence cards that cited it keep their tallies and quotes but no
 * longer point at it (`researchId: null`).
 */
export function deleteResearch(map: JourneyMap, researchId: string): JourneyMap {
  if (!map.research.some((r) => r.id === researchId)) return map;
  return {
    ...map,
    research: map.research.filter((r) => r.id !== researchId),
    cards: map.cards.map((card) =>
      card.kind === 'evidence' && card.researchId === researchId
        ? { ...card, researchId: null }
        : card,
    ),
  };
}
