/**
 * The headers pinned to the canvas's edges while the map pans (GridLayer): the lane labels down
 * the left, the phase and step headers across the top. Cards under them cannot be seen or
 * reached, so a drop there is no drop and a card revealed there is brought out from under them.
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
