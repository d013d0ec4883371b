/**
 * Keyboard shortcuts and clipboard events for the open editor, dispatched to the command
 * registry. Keys typed into a text field stay with the field; single-letter shortcuts work
 * only while focus is on the map itself.
 */
import { useEffect } from 'react';
import { getCommand } from '../../commands';
import type { CommandContext } from '../../commands/context';
import { commandForKey, runCommand } from '../../commands/dispatch';
import type { CellRef } from '../../domain/cells';

/**
 * True when typing goes into the element (a text input, textarea, select or editable content), so
 * shortcuts leave the keys alone.
 */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    );
  }
  return false;
}

function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog, [role="menu"]') !== null;
}

function onMap(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  // The map itself, not its header buttons (where Enter renames and letters do nothing).
  return (
    target.closest('.map-canvas') !== null &&
    target.closest('button, [role="slider"], [role="separator"]') === null
  );
}

/** The grid cell of a focused cell or card on the map, or null. */
function cellOf(ctx: CommandContext, target: EventTarget | null): CellRef | null {
  if (!(target instanceof HTMLElement)) return null;
  const cell = target.closest<HTMLElement>('[data-cell]')?.dataset.cell?.split('|');
  if (cell?.[0] && cell[1]) return { laneId: cell[0], stepId: cell[1] };
  const cardId = target.closest<HTMLElement>('.react-flow__node')?.dataset.id;
  const card = cardId ? ctx.editor.map.cards.find((c) => c.id === cardId) : undefined;
  return card ? { laneId: card.laneId, stepId: card.stepId } : null;
}

/**
 * Runs the registry's commands from keyboard shortcuts and the clipboard events while the editor is
 * open.
 */
export function useEditorKeyboard(ctx: CommandContext) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (isTextField(event.target) || inDialog(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const command = commandForKey(event, onMap(event.target));
      if (!command) return;
      // A card's shortcut adds to the cell the keyboard is on (a cell, or a card's cell), never
      // to a cell remembered from earlier and now off screen; elsewhere it does nothing.
      if (command.id === 'addCard' || command.id.startsWith('addCard.')) {
        const cell = cellOf(ctx, event.target);
        if (!cell) return;
        ctx.editor.view.getState().set({ focusedCell: cell });
      }
      // Buttons keep Enter and Space for themselves.
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement)
        return;
      if (runCommand(ctx, command)) event.preventDefault();
      else if (command.edits || command.id === 'selectAll') event.preventDefault();
    };
    const clipboard = (kind: 'copy' | 'cut' | 'paste') => (event: ClipboardEvent) => {
      if (isTextField(event.target) || inDialog(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      // Leave a text selection the user made on the page to the browser.
      const selection = document.getSelection();
      if (
        kind !== 'paste' &&
        selection &&
        !selection.isCollapsed &&
        selection.toString().trim() !== ''
      )
        return;
      runCommand(ctx, getCommand(kind), { clipboardEvent: event });
    };
    const onCopy = clipboard('copy');
    const onCut = clipboard('cut');
    const onPaste = clipboard('paste');
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [ctx]);
}
