/**
 * Drawing scene primitives with the Canvas 2D API. No SVG, no `<foreignObject>`, no DOM
 * cloning: each primitive is one or two canvas calls, so thousands of cards draw in well
 * under a second.
 */
import { MAP_LAYOUT } from './layoutTypes';
import type { Primitive } from './scene';
import { cleanText, textDirection } from './text';

/** The part of CanvasRenderingContext2D the exporter uses (a fake can stand in for tests). */
export type DrawingContext = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'bezierCurveTo'
  | 'closePath'
  | 'rect'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'fillRect'
  | 'fillText'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'lineCap'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'save'
  | 'restore'
  | 'clip'
  | 'drawImage'
> &
  Partial<Pick<CanvasRenderingContext2D, 'roundRect' | 'direction'>>;

/**
 * Where and how a line of text is placed: a right-to-left line (Arabic, Hebrew) is drawn with a
 * right-to-left base direction and aligned to the right edge of the room it was wrapped to, as
 * the app shows it. Shared by the PNG (below) and the SVG (svg.ts).
 */
export function placeText(p: Extract<Primitive, { type: 'text' }>): {
  text: string;
  x: number;
  rtl: boolean;
  align: 'left' | 'center' | 'right';
} {
  const text = cleanText(p.text);
  const rtl = textDirection(text) === 'rtl';
  if (rtl && p.anchor === 'start' && Number.isFinite(p.maxWidth)) {
    return { text, x: p.x + p.maxWidth, rtl, align: 'right' };
  }
  const align = p.anchor === 'middle' ? 'center' : p.anchor === 'end' ? 'right' : 'left';
  return { text, x: p.x, rtl, align };
}

function fontOf(p: Extract<Primitive, { type: 'text' }>): string {
  return `${p.italic ? 'italic ' : ''}${p.bold ? 'bold ' : ''}${p.size}px ${MAP_LAYOUT.fontFamily}`;
}

function path(ctx: DrawingContext, points: readonly number[], close: boolean): void {
  ctx.beginPath();
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i] ?? 0;
    const y = points[i + 1] ?? 0;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  if (close) ctx.closePath();
}

function finish(
  ctx: DrawingContext,
  fill: string | null,
  stroke: string | null,
  strokeWidth: number,
  dash: number[] | null = null,
): void {
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill();
  }
  if (stroke && strokeWidth > 0) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = strokeWidth;
    ctx.setLineDash(dash ?? []);
    ctx.stroke();
  }
}

/** A decoded picture, by the data URL it came from (see png.ts). */
export interface LoadedPicture {
  source: CanvasImageSource;
  width: number;
  height: number;
}

/** Draws a picture cropped to cover its box, clipped to a circle (as the SVG does). */
function drawPicture(
  ctx: DrawingContext,
  p: Extract<Primitive, { type: 'image' }>,
  picture: LoadedPicture,
): void {
  const scale = Math.max(p.w / picture.width, p.h / picture.height);
  const sw = p.w / scale;
  const sh = p.h / scale;
  ctx.save();
  ctx.beginPath();
  ctx.arc(p.x + p.w / 2, p.y + p.h / 2, Math.min(p.w, p.h) / 2, 0, Math.PI * 2);
  ctx.clip();
  ctx.drawImage(
    picture.source,
    (picture.width - sw) / 2,
    (picture.height - sh) / 2,
    sw,
    sh,
    p.x,
    p.y,
    p.w,
    p.h,
  );
  ctx.restore();
}

/**
 * Draws `primitives[from … to)` onto `ctx` (which the caller has scaled). The font is only
 * set when it changes: setting `ctx.font` parses CSS and is the costliest call here.
 * Pictures missing from `pictures` (not loaded, or broken) are left out.
 */
export function drawPrimitives(
  ctx: DrawingContext,
  primitives: readonly Primitive[],
  from = 0,
  to = primitives.length,
  pictures: ReadonlyMap<string, LoadedPicture> = new Map(),
): void {
  let font = '';
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (let i = from; i < to; i++) {
    const p = primitives[i];
    if (!p) continue;
    switch (p.type) {
      case 'rect':
        if (p.radius === 0 && p.fill && !p.stroke) {
          ctx.fillStyle = p.fill;
          ctx.fillRect(p.x, p.y, p.w, p.h);
          break;
        }
        ctx.beginPath();
        if (p.radius > 0 && typeof ctx.roundRect === 'function')
          ctx.roundRect(p.x, p.y, p.w, p.h, p.radius);
        else ctx.rect(p.x, p.y, p.w, p.h);
        finish(ctx, p.fill, p.stroke, p.strokeWidth);
        break;
      case 'line':
        ctx.beginPath();
        ctx.moveTo(p.x1, p.y1);
        ctx.lineTo(p.x2, p.y2);
        finish(ctx, null, p.stroke, p.strokeWidth, p.dash);
        break;
      case 'polyline':
        path(ctx, p.points, false);
        finish(ctx, null, p.stroke, p.strokeWidth);
        break;
      case 'polygon':
        path(ctx, p.points, true);
        finish(ctx, p.fill, p.stroke, p.strokeWidth);
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(p.cx, p.cy, p.r, 0, Math.PI * 2);
        finish(ctx, p.fill, p.stroke, p.strokeWidth);
        break;
      case 'bezier': {
        const [x1 = 0, y1 = 0, c1x = 0, c1y = 0, c2x = 0, c2y = 0, x2 = 0, y2 = 0] = p.points;
        ctx.beginPath();
        ctx.moveTo(x1, y1);
        ctx.bezierCurveTo(c1x, c1y, c2x, c2y, x2, y2);
        finish(ctx, null, p.stroke, p.strokeWidth, p.dash);
        break;
      }
      case 'image': {
        const picture = pictures.get(p.href);
        if (picture && picture.width > 0 && picture.height > 0) drawPicture(ctx, p, picture);
        break;
      }
      case 'text': {
        const next = fontOf(p);
        if (next !== font) {
          ctx.font = next;
          font = next;
        }
        ctx.fillStyle = p.colour;
        const placed = placeText(p);
        ctx.textAlign = placed.align;
        const direction = placed.rtl ? 'rtl' : 'ltr';
        if ('direction' in ctx && ctx.direction !== direction) ctx.direction = direction;
        // The layout measured this font; maxWidth only squeezes a line a missing font made wider.
        if (Number.isFinite(p.maxWidth) && p.maxWidth > 0)
          ctx.fillText(placed.text, placed.x, p.y, p.maxWidth);
        else ctx.fillText(placed.text, placed.x, p.y);
        break;
      }
    }
  }
}
