/**
 * Draws an export scene (scene.ts) onto a PDF page as vectors and real text: the map stays
 * sharp at any zoom, and its words can be selected and searched.
 */
import { rgb, type PDFImage, type PDFPage, type RGB } from 'pdf-lib';
import type { Primitive, Scene } from '../../scene';
import { cleanText } from '../../text';
import type { PdfFonts } from './pdfFonts';

const colours = new Map<string, RGB>();

/** `#1f4e79` → a pdf-lib colour (cached). */
export function pdfColour(hex: string): RGB {
  let colour = colours.get(hex);
  if (!colour) {
    const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
    const n = parseInt(value, 16);
    colour = rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
    colours.set(hex, colour);
  }
  return colour;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

function roundedRectPath(x: number, y: number, w: number, h: number, radius: number): string {
  const r = Math.min(radius, w / 2, h / 2);
  return (
    `M${r2(x + r)} ${r2(y)}H${r2(x + w - r)}Q${r2(x + w)} ${r2(y)} ${r2(x + w)} ${r2(y + r)}` +
    `V${r2(y + h - r)}Q${r2(x + w)} ${r2(y + h)} ${r2(x + w - r)} ${r2(y + h)}` +
    `H${r2(x + r)}Q${r2(x)} ${r2(y + h)} ${r2(x)} ${r2(y + h - r)}V${r2(y + r)}Q${r2(x)} ${r2(y)} ${r2(x + r)} ${r2(y)}Z`
  );
}

function pointsPath(points: readonly number[], close: boolean): string {
  let d = '';
  for (let i = 0; i + 1 < points.length; i += 2)
    d += `${i === 0 ? 'M' : 'L'}${r2(points[i] ?? 0)} ${r2(points[i + 1] ?? 0)}`;
  return close ? `${d}Z` : d;
}

/** Where and how large a scene is drawn on a PDF page (PDF points, y up). */
export interface SceneTarget {
  page: PDFPage;
  fonts: PdfFonts;
  /** Where the scene's top-left corner goes on the page, in PDF points (y up). */
  left: number;
  top: number;
  /** Points per scene pixel. */
  scale: number;
  /** Decoded pictures by data URL (persona photos); missing ones are skipped. */
  images?: ReadonlyMap<string, PDFImage>;
}

/** Draws one text primitive, its runs one after another (fallback fonts, right-to-left). */
function drawText(p: Extract<Primitive, { type: 'text' }>, target: SceneTarget): void {
  const { page, fonts, scale } = target;
  const size = p.size * scale;
  const runs = fonts.runs(cleanText(p.text), { bold: p.bold, italic: p.italic });
  if (runs.length === 0) return;
  const widths = runs.map((run) => fonts.runWidth(run, size));
  const total = widths.reduce((a, b) => a + b, 0);
  let x = target.left + p.x * scale;
  if (p.anchor === 'middle') x -= total / 2;
  else if (p.anchor === 'end') x -= total;
  const y = target.top - p.y * scale;
  const color = pdfColour(p.colour);
  runs.forEach((run, i) => {
    page.drawText(run.text, { x, y, size, font: run.font, color });
    x += widths[i] ?? 0;
  });
}

/** Draws every primitive of `scene`, back to front. */
export function drawScene(scene: Scene, target: SceneTarget): void {
  const { page, scale, left, top } = target;
  const X = (x: number) => left + x * scale;
  const Y = (y: number) => top - y * scale;
  const svg = { x: left, y: top, scale };
  for (const p of scene.primitives) {
    switch (p.type) {
      case 'rect': {
        if (p.w <= 0 || p.h <= 0) break;
        const fill = p.fill ? pdfColour(p.fill) : undefined;
        const border = p.stroke ? pdfColour(p.stroke) : undefined;
        const borderWidth = p.stroke ? p.strokeWidth * scale : 0;
        if (p.radius > 0) {
          // Inside drawSvgPath the line width is in scene pixels (the path is scaled).
          page.drawSvgPath(roundedRectPath(p.x, p.y, p.w, p.h, p.radius), {
            ...svg,
            color: fill,
            borderColor: border,
            borderWidth: p.stroke ? p.strokeWidth : 0,
          });
        } else {
          page.drawRectangle({
            x: X(p.x),
            y: Y(p.y + p.h),
            width: p.w * scale,
            height: p.h * scale,
            color: fill,
            borderColor: border,
            borderWidth,
          });
        }
        break;
      }
      case 'line':
        page.drawLine({
          start: { x: X(p.x1), y: Y(p.y1) },
          end: { x: X(p.x2), y: Y(p.y2) },
          thickness: p.strokeWidth * scale,
          color: pdfColour(p.stroke),
          dashArray: p.dash ? p.dash.map((d) => d * scale) : undefined,
        });
        break;
      case 'polyline':
        page.drawSvgPath(pointsPath(p.points, false), {
          ...svg,
          borderColor: pdfColour(p.stroke),
          borderWidth: p.strokeWidth,
        });
        break;
      case 'polygon':
        page.drawSvgPath(pointsPath(p.points, true), {
          ...svg,
          color: pdfColour(p.fill),
          borderColor: p.stroke ? pdfColour(p.stroke) : undefined,
          borderWidth: p.stroke ? p.strokeWidth : 0,
        });
        break;
      case 'circle':
        page.drawCircle({
          x: X(p.cx),
          y: Y(p.cy),
          size: p.r * scale,
          color: pdfColour(p.fill),
          borderColor: p.stroke ? pdfColour(p.stroke) : undefined,
          borderWidth: p.stroke ? p.strokeWidth * scale : 0,
        });
        break;
      case 'bezier': {
        const [x1 = 0, y1 = 0, ...rest] = p.points;
        page.drawSvgPath(`M${r2(x1)} ${r2(y1)}C${rest.map(r2).join(' ')}`, {
          ...svg,
          borderColor: pdfColour(p.stroke),
          borderWidth: p.strokeWidth,
          borderDashArray: p.dash ?? undefined,
        });
        break;
      }
      case 'image': {
        const image = target.images?.get(p.href);
        if (image)
          page.drawImage(image, {
            x: X(p.x),
            y: Y(p.y + p.h),
            width: p.w * scale,
            height: p.h * scale,
          });
        break;
      }
      case 'text':
        drawText(p, target);
        break;
    }
  }
}
