/**
 * The drawing primitives of an exported map and small constructors for them (in px at scale
 * 1). scene.ts builds a map's scene from them; SVG, PNG and the reports translate them.
 */
import { MOMENT_OF_TRUTH } from '../domain/kinds';
import { MAP_LAYOUT, type TextItem } from './layoutTypes';

/**
 * One drawing primitive of the exported map (rectangle, line, polyline, polygon, circle, Bézier
 * curve, image or text), in px at scale 1.
 */
export type Primitive =
  | {
      type: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string | null;
      stroke: string | null;
      strokeWidth: number;
      radius: number;
    }
  | {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      strokeWidth: number;
      dash: number[] | null;
    }
  /** A raster picture (a persona photo) filling a circle, cropped to cover it. */
  | { type: 'image'; x: number; y: number; w: number; h: number; href: string }
  | { type: 'polyline'; points: number[]; stroke: string; strokeWidth: number }
  | { type: 'polygon'; points: number[]; fill: string; stroke: string | null; strokeWidth: number }
  | {
      type: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill: string;
      stroke: string | null;
      strokeWidth: number;
    }
  | {
      type: 'bezier';
      points: readonly number[];
      stroke: string;
      strokeWidth: number;
      dash: number[] | null;
    }
  | TextItem;

/** The exported map as drawing primitives, in px at scale 1: what SVG and PNG translate. */
export interface Scene {
  width: number;
  height: number;
  /** The map title, for the SVG's accessible name. */
  title: string;
  background: string | null;
  primitives: Primitive[];
}

/** A rectangle (fill and stroke may be null; radius in px). */
export const rect = (
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string | null,
  stroke: string | null = null,
  strokeWidth = 1,
  radius = 0,
): Primitive => ({
  type: 'rect',
  x,
  y,
  w,
  h,
  fill,
  stroke,
  strokeWidth,
  radius,
});
/** A straight line (dash: the SVG dash pattern in px, or null for solid). */
export const line = (
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  strokeWidth = 1,
  dash: number[] | null = null,
): Primitive => ({
  type: 'line',
  x1,
  y1,
  x2,
  y2,
  stroke,
  strokeWidth,
  dash,
});

/** The ten points of a five-pointed star centred on (cx, cy). */
export function starPoints(cx: number, cy: number, outer: number): number[] {
  const inner = outer * 0.45;
  const points: number[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(round(cx + r * Math.cos(angle)), round(cy + r * Math.sin(angle)));
  }
  return points;
}

/** Rounds to 1/100 px, as the SVG writes coordinates. */
export const round = (n: number) => Math.round(n * 100) / 100;

/** A moment-of-truth star of `size` px centred on (cx, cy). */
export function star(cx: number, cy: number, size: number): Primitive {
  return {
    type: 'polygon',
    points: starPoints(cx, cy, size / 2),
    fill: MOMENT_OF_TRUTH.colour,
    stroke: null,
    strokeWidth: 0,
  };
}

/** An arrowhead at the end of a Bézier, pointing along its last tangent. */
export function arrowHead(points: readonly number[], colour: string): Primitive {
  const [c2x = 0, c2y = 0, ex = 0, ey = 0] = points.slice(4);
  const angle = Math.atan2(ey - c2y, ex - c2x);
  const size = MAP_LAYOUT.link.arrowSize;
  const at = (a: number) => [round(ex - size * Math.cos(a)), round(ey - size * Math.sin(a))];
  return {
    type: 'polygon',
    points: [ex, ey, ...at(angle - 0.45), ...at(angle + 0.45)],
    fill: colour,
    stroke: null,
    strokeWidth: 0,
  };
}
