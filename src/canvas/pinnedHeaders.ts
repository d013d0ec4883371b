/**
 * The headers pinned to the canvas's edges while the map pans (GridLayer): the lane labels down
 * the left, the phase and step headers across the top. Cards under them cannot be seen or
 * reached, so a drop there is no drop and a card revealed there is brought out from under them
 * (panToShow: the least pan that shows a box).
 */
import { HEADER_HEIGHT, LAYOUT } from './layout';

/** React Flow's viewport transform: [x, y, zoom] (screen px, screen px, scale). */
type Transform = readonly [number, number, number];

/** Where the pinned headers end in canvas px for `transform`: cards show right of and below. */
export function pinnedHeaderEdges([tx, ty, zoom]: Transform): { right: number; bottom: number } {
  return {
    right: Math.max(0, -tx / zoom) + LAYOUT.laneHeaderWidth,
    bottom: Math.max(0, -ty / zoom) + HEADER_HEIGHT,
  };
}

/** Whether the canvas point (canvas px) lies under a pinned header for `transform`. */
export function underPinnedHeaders(point: { x: number; y: number }, transform: Transform): boolean {
  const edges = pinnedHeaderEdges(transform);
  return point.x < edges.right || point.y < edges.bottom;
}

/** Room (screen px) left between a focused item and the edge it was brought in from. */
const MARGIN_PX = 16;

/** The pan (screen px) that brings `box` inside `[left, top, right, bottom]`; 0, 0 if it is in. */
export function panToShow(
  box: { left: number; top: number; width: number; height: number },
  view: { left: number; top: number; right: number; bottom: number },
): { dx: number; dy: number } {
  const axis = (start: number, size: number, from: number, to: number) => {
    // Larger than the room: its start is shown.
    const shown = Math.min(size, to - from - 2 * MARGIN_PX);
    if (start < from) return from + MARGIN_PX - start;
    if (start + shown > to) return to - MARGIN_PX - (start + shown);
    return 0;
  };
  return {
    dx: axis(box.left, box.width, view.left, view.right),
    dy: axis(box.top, box.height, view.top, view.bottom),
  };
}
