/**
 * Making cards: a new card of any kind gets every field its kind needs, filled by the schema's
 * own defaults so the two can never disagree.
 */
import { cardSchema, type Card, type CardOfKind } from './schema';
import type { CardKind } from './vocabulary';
import { newId } from './ids';

/** Where a new card goes: its cell, and its place in the cell (default: the end). */
export interface NewCardPlace {
  laneId: string;
  stepId: string;
  order?: number;
}

/** A new card of `kind` in a cell, with defaults for every kind field. */
export function createCard<K extends CardKind>(
  kind: K,
  place: NewCardPlace,
  fields: Partial<Omit<CardOfKind<K>, 'kind' | 'laneId' | 'stepId'>> = {},
): CardOfKind<K> {
  const card = cardSchema.parse({
    id: newId(),
    title: '',
    order: place.order ?? 0,
    ...fields,
    kind,
    laneId: place.laneId,
    stepId: place.stepId,
  });
  return card as CardOfKind<K>;
}

/**
 * The same card as another kind, keeping everything the two kinds share (title, description,
 * place, marks, rating) and the new kind's defaults for the rest.
 */
export function convertCard(card: Card, kind: CardKind): Card {
  if (card.kind === kind) return card;
  return createCard(kind, card, {
    id: card.id,
    order: card.order,
    title: card.title,
    description: card.description,
    basis: card.basis,
    momentOfTruth: card.momentOfTruth,
    tags: card.tags,
    rating: card.rating,
  });
}

/** True for a pain point card. */
export const isPainPoint = (card: Card): card is CardOfKind<'pain-point'> =>
  card.kind === 'pain-point';
/** True for an evidence card. */
export const isEvidence = (card: Card): card is CardOfKind<'evidence'> => card.kind === 'evidence';
/** True for a metric card. */
export const isMetric = (card: Card): card is CardOfKind<'metric'> => card.kind === 'metric';
/** True for a recommendation card. */
export const isRecommendation = (card: Card): card is CardOfKind<'recommendation'> =>
  card.kind === 'recommendation';

/**
 * Whether a card is drawn on the map (canvas, PNG, SVG, report pages): every card but a
 * recommendation kept in the action plan only (`onMap: false`, format 3).
 */
export function isOnMap(card: Card): boolean {
  return card.kind !== 'recommendation' || card.onMap;
}

const cardIndexes = new WeakMap<readonly Card[], Map<string, Card>>();

/**
 * The card with `id` in `cards`, or null: an index built once per cards array (the store never
 * mutates one), so a selector that runs on every store update costs O(1), not O(cards).
 */
export function cardById(cards: readonly Card[], id: string): Card | null {
  let index = cardIndexes.get(cards);
  if (!index) {
    index = new Map();
    for (const card of cards) index.set(card.id, card);
    cardIndexes.set(cards, index);
  }
  return index.get(id) ?? null;
}

const emotionCardLists = new WeakMap<readonly Card[], Card[]>();

/** The emotion cards of `cards` (the same array for the same cards array; see cardById). */
export function emotionCardsOf(cards: readonly Card[]): Card[] {
  let list = emotionCardLists.get(cards);
  if (!list) {
    list = cards.filter((card) => card.kind === 'emotion');
    emotionCardLists.set(cards, list);
  }
  return list;
}
