/**
 * Operations on the grid: phases (columns, in time order), their steps, and lanes (rows).
 * Deleting something that holds cards deletes the cards too; the commands ask first.
 */
import {
  addLane as addLaneEdit,
  addPhase as addPhaseEdit,
  addStep as addStepEdit,
  deleteLane as deleteLaneEdit,
  deletePhase as deletePhaseEdit,
  deleteStep as deleteStepEdit,
  moveLane as moveLaneEdit,
  movePhase as movePhaseEdit,
  moveStep as moveStepEdit,
  updateLane as updateLaneEdit,
  updatePhase as updatePhaseEdit,
  updateStep as updateStepEdit,
} from '../../domain/edits';
import type { Lane, Phase, Step } from '../../domain/schema';
import type { LaneKind } from '../../domain/vocabulary';
import { defineOperation } from '../operation';

const fieldKey = (prefix: string, id: string, patch: object) =>
  `${prefix}:${id}:${Object.keys(patch).sort().join(',')}`;

/** Adds a phase (with one step) at `index` (default: the end). */
export const addPhase = defineOperation<{ id: string; index?: number; name?: string }>({
  name: 'grid.addPhase',
  permission: 'edit',
  apply: (map, args) => addPhaseEdit(map, args),
});

/** Changes a phase's name, description or dates; typing is one undo step per field. */
export const updatePhase = defineOperation<{
  id: string;
  patch: Partial<Omit<Phase, 'id' | 'steps'>>;
}>({
  name: 'grid.updatePhase',
  permission: 'edit',
  coalesce: ({ id, patch }) => fieldKey('phase', id, patch),
  apply: (map, { id, patch }) => updatePhaseEdit(map, id, patch),
});

/** Moves a phase to `index`. */
export const movePhase = defineOperation<{ id: string; index: number }>({
  name: 'grid.movePhase',
  permission: 'edit',
  apply: (map, { id, index }) => movePhaseEdit(map, id, index),
});

/** Deletes a phase with its steps and their cards. */
export const deletePhase = defineOperation<{ id: string }>({
  name: 'grid.deletePhase',
  permission: 'edit',
  apply: (map, { id }) => deletePhaseEdit(map, id),
});

/** Adds a step to a phase at `index` (default: the end). */
export const addStep = defineOperation<{
  phaseId: string;
  id: string;
  index?: number;
  title?: string;
}>({
  name: 'grid.addStep',
  permission: 'edit',
  apply: (map, { phaseId, ...options }) => addStepEdit(map, phaseId, options),
});

/** Changes a step (title, description, width, moment of truth); one undo step per field. */
export const updateStep = defineOperation<{ id: string; patch: Partial<Omit<Step, 'id'>> }>({
  name: 'grid.updateStep',
  permission: 'edit',
  coalesce: ({ id, patch }) => fieldKey('step', id, patch),
  apply: (map, { id, patch }) => updateStepEdit(map, id, patch),
});

/**
 * Sets a step's emotion by hand (dragging its point on the curve, or the arrow keys): the
 * step stops following its evidence, and its score wins over its emotion cards; `null` clears
 * it, handing the point back to its emotion cards (the rule: domain/stepEmotion.ts). One undo
 * step per gesture on one step.
 */
export const setStepEmotion = defineOperation<{ id: string; score: number | null }>({
  name: 'grid.setStepEmotion',
  permission: 'edit',
  coalesce: ({ id }) => `emotion:${id}`,
  apply: (map, { id, score }) =>
    updateStepEdit(map, id, { emotionScore: score, emotionSource: 'manual' }),
});

/** Moves a step to `index` in a phase (the same or another; a phase keeps one step). */
export const moveStep = defineOperation<{ id: string; phaseId: string; index: number }>({
  name: 'grid.moveStep',
  permission: 'edit',
  apply: (map, { id, phaseId, index }) => moveStepEdit(map, id, phaseId, index),
});

/** Deletes a step and its cards (the last step of a phase deletes the phase). */
export const deleteStep = defineOperation<{ id: string }>({
  name: 'grid.deleteStep',
  permission: 'edit',
  apply: (map, { id }) => deleteStepEdit(map, id),
});

/** Adds a lane of a kind at `index` (default: the end). */
export const addLane = defineOperation<{
  id: string;
  kind?: LaneKind;
  index?: number;
  name?: string;
}>({
  name: 'grid.addLane',
  permission: 'edit',
  apply: (map, args) => addLaneEdit(map, args),
});

/** Changes a lane (name, kind, note, side, height); one undo step per field. */
export const updateLane = defineOperation<{ id: string; patch: Partial<Omit<Lane, 'id'>> }>({
  name: 'grid.updateLane',
  permission: 'edit',
  coalesce: ({ id, patch }) => fieldKey('lane', id, patch),
  apply: (map, { id, patch }) => updateLaneEdit(map, id, patch),
});

/** Moves a lane to `index`. */
export const moveLane = defineOperation<{ id: string; index: number }>({
  name: 'grid.moveLane',
  permission: 'edit',
  apply: (map, { id, index }) => moveLaneEdit(map, id, index),
});

/** Deletes a lane and its cards. */
export const deleteLane = defineOperation<{ id: string }>({
  name: 'grid.deleteLane',
  permission: 'edit',
  apply: (map, { id }) => deleteLaneEdit(map, id),
});
