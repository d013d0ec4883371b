/**
 * The canvas's viewport is a composited layer (`will-change: transform`, mapCanvas.css): a pan
 * or zoom frame moves the pixels already drawn instead of drawing every card, lane and header
 * again. Wheel-panning a 5,000-card map under a ×2 CPU throttle, the main thread's paint time
 * fell from 1,693 to 372 ms and its tasks over 16.7 ms from 148 to 28 (a Chromium trace), and
 * the bench's slow panning frames from +11.8 to −0.1 pts over the baseline (issue 17). Chromium may keep such a layer's pixels at the scale they were drawn at
 * ("Re-rastering composited layers on scale change", developer.chrome.com), so after a zoom the
 * cards could stay blurred or blocky: once the view has rested for `REDRAW_AFTER_MS` at another
 * zoom than the layer was drawn at, the layer is dropped for one frame (drawn sharp into the
 * page) and made again: not between the steps of a zoom by the wheel, which would draw the
 * whole map again at each step; not back at the zoom it was drawn at (zooming in and out
 * again by the wheel ends a hair's breadth from it); and not while a pointer is pressed on the
 * canvas (that frame draws the whole map: a card dragged right after a zoom stalled for it,
 * 67 ms at 2,000 cards in the bench), but once it is let go and the view has rested again.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { OnMove } from '@xyflow/react';
import { afterNextPaint } from '../bindings/afterPaint';

/** The class on the canvas's wrapper that drops the viewport's layer for a frame. */
export const REDRAW_CLASS = 'map-canvas--redraw';

/** How long the view rests at a new zoom before the map is drawn sharp again, in ms. */
export const REDRAW_AFTER_MS = 400;

/** Zooms closer than this ratio draw the same pixels (a tenth of a percent). */
const SAME_ZOOM = 1e-3;

/** Whether the layer drawn at zoom `drawn` needs no redraw at zoom `now`. */
const sameZoom = (drawn: number, now: number) => Math.abs(now / drawn - 1) < SAME_ZOOM;

/**
 * React Flow's `onMoveStart` and `onMoveEnd` for the canvas inside `wrapperRef` (see above);
 * `onMoveEnd` calls `afterMove` too. `restMs`: the wait before drawing again (tests pass 0).
 */
export function useSharpAfterZoom(
  wrapperRef: RefObject<HTMLElement | null>,
  afterMove: () => void,
  restMs = REDRAW_AFTER_MS,
): { onMoveStart: OnMove; onMoveEnd: OnMove } {
  // The zoom the layer's pixels were drawn at (known from the first move's start).
  const drawnZoom = useRef<number | null>(null);
  const waiting = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelPaint = useRef<(() => void) | null>(null);
  // A pointer pressed on the canvas (a card or the map being dragged), and the redraw that
  // waits for it to be let go.
  const pressed = useRef(false);
  const afterRelease = useRef<(() => void) | null>(null);
  const stopWaiting = () => {
    if (waiting.current !== null) clearTimeout(waiting.current);
    waiting.current = null;
    afterRelease.current = null;
  };
  useEffect(() => {
    const wrapper = wrapperRef.current;
    const press = () => {
      pressed.current = true;
    };
    const release = () => {
      pressed.current = false;
      const redraw = afterRelease.current;
      afterRelease.current = null;
      redraw?.();
    };
    wrapper?.addEventListener('pointerdown', press, true);
    window.addEventListener('pointerup', release, true);
    window.addEventListener('pointercancel', release, true);
    return () => {
      wrapper?.removeEventListener('pointerdown', press, true);
      window.removeEventListener('pointerup', release, true);
      window.removeEventListener('pointercancel', release, true);
      stopWaiting();
      cancelPaint.current?.();
    };
  }, [wrapperRef]);
  const onMoveStart = useCallback<OnMove>((_, viewport) => {
    stopWaiting();
    drawnZoom.current ??= viewport.zoom;
  }, []);
  const onMoveEnd = useCallback<OnMove>(
    (_, viewport) => {
      afterMove();
      stopWaiting();
      const wrapper = wrapperRef.current;
      const drawn = drawnZoom.current;
      if (!wrapper || drawn === null || sameZoom(drawn, viewport.zoom)) return;
      const wait = () => {
        waiting.current = setTimeout(redraw, restMs);
      };
      const redraw = () => {
        waiting.current = null;
        if (pressed.current) {
          afterRelease.current = wait;
          return;
        }
        drawnZoom.current = viewport.zoom;
        wrapper.classList.add(REDRAW_CLASS);
        cancelPaint.current?.();
        cancelPaint.current = afterNextPaint(() => {
          cancelPaint.current = null;
          wrapper.classList.remove(REDRAW_CLASS);
        });
      };
      wait();
    },
    [wrapperRef, afterMove, restMs],
  );
  return { onMoveStart, onMoveEnd };
}
