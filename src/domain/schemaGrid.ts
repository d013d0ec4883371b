/**
 * The grid of a journey map: phases and their steps across, lanes down, and the links drawn
 * between cards. Part of schema.ts.
 */
import { z } from 'zod';
import { lazySchema } from './lazySchema';
import { EXPERIENCE_SIDES, LANE_KINDS, LINK_KINDS } from './vocabulary';
import {
  COLLECTION_LIMITS,
  emotionScoreSchema,
  idSchema,
  isoDateSchema,
  longText,
  momentOfTruthSchema,
  shortText,
} from './schemaBase';

/** A step of the journey: a column of the grid, with its own score on the emotion curve. */
export const stepSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    title: shortText,
    description: longText.default(''),
    /** −2 … +2, or null for a gap in the emotion curve. */
    emotionScore: emotionScoreSchema.nullable().default(null),
    /** "manual": set by hand; "evidence": derived from the step's evidence tallies. */
    emotionSource: z.enum(['manual', 'evidence']).default('manual'),
    momentOfTruth: momentOfTruthSchema.nullable().default(null),
    /** A word of the map's rating scale (format 4; domain/ratings.ts); null when not rated. */
    rating: shortText.nullable().default(null),
    /** Column width in canvas pixels; null for the default. */
    width: z.number().min(80).max(4_000).nullable().default(null),
  }),
);
/** A step (see stepSchema). */
export type Step = z.infer<typeof stepSchema>;

/** A phase of the journey: its steps (1–500), left to right, and its dates. */
export const phaseSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: shortText,
    description: longText.default(''),
    startDate: isoDateSchema.nullable().default(null),
    endDate: isoDateSchema.nullable().default(null),
    steps: z
      .array(stepSchema)
      .min(1, 'a phase needs at least one step')
      .max(COLLECTION_LIMITS.stepsPerPhase),
  }),
);
/** A phase (see phaseSchema). */
export type Phase = z.infer<typeof phaseSchema>;

/** A lane: a row of the grid holding one kind of card. */
export const laneSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: shortText,
    kind: z.enum(LANE_KINDS),
    note: longText.default(''),
    /** Customer-facing (frontstage) or internal (backstage), for the line of visibility. */
    side: z.enum(EXPERIENCE_SIDES).default('frontstage'),
    /** Minimum row height in canvas pixels; null for the default. Rows grow to fit cards. */
    height: z.number().min(40).max(4_000).nullable().default(null),
  }),
);
/** A lane (see laneSchema). */
export type Lane = z.infer<typeof laneSchema>;

/** An arrow from one card to another: a flow, or a cause. */
export const linkSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    from: idSchema,
    to: idSchema,
    kind: z.enum(LINK_KINDS).default('flow'),
    label: shortText.default(''),
  }),
);
/** A link (see linkSchema). */
export type Link = z.infer<typeof linkSchema>;
