/**
 * The cards of a journey map: the fields every card has, and the kinds that have more
 * (touchpoint, emotion, pain point, metric, evidence, recommendation). Part of schema.ts.
 */
import { z } from 'zod';
import { lazySchema } from './lazySchema';
import type { CARD_KINDS } from './vocabulary';
import {
  CHANNELS,
  EVIDENCE_BASES,
  RECOMMENDATION_RESPONSES,
  RECOMMENDATION_STATUSES,
  SEVERITIES,
} from './vocabulary';
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

/** The fields every card has (a function: its schemas are built on first use, lazySchema.ts). */
const cardBase = () => ({
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
  /**
   * A word of the map's rating scale (format 4; domain/ratings.ts); null when not rated. A word
   * not on the scale is kept as written.
   */
  rating: shortText.nullable().default(null),
});

/** A quote from research, with the anonymous participant who said it. */
export const quoteSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    text: longText,
    /** An anonymous participant id such as "P07". */
    participant: shortText.default(''),
  }),
);
/** A quote (see quoteSchema). */
export type Quote = z.infer<typeof quoteSchema>;

/**
 * How many comments in the research were positive, neutral and negative (whole numbers,
 * 0–1,000,000).
 */
export const talliesSchema = lazySchema(() =>
  z.object({
    positive: z.number().int().min(0).max(1_000_000).default(0),
    neutral: z.number().int().min(0).max(1_000_000).default(0),
    negative: z.number().int().min(0).max(1_000_000).default(0),
  }),
);
/** An evidence card's tallies (see talliesSchema). */
export type Tallies = z.infer<typeof talliesSchema>;

/**
 * One entry of a recommendation's progress log: its date (`YYYY-MM-DD`), what happened, and the
 * status it set.
 */
export const progressUpdateSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    date: isoDateSchema,
    text: longText,
    status: z.enum(RECOMMENDATION_STATUSES),
  }),
);
/** A progress update (see progressUpdateSchema). */
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

const plainCard = <K extends (typeof CARD_KINDS)[number]>(kind: K) =>
  z.object({ ...cardBase(), kind: z.literal(kind) });

/** A touchpoint: where the customer meets the service, through a channel. */
export const touchpointCardSchema = lazySchema(() =>
  z.object({
    ...cardBase(),
    kind: z.literal('touchpoint'),
    channel: z.enum(CHANNELS).default('other'),
  }),
);

/** An emotion: how the customer feels, scored −2 to +2 (null: not scored). */
export const emotionCardSchema = lazySchema(() =>
  z.object({
    ...cardBase(),
    kind: z.literal('emotion'),
    score: emotionScoreSchema.nullable().default(null),
  }),
);

/** A pain point, with its severity (null: not set). */
export const painPointCardSchema = lazySchema(() =>
  z.object({
    ...cardBase(),
    kind: z.literal('pain-point'),
    severity: z.enum(SEVERITIES).nullable().default(null),
  }),
);

/** A metric: a measured value against a target, in a unit, with its sample and date. */
export const metricCardSchema = lazySchema(() =>
  z.object({
    ...cardBase(),
    kind: z.literal('metric'),
    value: finite.nullable().default(null),
    target: finite.nullable().default(null),
    unit: shortText.default(''),
    sampleSize: z.number().int().min(0).max(100_000_000).nullable().default(null),
    date: isoDateSchema.nullable().default(null),
    /** Whether a higher value is better (satisfaction) or a lower one (days to answer). */
    direction: z.enum(['higher-is-better', 'lower-is-better']).default('higher-is-better'),
  }),
);

/**
 * A research finding: tallies of comments, how many participants said it, quotes and the source.
 */
export const evidenceCardSchema = lazySchema(() =>
  z.object({
    ...cardBase(),
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
  }),
);

/**
 * A plan date (format 3): an exact day `YYYY-MM-DD`, a month ("Mar 2025"), a quarter ("Q1
 * 2025"), a season ("Spring 2023"), a year ("2025") or words ("Awaiting timescales"), stored in
 * the canonical spelling of domain/planDates.ts, which also says how each sorts and when it is
 * overdue. A format 2 date (`YYYY-MM-DD`) is a plan date as it is.
 */
export const planDateSchema = lazySchema(() => shortText.min(1));

/**
 * One action of a recommendation (format 3): what will be done, comments, its owner, target /
 * revised / actual dates (plan dates), status and progress log.
 */
export const planActionSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    title: shortText.default(''),
    /** Comments on the action (seed 002's "Comments" column). */
    description: longText.default(''),
    owner: shortText.default(''),
    targetDate: planDateSchema.nullable().default(null),
    revisedDate: planDateSchema.nullable().default(null),
    completedDate: planDateSchema.nullable().default(null),
    status: z.enum(RECOMMENDATION_STATUSES).default('not-started'),
    progress: z.array(progressUpdateSchema).max(COLLECTION_LIMITS.progressPerCard).default([]),
  }),
);
/** An action of a recommendation (see planActionSchema). */
export type PlanAction = z.infer<typeof planActionSchema>;

/**
 * The landlord's response to a recommendation (seed 002): accepted, partly accepted, not
 * accepted or pending, with its text; `answer` null when no response is recorded.
 */
export const recommendationResponseSchema = lazySchema(() =>
  z.object({
    answer: z.enum(RECOMMENDATION_RESPONSES).nullable().default(null),
    text: longText.default(''),
  }),
);
/** A response to a recommendation (see recommendationResponseSchema). */
export type RecommendationResponse = z.infer<typeof recommendationResponseSchema>;

/**
 * A recommendation of the action plan: its number ("1", "2a"), what to do and why, the
 * response, its owner, dates (plan dates), RAG status and progress log, and its actions. With
 * actions, its status rolls up from theirs (domain/planStatus.ts).
 */
export const recommendationCardSchema = lazySchema(() =>
  z.object({
    ...cardBase(),
    kind: z.literal('recommendation'),
    /** Its number in the review, as written: "1", "2", "2a"; '' when not numbered. */
    number: z.string().max(20).default(''),
    why: longText.default(''),
    theme: shortText.default(''),
    owner: shortText.default(''),
    targetDate: planDateSchema.nullable().default(null),
    revisedDate: planDateSchema.nullable().default(null),
    completedDate: planDateSchema.nullable().default(null),
    status: z.enum(RECOMMENDATION_STATUSES).default('not-started'),
    progress: z.array(progressUpdateSchema).max(COLLECTION_LIMITS.progressPerCard).default([]),
    /** The card this answers (a pain point or a finding); null when it answers the step. */
    answers: idSchema.nullable().default(null),
    response: recommendationResponseSchema.default({ answer: null, text: '' }),
    /**
     * Whether it is drawn on the map, in its step's cell (format 3). False: a plan that is not
     * about one journey step, kept in the action plan only (its lane and step are only where it
     * would go back to).
     */
    onMap: z.boolean().default(true),
    actions: z.array(planActionSchema).max(COLLECTION_LIMITS.actionsPerCard).default([]),
  }),
);

/** Any card, told apart by its `kind`. */
export const cardSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
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
  ]),
);
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
