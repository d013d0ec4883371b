/**
 * Small builders for journey maps in unit tests: say only what the test is about, and let the
 * builder fill the rest the way a loaded file is filled (every map goes through
 * `journeyMapSchema.parse`, so defaults and cross-reference checks are the app's own).
 *
 *   buildMap({ cards: [card('pain-point', { title: 'Long wait' })] })
 *
 * Everything a builder makes up is deterministic (ids from positions, a fixed time), so two
 * calls give equal maps and a test can name what it built.
 */
import { journeyMapSchema, type JourneyMap, type JourneyMapInput } from '../../src/domain/schema';
import {
  LANE_DEFAULT_CARD_KIND,
  LANE_KIND_LABELS,
  type CardKind,
  type LaneKind,
} from '../../src/domain/vocabulary';

/** The time every built map was created and last edited (ISO 8601), unless a spec says. */
export const BUILT_AT = '2025-03-01T10:00:00.000Z';

/** A card as a file holds it (schema input: fields with defaults may be left out). */
export type CardInput = NonNullable<JourneyMapInput['cards']>[number];
/** The schema input of one card kind. */
export type CardInputOf<K extends CardKind> = Extract<CardInput, { kind: K }>;
/** A lane as a file holds it. */
export type LaneInput = JourneyMapInput['lanes'][number];
/** A phase as a file holds it. */
export type PhaseInput = JourneyMapInput['phases'][number];

/** What `card()` returns: a kind and whatever the test cares about; `buildMap` fills the rest. */
export type CardSpec<K extends CardKind = CardKind> = K extends CardKind
  ? Partial<Omit<CardInputOf<K>, 'kind'>> & { kind: K }
  : never;

/** What `buildMap` takes: any part of a map, with cards given as `card()` specs. */
export type MapSpec = Partial<Omit<JourneyMapInput, 'cards'>> & { cards?: readonly CardSpec[] };

/**
 * A card of `kind` with `overrides`. Left out, `buildMap` gives it the id `<kind>-<position>`,
 * the first lane of its kind's lane (else the first lane), the first step, the next order in
 * its cell and an empty title.
 */
export function card<K extends CardKind>(
  kind: K,
  overrides: Partial<Omit<CardInputOf<K>, 'kind'>> = {},
): CardSpec<K> {
  return { ...overrides, kind } as CardSpec<K>;
}

/** A lane of `kind`, with the id `l-<kind>` and the kind's label as its name unless overridden. */
export function lane(kind: LaneKind, overrides: Partial<LaneInput> = {}): LaneInput {
  return { id: `l-${kind}`, name: LANE_KIND_LABELS[kind], kind, ...overrides };
}

/**
 * A phase named `name` holding `steps` (titles, or step inputs). Step ids default to
 * `<phase id>-s<n>` (1-based); the phase id defaults to `p-<name in lower case>`.
 */
export function phase(
  name: string,
  steps: readonly (string | PhaseInput['steps'][number])[],
  overrides: Partial<Omit<PhaseInput, 'steps'>> = {},
): PhaseInput {
  const id = overrides.id ?? `p-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return {
    id,
    name,
    ...overrides,
    steps: steps.map((step, i) =>
      typeof step === 'string' ? { id: `${id}-s${i + 1}`, title: step } : step,
    ),
  };
}

/** The grid a spec gets when it gives none: one phase with one step, and three lanes. */
export const DEFAULT_PHASES: readonly PhaseInput[] = [
  { id: 'p1', name: 'Phase 1', steps: [{ id: 's1', title: 'Step 1' }] },
];
/** Lanes a spec gets when it gives none: touchpoints, pain points and a custom lane. */
export const DEFAULT_LANES: readonly LaneInput[] = [
  lane('touchpoints'),
  lane('pain-points'),
  lane('custom'),
];

/**
 * A valid journey map from `spec`: defaults for the map (id `map-1`, title `Test map`, created
 * and updated at `BUILT_AT`, the default grid) and for each card (see `card`). Throws the
 * schema's error when the result is not a valid map (a card in a lane that does not exist).
 */
export function buildMap(spec: MapSpec = {}): JourneyMap {
  const phases = spec.phases ?? DEFAULT_PHASES;
  const lanes = spec.lanes ?? DEFAULT_LANES;
  const firstStep = phases[0]?.steps[0]?.id;
  const orders = new Map<string, number>();
  const cards = (spec.cards ?? []).map((c, i): CardInput => {
    const laneId =
      c.laneId ??
      lanes.find((l) => LANE_DEFAULT_CARD_KIND[l.kind] === c.kind)?.id ??
      lanes[0]?.id ??
      'no-lane';
    const stepId = c.stepId ?? firstStep ?? 'no-step';
    const cell = `${laneId}/${stepId}`;
    const order = c.order ?? orders.get(cell) ?? 0;
    orders.set(cell, Math.max(orders.get(cell) ?? 0, order + 1));
    return { title: '', ...c, id: c.id ?? `${c.kind}-${i}`, laneId, stepId, order } as CardInput;
  });
  return journeyMapSchema.parse({
    id: 'map-1',
    title: 'Test map',
    createdAt: BUILT_AT,
    updatedAt: BUILT_AT,
    ...spec,
    phases,
    lanes,
    cards,
  });
}
