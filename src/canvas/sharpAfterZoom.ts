/**
 * The canvas's viewport is a composited layer (`will-change: transform`, mapCanvas.css): a pan
 * or zoom frame moves the pixels already drawn instead of drawing every card, lane and header
 * again. Wheel-panning a 5,000-card map under a ×2 CPU throttle, the main thread's paint time
 * fell from 1,693 to 372 ms and its tasks over 16.7 ms from 148 to 28 (bench/_pan trace,
 * issue 17). Chromium may keep such a layer's pixels at the scale they were drawn at
 * ("Re-rastering composited layers on scale change", developer.chrome.com), so after a zoom the
 * cards could stay blurred or blocky: when a move ends at another zoom than it began at, the
 * layer is dropped for one frame (drawn sharp into the page) and made again at once.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { OnMove } from '@xyflow/react';
import { afterNextPaint } from '../bindings/afterPaint';

/** The class on the canvas's wrapper that drops the viewport's layer for a frame. */
export const REDRAW_CLASS = 'map-canvas--redraw';

/**
 * React Flow's `onMoveStart` and `onMoveEnd` for the canvas inside `wrapperRef` (see above);
 * `onMoveEnd` calls `afterMove` too.
 */
export function useSharpAfterZoom(
  wrapperRef: RefObject<HTMLElement | null>,
  afterMove: () => void,
): { onMoveStart: OnMove; onMoveEnd: OnMove } {
  const startZoom = useRef<number | null>(null);
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => () => cancel.current?.(), []);
  const onMoveStart = useCallback<OnMove>((_, viewport) => {
    startZoom.current ??= viewport.zoom;
  }, []);
  const onMoveEnd = useCallback<OnMove>(
    (_, viewport) => {
      const from = startZoom.current;
      startZoom.current = null;
      afterMove();
      const wrapper = wrapperRef.current;
      if (!wrapper || from === null || from === viewport.zoom) return;
      wrapper.classList.add(REDRAW_CLASS);
      cancel.current?.();
      cancel.current = afterNextPaint(() => {
        cancel.current = null;
        wrapper.classList.remove(REDRAW_CLASS);
      });
    },
    [wrapperRef, afterMove],
  );
  return { onMoveStart, onMoveEnd };
}
