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
];

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
