/**
 * Pure edits of cards (edits.ts): add, change, change kind, move between cells, delete,
 * duplicate, and the copies that paste makes.
 */
import { createCard, convertCard } from './cards';
import { clampIndex, cardsInCell, withoutCards } from './editHelpers';
import { patchChanges } from './equality';
import { newId } from './ids';
import type { Card, JourneyMap, Link } from './schema';
import type { CardKind } from './vocabulary';

function nextOrder(map: JourneyMap, laneId: string, stepId: string): number {
  let max = -1;
  for (const card of map.cards) {
    if (card.laneId === laneId && card.stepId === stepId && card.order > max) max = card.order;
  }
  return max + 1;
}

/** Adds a card of `kind` at the end of its cell (the kind's default fields, `title` or ''). */
export function addCard(
  map: JourneyMap,
  options: { kind: CardKind; laneId: string; stepId: string; title?: string; id?: string },
): JourneyMap {
  const card = createCard(
    options.kind,
    {
      laneId: options.laneId,
      stepId: options.stepId,
      order: nextOrder(map, options.laneId, options.stepId),
    },
    { id: options.id ?? newId(), title: options.title ?? '' },
  );
  return { ...map, cards: [...map.cards, card] };
}

/** Puts ready-made cards (pasted, imported) into the map, keeping their fields. */
export function insertCards(map: JourneyMap, cards: readonly Card[]): JourneyMap {
  return { ...map, cards: [...map.cards, ...cards] };
}

/** A distributive Omit, so a patch may carry the fields of the card's own kind. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A change of a card: any fields but its id and kind, those of its own kind included. */
export type CardPatch = Partial<DistributiveOmit<Card, 'id' | 'kind'>>;

/**
 * Changes fields of one card; the same map (by reference) when nothing changes or there is no such
 * card.
 */
export function updateCard(map: JourneyMap, cardId: string, patch: CardPatch): JourneyMap {
  const card = map.cards.find((c) => c.id === cardId);
  if (!card || !patchChanges(card, patch)) return map;
  return {
    ...map,
    cards: map.cards.map((card) => (card.id === cardId ? ({ ...card, ...patch } as Card) : card)),
  };
}

/** Gives a card another kind, keeping its title, description and marks (see `convertCard`). */
export function changeCardKind(map: JourneyMap, cardId: string, kind: CardKind): JourneyMap {
  return {
    ...map,
    cards: map.cards.map((card) => (card.id === cardId ? convertCard(card, kind) : card)),
  };
}

/**
 * Moves cards into one cell at `index` (default: the end), keeping their relative order, and
 * renumbers the cell so the order is dense (0, 1, 2 …).
 */
export function moveCards(
  map: JourneyMap,
  cardIds: readonly string[],
  target: { laneId: string; stepId: string; index?: number },
): JourneyMap {
  const moving = new Set(cardIds);
  // Grouped by the cell they come from (in order of first appearance), in drawing order inside
  // each cell. (A comparator returning 0 across cells is not transitive and could swap cards.)
  const cellRank = new Map<string, number>();
  const rank = (card: Card) => {
    const key = `${card.laneId}|${card.stepId}`;
    if (!cellRank.has(key)) cellRank.set(key, cellRank.size);
    return cellRank.get(key) ?? 0;
  };
  const movingCards = map.cards
    .filter((card) => moving.has(card.id))
    .map((card) => ({ card, rank: rank(card) }))
    .sort((a, b) => a.rank - b.rank || a.card.order - b.card.order)
    .map(({ card }) => card);
  if (movingCards.length === 0) return map;
  const staying = cardsInCell(map, target.laneId, target.stepId).filter((c) => !moving.has(c.id));
  const ordered = staying.slice();
  ordered.splice(clampIndex(target.index, staying.length), 0, ...movingCards);
  const placed = new Map<string, Card>();
  ordered.forEach((card, order) =>
    placed.set(card.id, { ...card, laneId: target.laneId, stepId: target.stepId, order }),
  );
  return {
    ...map,
    cards: map.cards.map((card) => {
      const next = placed.get(card.id);
      if (!next) return card;
      const same =
        next.order === card.order && next.laneId === card.laneId && next.stepId === card.stepId;
      return same ? card : next;
    }),
  };
}

/** Deletes cards, and the links, comments, votes and answers that point at them. */
export function deleteCards(map: JourneyMap, cardIds: readonly string[]): JourneyMap {
  return withoutCards(map, new Set(cardIds));
}

/**
 * Copies cards with new ids, each placed right after its original; links between copied
 * cards are copied too. Returns the map and the new ids (in the same order as `cardIds`).
 */
export function duplicateCards(
  map: JourneyMap,
  cardIds: readonly string[],
): { map: JourneyMap; newIds: string[] } {
  const ids = new Map<string, string>();
  for (const id of cardIds) if (map.cards.some((c) => c.id === id)) ids.set(id, newId());
  const copies = pasteableCopies(
    map.cards.filter((c) => ids.has(c.id)),
    map.links,
    ids,
  );
  // Half a step after the original, then renumbered: each copy lands right after its source.
  const next: JourneyMap = {
    ...map,
    cards: [...map.cards, ...copies.cards.map((c) => ({ ...c, order: c.order + 0.5 }))],
    links: [...map.links, ...copies.links],
  };
  return { map: renumberCells(next), newIds: [...ids.values()] };
}

/** Dense 0…n−1 order in every cell, keeping the current order. */
export function renumberCells(map: JourneyMap): JourneyMap {
  const cells = new Map<string, Card[]>();
  for (const card of map.cards) {
    const key = `${card.laneId}|${card.stepId}`;
    const cell = cells.get(key);
    if (cell) cell.push(card);
    else cells.set(key, [card]);
  }
  const orders = new Map<string, number>();
  for (const cell of cells.values()) {
    cell.sort((a, b) => a.order - b.order).forEach((card, i) => orders.set(card.id, i));
  }
  return {
    ...map,
    cards: map.cards.map((card) => {
      const order = orders.get(card.id) ?? card.order;
      return order === card.order ? card : { ...card, order };
    }),
  };
}

/**
 * Copies of cards (and the links among them) with fresh ids from `idMap`, for duplicate and
 * paste; an evidence card's quotes and a recommendation's progress updates get fresh ids too
 * (ids are unique across the whole map). Links to cards outside the copy are left behind;
 * `answers` outside the copy kept.
 */
export function pasteableCopies(
  cards: readonly Card[],
  links: readonly Link[],
  idMap: Map<string, string> = new Map(cards.map((c) => [c.id, newId()])),
): { cards: Card[]; links: Link[] } {
  const copies = cards.map((card) => {
    const copy = { ...card, id: idMap.get(card.id) ?? newId() } as Card;
    if (copy.kind === 'evidence') copy.quotes = copy.quotes.map((q) => ({ ...q, id: newId() }));
    if (copy.kind === 'recommendation') {
      copy.progress = copy.progress.map((update) => ({ ...update, id: newId() }));
    }
    if (copy.kind === 'recommendation' && copy.answers !== null && idMap.has(copy.answers)) {
      copy.answers = idMap.get(copy.answers) ?? null;
    }
    return copy;
  });
  const copiedLinks = links
    .filter((link) => idMap.has(link.from) && idMap.has(link.to))
    .map((link) => ({
      ...link,
      id: newId(),
      from: idMap.get(link.from) ?? link.from,
      to: idMap.get(link.to) ?? link.to,
    }));
  return { cards: copies, links: copiedLinks };
}
