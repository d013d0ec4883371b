/**
 * Keeps keyboard focus on the map when the focused card or cell disappears from under it
 * (deleted, undone, moved by another person): focus would otherwise fall to the page's body, and
 * a keyboard or screen-reader user would have to start again from the top (WCAG 2.4.3). Focus
 * goes to the selected card, else the card now at the same place in the cell, else the cell.
 * A focus the user moved away (a click elsewhere) is left alone.
 */
import { useEffect, type RefObject } from 'react';
import { useCommandContext } from '../bindings/EditorProvider';
import { cellKey, type MapLayout } from './layout';

interface Remembered {
  element: HTMLElement;
  cardId: string | null;
  laneId: string;
  stepId: string;
  index: number;
}

/** Watches the canvas under `wrapperRef` and puts focus back when its focused item goes. */
export function useFocusRescue(
  wrapperRef: RefObject<HTMLElement | null>,
  layoutRef: RefObject<MapLayout | null>,
) {
  const ctx = useCommandContext();
  useEffect(() => {
    const wrapper = wrapperRef.current;
    if (!wrapper) return;
    let remembered: Remembered | null = null;

    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      const cardId = target.classList.contains('react-flow__node') ? target.dataset.id : undefined;
      const box = cardId ? layoutRef.current?.cards.get(cardId) : undefined;
      if (box && cardId) {
        remembered = { element: target, cardId, ...box };
        return;
      }
      const cell = target.dataset.cell?.split('|');
      if (cell?.[0] && cell[1]) {
        const ref = { laneId: cell[0], stepId: cell[1] };
        // (A cell reached by Tab is panned into view by useFocusInView.)
        remembered = { element: target, cardId: null, ...ref, index: 0 };
        return;
      }
      remembered = null;
    };
    const rescue = () => {
      const lost = remembered;
      if (!lost || lost.element.isConnected) return;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      remembered = null;
      const { editor, canvas } = ctx;
      const layout = layoutRef.current;
      const selected = editor.selectedCardIds.at(-1);
      if (selected && layout?.cards.has(selected)) return canvas.focusCard(selected);
      if (lost.cardId && layout?.cards.has(lost.cardId)) return canvas.focusCard(lost.cardId);
      const inCell = layout?.cells.get(cellKey(lost.laneId, lost.stepId)) ?? [];
      const there = inCell[Math.min(lost.index, inCell.length - 1)];
      if (there !== undefined) return canvas.focusCard(there);
      canvas.focusCell({ laneId: lost.laneId, stepId: lost.stepId });
    };
    // After the frame, when React has drawn what replaced the lost item.
    const later = () => requestAnimationFrame(rescue);
    const onFocusOut = () =>
      requestAnimationFrame(() => {
        // Moved away by the user (the item is still there): nothing to rescue.
        if (remembered?.element.isConnected && document.activeElement !== remembered.element)
          remembered = null;
      });
    const observer = new MutationObserver(later);
    observer.observe(wrapper, { childList: true, subtree: true });
    wrapper.addEventListener('focusin', onFocusIn);
    wrapper.addEventListener('focusout', onFocusOut);
    return () => {
      observer.disconnect();
      wrapper.removeEventListener('focusin', onFocusIn);
      wrapper.removeEventListener('focusout', onFocusOut);
    };
  }, [ctx, wrapperRef, layoutRef]);
}
