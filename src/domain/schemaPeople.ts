/**
 * The people and research behind a journey map: personas (with their pictures) and research
 * records. Part of schema.ts.
 */
import { z } from 'zod';
import { lazySchema } from './lazySchema';
import { RESEARCH_METHODS } from './vocabulary';
import { idSchema, isoDateSchema, LIMITS, longText, shortText } from './schemaBase';

/**
 * A persona's picture: a raster image stored in the map (a data URL of at most
 * `LIMITS.pictureBytes` characters), or a generated avatar.
 */
export const pictureSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('image'),
      /** A raster image stored in the map itself (never SVG: it could carry script). */
      dataUrl: z
        .string()
        .max(LIMITS.pictureBytes)
        .regex(
          /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/,
          'expected a PNG, JPEG, WebP or GIF picture',
        ),
      alt: shortText.default(''),
    }),
    z.object({ kind: z.literal('avatar'), seed: shortText }),
  ]),
);
/** A persona's picture (see pictureSchema). */
export type Picture = z.infer<typeof pictureSchema>;

/** A persona: who the journey is about, with a quote, a description and four lists. */
export const personaSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: shortText,
    picture: pictureSchema.nullable().default(null),
    quote: longText.default(''),
    description: longText.default(''),
    demographics: z.array(shortText).max(200).default([]),
    behaviours: z.array(shortText).max(200).default([]),
    needsAndChallenges: z.array(shortText).max(200).default([]),
    goalsAndMotivations: z.array(shortText).max(200).default([]),
  }),
);
/** A persona (see personaSchema). */
export type Persona = z.infer<typeof personaSchema>;

/** A research record: how the evidence was gathered, from how many people, by whom and when. */
export const researchSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    method: z.enum(RESEARCH_METHODS),
    participants: z.number().int().min(0).max(10_000_000).nullable().default(null),
    startDate: isoDateSchema.nullable().default(null),
    endDate: isoDateSchema.nullable().default(null),
    conductedBy: shortText.default(''),
    notes: longText.default(''),
  }),
);
/** A research record (see researchSchema). */
export type Research = z.infer<typeof researchSchema>;
