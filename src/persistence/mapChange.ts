/**
 * What changed between the last saved map and the current one, found by reference: the store
 * never mutates, so an unchanged card, list or persona is the very same object. A change names
 * the stored parts (mapParts.ts) and cards to write, so typing in a card title writes that
 * card and nothing of the rest (persona pictures least of all).
 */
import type { Card, JourneyMap, Persona } from '../domain/schema';
import type { MapShell } from './db';
import {
  DETAILS,
  GRID,
  LIST_PARTS,
  PERSONA_ORDER,
  detailsChanged,
  detailsOf,
  partsOf,
  personaFieldsChanged,
  personaKey,
  personaRowOf,
  pictureKey,
  type MapPart,
} from './mapParts';

/** What a save writes: parts and cards to put or delete, and the new last-edited time. */
export interface MapChange {
  /** Parts of the map outside its cards whose content changed, with their new values. */
  putParts: MapPart[];
  /** Parts that are gone (a removed persona, a picture taken away). */
  deletedPartKeys: string[];
  putCards: Card[];
  deletedCardIds: string[];
  /** The map's new last-edited time when it changed, otherwise null. */
  updatedAt: string | null;
  /**
   * The whole shell (the map without its cards) when any part of it changed, otherwise null.
   * A new `updatedAt` alone does not count: it is always 24 characters, so a size estimate
   * kept from the last shell stays right. Storage does not read it: it writes `putParts`.
   */
  shell: MapShell | null;
}

/** The map without its cards (a shallow copy: no field is copied). */
export function shellOf(map: JourneyMap): MapShell {
  const { cards: _cards, ...shell } = map;
  return shell;
}

function personaChanges(before: Persona[], after: Persona[], put: MapPart[], deleted: string[]) {
  const previous = new Map<string, Persona>();
  for (const persona of before) previous.set(persona.id, persona);
  const orderChanged =
    before.length !== after.length || after.some((persona, i) => persona.id !== before[i]?.id);
  if (orderChanged) put.push({ key: PERSONA_ORDER, value: after.map((persona) => persona.id) });
  for (const persona of after) {
    const old = previous.get(persona.id);
    previous.delete(persona.id);
    if (old === persona) continue;
    if (!old || personaFieldsChanged(old, persona)) {
      put.push({ key: personaKey(persona.id), value: personaRowOf(persona) });
    }
    if (old?.picture === persona.picture) continue;
    if (persona.picture !== null) put.push({ key: pictureKey(persona.id), value: persona.picture });
    else if (old) deleted.push(pictureKey(persona.id));
  }
  for (const id of previous.keys()) deleted.push(personaKey(id), pictureKey(id));
}

/** The parts of `after` that differ from `before`, and the parts that are gone. */
function partChanges(before: JourneyMap, after: JourneyMap) {
  const put: MapPart[] = [];
  const deleted: string[] = [];
  if (detailsChanged(before, after)) put.push({ key: DETAILS, value: detailsOf(after) });
  if (before.phases !== after.phases || before.lanes !== after.lanes) {
    put.push({ key: GRID, value: { phases: after.phases, lanes: after.lanes } });
  }
  for (const key of LIST_PARTS) {
    if (before[key] !== after[key]) put.push({ key, value: after[key] });
  }
  if (before.personas !== after.personas) {
    personaChanges(before.personas, after.personas, put, deleted);
  }
  return { put, deleted };
}

/** The change that turns `before` (or nothing) into `after`. */
export function diffMaps(before: JourneyMap | null, after: JourneyMap): MapChange {
  if (before === null) {
    return {
      putParts: partsOf(after),
      deletedPartKeys: [],
      putCards: after.cards.slice(),
      deletedCardIds: [],
      updatedAt: after.updatedAt,
      shell: shellOf(after),
    };
  }
  const updatedAt = before.updatedAt === after.updatedAt ? null : after.updatedAt;
  if (before === after) {
    return {
      putParts: [],
      deletedPartKeys: [],
      putCards: [],
      deletedCardIds: [],
      updatedAt,
      shell: null,
    };
  }
  const parts = partChanges(before, after);
  const shell = parts.put.length > 0 || parts.deleted.length > 0 ? shellOf(after) : null;
  const change = { putParts: parts.put, deletedPartKeys: parts.deleted, updatedAt, shell };
  if (before.cards === after.cards) return { ...change, putCards: [], deletedCardIds: [] };
  const previous = new Map<string, Card>();
  for (const card of before.cards) previous.set(card.id, card);
  const putCards: Card[] = [];
  for (const card of after.cards) {
    if (previous.get(card.id) !== card) putCards.push(card);
    previous.delete(card.id);
  }
  return { ...change, putCards, deletedCardIds: [...previous.keys()] };
}

/** Whether a change has nothing to write (not even a new last-edited time). */
export function isEmptyChange(change: MapChange): boolean {
  return (
    change.putParts.length === 0 &&
    change.deletedPartKeys.length === 0 &&
    change.putCards.length === 0 &&
    change.deletedCardIds.length === 0 &&
    change.updatedAt === null
  );
}
