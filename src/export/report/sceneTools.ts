/**
 * Small operations on export scenes (src/export/scene.ts) for paper: cropping a scene to a
 * box, the emotion curve's scale, and dropping card text that would print too small to read.
 */
import { formatScore } from '../format';
import { MAP_LAYOUT, type Box, type MapLayout, type TextItem } from '../layoutTypes';
import type { Primitive, Scene } from '../scene';
import { INK_SOFT } from '../theme';

/** The bounding box of a primitive, in scene pixels (text by its wrap width, roughly). */
function bounds(p: Primitive): Box {
  switch (p.type) {
    case 'rect':
    case 'image':
      return { x: p.x, y: p.y, w: p.w, h: p.h };
    case 'line':
      return {
        x: Math.min(p.x1, p.x2),
        y: Math.min(p.y1, p.y2),
        w: Math.abs(p.x2 - p.x1),
        h: Math.abs(p.y2 - p.y1),
      };
    case 'circle':
      return { x: p.cx - p.r, y: p.cy - p.r, w: 2 * p.r, h: 2 * p.r };
    case 'text': {
      const w = Number.isFinite(p.maxWidth) ? p.maxWidth : p.text.length * p.size;
      const x = p.anchor === 'start' ? p.x : p.anchor === 'middle' ? p.x - w / 2 : p.x - w;
      return { x, y: p.y - p.size, w, h: p.size * 1.3 };
    }
    default: {
      const xs = p.points.filter((_, i) => i % 2 === 0);
      const ys = p.points.filter((_, i) => i % 2 === 1);
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
    }
  }
}

const overlaps = (a: Box, b: Box) =>
  a.x <= b.x + b.w && a.x + a.w >= b.x && a.y <= b.y + b.h && a.y + a.h >= b.y;

function shift(p: Primitive, dx: number, dy: number): Primitive {
  switch (p.type) {
    case 'rect':
    case 'image':
    case 'text':
      return { ...p, x: p.x + dx, y: p.y + dy };
    case 'line':
      return { ...p, x1: p.x1 + dx, x2: p.x2 + dx, y1: p.y1 + dy, y2: p.y2 + dy };
    case 'circle':
      return { ...p, cx: p.cx + dx, cy: p.cy + dy };
    default:
      return { ...p, points: p.points.map((v, i) => v + (i % 2 === 0 ? dx : dy)) };
  }
}

/**
 * The part of `scene` inside `box`, moved so the box's corner is (0, 0). Primitives wholly
 * outside are dropped (the title above the grid); the background is redrawn to the box.
 */
export function cropScene(scene: Scene, box: Box, title: string): Scene {
  const primitives: Primitive[] = [];
  if (scene.background)
    primitives.push({
      type: 'rect',
      x: 0,
      y: 0,
      w: box.w,
      h: box.h,
      fill: scene.background,
      stroke: null,
      strokeWidth: 0,
      radius: 0,
    });
  for (const p of scene.primitives) {
    // The scene's own background would spill outside the box: it was redrawn above.
    if (p.type === 'rect' && p.x === 0 && p.y === 0 && p.w === scene.width && p.h === scene.height)
      continue;
    if (p.type === 'text' && (p.y < box.y || p.y - p.size > box.y + box.h)) continue;
    if (!overlaps(bounds(p), box)) continue;
    primitives.push(shift(p, -box.x, -box.y));
  }
  return { width: box.w, height: box.h, title, background: scene.background, primitives };
}

/** Text items of a scene that lie inside card boxes (the card text the 8 pt rule is about). */
export function cardTextSizes(layout: MapLayout): number[] {
  const sizes: number[] = [];
  for (const card of layout.cards) {
    for (const item of card.items) {
      if (item.type === 'text') sizes.push(item.size);
      else if (item.type === 'pill') for (const label of item.labels) sizes.push(label.size);
    }
    // The pain point badge: scene.ts writes numbers of three digits or more at 8 px.
    if (card.painPointNumber !== null) sizes.push(String(card.painPointNumber).length > 2 ? 8 : 11);
  }
  return sizes;
}

/** The smallest card text on a layout, in layout pixels; null when there are no cards. */
export function minCardText(layout: MapLayout): number | null {
  let min: number | null = null;
  for (const size of cardTextSizes(layout)) if (min === null || size < min) min = size;
  return min;
}

/**
 * The emotion curve's scale: +2 … −2 beside the curve band, right-aligned against the grid,
 * with the words for both ends, so a reader can tell what the curve's height means.
 */
export function emotionScale(layout: MapLayout): Primitive[] {
  const out: Primitive[] = [];
  const pad = MAP_LAYOUT.emotionCurve.padding;
  const right = layout.grid.x + MAP_LAYOUT.laneHeader.width - 6;
  for (const lane of layout.lanes) {
    const band = lane.curveBand;
    if (!band) continue;
    for (const score of [2, 1, 0, -1, -2]) {
      const y = band.y + pad + ((2 - score) / 4) * (band.h - 2 * pad);
      const label: TextItem = {
        type: 'text',
        x: right,
        y: y + 3.5,
        text: formatScore(score),
        size: 10,
        bold: score === 0,
        italic: false,
        colour: INK_SOFT,
        anchor: 'end',
        maxWidth: 24,
      };
      out.push(label);
    }
    // The words for both ends go just inside the band, clear of the lane's name.
    const words: [string, number][] = [
      ['very positive', band.y + pad + 3.5],
      ['very negative', band.y + band.h - pad + 3.5],
    ];
    for (const [text, y] of words) {
      out.push({
        type: 'text',
        x: band.x + 4,
        y,
        text,
        size: 10,
        bold: false,
        italic: true,
        colour: INK_SOFT,
        anchor: 'start',
        maxWidth: 90,
      });
    }
  }
  return out;
}

/**
 * The scene without card text smaller than `minPt` once drawn at `scale` points per pixel
 * (a 2,000-card overview): the cards stay as coloured boxes in their places.
 */
export function withoutTinyCardText(
  scene: Scene,
  layout: MapLayout,
  scale: number,
  minPt: number,
): { scene: Scene; dropped: boolean } {
  if ((minCardText(layout) ?? Infinity) * scale >= minPt) return { scene, dropped: false };
  const boxes = layout.cards;
  const inCard = (p: Primitive) =>
    p.type === 'text' &&
    boxes.some(
      (b) => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h + p.size * 0.5,
    );
  // Cards are sorted by column then lane; a linear scan per text item is too slow for 2,000
  // cards, so index card boxes by column x first.
  const byX = new Map<number, typeof boxes>();
  for (const b of boxes) {
    const list = byX.get(b.x);
    if (list) list.push(b);
    else byX.set(b.x, [b]);
  }
  const xs = [...byX.keys()].sort((a, b) => a - b);
  const fastInCard = (p: Primitive) => {
    if (p.type !== 'text') return false;
    let lo = 0;
    let hi = xs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] ?? 0) <= p.x) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return false;
    const column = byX.get(xs[found] ?? 0) ?? [];
    return column.some((b) => p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h + p.size * 0.5);
  };
  const test = boxes.length > 200 ? fastInCard : inCard;
  return {
    scene: { ...scene, primitives: scene.primitives.filter((p) => !test(p)) },
    dropped: true,
  };
}
