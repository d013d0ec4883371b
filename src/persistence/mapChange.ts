/**
 * What changed between the last saved map and the current one, found by reference: the store
 * never mutates, so an unchanged card is the very same object.
 */
import type { Card, JourneyMap } from '../domain/schema';
import type { MapShell } from './db';

export interface MapChange {
  /** The whole shell when any non-card field changed, otherwise null. */
  shell: MapShell | null;
  putCards: Card[];
  deletedCardIds: string[];
}

export function shellOf(map: JourneyMap): MapShell {
  const { cards: _cards, ...shell } = map;
  return shell;
}

function shellChanged(before: JourneyMap, after: JourneyMap): boolean {
  for (const key of Object.keys(after) as (keyof JourneyMap)[]) {
    if (key !== 'cards' && before[key] !== after[key]) return true;
  }
  return false;
}

/** The change that turns `before` (or nothing) into `after`. */
export function diffMaps(before: JourneyMap | null, after: JourneyMap): MapChange {
  if (before === null)
    return { shell: shellOf(after), putCards: after.cards.slice(), deletedCardIds: [] };
  if (before === after) return { shell: null, putCards: [], deletedCardIds: [] };
  const shell = shellChanged(before, after) ? shellOf(after) : null;
  if (before.cards === after.cards) return { shell, putCards: [], deletedCardIds: [] };
  const previous = new Map<string, Card>();
  for (const card of before.cards) previous.set(card.id, card);
  const putCards: Card[] = [];
  for (const card of after.cards) {
    if (previous.get(card.id) !== card) putCards.push(card);
    previous.delete(card.id);
  }
  return { shell, putCards, deletedCardIds: [...previous.keys()] };
}

export function isEmptyChange(change: MapChange): boolean {
  return (
    change.shell === null && change.putCards.length === 0 && change.deletedCardIds.length === 0
  );
}
