/**
 * The one rule for a step's point on the emotion curve, which the canvas, presentation mode,
 * the inspector, the exported pictures and the reports all follow:
 *
 * 1. A score set on the step wins: dragged on the curve, moved with the arrow keys or chosen in
 *    the inspector ("Set by hand"), or worked out from the step's evidence tallies when the
 *    step is set "From evidence" (evidence.ts, `deriveEmotionScore`).
 * 2. Otherwise the step's emotion cards decide: the mean of their scores, rounded to the
 *    nearest whole score, a half rounded towards neutral (cards at −1 and 0 give 0). Cards
 *    without a score do not count. This is how the seeds' maps are drawn: the "Attitudes +
 *    emotions" row holds a card per step, and the curve runs through them.
 * 3. With neither, the step has no point: a gap in the curve ("Set emotion").
 *
 * Clearing a step's own score (Delete on the curve point, "Not set" in the inspector) hands the
 * point back to its emotion cards. The rule is applied as the map is read and never written
 * into the map, so an emotion card's new score moves the curve at once, in every client.
 */
import type { Card, Step } from './schema';
import type { EmotionScore } from './vocabulary';

/** Where a step's point comes from (see the module comment). */
export type StepEmotionOrigin = 'hand' | 'evidence' | 'cards' | 'none';

/** A step's point on the curve and where it comes from. */
export interface StepEmotion {
  score: EmotionScore | null;
  origin: StepEmotionOrigin;
  /** The scores of the step's emotion cards, in the cards' order. */
  cardScores: readonly EmotionScore[];
}

/** The mean of emotion scores as a whole score, a half rounded towards 0; null for none. */
export function meanEmotionScore(scores: readonly number[]): EmotionScore | null {
  if (scores.length === 0) return null;
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  // Towards neutral on a half: −0.5 → 0, 1.5 → 1, −1.5 → −1.
  const rounded = Math.sign(mean) * Math.ceil(Math.abs(mean) - 0.5);
  return (Math.max(-2, Math.min(2, rounded)) + 0) as EmotionScore;
}

const EMPTY: readonly EmotionScore[] = Object.freeze([]);
const indexCache = new WeakMap<readonly Card[], Map<string, EmotionScore[]>>();

/**
 * The scores of each step's emotion cards (step id → scores, in the cards' order), computed
 * once per cards array (the store never mutates it).
 */
export function emotionCardScores(cards: readonly Card[]): ReadonlyMap<string, EmotionScore[]> {
  let index = indexCache.get(cards);
  if (!index) {
    index = new Map();
    const sorted = cards
      .filter((card) => card.kind === 'emotion' && card.score !== null)
      .sort((a, b) => a.order - b.order);
    for (const card of sorted) {
      if (card.kind !== 'emotion' || card.score === null) continue;
      const list = index.get(card.stepId);
      const score = card.score as EmotionScore;
      if (list) list.push(score);
      else index.set(card.stepId, [score]);
    }
    indexCache.set(cards, index);
  }
  return index;
}

/** A step's point on the emotion curve, by the rule of the module comment. */
export function stepEmotion(
  step: Pick<Step, 'id' | 'emotionScore' | 'emotionSource'>,
  cards: readonly Card[],
): StepEmotion {
  const cardScores = emotionCardScores(cards).get(step.id) ?? EMPTY;
  if (step.emotionScore !== null) {
    const origin = step.emotionSource === 'evidence' ? 'evidence' : 'hand';
    return { score: step.emotionScore as EmotionScore, origin, cardScores };
  }
  const fromCards = meanEmotionScore(cardScores);
  return fromCards === null
    ? { score: null, origin: 'none', cardScores }
    : { score: fromCards, origin: 'cards', cardScores };
}

/** The rule in words, for the README and help text in the inspector. */
export const STEP_EMOTION_RULE_TEXT =
  'A step’s point on the emotion curve is its own score when it has one (set by hand, or ' +
  'worked out from its evidence). Otherwise its emotion cards decide: the average of their ' +
  'scores, rounded to a whole score (a half rounds towards neutral). With neither, the curve ' +
  'has a gap. Clearing the step’s own score hands the point back to its emotion cards.';
