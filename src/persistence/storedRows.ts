/**
 * The rows a map is written as (db.ts), each part and card validated on its own as it is
 * written and stamped with its checksum, so that opening the map again can trust it
 * (storedMap.ts). A row that fails its check is still written, unstamped: nothing the user
 * typed is dropped, and the next open validates the whole map and names the problem.
 */
import type { Card, JourneyMap } from '../domain/schema';
import { checksumOf } from './checksum';
import type { CardRow, MapMetaRow, MapSummary, PartRow } from './db';
import { APP_VERSION, CURRENT_FORMAT_VERSION } from './format';
import { partsOf, validateCard, validatePart, type MapPart } from './mapParts';

/**
 * How much a row is checked as it is written: 'validate' runs its zod schema first;
 * 'validated' trusts the caller (the whole map was validated a moment ago).
 */
export type WriteCheck = 'validate' | 'validated';

/** A part as written: validated and checksummed, or kept as it is with `check: null`. */
export function partRowOf(mapId: string, part: MapPart, mode: WriteCheck = 'validate'): PartRow {
  if (mode === 'validated') return { mapId, ...part, check: checksumOf(part.value) };
  const result = validatePart(part.key, part.value);
  return result.ok
    ? { mapId, key: part.key, value: result.value, check: checksumOf(result.value) }
    : { mapId, ...part, check: null };
}

/** A card as written (see partRowOf). */
export function cardRowOf(mapId: string, card: Card, mode: WriteCheck = 'validate'): CardRow {
  if (mode === 'validated') return { mapId, id: card.id, card, check: checksumOf(card) };
  const result = validateCard(card);
  return result.ok
    ? { mapId, id: card.id, card: result.value as Card, check: checksumOf(result.value) }
    : { mapId, id: card.id, card, check: null };
}

/** Whether every row was stamped, so the meta row can say this version checked the map. */
export const allChecked = (rows: readonly { check?: number | null }[]) =>
  rows.every((row) => typeof row.check === 'number');

/** The library's summary of a map. */
export function summaryOf(
  map: JourneyMap,
  sizeBytes: number,
  deletedAt: string | null = null,
): MapSummary {
  return {
    id: map.id,
    title: map.title,
    createdAt: map.createdAt,
    updatedAt: map.updatedAt,
    deletedAt,
    cardCount: map.cards.length,
    sizeBytes,
    currentStateMapId: map.currentStateMapId,
  };
}

/** Size of a map as JSON, for the library's size column, in bytes (UTF-8). */
export function measureMap(map: JourneyMap): number {
  return new Blob([JSON.stringify(map)]).size;
}

/** Every row of one map: summary, meta row, parts and cards. */
export interface StoredRows {
  summary: MapSummary;
  meta: MapMetaRow;
  parts: PartRow[];
  cards: CardRow[];
}

/**
 * Every row of a whole map, as `create` writes it (and as bench/run.mjs seeds a map, so the
 * benchmark opens what a user's browser would hold).
 */
export function storedRowsOf(
  map: JourneyMap,
  options: {
    revision?: number;
    deletedAt?: string | null;
    sizeBytes?: number;
    check?: WriteCheck;
  } = {},
): StoredRows {
  const mode = options.check ?? 'validate';
  const parts = partsOf(map).map((part) => partRowOf(map.id, part, mode));
  const cards = map.cards.map((card) => cardRowOf(map.id, card, mode));
  return {
    summary: summaryOf(map, options.sizeBytes ?? measureMap(map), options.deletedAt ?? null),
    meta: {
      id: map.id,
      formatVersion: CURRENT_FORMAT_VERSION,
      appVersion: APP_VERSION,
      checkedBy: allChecked(parts) && allChecked(cards) ? APP_VERSION : null,
      revision: options.revision ?? 1,
      updatedAt: map.updatedAt,
    },
    parts,
    cards,
  };
}
