/**
 * Moments of truth: the few points where the customer decides whether they are satisfied. A
 * step or a card carries the mark (`momentOfTruth: { reason }`); this module lists them in
 * journey order and sets or clears the mark.
 */
import { findStep } from './edits';
import { stepNameAt } from './names';
import { journeyOrderComparator } from './painPoints';
import type { Card, JourneyMap } from './schema';

/** What can be a moment of truth: a step or a card, by id. */
export type MomentOfTruthTarget = { kind: 'step' | 'card'; id: string };

/** One moment of truth of the map, with where it is and why. */
export interface MomentOfTruthEntry {
  kind: 'step' | 'card';
  /** The step's or the card's id. */
  id: string;
  /** The card's title, or the step's name (its title, or the stand-in of names.ts). */
  title: string;
  reason: string;
  phaseId: string;
  phaseName: string;
  stepId: string;
  /** The step's name (its title, or the stand-in of names.ts). */
  stepTitle: string;
  /** For a card: its lane and kind. */
  laneName: string | null;
  cardKind: Card['kind'] | null;
}

/** Most maps have one to three; more is worth a second look (DOMAIN.md). */
export const USUAL_MOMENTS_OF_TRUTH = 3;

/**
 * Every moment of truth in journey order: phase by phase, step by step; within a step the step
 * itself first, then its cards by lane (top to bottom) and by order in the cell.
 */
export function momentsOfTruthInOrder(map: JourneyMap): MomentOfTruthEntry[] {
  // The same journey order as the pain point numbers (src/domain/painPoints.ts).
  const markedCards = map.cards
    .filter((card) => card.momentOfTruth !== null)
    .sort(journeyOrderComparator(map));
  const cardsByStep = new Map<string, Card[]>();
  for (const card of markedCards) {
    const list = cardsByStep.get(card.stepId);
    if (list) list.push(card);
    else cardsByStep.set(card.stepId, [card]);
  }
  const laneNames = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
  const out: MomentOfTruthEntry[] = [];
  for (const phase of map.phases) {
    for (const [index, step] of phase.steps.entries()) {
      const name = stepNameAt(phase, index);
      const place = {
        phaseId: phase.id,
        phaseName: phase.name,
        stepId: step.id,
        stepTitle: name,
      };
      if (step.momentOfTruth) {
        out.push({
          kind: 'step',
          id: step.id,
          title: name,
          reason: step.momentOfTruth.reason,
          ...place,
          laneName: null,
          cardKind: null,
        });
      }
      for (const card of cardsByStep.get(step.id) ?? []) {
        out.push({
          kind: 'card',
          id: card.id,
          title: card.title,
          reason: card.momentOfTruth?.reason ?? '',
          ...place,
          laneName: laneNames.get(card.laneId) ?? null,
          cardKind: card.kind,
        });
      }
    }
  }
  return out;
}

/**
 * Marks a step or a card as a moment of truth with a reason, or clears the mark when `reason`
 * is null. Returns the same map when nothing changes (or the target does not exist).
 */
export function setMomentOfTruth(
  map: JourneyMap,
  target: MomentOfTruthTarget,
  reason: string | null,
): JourneyMap {
  const mark = reason === null ? null : { reason };
  if (target.kind === 'step') {
    const found = findStep(map, target.id);
    if (!found || sameMark(found.step.momentOfTruth, mark)) return map;
    return {
      ...map,
      phases: map.phases.map((phase) =>
        phase.id === found.phase.id
          ? {
              ...phase,
              steps: phase.steps.map((s) =>
                s.id === target.id ? { ...s, momentOfTruth: mark } : s,
              ),
            }
          : phase,
      ),
    };
  }
  const card = map.cards.find((c) => c.id === target.id);
  if (!card || sameMark(card.momentOfTruth, mark)) return map;
  return {
    ...map,
    cards: map.cards.map((c) => (c.id === target.id ? { ...c, momentOfTruth: mark } : c)),
  };
}

function sameMark(a: { reason: string } | null, b: { reason: string } | null): boolean {
  return a === null || b === null ? a === b : a.reason === b.reason;
}
