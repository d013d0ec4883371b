/**
 * "Make future state": the journey as it will be after the action plan starts as a copy of the
 * journey as it is (DOMAIN.md, current state / future state). The copy keeps every id inside
 * the map, so the comparison matches each card, step and lane with its current-state self, and
 * names the current-state map in `currentStateMapId`, so either map finds the other.
 */
import { newId } from '../ids';
import type { JourneyMap } from '../schema';

/** The words added to a future state's title. */
export const FUTURE_STATE_SUFFIX = ' – future state';

/** A new future-state map made from `current` (workshop comments and votes are left behind). */
export function makeFutureState(
  current: JourneyMap,
  options: { now?: Date; id?: string } = {},
): JourneyMap {
  const at = (options.now ?? new Date()).toISOString();
  const base = current.title.trim() === '' ? 'Untitled journey map' : current.title.trim();
  return {
    ...current,
    id: options.id ?? newId(),
    title: `${base}${FUTURE_STATE_SUFFIX}`.slice(0, 500),
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    comments: [],
    voteRounds: [],
    currentStateMapId: current.id,
  };
}
