import { describe, expect, it } from 'vitest';
import { gridMap } from '../../tests/builders';
import { Editor } from '../editor/editor';
import { getCommand } from './index';
import { createClipboard } from './clipboard';
import { noCanvas, type CommandContext } from './context';
import { runCommand } from './dispatch';

/** An editor on the small test grid, with a command context around it. */
function setup(map = gridMap()) {
  const editor = new Editor(map);
  const ctx: CommandContext = { editor, canvas: noCanvas, clipboard: createClipboard() };
  const state = () => editor.store.getState();
  const cardIds = () => state().map.cards.map((c) => c.id);
  return { editor, ctx, state, cardIds };
}

describe('editor: commands are one undo step each', () => {
  it('duplicate, move and delete of a selection', () => {
    const { editor, ctx, cardIds } = setup();
    const before = cardIds();
    editor.select(['c-t1', 'c-t2']);
    runCommand(ctx, getCommand('duplicateSelection'));
    expect(cardIds()).toHaveLength(7);
    expect(editor.undoDepth).toBe(1);
    runCommand(ctx, getCommand('move.right'));
    expect(editor.undoDepth).toBe(2);
    runCommand(ctx, getCommand('deleteSelection'));
    expect(cardIds()).toHaveLength(5);
    expect(editor.undoDepth).toBe(3);
    runCommand(ctx, getCommand('undo'));
    runCommand(ctx, getCommand('undo'));
    runCommand(ctx, getCommand('undo'));
    expect(cardIds()).toEqual(before);
  });

  it('adds a card and selects it for typing in one step', () => {
    const { editor, ctx, state } = setup();
    editor.view.getState().set({ focusedCell: { laneId: 'l-pain', stepId: 's2' } });
    runCommand(ctx, getCommand('addCard'));
    const added = state().map.cards.at(-1);
    expect(added).toMatchObject({ kind: 'pain-point', laneId: 'l-pain', stepId: 's2', order: 1 });
    expect(state().selectedCardIds).toEqual([added?.id]);
    expect(editor.view.getState().editingCardId).toBe(added?.id);
    expect(editor.undoDepth).toBe(1);
  });
});

describe('view commands', () => {
  it('toggles the outline view', () => {
    const { editor, ctx } = setup();
    runCommand(ctx, getCommand('toggleOutline'));
    expect(editor.view.getState().outlineOpen).toBe(true);
    runCommand(ctx, getCommand('toggleOutline'));
    expect(editor.view.getState().outlineOpen).toBe(false);
  });

  it('keeps a live session participant in annotation mode', () => {
    const { editor, ctx } = setup();
    editor.setMode('annotate');
    editor.setRole('participant');
    expect(runCommand(ctx, getCommand('toggleAnnotate'))).toBe(false);
    expect(editor.store.getState().mode).toBe('annotate');
    editor.setRole('owner');
    expect(runCommand(ctx, getCommand('toggleAnnotate'))).toBe(true);
    expect(editor.store.getState().mode).toBe('edit');
  });
});
