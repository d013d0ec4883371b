/**
 * What a scrutiny review judges and measures (seed 003), part of the map (format 3): a rating
 * per criterion on a scale (poor / fair / good / excellent unless the review uses its own), an
 * overall judgement ("An improving service"), and survey scores per channel and aspect. Part of
 * schema.ts.
 */
import { z } from 'zod';
import { lazySchema } from './lazySchema';
import { finite, idSchema, longText, shortText } from './schemaBase';

/** The rating scale of seed 003, worst first. */
export const DEFAULT_RATING_SCALE = ['Poor', 'Fair', 'Good', 'Excellent'] as const;

/** One criterion the review judged, with its rating (one of the scale's words, or null). */
export const criterionSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: shortText,
    rating: shortText.nullable().default(null),
    note: longText.default(''),
  }),
);
/** A judged criterion (see criterionSchema). */
export type Criterion = z.infer<typeof criterionSchema>;

/**
 * The review's judgement: its rating scale (worst first), a rating per criterion and the
 * overall judgement in words. A rating that is not on the scale is kept and shown as written.
 */
export const judgementSchema = lazySchema(() =>
  z.object({
    overall: shortText.default(''),
    scale: z
      .array(shortText.min(1))
      .min(2)
      .max(10)
      .default([...DEFAULT_RATING_SCALE]),
    criteria: z.array(criterionSchema).max(200).default([]),
  }),
);
/** A review's judgement (see judgementSchema). */
export type Judgement = z.infer<typeof judgementSchema>;

/** A share in per cent, 0–100. */
const percent = lazySchema(() => z.number().min(0).max(100));

/**
 * One row of a survey score card (seed 003): for a channel and an aspect, the average score,
 * the share at the top of the scale (scoring 10) and at the bottom (3 or less), the sample size
 * and the standard it is held against; null for what the survey did not say.
 */
export const surveyScoreSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    channel: shortText,
    aspect: shortText,
    average: finite.nullable().default(null),
    /** Share of answers at the top of the scale, in per cent. */
    shareTop: percent.nullable().default(null),
    /** Share of answers at the bottom of the scale, in per cent. */
    shareBottom: percent.nullable().default(null),
    sampleSize: z.number().int().min(0).max(100_000_000).nullable().default(null),
    standard: shortText.default(''),
  }),
);
/** A survey score (see surveyScoreSchema). */
export type SurveyScore = z.infer<typeof surveyScoreSchema>;
