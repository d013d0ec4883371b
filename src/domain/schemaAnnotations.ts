/**
 * Workshop annotations on a journey map: comments (with replies) and dot-vote rounds. Part of
 * schema.ts.
 */
import { z } from 'zod';
import { lazySchema } from './lazySchema';
import { CARD_KINDS } from './vocabulary';
import { COLLECTION_LIMITS, idSchema, isoDateTimeSchema, longText, shortText } from './schemaBase';

/** A comment on a card or a step, or a reply to one; `createdAt` is ISO 8601 with an offset. */
export const commentSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    target: z.object({ kind: z.enum(['card', 'step']), id: idSchema }),
    /** The comment this replies to; null for the first comment of a thread. */
    parentId: idSchema.nullable().default(null),
    author: shortText,
    text: longText,
    createdAt: isoDateTimeSchema,
    resolved: z.boolean().default(false),
  }),
);
/** A comment (see commentSchema). */
export type Comment = z.infer<typeof commentSchema>;

/** One vote of a participant for a card. */
export const voteSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    /** A participant's name, or "Anonymous 3" in an anonymous round. */
    participant: shortText,
    cardId: idSchema,
  }),
);
/** A vote (see voteSchema). */
export type Vote = z.infer<typeof voteSchema>;

/**
 * A dot-vote round: its question, how many votes each participant has (1–100), the card kinds that
 * can be voted on, and the votes.
 */
export const voteRoundSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    question: shortText,
    votesPerParticipant: z.number().int().min(1).max(100),
    cardKinds: z.array(z.enum(CARD_KINDS)).max(CARD_KINDS.length),
    anonymous: z.boolean().default(false),
    status: z.enum(['open', 'revealed']).default('open'),
    createdAt: isoDateTimeSchema,
    votes: z.array(voteSchema).max(COLLECTION_LIMITS.votesPerRound).default([]),
  }),
);
/** A vote round (see voteRoundSchema). */
export type VoteRound = z.infer<typeof voteRoundSchema>;
