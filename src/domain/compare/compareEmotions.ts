/**
 * The two emotion curves of a comparison, step by step: every step of either map in journey
 * order (the later map's order, with steps only the earlier map has put back after the step
 * they followed), each with its point before and after as the curve shows it (stepEmotion.ts:
 * its own score, else its emotion cards'; −2 … +2, null for a gap) and the change.
 */
import { stepDisplayNames } from '../names';
import { stepEmotion } from '../stepEmotion';
import type { JourneyMap, Step } from '../schema';

/** One step of the two curves. */
export interface EmotionStep {
  stepId: string;
  /** The step's name (the later map's, else the earlier's). */
  title: string;
  /** The phase it is in (the later map's, else the earlier's). */
  phase: string;
  /** −2 … +2 in the earlier map; null when it has no score or no such step. */
  before: number | null;
  after: number | null;
  /** after − before when both have a score; null otherwise. */
  delta: number | null;
  /** Which maps have the step. */
  in: 'both' | 'before' | 'after';
}

/** The curves compared: the steps, and a summary of how the scores moved. */
export interface EmotionComparison {
  steps: EmotionStep[];
  /** Mean score of the scored steps, before and after; null when no step has one. */
  averageBefore: number | null;
  averageAfter: number | null;
  /** Steps scored in both maps whose score went up, and down. */
  improved: number;
  worsened: number;
}

interface Placed {
  step: Step;
  phase: string;
}

function stepsOf(map: JourneyMap): Placed[] {
  return map.phases.flatMap((phase) => phase.steps.map((step) => ({ step, phase: phase.name })));
}

/** Step ids of both maps in one journey order (see the module comment). */
export function mergedStepOrder(before: readonly string[], after: readonly string[]): string[] {
  const order = [...after];
  const present = new Set(after);
  let previous: string | null = null;
  for (const id of before) {
    if (!present.has(id)) {
      const at = previous === null ? 0 : order.indexOf(previous) + 1;
      order.splice(at, 0, id);
      present.add(id);
    }
    previous = id;
  }
  return order;
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

/** Compares the emotion curves of an earlier and a later map. */
export function compareEmotions(before: JourneyMap, after: JourneyMap): EmotionComparison {
  const earlier = new Map(stepsOf(before).map((p) => [p.step.id, p]));
  const later = new Map(stepsOf(after).map((p) => [p.step.id, p]));
  const earlierNames = stepDisplayNames(before.phases);
  const laterNames = stepDisplayNames(after.phases);
  const order = mergedStepOrder([...earlier.keys()], [...later.keys()]);
  const steps: EmotionStep[] = order.map((stepId) => {
    const a = earlier.get(stepId);
    const b = later.get(stepId);
    // The point the curve shows (stepEmotion.ts): the step's own score, else its emotion cards'.
    const scoreBefore = a ? stepEmotion(a.step, before.cards).score : null;
    const scoreAfter = b ? stepEmotion(b.step, after.cards).score : null;
    return {
      stepId,
      title: laterNames.get(stepId) ?? earlierNames.get(stepId) ?? '',
      phase: b?.phase ?? a?.phase ?? '',
      before: scoreBefore,
      after: scoreAfter,
      delta: scoreBefore !== null && scoreAfter !== null ? scoreAfter - scoreBefore : null,
      in: a && b ? 'both' : a ? 'before' : 'after',
    };
  });
  const scored = (side: 'before' | 'after') =>
    steps.flatMap((s) => (s[side] === null ? [] : [s[side]]));
  return {
    steps,
    averageBefore: mean(scored('before')),
    averageAfter: mean(scored('after')),
    improved: steps.filter((s) => s.delta !== null && s.delta > 0).length,
    worsened: steps.filter((s) => s.delta !== null && s.delta < 0).length,
  };
}
