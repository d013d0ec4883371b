/**
 * The legend is a panel beside the map: opening it moves focus to it, Escape inside it closes
 * it, and focus goes back to the control that opened it (src/ui/common/usePanelFocus.ts).
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CommandProvider, useView } from '../../src/bindings/EditorProvider';
import { createClipboard } from '../../src/commands/clipboard';
import { noCanvas, type CommandContext } from '../../src/commands/context';
import { Editor } from '../../src/editor/editor';
import { Legend } from '../../src/ui/editor/Legend';
import { gridMap } from '../builders';

function LegendWhenOpen() {
  return useView((s) => s.legendOpen) ? <Legend /> : null;
}

function setup() {
  const editor = new Editor(gridMap([]));
  const ctx: CommandContext = { editor, canvas: noCanvas, clipboard: createClipboard() };
  const open = () => editor.view.getState().set({ legendOpen: !editor.view.getState().legendOpen });
  render(
    <CommandProvider value={ctx}>
      <button type="button" onClick={open}>
        Opener
      </button>
      <LegendWhenOpen />
    </CommandProvider>,
  );
  return {
    editor,
    user: userEvent.setup(),
    opener: screen.getByRole('button', { name: 'Opener' }),
  };
}

describe('the legend’s focus', () => {
  it('takes focus when it opens; Escape inside closes it and focus goes back', async () => {
    const { editor, user, opener } = setup();
    await user.click(opener);
    expect(screen.getByRole('heading', { name: 'Legend' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Touchpoint' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(editor.view.getState().legendOpen).toBe(false);
    expect(screen.queryByRole('region', { name: 'Legend' })).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('its Close button gives focus back too; closed from elsewhere, focus stays there', async () => {
    const { editor, user, opener } = setup();
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close legend' }));
    expect(opener).toHaveFocus();

    await user.click(opener);
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    elsewhere.focus();
    act(() => editor.view.getState().set({ legendOpen: false }));
    expect(elsewhere).toHaveFocus();
    elsewhere.remove();
  });
});
