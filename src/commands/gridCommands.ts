/**
 * Commands on the grid's phases, steps and lanes, shared by the header menus, the inspector
 * and the toolbar. Each runs one operation (one undo step) and then moves the view: a new
 * header is revealed and renamed in place; deleting something that holds cards asks first,
 * saying how many.
 */
import { cardsInLane, cardsInPhase, findStep } from '../domain/edits';
import { newId } from '../domain/ids';
import { stepName } from '../domain/names';
import type { LaneKind } from '../domain/vocabulary';
import { plural } from '../domain/words';
import { grid } from '../editor/operations';
import type { CommandContext } from './context';

/** Adds a phase (after `afterPhaseId`, or at the end) and starts renaming it. */
export function addPhaseCommand(ctx: CommandContext, afterPhaseId?: string | null): string | null {
  const id = newId();
  const at = afterPhaseId ? ctx.editor.map.phases.findIndex((p) => p.id === afterPhaseId) : -1;
  if (!ctx.editor.run(grid.addPhase, { id, index: at < 0 ? undefined : at + 1 }).changed) {
    return null;
  }
  ctx.editor.view
    .getState()
    .set({ renaming: { kind: 'phase', id }, inspectorTarget: { kind: 'phase', id } });
  ctx.canvas.revealHeader({ kind: 'phase', id });
  return id;
}

/** Adds a step to a phase (after `afterStepId`, or at the end) and starts renaming it. */
export function addStepCommand(
  ctx: CommandContext,
  phaseId: string,
  afterStepId?: string | null,
): string | null {
  const id = newId();
  const phase = ctx.editor.map.phases.find((p) => p.id === phaseId);
  if (!phase) return null;
  const at = afterStepId ? phase.steps.findIndex((s) => s.id === afterStepId) : -1;
  const index = at < 0 ? undefined : at + 1;
  if (!ctx.editor.run(grid.addStep, { phaseId, id, title: 'New step', index }).changed) {
    return null;
  }
  ctx.editor.view
    .getState()
    .set({ renaming: { kind: 'step', id }, inspectorTarget: { kind: 'step', id } });
  ctx.canvas.revealHeader({ kind: 'step', id });
  return id;
}

/** Adds a lane (after `afterLaneId`, or at the end) and starts renaming it. */
export function addLaneCommand(
  ctx: CommandContext,
  kind: LaneKind = 'custom',
  afterLaneId?: string | null,
): string | null {
  const id = newId();
  const at = afterLaneId ? ctx.editor.map.lanes.findIndex((l) => l.id === afterLaneId) : -1;
  const added = ctx.editor.run(grid.addLane, {
    id,
    kind,
    name: kind === 'custom' ? 'New lane' : undefined,
    index: at < 0 ? undefined : at + 1,
  });
  if (!added.changed) return null;
  ctx.editor.view
    .getState()
    .set({ renaming: { kind: 'lane', id }, inspectorTarget: { kind: 'lane', id } });
  ctx.canvas.revealHeader({ kind: 'lane', id });
  return id;
}

function clearTarget(ctx: CommandContext, id: string) {
  const view = ctx.editor.view.getState();
  if (view.inspectorTarget?.id === id) view.set({ inspectorTarget: null });
}

/** Asks before deleting a header holding `count` cards; true when the user agrees (or none). */
async function confirmDelete(
  ctx: CommandContext,
  count: number,
  request: { title: string; extra?: string; confirmLabel: string },
): Promise<boolean> {
  if (count === 0 && !request.extra) return true;
  return ctx.editor.view.getState().ask({
    title: request.title,
    message:
      (count > 0 ? `It holds ${plural(count, 'card')}, which will be deleted with it. ` : '') +
      (request.extra ?? '') +
      'You can undo this.',
    confirmLabel: request.confirmLabel,
    danger: true,
  });
}

/** Deletes a phase (asking first when it holds cards). */
export async function deletePhaseCommand(ctx: CommandContext, phaseId: string): Promise<boolean> {
  if (!ctx.editor.can('edit')) return false;
  const map = ctx.editor.map;
  const phase = map.phases.find((p) => p.id === phaseId);
  if (!phase) return false;
  const ok = await confirmDelete(ctx, cardsInPhase(map, phaseId).length, {
    title: `Delete the phase “${phase.name || 'Untitled'}”?`,
    confirmLabel: 'Delete phase',
  });
  if (!ok) return false;
  clearTarget(ctx, phaseId);
  return ctx.editor.run(grid.deletePhase, { id: phaseId }).changed;
}

/** Deletes a step (asking first when it holds cards or is its phase's last). */
export async function deleteStepCommand(ctx: CommandContext, stepId: string): Promise<boolean> {
  if (!ctx.editor.can('edit')) return false;
  const map = ctx.editor.map;
  const found = findStep(map, stepId);
  if (!found) return false;
  const last = found.phase.steps.length === 1;
  const ok = await confirmDelete(ctx, map.cards.filter((c) => c.stepId === stepId).length, {
    title: `Delete the step “${stepName(map.phases, stepId)}”?`,
    extra: last
      ? `It is the only step of “${found.phase.name}”, so the phase goes too. `
      : undefined,
    confirmLabel: 'Delete step',
  });
  if (!ok) return false;
  clearTarget(ctx, stepId);
  return ctx.editor.run(grid.deleteStep, { id: stepId }).changed;
}

/** Deletes a lane (asking first when it holds cards). */
export async function deleteLaneCommand(ctx: CommandContext, laneId: string): Promise<boolean> {
  if (!ctx.editor.can('edit')) return false;
  const map = ctx.editor.map;
  const lane = map.lanes.find((l) => l.id === laneId);
  if (!lane) return false;
  const ok = await confirmDelete(ctx, cardsInLane(map, laneId).length, {
    title: `Delete the lane “${lane.name || 'Untitled'}”?`,
    confirmLabel: 'Delete lane',
  });
  if (!ok) return false;
  clearTarget(ctx, laneId);
  return ctx.editor.run(grid.deleteLane, { id: laneId }).changed;
}

/** Moves a phase one place left (−1) or right (+1). */
export function movePhaseBy(ctx: CommandContext, phaseId: string, delta: -1 | 1): boolean {
  const phases = ctx.editor.map.phases;
  const from = phases.findIndex((p) => p.id === phaseId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= phases.length) return false;
  return ctx.editor.run(grid.movePhase, { id: phaseId, index: to }).changed;
}

/**
 * Moves a step one place left or right; past the edge of its phase it goes into the next
 * phase (a phase keeps at least one step).
 */
export function moveStepBy(ctx: CommandContext, stepId: string, delta: -1 | 1): boolean {
  const map = ctx.editor.map;
  const found = findStep(map, stepId);
  if (!found) return false;
  const index = found.phase.steps.findIndex((s) => s.id === stepId);
  const to = index + delta;
  if (to >= 0 && to < found.phase.steps.length) {
    return ctx.editor.run(grid.moveStep, { id: stepId, phaseId: found.phase.id, index: to })
      .changed;
  }
  const phaseIndex = map.phases.findIndex((p) => p.id === found.phase.id);
  const neighbour = map.phases[phaseIndex + delta];
  if (!neighbour || found.phase.steps.length === 1) return false;
  const at = delta < 0 ? neighbour.steps.length : 0;
  return ctx.editor.run(grid.moveStep, { id: stepId, phaseId: neighbour.id, index: at }).changed;
}

/** Moves a lane one place up (−1) or down (+1). */
export function moveLaneBy(ctx: CommandContext, laneId: string, delta: -1 | 1): boolean {
  const lanes = ctx.editor.map.lanes;
  const from = lanes.findIndex((l) => l.id === laneId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= lanes.length) return false;
  return ctx.editor.run(grid.moveLane, { id: laneId, index: to }).changed;
}
