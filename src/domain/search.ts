/**
 * Finding cards by their text. Matches come in journey order, so "next" walks the map the
 * way a reader does.
 */
import { cardsInJourneyOrder } from './painPoints';
import type { Card, JourneyMap } from './schema';
import { CARD_KIND_LABELS, CHANNEL_LABELS } from './vocabulary';

/** Every piece of text of a card a search should look at. */
export function searchableText(card: Card): string {
  const parts: string[] = [card.title, card.description, ...card.tags, CARD_KIND_LABELS[card.kind]];
  if (card.momentOfTruth) parts.push(card.momentOfTruth.reason);
  switch (card.kind) {
    case 'touchpoint':
      parts.push(CHANNEL_LABELS[card.channel]);
      break;
    case 'evidence':
      parts.push(card.source, ...card.quotes.map((q) => q.text));
      break;
    case 'recommendation':
      parts.push(card.why, card.theme, card.owner, ...card.progress.map((p) => p.text));
      break;
    case 'metric':
      parts.push(card.unit);
      break;
    default:
      break;
  }
  return parts.join('\n').toLowerCase();
}

const textCache = new WeakMap<Card, string>();

function cachedText(card: Card): string {
  let text = textCache.get(card);
  if (text === undefined) {
    text = searchableText(card);
    textCache.set(card, text);
  }
  return text;
}

/** Ids of the cards whose text contains every word of `query`, in journey order. */
export function findMatches(map: JourneyMap, query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return cardsInJourneyOrder(map)
    .filter((card) => {
      const text = cachedText(card);
      return words.every((word) => text.includes(word));
    })
    .map((card) => card.id);
}
