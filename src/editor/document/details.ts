/**
 * The parts of a map's shared documents that are not collections: the map's details (title,
 * service, owner, settings …) as fields of the content root, and the cards' annotation fields
 * (a pain point's severity) in the annotations document, keyed by card id.
 */
import * as Y from 'yjs';
import { journeyMapFieldsSchema, type Card, type JourneyMap } from '../../domain/schema';
import {
  ANNOTATION_COLLECTIONS,
  CARD_ANNOTATION_FIELDS,
  CONTENT_COLLECTIONS,
  detailKeys,
  LOCAL_FIELDS,
} from './layout';
import { readValue } from './read';
import { writeField } from './write';

type DetailShape = Record<
  string,
  { safeParse: (value: unknown) => { success: boolean; data?: unknown } }
>;
/** The schema of each detail, read when first needed (the schemas are built then: lazySchema.ts). */
const detailSchemas = (): DetailShape => journeyMapFieldsSchema.shape as unknown as DetailShape;

/** Writes the map's details that differ from `previous` (all of them when null). */
export function writeDetails(
  root: Y.Map<unknown>,
  next: JourneyMap,
  previous: JourneyMap | null,
): void {
  const nextFields = next as unknown as Record<string, unknown>;
  const previousFields = previous as unknown as Record<string, unknown> | null;
  for (const key of detailKeys(next)) {
    if (previousFields === null || nextFields[key] !== previousFields[key]) {
      writeField(root, key, nextFields[key]);
    }
  }
}

/** Details set once when a map is made and never edited: a damaged one keeps this copy's. */
const FIXED_DETAILS: ReadonlySet<string> = new Set(['id', 'createdAt']);
/** What a detail with no default shows when the document's value fails its schema. */
const DETAIL_FALLBACKS: Readonly<Record<string, unknown>> = { title: '' };

/**
 * The map's details read from the content root, each field checked on its own. A field that
 * fails takes its default (or DETAIL_FALLBACKS), so every client reads the same details from
 * the same document, whatever it showed before; only id and createdAt, which nobody edits,
 * keep `previous`'s value. Null when one of those is missing with nothing to keep (the
 * documents hold no map yet).
 */
export function readDetails(
  root: Y.Map<unknown>,
  previous: JourneyMap | null,
): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(detailSchemas())) {
    if (LOCAL_FIELDS.has(key) || isCollection(key)) continue;
    const parsed = schema.safeParse(readValue(key, root.get(key)));
    if (parsed.success) {
      out[key] = parsed.data;
    } else if (FIXED_DETAILS.has(key)) {
      const kept = (previous as unknown as Record<string, unknown> | null)?.[key];
      if (kept === undefined) return null;
      out[key] = kept;
    } else {
      const fallback = schema.safeParse(undefined);
      out[key] = fallback.success ? fallback.data : DETAIL_FALLBACKS[key];
    }
  }
  return out;
}

function isCollection(key: string): boolean {
  return key in CONTENT_COLLECTIONS || key in ANNOTATION_COLLECTIONS;
}

/** Writes the annotation fields of the cards that changed since `previous` (all when null). */
export function writeAnnotationFields(
  fields: Y.Map<Y.Map<unknown>>,
  cards: readonly Card[],
  previous: readonly Card[] | null,
): void {
  // The same cards in the same order (typing, a field changed): compare by place, no lookup.
  const aligned = previous !== null && previous.length === cards.length;
  let before: Map<string, Card> | null = null;
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i] as Card;
    if (aligned && previous[i] === card) continue;
    if (previous && !(aligned && previous[i]?.id === card.id)) {
      before ??= new Map(previous.map((old) => [old.id, old]));
      if (before.get(card.id) === card) continue;
    }
    for (const key of Object.keys(CARD_ANNOTATION_FIELDS)) {
      if (!(key in card)) continue;
      const value = (card as unknown as Record<string, unknown>)[key];
      let entry = fields.get(card.id);
      if (!entry) {
        if (value === null || value === undefined) continue;
        entry = new Y.Map<unknown>();
        fields.set(card.id, entry);
      }
      writeField(entry, key, value);
    }
  }
}

/**
 * Cards with their annotation fields taken from the annotations document, for the cards in
 * `touched` (every card when null); a card whose values are unchanged keeps its identity.
 */
export function readAnnotationFields(
  fields: Y.Map<Y.Map<unknown>>,
  cards: readonly Card[],
  touched: ReadonlySet<string> | null,
): Card[] {
  let changed = false;
  const out = cards.map((card) => {
    if (touched !== null && !touched.has(card.id)) return card;
    let next: Card = card;
    const entry = fields.get(card.id);
    for (const [key, schema] of Object.entries(CARD_ANNOTATION_FIELDS)) {
      if (!(key in card)) continue;
      const parsed = schema.safeParse(entry?.get(key) ?? null);
      const value = parsed.success ? parsed.data : null;
      if ((card as unknown as Record<string, unknown>)[key] !== value) {
        next = { ...next, [key]: value } as Card;
      }
    }
    if (next !== card) changed = true;
    return next;
  });
  return changed ? out : (cards as Card[]);
}
