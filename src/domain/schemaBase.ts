/**
 * The building blocks of the map's schemas (schema.ts): limits, ids, text, dates, links and
 * the marks shared by cards and steps.
 */
// First: zod's settings must be in place before any schema is built (every part imports this).
import './zodConfig';
import { z } from 'zod';
import { lazySchema } from './lazySchema';

/** Limits that keep a hostile or broken file from exhausting memory or the canvas. */
export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  listItems: 10_000,
  cards: 50_000,
  steps: 2_000,
  coordinate: 1_000_000,
  pictureBytes: 3_000_000,
} as const;

/**
 * How many records each list of a map holds at most: the schema's maxima, in one place so the
 * repair of merged maps (repair.ts) keeps to the same numbers.
 */
export const COLLECTION_LIMITS = {
  phases: 1_000,
  stepsPerPhase: 500,
  lanes: 200,
  cards: LIMITS.cards,
  links: LIMITS.listItems,
  comments: LIMITS.listItems,
  personas: 100,
  research: 1_000,
  voteRounds: 1_000,
  votesPerRound: 100_000,
  quotesPerCard: 1_000,
  progressPerCard: 1_000,
  actionsPerCard: 1_000,
  themes: 1_000,
} as const;

/** An id: 1–64 letters, digits, `-` or `_` (made by `newId`, or written by hand in a file). */
export const idSchema = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'expected an id made of letters, digits, - or _'),
);

/** One line of text (a title, a name): at most `LIMITS.shortText` characters. */
export const shortText = lazySchema(() => z.string().max(LIMITS.shortText));
/** Free text (a description, a note): at most `LIMITS.longText` characters. */
export const longText = lazySchema(() => z.string().max(LIMITS.longText));
/** A list of `item` of at most `LIMITS.listItems` entries. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);
/** A finite number within ±`LIMITS.coordinate` (positions, metric values). */
export const finite = lazySchema(() => z.number().min(-LIMITS.coordinate).max(LIMITS.coordinate));

/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = lazySchema(() => z.iso.date());
/** A moment in time, ISO 8601 with offset. */
export const isoDateTimeSchema = lazySchema(() => z.iso.datetime({ offset: true }));

/** Only web and mail links are kept: `javascript:` and `data:` links never reach an href. */
export const safeUrlSchema = lazySchema(() =>
  z
    .string()
    .max(2_000)
    .refine((value) => {
      try {
        return ['http:', 'https:', 'mailto:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, 'expected a link starting with http://, https:// or mailto:'),
);

/** An emotion score: a whole number from −2 (very negative) to +2 (very positive). */
export const emotionScoreSchema = lazySchema(() => z.number().int().min(-2).max(2));

/** Marks a card or a step as a moment of truth, with the reason why. */
export const momentOfTruthSchema = lazySchema(() =>
  z.object({
    reason: longText.default(''),
  }),
);
/** A moment of truth mark (see momentOfTruthSchema). */
export type MomentOfTruth = z.infer<typeof momentOfTruthSchema>;
