/**
 * Personas: who is travelling the journey. Pure edits (add, update, delete, move) and the
 * deterministic generated avatar (initials and colour) used when a persona has no photo.
 */
import { newId } from './ids';
import { personaSchema, type JourneyMap, type Persona } from './schema';

/** A change of a persona: any of its fields but the id. */
export type PersonaFields = Partial<Omit<Persona, 'id'>>;

/** The four lists of a persona, in the order of a persona card, with their UI words. */
export const PERSONA_LISTS = [
  { key: 'demographics', label: 'Demographics', item: 'demographic' },
  { key: 'behaviours', label: 'Behaviours', item: 'behaviour' },
  { key: 'needsAndChallenges', label: 'Needs & challenges', item: 'need or challenge' },
  { key: 'goalsAndMotivations', label: 'Goals & motivations', item: 'goal or motivation' },
] as const;
/** The field of one of a persona's four lists (`demographics`, `behaviours` …). */
export type PersonaListKey = (typeof PERSONA_LISTS)[number]['key'];

/**
 * A new persona with every field filled (the schema's defaults). Without a picture it gets a
 * generated avatar seeded by its id, so its colour never changes when it is renamed.
 */
export function createPersona(fields: PersonaFields & { id?: string } = {}): Persona {
  const id = fields.id ?? newId();
  return personaSchema.parse({
    name: 'New persona',
    picture: { kind: 'avatar', seed: id },
    ...fields,
    id,
  });
}

/** Adds a persona at `index` (default: the end). */
export function addPersona(
  map: JourneyMap,
  fields: PersonaFields & { id?: string; index?: number } = {},
): JourneyMap {
  const { index, ...rest } = fields;
  const personas = map.personas.slice();
  const at = index === undefined ? personas.length : Math.max(0, Math.min(index, personas.length));
  personas.splice(at, 0, createPersona(rest));
  return { ...map, personas };
}

/** Changes fields of a persona; the same map when there is no such persona. */
export function updatePersona(
  map: JourneyMap,
  personaId: string,
  patch: PersonaFields,
): JourneyMap {
  if (!map.personas.some((p) => p.id === personaId)) return map;
  return {
    ...map,
    personas: map.personas.map((p) => (p.id === personaId ? { ...p, ...patch } : p)),
  };
}

/** Deletes a persona; the same map when there is no such persona. */
export function deletePersona(map: JourneyMap, personaId: string): JourneyMap {
  if (!map.personas.some((p) => p.id === personaId)) return map;
  return { ...map, personas: map.personas.filter((p) => p.id !== personaId) };
}

/** Moves a persona to `toIndex` (clamped to the list). */
export function movePersona(map: JourneyMap, personaId: string, toIndex: number): JourneyMap {
  const from = map.personas.findIndex((p) => p.id === personaId);
  const to = Math.max(0, Math.min(toIndex, map.personas.length - 1));
  if (from < 0 || from === to) return map;
  const personas = map.personas.slice();
  const [persona] = personas.splice(from, 1);
  if (!persona) return map;
  personas.splice(to, 0, persona);
  return { ...map, personas };
}

// ─── Generated avatar ────────────────────────────────────────────────────────────────────

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Up to two initials from a name: "Older tenant moving in" → "OT"; "" → "?". */
export function personaInitials(name: string): string {
  const words = name
    .split(/[\s\-–—_/]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => w !== '');
  // The first grapheme, not code point: an accent, a vowel sign or a skin tone stays on.
  const first = (word: string) =>
    graphemeSegmenter.segment(word)[Symbol.iterator]().next().value?.segment ?? '';
  const letters = words.slice(0, 2).map(first);
  return letters.join('').toLocaleUpperCase() || '?';
}

/**
 * Background colours of generated avatars: each carries white text at a contrast ratio of at
 * least 4.5:1.
 */
export const AVATAR_COLOURS = [
  '#1f4e79',
  '#7a2e8c',
  '#0f6e5a',
  '#a23c12',
  '#3b4a9e',
  '#8a1f48',
  '#35632b',
  '#5b4636',
] as const;

/** FNV-1a: a small, stable string hash, so the same seed always gives the same colour. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The avatar colour for a seed (deterministic). */
export function avatarColour(seed: string): string {
  return AVATAR_COLOURS[hash(seed) % AVATAR_COLOURS.length] ?? AVATAR_COLOURS[0];
}
