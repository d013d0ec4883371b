/**
 * The cards of a journey map: the fields every card has, and the kinds that have more
 * (touchpoint, emotion, pain point, metric, evidence, recommendation). Part of schema.ts.
 */
import { z } from 'zod';
import type { CARD_KINDS } from './vocabulary';
import { CHANNELS, EVIDENCE_BASES, RECOMMENDATION_STATUSES, SEVERITIES } from './vocabulary';
import {
  COLLECTION_LIMITS,
  emotionScoreSchema,
  finite,
  idSchema,
  isoDateSchema,
  longText,
  momentOfTruthSchema,
  safeUrlSchema,
  shortText,
} from './schemaBase';

const cardBase = {
  id: idSchema,
  laneId: idSchema,
  stepId: idSchema,
  /** Position inside its cell: cards in a cell are drawn in ascending order. */
  order: finite,
  title: shortText,
  description: longText.default(''),
  /** Whether the card rests on research or is the team's assumption; null when not said. */
  basis: z.enum(EVIDENCE_BASES).nullable().default(null),
  momentOfTruth: momentOfTruthSchema.nullable().default(null),
  tags: z.array(shortText).max(100).default([]),
};

/** A quote from research, with the anonymous participant who said it. */
export const quoteSchema = z.object({
  id: idSchema,
  text: longText,
  /** An anonymous participant id such as "P07". */
  participant: shortText.default(''),
});
/** A quote (see quoteSchema). */
export type Quote = z.infer<typeof quoteSchema>;

/**
 * How many comments in the research were positive, neutral and negative (whole numbers,
 * 0–1,000,000).
 */
export const talliesSchema = z.object({
  positive: z.number().int().min(0).max(1_000_000).default(0),
  neutral: z.number().int().min(0).max(1_000_000).default(0),
  negative: z.number().int().min(0).max(1_000_000).default(0),
});
/** An evidence card's tallies (see talliesSchema). */
export type Tallies = z.infer<typeof talliesSchema>;

/**
 * One entry of a recommendation's progress log: its date (`YYYY-MM-DD`), what happened, and the
 * status it set.
 */
export const progressUpdateSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  text: longText,
  status: z.enum(RECOMMENDATION_STATUSES),
});
/** A progress update (see progressUpdateSchema). */
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

const plainCard = <K extends (typeof CARD_KINDS)[number]>(kind: K) =>
  z.object({ ...cardBase, kind: z.literal(kind) });

/** A touchpoint: where the customer meets the service, through a channel. */
export const touchpointCardSchema = z.object({
  ...cardBase,
  kind: z.literal('touchpoint'),
  channel: z.enum(CHANNELS).default('other'),
});

/** An emotion: how the customer feels, scored −2 to +2 (null: not scored). */
export const emotionCardSchema = z.object({
  ...cardBase,
  kind: z.literal('emotion'),
  score: emotionScoreSchema.nullable().default(null),
});

/** A pain point, with its severity (null: not set). */
export const painPointCardSchema = z.object({
  ...cardBase,
  kind: z.literal('pain-point'),
  severity: z.enum(SEVERITIES).nullable().default(null),
});

/** A metric: a measured value against a target, in a unit, with its sample and date. */
export const metricCardSchema = z.object({
  ...cardBase,
  kind: z.literal('metric'),
  value: finite.nullable().default(null),
  target: finite.nullable().default(null),
  unit: shortText.default(''),
  sampleSize: z.number().int().min(0).max(100_000_000).nullable().default(null),
  date: isoDateSchema.nullable().default(null),
  /** Whether a higher value is better (satisfaction) or a lower one (days to answer). */
  direction: z.enum(['higher-is-better', 'lower-is-better']).default('higher-is-better'),
});

/**
 * A research finding: tallies of comments, how many participants said it, quotes and the source.
 */
export const evidenceCardSchema = z.object({
  ...cardBase,
  kind: z.literal('evidence'),
  tallies: talliesSchema.default({ positive: 0, neutral: 0, negative: 0 }),
  /** "n of N participants": how many said this, out of how many asked. */
  participants: z
    .object({
      count: z.number().int().min(0).max(1_000_000).nullable().default(null),
      of: z.number().int().min(0).max(1_000_000).nullable().default(null),
    })
    .default({ count: null, of: null }),
  quotes: z.array(quoteSchema).max(COLLECTION_LIMITS.quotesPerCard).default([]),
  source: shortText.default(''),
  sourceUrl: safeUrlSchema.nullable().default(null),
  researchId: idSchema.nullable().default(null),
});

/**
 * A recommendation of the action plan: what to do and why, its owner, dates, RAG status and
 * progress log.
 */
export const recommendationCardSchema = z.object({
  ...cardBase,
  kind: z.literal('recommendation'),
  why: longText.default(''),
  theme: shortText.default(''),
  owner: shortText.default(''),
  targetDate: isoDateSchema.nullable().default(null),
  revisedDate: isoDateSchema.nullable().default(null),
  completedDate: isoDateSchema.nullable().default(null),
  status: z.enum(RECOMMENDATION_STATUSES).default('not-started'),
  progress: z.array(progressUpdateSchema).max(COLLECTION_LIMITS.progressPerCard).default([]),
  /** The card this answers (a pain point or a finding); null when it answers the step. */
  answers: idSchema.nullable().default(null),
});

/** Any card, told apart by its `kind`. */
export const cardSchema = z.discriminatedUnion('kind', [
  touchpointCardSchema,
  plainCard('action'),
  plainCard('thought'),
  emotionCardSchema,
  painPointCardSchema,
  plainCard('love-point'),
  plainCard('need'),
  plainCard('idea'),
  plainCard('team'),
  plainCard('system'),
  metricCardSchema,
  evidenceCardSchema,
  recommendationCardSchema,
  plainCard('note'),
]);
/** A card of any kind (see cardSchema). */
export type Card = z.infer<typeof cardSchema>;
/** The card type of one kind: `CardOfKind<'metric'>`. */
export type CardOfKind<K extends Card['kind']> = Extract<Card, { kind: K }>;
/** A touchpoint card. */
export type TouchpointCard = CardOfKind<'touchpoint'>;
/** An emotion card. */
export type EmotionCard = CardOfKind<'emotion'>;
/** A pain point card. */
export type PainPointCard = CardOfKind<'pain-point'>;
/** A metric card. */
export type MetricCard = CardOfKind<'metric'>;
/** An evidence card. */
export type EvidenceCard = CardOfKind<'evidence'>;
/** A recommendation card. */
export type RecommendationCard = CardOfKind<'recommendation'>;
