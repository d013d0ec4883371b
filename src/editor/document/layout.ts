/**
 * How a journey map lives in its shared Yjs documents (PITFALLS.md, "Live sync").
 *
 * A map is two documents, so that a live session can let participants write annotations while
 * the map itself stays read-only for them (the server refuses their updates to `content`):
 * - `content`: a root Y.Map `map` holding the map's details as fields and each collection
 *   (phases, lanes, cards, links, personas, research) as a Y.Map of records keyed by id.
 * - `annotations`: a root Y.Map `annotations` holding comments and vote rounds the same way,
 *   and `cardFields`, the fields of cards that participants may set (a pain point's severity),
 *   keyed by card id.
 *
 * Every record is its own Y.Map, so two people changing different records, or different fields
 * of one record, both keep their change. Fields named in TEXT_FIELDS are Y.Text, so two people
 * typing in one title merge. Everything else is a plain value, last writer wins. Records of a
 * collection carry a fractional position key (POSITION_FIELD) that orders them.
 *
 * A step lives inside its phase, so moving it to another phase writes it anew there: a change
 * someone makes meanwhile to the step at its old place is lost, and two people moving one step
 * to two phases at once leave it in both (the repair shows the first, domain/repair.ts). A card
 * names its lane and step instead, so moving it keeps everyone's changes to it.
 */
import { z } from 'zod';
import { SEVERITIES } from '../../domain/vocabulary';
import {
  cardSchema,
  COLLECTION_LIMITS,
  LIMITS,
  commentSchema,
  laneSchema,
  linkSchema,
  personaSchema,
  phaseSchema,
  planActionSchema,
  progressUpdateSchema,
  quoteSchema,
  researchSchema,
  stepSchema,
  voteRoundSchema,
  voteSchema,
  type JourneyMap,
} from '../../domain/schema';

/** A collection of records with ids: how each record is checked, and its own collections. */
export interface CollectionSpec {
  schema: z.ZodType;
  /** For a list inside a record: how many records it holds at most (the first ones count). */
  max?: number;
  nested?: Readonly<Record<string, CollectionSpec>>;
  /** Fields kept elsewhere (a card's annotation fields live in the annotations document). */
  exclude?: ReadonlySet<string>;
}

/** The key under which a record keeps its place in its collection (a fractional index). */
export const POSITION_FIELD = '#pos';

/** String fields kept as Y.Text, so concurrent typing merges instead of overwriting. */
export const TEXT_FIELDS: ReadonlySet<string> = new Set(['title', 'name', 'description']);

/**
 * The most characters (UTF-16 units) each TEXT_FIELDS field may hold: the schema's limit for
 * that field in every record and in the map's details. Concurrent typing (or pasting) can merge
 * into a longer text; it is read cut to this length, the same on every client (read.ts).
 */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  title: LIMITS.shortText,
  name: LIMITS.shortText,
  description: LIMITS.longText,
};

/** Root type names in the two documents. */
export const CONTENT_ROOT = 'map';
/**
 * Root type name of the annotations document (comments, votes, participant-writable card fields).
 */
export const ANNOTATIONS_ROOT = 'annotations';
/** Inside the annotations root: card id → the card's participant-writable fields. */
export const CARD_FIELDS_KEY = 'cardFields';

/** The collections of the content document. */
export const CONTENT_COLLECTIONS: Readonly<Record<string, CollectionSpec>> = {
  phases: {
    schema: phaseSchema,
    nested: { steps: { schema: stepSchema, max: COLLECTION_LIMITS.stepsPerPhase } },
  },
  lanes: { schema: laneSchema },
  cards: {
    schema: cardSchema,
    nested: {
      quotes: { schema: quoteSchema, max: COLLECTION_LIMITS.quotesPerCard },
      progress: { schema: progressUpdateSchema, max: COLLECTION_LIMITS.progressPerCard },
      actions: {
        schema: planActionSchema,
        max: COLLECTION_LIMITS.actionsPerCard,
        nested: {
          progress: { schema: progressUpdateSchema, max: COLLECTION_LIMITS.progressPerCard },
        },
      },
    },
    exclude: new Set(['severity']),
  },
  links: { schema: linkSchema },
  personas: { schema: personaSchema },
  research: { schema: researchSchema },
};

/** The collections of the annotations document. */
export const ANNOTATION_COLLECTIONS: Readonly<Record<string, CollectionSpec>> = {
  comments: { schema: commentSchema },
  voteRounds: {
    schema: voteRoundSchema,
    nested: { votes: { schema: voteSchema, max: COLLECTION_LIMITS.votesPerRound } },
  },
};

/**
 * Card fields that live in the annotations document (participants may set them), with the
 * check a value written by another client must pass.
 */
export const CARD_ANNOTATION_FIELDS: Readonly<Record<string, z.ZodType>> = {
  severity: z.enum(SEVERITIES).nullable(),
};

/**
 * Map fields that are not part of the shared document: when the map was last changed is a fact
 * about this copy (each device keeps its own), not something people edit together.
 */
export const LOCAL_FIELDS: ReadonlySet<string> = new Set(['updatedAt']);

/** Which document a top-level map field belongs to. */
export function documentOfField(key: string): 'content' | 'annotations' | 'local' {
  if (LOCAL_FIELDS.has(key)) return 'local';
  return key in ANNOTATION_COLLECTIONS ? 'annotations' : 'content';
}

/** The keys of a map that are collections (arrays of records with ids). */
export type CollectionKey = keyof typeof CONTENT_COLLECTIONS | keyof typeof ANNOTATION_COLLECTIONS;

/** The map fields kept as details in the content root (everything that is not a collection). */
export function detailKeys(map: JourneyMap): string[] {
  return Object.keys(map).filter(
    (key) =>
      !(key in CONTENT_COLLECTIONS) && !(key in ANNOTATION_COLLECTIONS) && !LOCAL_FIELDS.has(key),
  );
}
