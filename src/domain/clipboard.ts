/**
 * Copy and paste of cards, between maps and between tabs. The clipboard holds JSON text
 * `{ type: 'waymark.cards', version: 1, cards, links }`; on paste every card is checked with
 * the same schema a loaded file passes, and gets a new id, so a pasted card can never break
 * the map it lands in.
 */
import { z } from 'zod';
import { lazySchema } from './lazySchema';
import { moveCards, pasteableCopies, renumberCells } from './edits';
import { cardsInJourneyOrder } from './painPoints';
import { cardSchema, linkSchema, LIMITS, type Card, type JourneyMap, type Link } from './schema';
import { LANE_DEFAULT_CARD_KIND } from './vocabulary';
import type { CellRef } from './cells';

/** The `type` of Waymark's clipboard payload, so a paste knows the text is cards. */
export const CARDS_CLIPBOARD_TYPE = 'waymark.cards';

/** Copied cards and the links between them, as put on the clipboard (JSON). */
export interface CardsPayload {
  type: typeof CARDS_CLIPBOARD_TYPE;
  version: 1;
  cards: Card[];
  links: Link[];
}

const payloadSchema = lazySchema(() =>
  z.object({
    type: z.literal(CARDS_CLIPBOARD_TYPE),
    version: z.literal(1).optional(),
    cards: z.array(cardSchema).min(1).max(LIMITS.cards),
    links: z.array(linkSchema).max(LIMITS.listItems).default([]),
  }),
);

/** The selected cards (in journey order) and the links between them. */
export function buildPayload(map: JourneyMap, cardIds: readonly string[]): CardsPayload | null {
  const ids = new Set(cardIds);
  const cards = cardsInJourneyOrder(map).filter((card) => ids.has(card.id));
  if (cards.length === 0) return null;
  const links = map.links.filter((link) => ids.has(link.from) && ids.has(link.to));
  return { type: CARDS_CLIPBOARD_TYPE, version: 1, cards, links };
}

/** The clipboard text of copied cards (JSON). */
export function serializePayload(payload: CardsPayload): string {
  return JSON.stringify(payload);
}

/** Cards from clipboard text, or null when the text is not (valid) Waymark cards. */
export function parsePayload(text: string | null | undefined): CardsPayload | null {
  if (!text || text.length > 50_000_000) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(value);
  if (!parsed.success) return null;
  return { ...parsed.data, type: CARDS_CLIPBOARD_TYPE, version: 1 };
}

/**
 * Puts copies of the payload's cards into the map. With a `target` cell they all go there (at
 * `index`, or the end), in their copied order; without one each card goes back to its own
 * cell if this map has it (a paste in the same map), else to the first lane of its kind.
 */
export function pasteCards(
  map: JourneyMap,
  payload: Pick<CardsPayload, 'cards' | 'links'>,
  target?: (CellRef & { index?: number }) | null,
): { map: JourneyMap; newIds: string[] } {
  const firstStep = map.phases[0]?.steps[0];
  const firstLane = map.lanes[0];
  if (!firstStep || !firstLane || payload.cards.length === 0) return { map, newIds: [] };
  const copies = pasteableCopies(payload.cards, payload.links);
  const cardIds = new Set([...map.cards.map((c) => c.id), ...copies.cards.map((c) => c.id)]);
  const stepIds = new Set(map.phases.flatMap((p) => p.steps.map((s) => s.id)));
  const laneIds = new Set(map.lanes.map((l) => l.id));
  const placeFor = (card: Card): CellRef => {
    if (target && laneIds.has(target.laneId) && stepIds.has(target.stepId)) return target;
    if (laneIds.has(card.laneId) && stepIds.has(card.stepId)) return card;
    const lane = map.lanes.find((l) => LANE_DEFAULT_CARD_KIND[l.kind] === card.kind) ?? firstLane;
    return { laneId: lane.id, stepId: firstStep.id };
  };
  // Each copy goes to the end of its cell, in payload order.
  const ends = new Map<string, number>();
  const placed = copies.cards.map((card) => {
    const cell = placeFor(card);
    const key = `${cell.laneId}|${cell.stepId}`;
    let end = ends.get(key);
    if (end === undefined) {
      end = -1;
      for (const c of map.cards) {
        if (c.laneId === cell.laneId && c.stepId === cell.stepId) end = Math.max(end, c.order);
      }
    }
    ends.set(key, end + 1);
    const copy = { ...card, laneId: cell.laneId, stepId: cell.stepId, order: end + 1 } as Card;
    // A recommendation may answer a card of another map: keep the link only if it is here.
    if (copy.kind === 'recommendation' && copy.answers !== null && !cardIds.has(copy.answers)) {
      copy.answers = null;
    }
    return copy;
  });
  const newIds = placed.map((c) => c.id);
  let next = renumberCells({
    ...map,
    cards: [...map.cards, ...placed],
    links: [...map.links, ...copies.links],
  });
  if (target && target.index !== undefined) {
    next = moveCards(next, newIds, target);
  }
  return { map: next, newIds };
}
