/** Operations on the evidence behind a map: personas, research records, moments of truth. */
import {
  addResearch as addResearchEdit,
  deleteResearch as deleteResearchEdit,
  updateResearch as updateResearchEdit,
  type ResearchFields,
} from '../../domain/evidence';
import {
  setMomentOfTruth as setMomentOfTruthEdit,
  type MomentOfTruthTarget,
} from '../../domain/momentsOfTruth';
import {
  addPersona as addPersonaEdit,
  deletePersona as deletePersonaEdit,
  movePersona as movePersonaEdit,
  updatePersona as updatePersonaEdit,
  type PersonaFields,
} from '../../domain/personas';
import { updateStep } from '../../domain/edits';
import type { Step } from '../../domain/schema';
import { defineOperation } from '../operation';

/** Adds a persona (at `index`, default the end). */
export const addPersona = defineOperation<{ id: string; fields: PersonaFields; index?: number }>({
  name: 'evidence.addPersona',
  permission: 'edit',
  apply: (map, { id, fields, index }) => addPersonaEdit(map, { ...fields, id, index }),
});

/** Changes a persona's fields (saved from its form as one step). */
export const updatePersona = defineOperation<{ id: string; fields: PersonaFields }>({
  name: 'evidence.updatePersona',
  permission: 'edit',
  apply: (map, { id, fields }) => updatePersonaEdit(map, id, fields),
});

/** Moves a persona to `index` in the persona strip. */
export const movePersona = defineOperation<{ id: string; index: number }>({
  name: 'evidence.movePersona',
  permission: 'edit',
  apply: (map, { id, index }) => movePersonaEdit(map, id, index),
});

/** Deletes a persona. */
export const deletePersona = defineOperation<{ id: string }>({
  name: 'evidence.deletePersona',
  permission: 'edit',
  apply: (map, { id }) => deletePersonaEdit(map, id),
});

/** Adds a research record (interviews, a survey …). */
export const addResearch = defineOperation<{ id: string; fields: ResearchFields }>({
  name: 'evidence.addResearch',
  permission: 'edit',
  apply: (map, { id, fields }) => addResearchEdit(map, { ...fields, id }),
});

/** Changes a research record's fields (saved from its form as one step). */
export const updateResearch = defineOperation<{ id: string; fields: ResearchFields }>({
  name: 'evidence.updateResearch',
  permission: 'edit',
  apply: (map, { id, fields }) => updateResearchEdit(map, id, fields),
});

/** Deletes a research record; evidence cards citing it keep their findings. */
export const deleteResearch = defineOperation<{ id: string }>({
  name: 'evidence.deleteResearch',
  permission: 'edit',
  apply: (map, { id }) => deleteResearchEdit(map, id),
});

/** Marks a step or card as a moment of truth with a reason, or clears it (null). */
export const setMomentOfTruth = defineOperation<{
  target: MomentOfTruthTarget;
  reason: string | null;
}>({
  name: 'evidence.setMomentOfTruth',
  permission: 'edit',
  apply: (map, { target, reason }) => setMomentOfTruthEdit(map, target, reason),
});

/** Whether a step's emotion is set by hand or follows its evidence tallies. */
export const setEmotionSource = defineOperation<{ stepId: string; source: Step['emotionSource'] }>({
  name: 'evidence.setEmotionSource',
  permission: 'edit',
  apply: (map, { stepId, source }) => updateStep(map, stepId, { emotionSource: source }),
});
