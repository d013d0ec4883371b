/**
 * Test support: small generated journey maps (one to three phases of one or two steps, one to
 * three lanes, one to five cards, maybe an open vote round), so that three clients editing at random
 * often meet on the same records. Ids are fixed ("p0", "p0s1", "l2", "k3"), so a run replays.
 */
import fc from 'fast-check';
import type { JourneyMap } from '../../../domain/schema';
import { CARD_KINDS, LANE_KINDS } from '../../../domain/vocabulary';
import { BUILT_AT, buildMap, card, lane, phase } from '../../../../tests/builders';

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

/** The map a shape describes (built by tests/builders: valid, or it throws). */
export function buildSmallMap(shape: SmallMapShape): JourneyMap {
  const phases = shape.stepsPerPhase.map((count, p) =>
    phase(
      `Phase ${p}`,
      Array.from({ length: count }, (_, s) => ({ id: `p${p}s${s}`, title: `Step ${p}.${s}` })),
      { id: `p${p}` },
    ),
  );
  const steps = phases.flatMap((p) => p.steps);
  const lanes = shape.lanes.map((kind, l) => lane(kind, { id: `l${l}` }));
  return buildMap({
    id: 'small-map',
    title: 'Small map',
    phases,
    lanes,
    cards: shape.cards.map(({ lane: l, step, kind }, k) =>
      card(kind, {
        id: `k${k}`,
        title: `Card ${k}`,
        laneId: lanes[l % lanes.length]?.id,
        stepId: steps[step % steps.length]?.id,
      }),
    ),
    voteRounds: shape.round
      ? [
          {
            id: 'round0',
            question: 'Worst?',
            votesPerParticipant: 1,
            cardKinds: shape.round,
            createdAt: BUILT_AT,
          },
        ]
      : [],
  });
}
