/**
 * Box selection with the select tool: dragging on the grid's empty space draws a box and
 * selects every card it touches (added to the selection with Shift, Cmd or Ctrl). Space held
 * down pans instead, and the click that ends a box does not also select a cell.
 */
import { useReactFlow } from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';
import { useEditorApi } from '../bindings/EditorProvider';
import type { MapLayout } from './layout';

/** The box being drawn, in pixels from the canvas wrapper's top-left corner. */
export interface SelectionBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pointer travel (px) before a press on the grid becomes a box. */
const BOX_THRESHOLD_PX = 5;
/** How long (ms) after a box the click it ends is swallowed. */
const SWALLOW_CLICK_MS = 80;

/** The box being drawn (null when none) and the wrapper's pointer-down handler that starts one. */
export function useBoxSelection(
  wrapperRef: RefObject<HTMLDivElement | null>,
  layoutRef: RefObject<MapLayout | null>,
  tool: string,
) {
  const editor = useEditorApi();
  const flow = useReactFlow();
  const suppressClickUntil = useRef(0);
  const spaceDown = useRef(false);
  const [box, setBox] = useState<SelectionBox | null>(null);

  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.code === 'Space') spaceDown.current = true;
    };
    const up = (e: KeyboardEvent) => {
      if (e.code === 'Space') spaceDown.current = false;
    };
    const swallowClick = (e: MouseEvent) => {
      if (performance.now() < suppressClickUntil.current) {
        e.stopPropagation();
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('click', swallowClick, true);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('click', swallowClick, true);
    };
  }, []);

  const onPointerDown = useCallback(
    (event: ReactPointerEvent) => {
      // A finger pans (MapCanvas); only a mouse or a pen draws a selection box.
      if (event.button !== 0 || tool !== 'select' || spaceDown.current) return;
      if (event.pointerType === 'touch') return;
      const target = event.target as HTMLElement;
      if (!(target.classList.contains('react-flow__pane') || target.closest('[data-cell]'))) return;
      const wrapper = wrapperRef.current;
      if (!wrapper) return;
      const origin = wrapper.getBoundingClientRect();
      const start = { x: event.clientX, y: event.clientY };
      const additive = event.shiftKey || event.metaKey || event.ctrlKey;
      const base = additive ? editor.selectedCardIds : [];
      let moved = false;
      let lastKey = '';
      const move = (e: PointerEvent) => {
        if (!moved && Math.hypot(e.clientX - start.x, e.clientY - start.y) < BOX_THRESHOLD_PX)
          return;
        moved = true;
        setBox({
          x: Math.min(start.x, e.clientX) - origin.left,
          y: Math.min(start.y, e.clientY) - origin.top,
          width: Math.abs(e.clientX - start.x),
          height: Math.abs(e.clientY - start.y),
        });
        const a = flow.screenToFlowPosition({
          x: Math.min(start.x, e.clientX),
          y: Math.min(start.y, e.clientY),
        });
        const b = flow.screenToFlowPosition({
          x: Math.max(start.x, e.clientX),
          y: Math.max(start.y, e.clientY),
        });
        const inside: string[] = [];
        for (const card of layoutRef.current?.cards.values() ?? []) {
          if (
            card.x < b.x &&
            card.x + card.width > a.x &&
            card.y < b.y &&
            card.y + card.height > a.y
          ) {
            inside.push(card.id);
          }
        }
        const next = [...new Set([...base, ...inside])];
        const key = next.join(',');
        if (key !== lastKey) {
          lastKey = key;
          editor.select(next);
        }
      };
      const up = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', up);
        if (moved) {
          setBox(null);
          suppressClickUntil.current = performance.now() + SWALLOW_CLICK_MS;
          if (editor.selectedCardIds.length > 0)
            editor.view.getState().set({ inspectorTarget: null });
        }
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', up);
    },
    [flow, layoutRef, editor, tool, wrapperRef],
  );
  return { box, onPointerDown };
}

/**
 * Keeps React Flow's containers from scrolling when a cell or card inside them takes focus
 * (the canvas pans instead); parts marked `.canvas-scrollable` may scroll, and so may a text
 * field (a card's title being typed scrolls to keep the caret in view).
 */
export function useNoFocusScroll(wrapperRef: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const unscroll = (e: Event) => {
      const t = e.target as HTMLElement;
      if (
        t instanceof HTMLElement &&
        !(t instanceof HTMLTextAreaElement || t instanceof HTMLInputElement) &&
        t.closest('.map-canvas') &&
        (t.scrollTop || t.scrollLeft) &&
        !t.closest('.canvas-scrollable')
      ) {
        t.scrollTop = 0;
        t.scrollLeft = 0;
      }
    };
    const wrapper = wrapperRef.current;
    wrapper?.addEventListener('scroll', unscroll, true);
    return () => wrapper?.removeEventListener('scroll', unscroll, true);
  }, [wrapperRef]);
}
