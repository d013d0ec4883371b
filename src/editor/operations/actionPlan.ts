/**
 * Operations of the action plan: recommendations, their actions and progress logs, numbers,
 * themes, the CSV round trip. All need the edit permission (participants cannot change them).
 */
import {
  addProgressUpdate as addProgressUpdateEdit,
  addRecommendation as addRecommendationEdit,
  deleteProgressUpdate as deleteProgressUpdateEdit,
} from '../../domain/actionPlan';
import { updateCard, type CardPatch } from '../../domain/edits';
import {
  addAction as addActionEdit,
  addActionProgress as addActionProgressEdit,
  deleteAction as deleteActionEdit,
  deleteActionProgress as deleteActionProgressEdit,
  renumberRecommendations as renumberEdit,
  setThemes as setThemesEdit,
  updateAction as updateActionEdit,
  type PlanActionPatch,
} from '../../domain/planEdits';
import { newId } from '../../domain/ids';
import type { PlanTheme, RecommendationCard } from '../../domain/schema';
import type { RecommendationStatus } from '../../domain/vocabulary';
import {
  applyActionPlanCsv,
  applyActionPlanRows,
  type ActionPlanImportResult,
} from '../../export/actionPlanCsv';
import type { SheetRows } from '../../export/csvRows';
import { applyProgressLogRows, isProgressLogSheet } from '../../export/progressLogImport';
import { defineOperation, outcome } from '../operation';

type RecommendationFields = Partial<
  Pick<
    RecommendationCard,
    'why' | 'theme' | 'owner' | 'targetDate' | 'revisedDate' | 'description' | 'onMap'
  >
>;

/**
 * Adds a recommendation in a step's column of the recommendations lane (made when missing).
 * Result: the new card's id, or null when the step or the answered card is missing.
 */
export const addRecommendation = defineOperation<
  {
    stepId: string;
    title: string;
    answers?: string | null;
    fields?: RecommendationFields;
    id?: string;
    laneId?: string;
  },
  string | null
>({
  name: 'actionPlan.addRecommendation',
  permission: 'edit',
  apply(map, { id = newId(), ...options }) {
    const next = addRecommendationEdit(map, { ...options, id });
    return outcome(next, next === map ? null : id);
  },
});

/** Changes a recommendation's fields from the action plan table; one undo step per field. */
export const updateRecommendation = defineOperation<{ id: string; patch: CardPatch }>({
  name: 'actionPlan.updateRecommendation',
  permission: 'edit',
  coalesce: ({ id, patch }) => `card:${id}:${Object.keys(patch).sort().join(',')}`,
  apply: (map, { id, patch }) => updateCard(map, id, patch),
});

/** Adds a dated progress update, which sets the recommendation's status. */
export const addProgressUpdate = defineOperation<{
  cardId: string;
  update: { date: string; text: string; status: RecommendationStatus; id?: string };
}>({
  name: 'actionPlan.addProgressUpdate',
  permission: 'edit',
  apply: (map, { cardId, update }) => addProgressUpdateEdit(map, cardId, update),
});

/** Deletes a progress update. */
export const deleteProgressUpdate = defineOperation<{ cardId: string; updateId: string }>({
  name: 'actionPlan.deleteProgressUpdate',
  permission: 'edit',
  apply: (map, { cardId, updateId }) => deleteProgressUpdateEdit(map, cardId, updateId),
});

/**
 * Applies an action plan CSV (matched by id) as one undo step; a file with problems changes
 * nothing. Result: what the import found.
 */
export const importActionPlanCsv = defineOperation<{ csv: string }, ActionPlanImportResult>({
  name: 'actionPlan.importCsv',
  permission: 'edit',
  apply(map, { csv }) {
    const result = applyActionPlanCsv(map, csv);
    return outcome(result.ok ? result.map : map, result);
  },
});

/**
 * As `importActionPlanCsv`, for rows already read from a CSV in any encoding or an Excel
 * workbook (export/readSheetFile.ts), or the progress log file (export/progressLogImport.ts).
 * One undo step; a file with problems changes nothing.
 */
export const importActionPlanSheet = defineOperation<{ sheet: SheetRows }, ActionPlanImportResult>({
  name: 'actionPlan.importSheet',
  permission: 'edit',
  apply(map, { sheet }) {
    // The progress log file (one row per update) is told apart by its "Update ID" column.
    const result = isProgressLogSheet(sheet)
      ? applyProgressLogRows(map, sheet)
      : applyActionPlanRows(map, sheet);
    return outcome(result.ok ? result.map : map, result);
  },
});

/** Adds an action to a recommendation. Result: the new action's id, or null. */
export const addAction = defineOperation<
  { cardId: string; fields?: PlanActionPatch; id?: string },
  string | null
>({
  name: 'actionPlan.addAction',
  permission: 'edit',
  apply(map, { cardId, fields = {}, id = newId() }) {
    const next = addActionEdit(map, cardId, { ...fields, id });
    return outcome(next, next === map ? null : id);
  },
});

/** Changes fields of an action; typing in one field is one undo step. */
export const updateAction = defineOperation<{
  cardId: string;
  actionId: string;
  patch: PlanActionPatch;
}>({
  name: 'actionPlan.updateAction',
  permission: 'edit',
  coalesce: ({ actionId, patch }) => `action:${actionId}:${Object.keys(patch).sort().join(',')}`,
  apply: (map, { cardId, actionId, patch }) => updateActionEdit(map, cardId, actionId, patch),
});

/** Deletes an action with its progress log. */
export const deleteAction = defineOperation<{ cardId: string; actionId: string }>({
  name: 'actionPlan.deleteAction',
  permission: 'edit',
  apply: (map, { cardId, actionId }) => deleteActionEdit(map, cardId, actionId),
});

/** Adds a dated progress update to an action, which sets the action's status. */
export const addActionProgress = defineOperation<{
  cardId: string;
  actionId: string;
  update: { date: string; text: string; status: RecommendationStatus; id?: string };
}>({
  name: 'actionPlan.addActionProgress',
  permission: 'edit',
  apply: (map, { cardId, actionId, update }) =>
    addActionProgressEdit(map, cardId, actionId, update),
});

/** Deletes a progress update of an action. */
export const deleteActionProgress = defineOperation<{
  cardId: string;
  actionId: string;
  updateId: string;
}>({
  name: 'actionPlan.deleteActionProgress',
  permission: 'edit',
  apply: (map, { cardId, actionId, updateId }) =>
    deleteActionProgressEdit(map, cardId, actionId, updateId),
});

/** Renumbers the recommendations 1, 2, 3… keeping sub-numbers (2a) and their order. */
export const renumberRecommendations = defineOperation<Record<string, never>>({
  name: 'actionPlan.renumber',
  permission: 'edit',
  apply: (map) => renumberEdit(map),
});

/** Sets the themes' order and descriptions; typing a description is one undo step. */
export const setThemes = defineOperation<{ themes: readonly PlanTheme[] }>({
  name: 'actionPlan.setThemes',
  permission: 'edit',
  coalesce: () => 'themes',
  apply: (map, { themes }) => setThemesEdit(map, themes),
});
