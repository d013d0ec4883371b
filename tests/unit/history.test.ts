import { describe, expect, it } from 'vitest';
import { getCommand } from '../../src/actions/commands';
import type { ActionContext } from '../../src/actions/context';
import { noView } from '../../src/actions/context';
import { createClipboard } from '../../src/actions/clipboard';
import { runCommand } from '../../src/actions/dispatch';
import { createEditorUiStore } from '../../src/actions/uiStore';
import { deleteCards, updateCard } from '../../src/domain/edits';
import { createEditorStore } from '../../src/store/editorStore';
import { gridMap } from './canvasTestMaps';

/** A store with a clock the test moves by hand. */
function setup() {
  let now = new Date('2025-01-01T10:00:00Z').getTime();
  const store = createEditorStore(gridMap(), { now: () => new Date(now) });
  const tick = (ms: number) => {
    now += ms;
  };
  const steps = () => store.temporal.getState().pastStates.length;
  const ctx: ActionContext = {
    store,
    ui: createEditorUiStore(),
    view: noView,
    clipboard: createClipboard(),
  };
  return { store, tick, steps, ctx };
}

const titleOf = (store: ReturnType<typeof setup>['store'], id: string) =>
  store.getState().map.cards.find((c) => c.id === id)?.title;

describe('undo history', () => {
  it('makes a multi-card delete one undo step', () => {
    const { store, steps } = setup();
    store.getState().apply((m) => deleteCards(m, ['c-t1', 'c-t2', 'c-p1']));
    expect(store.getState().map.cards).toHaveLength(2);
    expect(steps()).toBe(1);
    store.getState().undo();
    expect(store.getState().map.cards).toHaveLength(5);
  });

  it('makes typing with one coalesce key one step, and undo takes all of it back', () => {
    const { store, tick, steps } = setup();
    let text = '';
    for (const letter of 'Calls') {
      text += letter;
      const title = text;
      store
        .getState()
        .apply((m) => updateCard(m, 'c-t1', { title }), { coalesceKey: 'card-title:c-t1' });
      tick(150);
    }
    expect(titleOf(store, 'c-t1')).toBe('Calls');
    expect(steps()).toBe(1);
    store.getState().undo();
    expect(titleOf(store, 'c-t1')).toBe('Phone call');
  });

  it('starts a new step after a pause or with another key', () => {
    const { store, tick, steps } = setup();
    store
      .getState()
      .apply((m) => updateCard(m, 'c-t1', { title: 'A' }), { coalesceKey: 'card-title:c-t1' });
    tick(2000);
    store
      .getState()
      .apply((m) => updateCard(m, 'c-t1', { title: 'AB' }), { coalesceKey: 'card-title:c-t1' });
    tick(100);
    store
      .getState()
      .apply((m) => updateCard(m, 'c-t2', { title: 'X' }), { coalesceKey: 'card-title:c-t2' });
    expect(steps()).toBe(3);
  });

  it('redoes what was undone', () => {
    const { store } = setup();
    store.getState().apply((m) => updateCard(m, 'c-p1', { title: 'Very long wait' }));
    store.getState().undo();
    expect(titleOf(store, 'c-p1')).toBe('Long wait');
    store.getState().redo();
    expect(titleOf(store, 'c-p1')).toBe('Very long wait');
  });

  it('makes each selection command one step', () => {
    const { store, steps, ctx } = setup();
    store.getState().select(['c-t1', 'c-t2']);
    runCommand(ctx, getCommand('duplicateSelection'));
    expect(store.getState().map.cards).toHaveLength(7);
    expect(steps()).toBe(1);
    runCommand(ctx, getCommand('move.right'));
    expect(steps()).toBe(2);
    runCommand(ctx, getCommand('deleteSelection'));
    expect(store.getState().map.cards).toHaveLength(5);
    expect(steps()).toBe(3);
    runCommand(ctx, getCommand('undo'));
    runCommand(ctx, getCommand('undo'));
    runCommand(ctx, getCommand('undo'));
    expect(store.getState().map.cards).toHaveLength(5);
    expect(store.getState().map.cards.map((c) => c.id)).toEqual(gridMap().cards.map((c) => c.id));
  });

  it('adds a card and selects it for typing in one step', () => {
    const { store, steps, ctx } = setup();
    ctx.ui.getState().set({ focusedCell: { laneId: 'l-pain', stepId: 's2' } });
    runCommand(ctx, getCommand('addCard'));
    const added = store.getState().map.cards.at(-1);
    expect(added).toMatchObject({ kind: 'pain-point', laneId: 'l-pain', stepId: 's2', order: 1 });
    expect(store.getState().selectedCardIds).toEqual([added?.id]);
    expect(ctx.ui.getState().editingCardId).toBe(added?.id);
    expect(steps()).toBe(1);
  });
});
