/**
 * Test support: small generated journey maps (one to three phases of one or two steps, one to
 * three lanes, one to five cards, maybe an open vote round), so that three clients editing at random
 * often meet on the same records. Ids are fixed ("p0", "p0s1", "l2", "k3"), so a run replays.
 */
import fc from 'fast-check';
import { createCard } from '../../../domain/cards';
import { newLane, newStep } from '../../../domain/edits';
import { journeyMapSchema, type JourneyMap } from '../../../domain/schema';
import { CARD_KINDS, LANE_KINDS } from '../../../domain/vocabulary';

/** What a small map is made of. */
export interface SmallMapShape {
  stepsPerPhase: number[];
  lanes: (typeof LANE_KINDS)[number][];
  cards: { lane: number; step: number; kind: (typeof CARD_KINDS)[number] }[];
  /** The card kinds of an open vote round, or null for none. */
  round: (typeof CARD_KINDS)[number][] | null;
}

/** Shapes of small maps. */
export const smallMapShape: fc.Arbitrary<SmallMapShape> = fc.record({
  stepsPerPhase: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 3 }),
  lanes: fc.array(fc.constantFrom(...LANE_KINDS), { minLength: 1, maxLength: 3 }),
  cards: fc.array(
    fc.record({ lane: fc.nat(5), step: fc.nat(5), kind: fc.constantFrom(...CARD_KINDS) }),
    { minLength: 1, maxLength: 5 },
  ),
  round: fc.option(fc.subarray([...CARD_KINDS], { minLength: 1 })),
});

const CREATED = '2026-03-01T08:00:00.000Z';

/** The map a shape describes (valid: checked with journeyMapSchema). */
export function buildSmallMap(shape: SmallMapShape): JourneyMap {
  const phases = shape.stepsPerPhase.map((count, p) => ({
    id: `p${p}`,
    name: `Phase ${p}`,
    description: '',
    startDate: null,
    endDate: null,
    steps: Array.from({ length: count }, (_, s) => newStep(`Step ${p}.${s}`, `p${p}s${s}`)),
  }));
  const steps = phases.flatMap((phase) => phase.steps);
  const lanes = shape.lanes.map((kind, l) => newLane(kind, undefined, `l${l}`));
  const cards = shape.cards.map(({ lane, step, kind }, k) =>
    createCard(
      kind,
      {
        laneId: lanes[lane % lanes.length]?.id ?? 'l0',
        stepId: steps[step % steps.length]?.id ?? 'p0s0',
        order: k,
      },
      { id: `k${k}`, title: `Card ${k}` },
    ),
  );
  return journeyMapSchema.parse({
    id: 'small-map',
    title: 'Small map',
    createdAt: CREATED,
    updatedAt: CREATED,
    phases,
    lanes,
    cards,
    voteRounds: shape.round
      ? [
          {
            id: 'round0',
            question: 'Worst?',
            votesPerParticipant: 1,
            cardKinds: shape.round,
            createdAt: CREATED,
          },
        ]
      : [],
  });
}
