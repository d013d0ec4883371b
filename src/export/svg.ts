/**
 * The whole map as a standalone SVG document, drawn from the domain model (no DOM cloning):
 * fast for thousands of cards, and every piece of user text is escaped, never markup.
 */
import type { JourneyMap } from '../domain/schema';
import { layoutMap, type MapLayout } from './layout';
import { MAP_LAYOUT } from './layoutTypes';
import { placeText } from './canvasDraw';
import { canvasMeasurer } from './measureText';
import { buildScene, type Primitive, type Scene } from './scene';
import { cleanText } from './text';

/** How an SVG is drawn: its background. */
export interface SvgOptions {
  background: 'white' | 'transparent';
}

/** Escapes text for XML content and attribute values (after dropping characters XML forbids). */
export function escapeXml(text: string): string {
  return cleanText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The picture data URLs the schema accepts (pictureSchema); never SVG, which could hold script. */
export const SAFE_PICTURE = /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/;

const n = (value: number) => String(Math.round(value * 100) / 100);
const paint = (fill: string | null, stroke: string | null, strokeWidth: number) =>
  `fill="${fill ?? 'none'}"${stroke ? ` stroke="${stroke}" stroke-width="${n(strokeWidth)}"` : ''}`;
const dashes = (dash: readonly number[] | null) =>
  dash ? ` stroke-dasharray="${dash.join(' ')}"` : '';

function primitiveToSvg(p: Primitive, index: number): string {
  switch (p.type) {
    case 'rect':
      return `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}"${p.radius ? ` rx="${n(p.radius)}"` : ''} ${paint(p.fill, p.stroke, p.strokeWidth)}/>`;
    case 'line':
      return `<line x1="${n(p.x1)}" y1="${n(p.y1)}" x2="${n(p.x2)}" y2="${n(p.y2)}" stroke="${p.stroke}" stroke-width="${n(p.strokeWidth)}"${dashes(p.dash)}/>`;
    case 'polyline':
      return `<polyline points="${p.points.map(n).join(' ')}" fill="none" stroke="${p.stroke}" stroke-width="${n(p.strokeWidth)}" stroke-linejoin="round" stroke-linecap="round"/>`;
    case 'polygon':
      return `<polygon points="${p.points.map(n).join(' ')}" ${paint(p.fill, p.stroke, p.strokeWidth)}/>`;
    case 'circle':
      return `<circle cx="${n(p.cx)}" cy="${n(p.cy)}" r="${n(p.r)}" ${paint(p.fill, p.stroke, p.strokeWidth)}/>`;
    case 'bezier': {
      const [x1, y1, ...rest] = p.points.map(n);
      return `<path d="M${x1} ${y1}C${rest.join(' ')}" fill="none" stroke="${p.stroke}" stroke-width="${n(p.strokeWidth)}"${dashes(p.dash)}/>`;
    }
    case 'image': {
      // Belt and braces: only raster data URLs (as the schema allows) ever reach an href.
      if (!SAFE_PICTURE.test(p.href)) return '';
      const clip = `wm-clip-${index}`;
      return `<clipPath id="${clip}"><circle cx="${n(p.x + p.w / 2)}" cy="${n(p.y + p.h / 2)}" r="${n(Math.min(p.w, p.h) / 2)}"/></clipPath><image href="${escapeXml(p.href)}" x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}" preserveAspectRatio="xMidYMid slice" clip-path="url(#${clip})"/>`;
    }
    case 'text': {
      // Right-to-left lines keep their direction (svg direction="rtl": x is their right end).
      const placed = placeText(p);
      const anchor = placed.rtl
        ? placed.align === 'center'
          ? 'middle'
          : placed.align === 'left'
            ? 'end'
            : 'start'
        : p.anchor;
      const attrs = [
        `x="${n(placed.x)}"`,
        `y="${n(p.y)}"`,
        `font-size="${n(p.size)}"`,
        p.bold ? 'font-weight="bold"' : '',
        p.italic ? 'font-style="italic"' : '',
        `fill="${p.colour}"`,
        placed.rtl ? 'direction="rtl"' : '',
        anchor === 'start' ? '' : `text-anchor="${anchor}"`,
      ].filter(Boolean);
      return `<text ${attrs.join(' ')}>${escapeXml(p.text)}</text>`;
    }
  }
}

/** Serialises a scene as an SVG document string. */
export function sceneToSvg(scene: Scene): string {
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" role="img" aria-label="${escapeXml(scene.title)}" font-family="${escapeXml(MAP_LAYOUT.fontFamily)}" text-rendering="geometricPrecision">`,
    `<title>${escapeXml(scene.title)}</title>`,
  ];
  scene.primitives.forEach((primitive, i) => parts.push(primitiveToSvg(primitive, i)));
  parts.push('</svg>');
  return parts.join('\n');
}

/**
 * Renders the whole map as an SVG document: `{ svg, width, height }` in CSS pixels, and the
 * layout it was drawn from (where each card is, for marks drawn over the picture).
 * Text is always escaped; the font stack needs no web fonts.
 */
export function renderMapSvg(
  map: JourneyMap,
  options: SvgOptions,
): { svg: string; width: number; height: number; layout: MapLayout } {
  // Measured in this browser's fonts when it can (cards as tall as their text), else estimated.
  const measure = canvasMeasurer(MAP_LAYOUT.fontFamily) ?? undefined;
  const layout = layoutMap(map, measure ? { measure } : {});
  const scene = buildScene(layout, { background: options.background, title: map.title });
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${sceneToSvg(scene)}\n`,
    width: scene.width,
    height: scene.height,
    layout,
  };
}
