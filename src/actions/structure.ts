/**
 * Commands on the grid's phases, steps and lanes, shared by the header menus, the inspector
 * and the toolbar. Each change is one `apply` (one undo step); deleting something that holds
 * cards asks first, saying how many.
 */
import {
  addLane,
  addPhase,
  addStep,
  cardsInLane,
  cardsInPhase,
  deleteLane,
  deletePhase,
  deleteStep,
  findStep,
  moveLane,
  movePhase,
  moveStep,
} from '../domain/edits';
import { newId } from '../domain/ids';
import type { LaneKind } from '../domain/vocabulary';
import type { ActionContext } from './context';
import { canEditStructure } from './permissions';

const cardsWord = (n: number) => (n === 1 ? '1 card' : `${n} cards`);

function editable(ctx: ActionContext): boolean {
  return canEditStructure(ctx.store.getState());
}

/** Adds a phase (after `afterPhaseId`, or at the end) and starts renaming it. */
export function addPhaseCommand(ctx: ActionContext, afterPhaseId?: string | null): string | null {
  if (!editable(ctx)) return null;
  const id = newId();
  const { map, apply } = ctx.store.getState();
  const at = afterPhaseId ? map.phases.findIndex((p) => p.id === afterPhaseId) : -1;
  apply((m) => addPhase(m, { id, index: at < 0 ? undefined : at + 1 }));
  ctx.ui
    .getState()
    .set({ renaming: { kind: 'phase', id }, inspectorTarget: { kind: 'phase', id } });
  ctx.view.revealHeader({ kind: 'phase', id });
  return id;
}

/** Adds a step to a phase (after `afterStepId`, or at the end) and starts renaming it. */
export function addStepCommand(
  ctx: ActionContext,
  phaseId: string,
  afterStepId?: string | null,
): string | null {
  if (!editable(ctx)) return null;
  const id = newId();
  const phase = ctx.store.getState().map.phases.find((p) => p.id === phaseId);
  if (!phase) return null;
  const at = afterStepId ? phase.steps.findIndex((s) => s.id === afterStepId) : -1;
  ctx.store
    .getState()
    .apply((m) =>
      addStep(m, phaseId, { id, title: 'New step', index: at < 0 ? undefined : at + 1 }),
    );
  ctx.ui.getState().set({ renaming: { kind: 'step', id }, inspectorTarget: { kind: 'step', id } });
  ctx.view.revealHeader({ kind: 'step', id });
  return id;
}

/** Adds a lane (after `afterLaneId`, or at the end) and starts renaming it. */
export function addLaneCommand(
  ctx: ActionContext,
  kind: LaneKind = 'custom',
  afterLaneId?: string | null,
): string | null {
  if (!editable(ctx)) return null;
  const id = newId();
  const { map, apply } = ctx.store.getState();
  const at = afterLaneId ? map.lanes.findIndex((l) => l.id === afterLaneId) : -1;
  apply((m) =>
    addLane(m, {
      id,
      kind,
      name: kind === 'custom' ? 'New lane' : undefined,
      index: at < 0 ? undefined : at + 1,
    }),
  );
  ctx.ui.getState().set({ renaming: { kind: 'lane', id }, inspectorTarget: { kind: 'lane', id } });
  ctx.view.revealHeader({ kind: 'lane', id });
  return id;
}

function clearTarget(ctx: ActionContext, id: string) {
  const ui = ctx.ui.getState();
  if (ui.inspectorTarget?.id === id) ui.set({ inspectorTarget: null });
}

export async function deletePhaseCommand(ctx: ActionContext, phaseId: string): Promise<boolean> {
  if (!editable(ctx)) return false;
  const map = ctx.store.getState().map;
  const phase = map.phases.find((p) => p.id === phaseId);
  if (!phase) return false;
  const n = cardsInPhase(map, phaseId).length;
  if (n > 0) {
    const ok = await ctx.ui.getState().ask({
      title: `Delete the phase “${phase.name || 'Untitled'}”?`,
      message: `It holds ${cardsWord(n)}, which will be deleted with it. You can undo this.`,
      confirmLabel: 'Delete phase',
      danger: true,
    });
    if (!ok) return false;
  }
  clearTarget(ctx, phaseId);
  return ctx.store.getState().apply((m) => deletePhase(m, phaseId));
}

export async function deleteStepCommand(ctx: ActionContext, stepId: string): Promise<boolean> {
  if (!editable(ctx)) return false;
  const map = ctx.store.getState().map;
  const found = findStep(map, stepId);
  if (!found) return false;
  const n = map.cards.filter((c) => c.stepId === stepId).length;
  const last = found.phase.steps.length === 1;
  if (n > 0 || last) {
    const ok = await ctx.ui.getState().ask({
      title: `Delete the step “${found.step.title || 'Untitled'}”?`,
      message:
        (n > 0 ? `It holds ${cardsWord(n)}, which will be deleted with it. ` : '') +
        (last ? `It is the only step of “${found.phase.name}”, so the phase goes too. ` : '') +
        'You can undo this.',
      confirmLabel: 'Delete step',
      danger: true,
    });
    if (!ok) return false;
  }
  clearTarget(ctx, stepId);
  return ctx.store.getState().apply((m) => deleteStep(m, stepId));
}

export async function deleteLaneCommand(ctx: ActionContext, laneId: string): Promise<boolean> {
  if (!editable(ctx)) return false;
  const map = ctx.store.getState().map;
  const lane = map.lanes.find((l) => l.id === laneId);
  if (!lane) return false;
  const n = cardsInLane(map, laneId).length;
  if (n > 0) {
    const ok = await ctx.ui.getState().ask({
      title: `Delete the lane “${lane.name || 'Untitled'}”?`,
      message: `It holds ${cardsWord(n)}, which will be deleted with it. You can undo this.`,
      confirmLabel: 'Delete lane',
      danger: true,
    });
    if (!ok) return false;
  }
  clearTarget(ctx, laneId);
  return ctx.store.getState().apply((m) => deleteLane(m, laneId));
}

/** Moves a phase one place left (−1) or right (+1). */
export function movePhaseBy(ctx: ActionContext, phaseId: string, delta: -1 | 1): boolean {
  if (!editable(ctx)) return false;
  const { map, apply } = ctx.store.getState();
  const from = map.phases.findIndex((p) => p.id === phaseId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= map.phases.length) return false;
  return apply((m) => movePhase(m, phaseId, to));
}

/**
 * Moves a step one place left or right; past the edge of its phase it goes into the next
 * phase (a phase keeps at least one step).
 */
export function moveStepBy(ctx: ActionContext, stepId: string, delta: -1 | 1): boolean {
  if (!editable(ctx)) return false;
  const { map, apply } = ctx.store.getState();
  const found = findStep(map, stepId);
  if (!found) return false;
  const index = found.phase.steps.findIndex((s) => s.id === stepId);
  const to = index + delta;
  if (to >= 0 && to < found.phase.steps.length) {
    return apply((m) => moveStep(m, stepId, found.phase.id, to));
  }
  const phaseIndex = map.phases.findIndex((p) => p.id === found.phase.id);
  const neighbour = map.phases[phaseIndex + delta];
  if (!neighbour || found.phase.steps.length === 1) return false;
  return apply((m) => moveStep(m, stepId, neighbour.id, delta < 0 ? neighbour.steps.length : 0));
}

/** Moves a lane one place up (−1) or down (+1). */
export function moveLaneBy(ctx: ActionContext, laneId: string, delta: -1 | 1): boolean {
  if (!editable(ctx)) return false;
  const { map, apply } = ctx.store.getState();
  const from = map.lanes.findIndex((l) => l.id === laneId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= map.lanes.length) return false;
  return apply((m) => moveLane(m, laneId, to));
}
