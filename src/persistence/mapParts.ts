/**
 * How a journey map is cut into stored parts, so that a save writes only the parts that changed.
 *
 *   details      the map's own fields (title, description, service, status, tags, dates…),
 *                without id (the row key) and updatedAt (in the meta row, see db.ts)
 *   settings     the display settings
 *   grid         phases (with their steps) and lanes: what every card points into
 *   personas     the order of the personas: a list of persona ids
 *   persona:<id> one persona, its picture left out (`picture: null` keeps the field's place)
 *   picture:<id> that persona's picture (up to 3 MB), present only when it has one
 *   research, links, comments, voteRounds   one list each
 *
 * Cards are not parts: each card has a row of its own (db.ts `cards`).
 *
 * Splitting and assembling are tolerant of any shape, so that a stored map of an older format
 * (or a damaged one) survives the trip unchanged and is then migrated and validated as a whole.
 */
import { z } from 'zod';
import {
  cardSchema,
  idSchema,
  journeyMapSchema,
  mapSettingsSchema,
  personaSchema,
  pictureSchema,
  type JourneyMap,
  type Persona,
} from '../domain/schema';

/** One stored part of a map: its key (see the module comment) and its value. */
export interface MapPart {
  key: string;
  value: unknown;
}

/** The key of the part holding the map's own fields. */
export const DETAILS = 'details';
/** The key of the part holding phases (with steps) and lanes. */
export const GRID = 'grid';
/** The key of the part holding the persona ids in order. */
export const PERSONA_ORDER = 'personas';
/** Map fields stored as one part each, under their own name. */
export const LIST_PARTS = ['settings', 'research', 'links', 'comments', 'voteRounds'] as const;
type ListPart = (typeof LIST_PARTS)[number];

/** The parts every stored map has (persona and picture parts come and go with personas). */
export const REQUIRED_PARTS: readonly string[] = [DETAILS, GRID, PERSONA_ORDER, ...LIST_PARTS];

/** The key of one persona's part. */
export const personaKey = (personaId: string) => `persona:${personaId}`;
/** The key of one persona's picture part. */
export const pictureKey = (personaId: string) => `picture:${personaId}`;

/** Map fields that are not kept in the details part. */
const NOT_DETAILS: ReadonlySet<string> = new Set([
  'id',
  'updatedAt',
  'cards',
  'personas',
  'phases',
  'lanes',
  ...LIST_PARTS,
]);

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asRecord = (value: unknown): Json => (isRecord(value) ? value : {});

/** The details part of a map: every field that no other part or row holds. */
export function detailsOf(map: Json): Json {
  const details: Json = {};
  for (const key of Object.keys(map)) if (!NOT_DETAILS.has(key)) details[key] = map[key];
  return details;
}

/** Whether the details of `after` differ from those of `before` (by reference, field by field). */
export function detailsChanged(before: Json, after: Json): boolean {
  for (const key of Object.keys(after)) {
    if (!NOT_DETAILS.has(key) && before[key] !== after[key]) return true;
  }
  for (const key of Object.keys(before)) {
    if (!NOT_DETAILS.has(key) && !(key in after)) return true;
  }
  return false;
}

/** A persona as stored in its `persona:<id>` row: its picture lives in a part of its own. */
export function personaRowOf(persona: Persona | Json): Json {
  return { ...persona, picture: null };
}

/** Whether anything but the picture changed between two versions of a persona. */
export function personaFieldsChanged(before: Persona, after: Persona): boolean {
  for (const key of Object.keys(after) as (keyof Persona)[]) {
    if (key !== 'picture' && before[key] !== after[key]) return true;
  }
  return Object.keys(before).length !== Object.keys(after).length;
}

/** Persona ids usable as part keys: every persona an object with its own distinct text id. */
function splittablePersonaIds(personas: unknown): string[] | null {
  if (!Array.isArray(personas)) return null;
  const ids: string[] = [];
  for (const persona of personas) {
    if (!isRecord(persona) || typeof persona.id !== 'string') return null;
    ids.push(persona.id);
  }
  return new Set(ids).size === ids.length ? ids : null;
}

/** The persona parts of a map: the order, and one row (plus a picture row) per persona. */
function personaPartsOf(personas: unknown): MapPart[] {
  const ids = splittablePersonaIds(personas);
  // A list that cannot be split by id (only a damaged map) is kept whole in the order part.
  if (ids === null) return [{ key: PERSONA_ORDER, value: personas }];
  const parts: MapPart[] = [{ key: PERSONA_ORDER, value: ids }];
  for (const persona of personas as Json[]) {
    const id = persona.id as string;
    parts.push({ key: personaKey(id), value: personaRowOf(persona) });
    const picture = persona.picture;
    if (picture !== null && picture !== undefined)
      parts.push({ key: pictureKey(id), value: picture });
  }
  return parts;
}

/**
 * Every part of a map (any shape: a valid map, or the shell of an older stored format).
 * The cards are not included.
 */
export function partsOf(map: JourneyMap | Json): MapPart[] {
  const raw = map as Json;
  const parts: MapPart[] = [
    { key: DETAILS, value: detailsOf(raw) },
    { key: GRID, value: { phases: raw.phases, lanes: raw.lanes } },
  ];
  for (const key of LIST_PARTS) parts.push({ key, value: raw[key] });
  parts.push(...personaPartsOf(raw.personas));
  return parts;
}

/** The persona list from the persona parts (tolerant: missing rows stay missing). */
function assemblePersonas(parts: ReadonlyMap<string, unknown>): unknown {
  const order = parts.get(PERSONA_ORDER);
  if (!Array.isArray(order) || !order.every((id) => typeof id === 'string')) return order;
  return order.map((id: string) => {
    const row = parts.get(personaKey(id));
    if (!isRecord(row)) return row;
    return { ...row, picture: parts.get(pictureKey(id)) ?? null };
  });
}

/**
 * Puts a map back together from its parts and cards, in the schema's field order. Missing
 * parts come out as missing fields, for validation to name (nothing is cast or checked here).
 */
export function assembleMap(
  mapId: string,
  updatedAt: unknown,
  parts: ReadonlyMap<string, unknown>,
  cards: unknown[],
): Json {
  const grid = parts.get(GRID);
  const field = (key: ListPart) => parts.get(key);
  // The row key and the meta row decide these two, whatever a damaged details part says.
  const { id: _id, updatedAt: _updatedAt, ...details } = asRecord(parts.get(DETAILS));
  return {
    id: mapId,
    ...details,
    updatedAt,
    settings: field('settings'),
    personas: assemblePersonas(parts),
    research: field('research'),
    phases: isRecord(grid) ? grid.phases : undefined,
    lanes: isRecord(grid) ? grid.lanes : undefined,
    cards,
    links: field('links'),
    comments: field('comments'),
    voteRounds: field('voteRounds'),
  };
}

// ─── Validation of one row at write time ─────────────────────────────────────────────────

/** The schema of each part (built on first use, as the model's schemas are: lazySchema.ts). */
let partSchemas: Record<string, z.ZodType> | null = null;
function partSchemasOf(): Record<string, z.ZodType> {
  if (partSchemas) return partSchemas;
  const shape = journeyMapSchema.shape;
  const details = Object.entries(shape).filter(([key]) => !NOT_DETAILS.has(key));
  partSchemas = {
    [DETAILS]: z.object(Object.fromEntries(details)),
    [GRID]: z.object({ phases: shape.phases, lanes: shape.lanes }),
    [PERSONA_ORDER]: z.array(idSchema).max(100),
    settings: mapSettingsSchema,
    research: shape.research,
    links: shape.links,
    comments: shape.comments,
    voteRounds: shape.voteRounds,
  };
  return partSchemas;
}

/** What a write-time check found: the value as validated (defaults filled), or that it failed. */
export type RowCheck = { ok: true; value: unknown } | { ok: false };

/**
 * Validates one part on its own (its fields, formats and limits; references to other rows are
 * checked when the map is opened). Unknown keys never pass.
 */
export function validatePart(key: string, value: unknown): RowCheck {
  const schema =
    partSchemasOf()[key] ??
    (key.startsWith('persona:') ? personaSchema : undefined) ??
    (key.startsWith('picture:') ? pictureSchema : undefined);
  const result = schema?.safeParse(value);
  return result?.success ? { ok: true, value: result.data } : { ok: false };
}

/** Validates one card on its own (see validatePart). */
export function validateCard(card: unknown): RowCheck {
  const result = cardSchema.safeParse(card);
  return result.success ? { ok: true, value: result.data } : { ok: false };
}
