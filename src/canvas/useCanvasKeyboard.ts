/**
 * The keyboard on cards: arrow keys move the focus between cards (up and down inside a cell,
 * then to the neighbouring cell), Shift and an arrow key add the card they reach to the
 * selection (to link two cards with Shift+K without a mouse), Alt and an arrow key move the
 * selected cards.
 */
import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import { useCommandContext } from '../bindings/EditorProvider';
import { commandForKey, runCommand } from '../commands/dispatch';
import { neighbourCell, type Direction } from '../domain/cells';
import { cellKey, type MapLayout } from './layout';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The canvas wrapper's key-down handler (capture phase), for keys pressed on a card. */
export function useCanvasKeyboard(layoutRef: RefObject<MapLayout | null>) {
  const ctx = useCommandContext();
  const { editor } = ctx;
  return useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (!target.classList.contains('react-flow__node')) return;
      const direction = ARROWS[event.key];
      if (!direction) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.altKey) {
        const command = commandForKey(event, true);
        if (command) runCommand(ctx, command);
        return;
      }
      const id = target.dataset.id;
      const layoutNow = layoutRef.current;
      const box0 = id ? layoutNow?.cards.get(id) : undefined;
      if (!layoutNow || !box0) return;
      const inCell = layoutNow.cells.get(cellKey(box0.laneId, box0.stepId)) ?? [];
      let nextId: string | undefined;
      if (direction === 'up' || direction === 'down')
        nextId = inCell[box0.index + (direction === 'up' ? -1 : 1)];
      if (nextId === undefined) {
        const cell = neighbourCell(editor.map, box0, direction);
        if (!cell) return;
        const there = layoutNow.cells.get(cellKey(cell.laneId, cell.stepId)) ?? [];
        nextId =
          direction === 'up'
            ? there[there.length - 1]
            : direction === 'down'
              ? there[0]
              : there[Math.min(box0.index, there.length - 1)];
        if (nextId === undefined) {
          if (event.shiftKey) return; // the selection stays; an empty cell adds nothing
          editor.select([]);
          ctx.canvas.focusCell(cell);
          return;
        }
      }
      if (event.shiftKey) {
        const keep = editor.selectedCardIds.filter((selected) => selected !== nextId);
        const current = id && !keep.includes(id) ? [...keep, id] : keep;
        editor.select([...current, nextId]);
      } else editor.select([nextId]);
      ctx.canvas.focusCard(nextId);
    },
    [ctx, layoutRef, editor],
  );
}
