/**
 * Migrations of the map format, one named step per version. A migration takes the `map` of an
 * envelope at version N (as plain JSON, not yet validated) and returns the map at N + 1.
 * It must never mutate its input: tests run each step on a frozen fixture.
 *
 * Each step has a stored fixture in tests/fixtures/formats/ and a test in
 * tests/unit/migrations.test.ts.
 */

/**
 * One step of the map format, from version `from` to `from + 1`; `up` must not mutate its input.
 */
export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  name: string;
  up: (map: unknown) => unknown;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const V1_EMOTION_SCORES: Record<string, number> = { negative: -1, neutral: 0, positive: 1 };

/** Every migration step, oldest first (each with a fixture in tests/fixtures/formats/). */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    name: 'emotion-labels-to-scores',
    // Format 1 (the first draft) kept a step's emotion as a word: positive / neutral /
    // negative, as the seed reports do. Format 2 uses the five-point −2…+2 scale, so the
    // curve can show "very" positive or negative. Words map to −1, 0, +1.
    up(map) {
      if (!isRecord(map) || !Array.isArray(map.phases)) return map;
      return {
        ...map,
        phases: map.phases.map((phase: unknown) => {
          if (!isRecord(phase) || !Array.isArray(phase.steps)) return phase;
          return {
            ...phase,
            steps: phase.steps.map((step: unknown) => {
              if (!isRecord(step)) return step;
              const { emotion, ...rest } = step;
              const score = typeof emotion === 'string' ? V1_EMOTION_SCORES[emotion] : undefined;
              return { ...rest, emotionScore: score ?? null, emotionSource: 'manual' };
            }),
          };
        }),
      };
    },
  },
  {
    from: 2,
    name: 'plan-themes-in-order',
    // Format 3 adds to recommendations a number, a response and actions, widens their dates to
    // plan dates (a format 2 date `YYYY-MM-DD` is one as it is) and gives the map a list of
    // themes in the user's order. Format 2 summarised themes alphabetically, so the list starts
    // as the themes in use in that order: a format 2 map reads the same. Every other new field
    // has a default.
    up(map) {
      if (!isRecord(map)) return map;
      // A list already there (a stored row written while format 3 was being made) is kept.
      if (Array.isArray(map.themes)) return { ...map };
      const cards = Array.isArray(map.cards) ? map.cards : [];
      const names = new Set<string>();
      for (const card of cards) {
        if (isRecord(card) && card.kind === 'recommendation' && typeof card.theme === 'string') {
          const name = card.theme.trim();
          if (name !== '') names.add(name);
        }
      }
      const used = idsIn(map);
      let next = 1;
      const freshId = () => {
        while (used.has(`theme-${next}`)) next++;
        return `theme-${next++}`;
      };
      const themes = [...names]
        .sort((a, b) => a.localeCompare(b))
        .map((name) => ({ id: freshId(), name, description: '' }));
      return { ...map, themes };
    },
  },
  {
    from: 3,
    name: 'ratings-on-cards-and-steps',
    // Format 4 gives every card and step a rating (a word of the map's scale, null when not
    // rated). Nothing of format 3 changes meaning: cards and steps are written "not rated" in
    // full, so the file says so. The bump is what keeps the ratings safe: a format-3 Waymark
    // ignores keys it does not know and would drop them on its next save, so it refuses a
    // format-4 file instead ("made by a newer version").
    up(map) {
      if (!isRecord(map)) return map;
      const rated = (record: unknown) =>
        isRecord(record) && !('rating' in record) ? { ...record, rating: null } : record;
      return {
        ...map,
        ...(Array.isArray(map.cards) ? { cards: map.cards.map(rated) } : {}),
        ...(Array.isArray(map.phases)
          ? {
              phases: map.phases.map((phase: unknown) =>
                isRecord(phase) && Array.isArray(phase.steps)
                  ? { ...phase, steps: phase.steps.map(rated) }
                  : phase,
              ),
            }
          : {}),
      };
    },
  },
];

/** Every string under an `id` key anywhere in `value` (so a new id never takes one). */
function idsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsIn(item, out);
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'id' && typeof item === 'string') out.add(item);
      else idsIn(item, out);
    }
  }
  return out;
}

/** Runs every step from `fromVersion` up to `toVersion`, in order. */
export function migrateJourneyMap(map: unknown, fromVersion: number, toVersion: number): unknown {
  let current = map;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from format version ${version}`);
    current = step.up(current);
  }
  return current;
}
