/**
 * Names to show for things the user has not named yet, the same everywhere a step is named
 * (the canvas's headers and cells, the inspector, the action plan, presentation mode, the
 * panels, CSV and Excel, SVG and PNG, and the reports).
 *
 * The rule for a step without a title: it is called after its phase, "Aware", or "Use 2" (its
 * place, counted from 1) when the phase has several steps, so every column has a name of its
 * own for the eye and for screen readers. A phase without a name is "Untitled phase". The
 * canvas shows such a name in italics, so it reads as a stand-in rather than a title.
 */
import type { Phase, Step } from './schema';

/** The name shown for a phase without one. */
export const UNTITLED_PHASE = 'Untitled phase';

/** A phase's name as shown: its own, or "Untitled phase". */
export function phaseDisplayName(phase: Pick<Phase, 'name'>): string {
  const name = phase.name.trim();
  return name === '' ? UNTITLED_PHASE : name;
}

/**
 * The name of step `index` (0-based) of `phase`, whatever its title: its title, or the
 * stand-in made from the phase (see the module comment).
 */
export function stepNameAt(phase: Phase, index: number): string {
  const title = phase.steps[index]?.title.trim() ?? '';
  if (title !== '') return title;
  const name = phaseDisplayName(phase);
  return phase.steps.length === 1 ? name : `${name} ${index + 1}`;
}

/** Step id → the name to show for that step. */
export function stepDisplayNames(phases: readonly Phase[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const phase of phases) {
    phase.steps.forEach((step, index) => names.set(step.id, stepNameAt(phase, index)));
  }
  return names;
}

const namesCache = new WeakMap<readonly Phase[], Map<string, string>>();

/**
 * The name shown for the step `stepId` of `phases` (see the module comment); "Untitled step"
 * for an id that is in none of them. Computed once per phases array.
 */
export function stepName(phases: readonly Phase[], stepId: string): string {
  let names = namesCache.get(phases);
  if (!names) {
    names = stepDisplayNames(phases);
    namesCache.set(phases, names);
  }
  return names.get(stepId) ?? 'Untitled step';
}

/**
 * A copy of `map` in which every untitled step carries its shown name as its title, for an
 * export that cuts the map into parts (a report's map pages), where a part's own phases would
 * number the steps differently. The same map when every step has a title.
 */
export function withStepNames<M extends { phases: Phase[] }>(map: M): M {
  if (!map.phases.some((phase) => phase.steps.some(isUntitledStep))) return map;
  return {
    ...map,
    phases: map.phases.map((phase) => ({
      ...phase,
      steps: phase.steps.map((step, index) =>
        isUntitledStep(step) ? { ...step, title: stepNameAt(phase, index) } : step,
      ),
    })),
  };
}

/** Whether a step shows a stand-in name (it has no title of its own). */
export function isUntitledStep(step: Pick<Step, 'title'>): boolean {
  return step.title.trim() === '';
}
