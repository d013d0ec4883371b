/**
 * How each card kind reads aloud. The accessible name starts with what the card shows first,
 * its kind and its title ("Pain point: Long waits on the phone"), so a speech-input user can
 * say what they see (WCAG 2.2, 2.5.3 Label in Name). The description adds the facts the card
 * shows as colour, glyphs or small print: channel, severity, tallies, metric against target,
 * status, the pain point's number and the marks.
 */
import { describeMetricStatus } from '../metrics';
import { formatPlanDate } from '../planDates';
import { recommendationStatus } from '../planStatus';
import type { Card, CardOfKind, Tallies } from '../schema';
import {
  CARD_KIND_LABELS,
  CHANNEL_LABELS,
  EMOTION_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  type CardKind,
  type EmotionScore,
} from '../vocabulary';
import { SEVERITY_LABELS } from './marks';
import type { CardSpeech, SpeechContext } from './types';

const count = (n: number, word: string, plural = `${word}s`) => `${n} ${n === 1 ? word : plural}`;

/** Evidence tallies in words: "12 positive, 3 problems" (neutral comments only when some). */
export function tallyText(tallies: Tallies): string {
  const parts = [`${tallies.positive} positive`];
  if (tallies.neutral > 0) parts.push(`${tallies.neutral} neutral`);
  parts.push(count(tallies.negative, 'problem'));
  return parts.join(', ');
}

/** The accessible name of a card: "Touchpoint: Phone call" ("Untitled" for a blank title). */
export function cardName(card: Pick<Card, 'kind' | 'title'>): string {
  return `${CARD_KIND_LABELS[card.kind]}: ${card.title.trim() === '' ? 'Untitled' : card.title}`;
}

/** The pain point's number, first: it is how a team refers to the card ("pain point 3"). */
function numberFacts(context: SpeechContext): string[] {
  const n = context.painNumber;
  return n === undefined || n === null ? [] : [`Pain point ${n}`];
}

/** The marks every card may carry, in words. */
function markFacts(card: Card): string[] {
  const facts: string[] = [];
  if (card.momentOfTruth) {
    const reason = card.momentOfTruth.reason.trim();
    facts.push(reason ? `Moment of truth: ${reason}` : 'Moment of truth');
  }
  if (card.basis === 'assumed') facts.push('Assumed, to be checked');
  if (card.basis === 'evidenced') facts.push('Evidenced by research');
  return facts;
}

/** A `describe` for a kind from the facts only it has. */
function speaks<K extends CardKind>(
  facts: (card: CardOfKind<K>) => (string | false | null)[],
): (card: CardOfKind<K>, context?: SpeechContext) => CardSpeech {
  return (card, context = {}) => {
    const sentences = [...numberFacts(context), ...facts(card), ...markFacts(card)].filter(
      (fact): fact is string => typeof fact === 'string' && fact !== '',
    );
    return {
      name: cardName(card),
      description: sentences.length === 0 ? '' : `${sentences.join('. ')}.`,
    };
  };
}

const plain = speaks<CardKind>(() => []);

/** Every kind's `describe`. */
export const KIND_SPEECH: {
  readonly [K in CardKind]: (card: CardOfKind<K>, context?: SpeechContext) => CardSpeech;
} = {
  touchpoint: speaks<'touchpoint'>((card) => [`Channel: ${CHANNEL_LABELS[card.channel]}`]),
  action: plain,
  thought: plain,
  emotion: speaks<'emotion'>((card) => [
    card.score === null
      ? 'Emotion not set'
      : `Emotion: ${EMOTION_LABELS[card.score as EmotionScore] ?? card.score} (${card.score > 0 ? '+' : ''}${card.score})`,
  ]),
  'pain-point': speaks<'pain-point'>((card) => [
    card.severity !== null && `Severity: ${SEVERITY_LABELS[card.severity].toLowerCase()}`,
  ]),
  'love-point': plain,
  need: plain,
  idea: plain,
  team: plain,
  system: plain,
  metric: speaks<'metric'>((card) => [
    describeMetricStatus(card),
    card.sampleSize !== null && `Sample of ${card.sampleSize}`,
  ]),
  evidence: speaks<'evidence'>((card) => {
    const { count: said, of } = card.participants;
    return [
      tallyText(card.tallies),
      said !== null && (of === null ? `${said} participants` : `${said} of ${of} participants`),
      card.quotes.length > 0 && count(card.quotes.length, 'quote'),
      card.source.trim() !== '' && `Source: ${card.source}`,
    ];
  }),
  recommendation: speaks<'recommendation'>((card) => [
    card.number.trim() !== '' && `Recommendation ${card.number.trim()}`,
    `Status: ${RECOMMENDATION_STATUS_LABELS[recommendationStatus(card)]}`,
    card.actions.length > 0 && count(card.actions.length, 'action'),
    card.owner.trim() !== '' && `Owner: ${card.owner}`,
    card.targetDate !== null && `Target date ${formatPlanDate(card.targetDate)}`,
  ]),
  note: plain,
};
