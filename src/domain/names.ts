/**
 * Names to show for things the user has not named yet. A new map's steps have no titles, so a
 * step without one is called after its phase ("Aware", or "Use 2" in a phase of several
 * steps): every column then has a name of its own, for the eye and for screen readers.
 */
import type { Phase } from './schema';

/** Step id → the name to show for that step. */
export function stepDisplayNames(phases: readonly Phase[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const phase of phases) {
    const phaseName = phase.name.trim() === '' ? 'Untitled phase' : phase.name.trim();
    phase.steps.forEach((step, index) => {
      const title = step.title.trim();
      names.set(
        step.id,
        title !== '' ? title : phase.steps.length === 1 ? phaseName : `${phaseName} ${index + 1}`,
      );
    });
  }
  return names;
}
