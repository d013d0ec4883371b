/**
 * Pure edits of the grid (edits.ts): phases and their steps across, lanes down. Deleting one
 * deletes its cards and what points at them.
 */
import { patchChanges } from './equality';
import { clampIndex, dropOrphanReplies, findStep, moveItem, withoutCards } from './editHelpers';
import { newId } from './ids';
import type { Card, JourneyMap, Lane, Phase, Step } from './schema';
import { BACKSTAGE_LANE_KINDS, LANE_KIND_LABELS, type LaneKind } from './vocabulary';

/** A step with every field empty (`title` '' by default) and a new id unless one is given. */
export function newStep(title = '', id = newId()): Step {
  return {
    id,
    title,
    description: '',
    emotionScore: null,
    emotionSource: 'manual',
    momentOfTruth: null,
    rating: null,
    width: null,
  };
}

/** Adds a phase ("New phase" unless named) with one empty step, at `index` or at the end. */
export function addPhase(
  map: JourneyMap,
  options: { name?: string; index?: number; id?: string; stepId?: string } = {},
): JourneyMap {
  const phase: Phase = {
    id: options.id ?? newId(),
    name: options.name ?? 'New phase',
    description: '',
    startDate: null,
    endDate: null,
    steps: [newStep('', options.stepId)],
  };
  const phases = map.phases.slice();
  phases.splice(clampIndex(options.index, phases.length), 0, phase);
  return { ...map, phases };
}

/** Changes fields of a phase (not its steps); the same map when nothing changes. */
export function updatePhase(
  map: JourneyMap,
  phaseId: string,
  patch: Partial<Omit<Phase, 'id' | 'steps'>>,
): JourneyMap {
  const phase = map.phases.find((p) => p.id === phaseId);
  if (!phase || !patchChanges(phase, patch)) return map;
  return {
    ...map,
    phases: map.phases.map((phase) => (phase.id === phaseId ? { ...phase, ...patch } : phase)),
  };
}

/** Renames a phase. */
export function renamePhase(map: JourneyMap, phaseId: string, name: string): JourneyMap {
  return updatePhase(map, phaseId, { name });
}

/** Moves a phase to `toIndex` (clamped to the list), its steps and cards with it. */
export function movePhase(map: JourneyMap, phaseId: string, toIndex: number): JourneyMap {
  const from = map.phases.findIndex((phase) => phase.id === phaseId);
  if (from < 0 || from === toIndex) return map;
  return { ...map, phases: moveItem(map.phases, from, toIndex) };
}

/** Cards that would go with a phase, a step or a lane: callers ask before deleting them. */
export function cardsInPhase(map: JourneyMap, phaseId: string): Card[] {
  const phase = map.phases.find((p) => p.id === phaseId);
  if (!phase) return [];
  const steps = new Set(phase.steps.map((s) => s.id));
  return map.cards.filter((card) => steps.has(card.stepId));
}

/** Deletes a phase, its steps and their cards, and the comments on them. */
export function deletePhase(map: JourneyMap, phaseId: string): JourneyMap {
  const phase = map.phases.find((p) => p.id === phaseId);
  if (!phase) return map;
  const stepIds = new Set(phase.steps.map((s) => s.id));
  const gone = new Set(map.cards.filter((c) => stepIds.has(c.stepId)).map((c) => c.id));
  const next = withoutCards(map, gone);
  return {
    ...next,
    phases: next.phases.filter((p) => p.id !== phaseId),
    comments: dropOrphanReplies(
      next.comments.filter((c) => !(c.target.kind === 'step' && stepIds.has(c.target.id))),
    ),
  };
}

/** Adds an empty step to a phase, at `index` or at the end. */
export function addStep(
  map: JourneyMap,
  phaseId: string,
  options: { title?: string; index?: number; id?: string } = {},
): JourneyMap {
  return {
    ...map,
    phases: map.phases.map((phase) => {
      if (phase.id !== phaseId) return phase;
      const steps = phase.steps.slice();
      steps.splice(clampIndex(options.index, steps.length), 0, newStep(options.title, options.id));
      return { ...phase, steps };
    }),
  };
}

/** Changes fields of a step; the same map when nothing changes or there is no such step. */
export function updateStep(
  map: JourneyMap,
  stepId: string,
  patch: Partial<Omit<Step, 'id'>>,
): JourneyMap {
  const found = findStep(map, stepId);
  if (!found || !patchChanges(found.step, patch)) return map;
  return {
    ...map,
    phases: map.phases.map((phase) =>
      phase.steps.some((s) => s.id === stepId)
        ? { ...phase, steps: phase.steps.map((s) => (s.id === stepId ? { ...s, ...patch } : s)) }
        : phase,
    ),
  };
}

/** Moves a step to `toIndex` inside `toPhaseId` (which may be another phase). */
export function moveStep(
  map: JourneyMap,
  stepId: string,
  toPhaseId: string,
  toIndex: number,
): JourneyMap {
  const found = findStep(map, stepId);
  if (!found) return map;
  if (found.phase.id !== toPhaseId && found.phase.steps.length === 1) return map; // a phase keeps ≥1 step
  const removed = map.phases.map((phase) =>
    phase.id === found.phase.id
      ? { ...phase, steps: phase.steps.filter((s) => s.id !== stepId) }
      : phase,
  );
  return {
    ...map,
    phases: removed.map((phase) => {
      if (phase.id !== toPhaseId) return phase;
      const steps = phase.steps.slice();
      steps.splice(clampIndex(toIndex, steps.length), 0, found.step);
      return { ...phase, steps };
    }),
  };
}

/** Deletes a step and its cards. The last step of a phase deletes the phase. */
export function deleteStep(map: JourneyMap, stepId: string): JourneyMap {
  const found = findStep(map, stepId);
  if (!found) return map;
  if (found.phase.steps.length === 1) return deletePhase(map, found.phase.id);
  const gone = new Set(map.cards.filter((c) => c.stepId === stepId).map((c) => c.id));
  const next = withoutCards(map, gone);
  return {
    ...next,
    phases: next.phases.map((phase) =>
      phase.id === found.phase.id
        ? { ...phase, steps: phase.steps.filter((s) => s.id !== stepId) }
        : phase,
    ),
    comments: dropOrphanReplies(
      next.comments.filter((c) => !(c.target.kind === 'step' && c.target.id === stepId)),
    ),
  };
}

// ─── Lanes ───────────────────────────────────────────────────────────────────────────────

/**
 * A lane of `kind`, named after its kind unless `name` is given, backstage for teams and systems.
 */
export function newLane(kind: LaneKind, name?: string, id = newId()): Lane {
  return {
    id,
    kind,
    name: name ?? LANE_KIND_LABELS[kind],
    note: '',
    side: BACKSTAGE_LANE_KINDS.includes(kind) ? 'backstage' : 'frontstage',
    height: null,
  };
}

/** Adds a lane (custom unless `kind` says otherwise) at `index` or at the bottom. */
export function addLane(
  map: JourneyMap,
  options: { kind?: LaneKind; name?: string; index?: number; id?: string } = {},
): JourneyMap {
  const lanes = map.lanes.slice();
  lanes.splice(
    clampIndex(options.index, lanes.length),
    0,
    newLane(options.kind ?? 'custom', options.name, options.id),
  );
  return { ...map, lanes };
}

/** Changes fields of a lane; the same map when nothing changes or there is no such lane. */
export function updateLane(
  map: JourneyMap,
  laneId: string,
  patch: Partial<Omit<Lane, 'id'>>,
): JourneyMap {
  const lane = map.lanes.find((l) => l.id === laneId);
  if (!lane || !patchChanges(lane, patch)) return map;
  return {
    ...map,
    lanes: map.lanes.map((lane) => (lane.id === laneId ? { ...lane, ...patch } : lane)),
  };
}

/** Moves a lane to `toIndex` (clamped to the list), its cards with it. */
export function moveLane(map: JourneyMap, laneId: string, toIndex: number): JourneyMap {
  const from = map.lanes.findIndex((lane) => lane.id === laneId);
  if (from < 0 || from === toIndex) return map;
  return { ...map, lanes: moveItem(map.lanes, from, toIndex) };
}

/** The cards of one lane, in map order. */
export function cardsInLane(map: JourneyMap, laneId: string): Card[] {
  return map.cards.filter((card) => card.laneId === laneId);
}

/** Deletes a lane and its cards, and what points at those cards. */
export function deleteLane(map: JourneyMap, laneId: string): JourneyMap {
  const gone = new Set(cardsInLane(map, laneId).map((c) => c.id));
  const next = withoutCards(map, gone);
  return { ...next, lanes: next.lanes.filter((lane) => lane.id !== laneId) };
}
