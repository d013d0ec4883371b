/**
 * The parts of the map layout around the grid of cards: personas, the emotion curve, link
 * arrows, the legend, and the annotation counts shown on cards.
 */
import { commentCounts } from '../domain/comments';
import { avatarColour, PERSONA_LISTS, personaInitials } from '../domain/personas';
import type { JourneyMap } from '../domain/schema';
import { stepEmotion } from '../domain/stepEmotion';
import { voteCounts } from '../domain/voting';
import { CARD_KINDS, CARD_KIND_LABELS, type CardKind } from '../domain/vocabulary';
import { lineItems, textItem, type Column, type Wrap } from './layoutItems';
import {
  MAP_LAYOUT,
  type CardBox,
  type EmotionPoint,
  type LaneBox,
  type LegendItem,
  type LinkPath,
  type MapLayout,
  type PersonaBox,
  type TextItem,
} from './layoutTypes';
import { SERVICE_LINE_LABELS, serviceLines } from '../domain/serviceLines';
import { fitLine, type TextMeasurer, type TextStyle } from './text';
import { INK_SOFT } from './theme';

const L = MAP_LAYOUT;

/**
 * Open comments per card (as the canvas counts them), and votes per card in revealed rounds:
 * an open round's votes stay secret until the facilitator reveals them.
 */
export function countAnnotations(
  map: JourneyMap,
): Map<string, { comments: number; votes: number }> {
  const counts = new Map<string, { comments: number; votes: number }>();
  const cardIds = new Set(map.cards.map((card) => card.id));
  const get = (id: string) => {
    let entry = counts.get(id);
    if (!entry) counts.set(id, (entry = { comments: 0, votes: 0 }));
    return entry;
  };
  for (const [id, count] of commentCounts(map)) if (cardIds.has(id)) get(id).comments += count;
  for (const round of map.voteRounds) {
    if (round.status !== 'revealed') continue;
    for (const [id, count] of voteCounts(round)) get(id).votes += count;
  }
  return counts;
}

/**
 * The personas as one strip of boxes from (`left`, `top`), every box as tall as the tallest (px).
 */
export function layoutPersonas(
  map: JourneyMap,
  left: number,
  top: number,
  wrap: Wrap,
): PersonaBox[] {
  const P = L.persona;
  const textLeft = P.padding + P.avatar + 10;
  const inner = P.width - textLeft - P.padding;
  const boxes = map.personas.map((persona, i) => {
    const x = left + i * (P.width + P.gap);
    const items: TextItem[] = [];
    let y = top + P.padding;
    const add = (
      lines: string[],
      style: TextStyle,
      lineHeight: number,
      extra: Parameters<typeof textItem>[4] = {},
    ) => {
      items.push(
        ...lineItems(lines, x + textLeft, y, style, lineHeight, { maxWidth: inner, ...extra }),
      );
      y += lines.length * lineHeight;
    };
    // The whole persona, as its card in the app shows it: name, quote, description, lists.
    add(
      wrap(persona.name.trim() || 'Persona', inner, { size: P.nameSize, bold: true }, Infinity),
      { size: P.nameSize, bold: true },
      P.nameLineHeight,
    );
    const text = { size: P.textSize };
    if (persona.quote.trim()) {
      add(
        wrap(`“${persona.quote.trim()}”`, inner, { ...text, italic: true }, Infinity),
        text,
        P.lineHeight,
        {
          italic: true,
          colour: INK_SOFT,
        },
      );
    }
    if (persona.description.trim()) {
      y += P.sectionGap;
      add(wrap(persona.description, inner, text, Infinity), text, P.lineHeight);
    }
    for (const list of PERSONA_LISTS) {
      const entries = persona[list.key].map((entry) => entry.trim()).filter(Boolean);
      if (entries.length === 0) continue;
      y += P.sectionGap;
      const heading = { size: P.headingSize, bold: true };
      add(wrap(list.label, inner, heading, Infinity), heading, P.headingLineHeight, {
        colour: INK_SOFT,
      });
      for (const entry of entries)
        add(wrap(`• ${entry}`, inner, text, Infinity), text, P.lineHeight);
    }
    // The same generated avatar as the persona panel (domain/personas.ts).
    const seed = persona.picture?.kind === 'avatar' ? persona.picture.seed : persona.id;
    return {
      id: persona.id,
      x,
      y: top,
      w: P.width,
      h: Math.max(y - top, P.avatar) + P.padding,
      initials: personaInitials(persona.name),
      avatarColour: avatarColour(seed),
      photo: persona.picture?.kind === 'image' ? persona.picture.dataUrl : null,
      lines: items,
    };
  });
  // One strip: every persona as tall as the tallest.
  const height = Math.max(0, ...boxes.map((b) => b.h));
  return boxes.map((b) => ({ ...b, h: height }));
}

/**
 * The emotion curve's points in its band (px), as runs broken where a step has no score; none
 * without a band.
 */
export function layoutCurve(
  map: JourneyMap,
  columns: ReadonlyMap<string, Column>,
  band: { x: number; y: number; w: number; h: number } | null,
): EmotionPoint[][] {
  if (!band) return [];
  const pad = L.emotionCurve.padding;
  const runs: EmotionPoint[][] = [];
  let run: EmotionPoint[] = [];
  for (const phase of map.phases) {
    for (const step of phase.steps) {
      const column = columns.get(step.id);
      // The step's own score, else its emotion cards' (domain/stepEmotion.ts).
      const score = stepEmotion(step, map.cards).score;
      if (score === null || !column) {
        if (run.length > 0) runs.push(run);
        run = [];
        continue;
      }
      const y = band.y + pad + ((2 - score) / 4) * (band.h - 2 * pad);
      run.push({ x: column.x + column.w / 2, y, score });
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Arrows from edge to edge: sideways between columns, up or down within one. */
export function layoutLinks(
  map: JourneyMap,
  cards: readonly CardBox[],
  measure: TextMeasurer,
): LinkPath[] {
  const boxes = new Map(cards.map((card) => [card.id, card]));
  const paths: LinkPath[] = [];
  for (const link of map.links) {
    const a = boxes.get(link.from);
    const b = boxes.get(link.to);
    if (!a || !b || a === b) continue;
    let points: LinkPath['points'];
    if (b.x >= a.x + a.w) {
      const [sx, sy, ex, ey] = [a.x + a.w, a.y + a.h / 2, b.x, b.y + b.h / 2];
      const bend = Math.max(24, (ex - sx) / 2);
      points = [sx, sy, sx + bend, sy, ex - bend, ey, ex, ey];
    } else if (b.x + b.w <= a.x) {
      const [sx, sy, ex, ey] = [a.x, a.y + a.h / 2, b.x + b.w, b.y + b.h / 2];
      const bend = Math.max(24, (sx - ex) / 2);
      points = [sx, sy, sx - bend, sy, ex + bend, ey, ex, ey];
    } else {
      const down = b.y >= a.y;
      const [sx, sy, ex, ey] = [
        a.x + a.w / 2,
        down ? a.y + a.h : a.y,
        b.x + b.w / 2,
        down ? b.y : b.y + b.h,
      ];
      const bend = Math.max(16, Math.abs(ey - sy) / 2) * (down ? 1 : -1);
      points = [sx, sy, sx, sy + bend, ex, ey - bend, ex, ey];
    }
    const label = link.label.trim()
      ? textItem(
          fitLine(link.label, { maxWidth: 160, style: { size: L.link.labelSize }, measure }),
          (points[0] + points[6]) / 2,
          (points[1] + points[7]) / 2 + L.link.labelSize * 0.35,
          { size: L.link.labelSize },
          { anchor: 'middle', colour: INK_SOFT, maxWidth: 160 },
        )
      : null;
    paths.push({ id: link.id, kind: link.kind, points, label });
  }
  return paths;
}

/**
 * The legend at `at`: the card kinds the map uses and its marks, in rows `at.width` px wide; null
 * when there is nothing to explain.
 */
export function layoutLegend(
  map: JourneyMap,
  at: {
    x: number;
    y: number;
    width: number;
    measure: TextMeasurer;
    hasVisibility: boolean;
    hasStar: boolean;
  },
): { box: { x: number; y: number; w: number; h: number }; items: LegendItem[] } | null {
  const G = L.legend;
  const used = new Set<CardKind>(map.cards.map((card) => card.kind));
  const entries: Pick<LegendItem, 'key' | 'label'>[] = CARD_KINDS.filter((kind) =>
    used.has(kind),
  ).map((kind) => ({
    key: kind,
    label: CARD_KIND_LABELS[kind],
  }));
  if (at.hasStar) entries.push({ key: 'moment-of-truth', label: 'Moment of truth' });
  if (at.hasVisibility) entries.push({ key: 'line-of-visibility', label: 'Line of visibility' });
  if (map.links.some((link) => link.kind === 'flow'))
    entries.push({ key: 'link-flow', label: 'Flow' });
  if (map.links.some((link) => link.kind === 'cause'))
    entries.push({ key: 'link-cause', label: 'Cause' });
  // Ratings (domain/ratings.ts): what the dots count, on this map's scale.
  const rated =
    map.cards.some((card) => card.rating !== null) ||
    map.phases.some((phase) => phase.steps.some((step) => step.rating !== null)) ||
    map.judgement.criteria.some((c) => c.rating !== null);
  if (rated)
    entries.push({
      key: 'rating',
      label: `Rating: filled dots for its place on ${map.judgement.scale.join(' → ')}`,
    });
  if (entries.length === 0) return null;
  const items: LegendItem[] = [];
  const top = at.y + G.rowHeight; // the first row holds the word "Legend"
  let x = at.x;
  let y = top;
  let right = at.x;
  for (const entry of entries) {
    const w = G.swatch + 6 + at.measure(entry.label, { size: G.size });
    if (x > at.x && x + w > at.x + at.width) {
      x = at.x;
      y += G.rowHeight;
    }
    items.push({ ...entry, x, y });
    right = Math.max(right, x + w);
    x += w + G.itemGap;
  }
  return { box: { x: at.x, y: at.y, w: right - at.x, h: y + G.rowHeight - at.y }, items };
}

/**
 * Where the lanes change from frontstage to backstage (or back), and a service blueprint's lines
 * of interaction and internal interaction (domain/serviceLines.ts), from `left` to `gridRight`
 * px; none when the map hides the line of visibility.
 */
export function layoutVisibilityLines(
  map: JourneyMap,
  lanes: readonly LaneBox[],
  left: number,
  gridRight: number,
): MapLayout['visibilityLines'] {
  return map.settings.showLineOfVisibility
    ? [
        ...lanes.slice(1).flatMap((lane, i) =>
          lane.backstage !== lanes[i]?.backstage
            ? [
                {
                  y: lane.y,
                  x1: left,
                  x2: gridRight,
                  kind: 'visibility' as const,
                  label: SERVICE_LINE_LABELS.visibility,
                },
              ]
            : [],
        ),
        ...serviceLines(map.lanes).flatMap(({ index, kind }) => {
          const lane = lanes[index];
          if (kind === 'visibility' || !lane) return [];
          return [{ y: lane.y, x1: left, x2: gridRight, kind, label: SERVICE_LINE_LABELS[kind] }];
        }),
      ]
    : [];
}
