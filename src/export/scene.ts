/**
 * The exported map as a flat list of drawing primitives, built from the layout. SVG
 * (svg.ts) and PNG (png.ts) only translate primitives, so both exports are the same picture.
 */
import { CARD_KIND_REGISTRY, EMOTION_COLOURS } from '../domain/kinds';
import type { ServiceLineKind } from '../domain/serviceLines';
import type { EmotionScore } from '../domain/vocabulary';
import {
  BACKSTAGE_CELL_FILL,
  BACKSTAGE_FILL,
  CELL_FILL,
  GRID_LINE,
  INK,
  INK_SOFT,
  LANE_FILL,
  LINK_STROKE,
  PAPER,
  PHASE_FILL,
  STEP_FILL,
  VISIBILITY_LINE,
} from './theme';
import { MAP_LAYOUT, type LegendItem, type MapLayout } from './layoutTypes';
import { arrowHead, line, rect, round, star, type Primitive, type Scene } from './scenePrimitives';

export { starPoints, type Primitive, type Scene } from './scenePrimitives';

/** How each service line is drawn: visibility dashed (as on the canvas), interaction solid. */
const LINE_DASHES: Record<ServiceLineKind, number[] | null> = {
  interaction: null,
  visibility: [8, 4],
  'internal-interaction': [2, 4],
};

function legendSwatch(item: LegendItem): Primitive[] {
  const s = MAP_LAYOUT.legend.swatch;
  const y = item.y + (MAP_LAYOUT.legend.rowHeight - s) / 2;
  switch (item.key) {
    case 'moment-of-truth':
      return [star(item.x + s / 2, y + s / 2, s)];
    case 'rating':
      return [
        {
          type: 'circle',
          cx: item.x + s / 2,
          cy: y + s / 2,
          r: s / 3,
          fill: INK,
          stroke: null,
          strokeWidth: 0,
        },
      ];
    case 'line-of-visibility':
      return [line(item.x, y + s / 2, item.x + s, y + s / 2, VISIBILITY_LINE, 2, [4, 3])];
    case 'link-flow':
    case 'link-cause': {
      const colour = LINK_STROKE[item.key === 'link-flow' ? 'flow' : 'cause'];
      return [
        line(
          item.x,
          y + s / 2,
          item.x + s,
          y + s / 2,
          colour,
          1.5,
          item.key === 'link-cause' ? [4, 3] : null,
        ),
      ];
    }
    default: {
      const { accent, background } = CARD_KIND_REGISTRY[item.key].colours;
      return [rect(item.x, y, s, s, background, accent, 1.5, 3)];
    }
  }
}

/**
 * Turns a layout into primitives, back to front: background, grid, curve, cards, links
 * (on top, so arrows stay visible), legend.
 */
export function buildScene(
  layout: MapLayout,
  options: { background: 'white' | 'transparent'; title: string },
): Scene {
  const out: Primitive[] = [];
  const push = (...items: Primitive[]) => {
    for (const item of items) out.push(item);
  };
  const { grid } = layout;
  const gridLeft = grid.x + MAP_LAYOUT.laneHeader.width;
  const gridRight = grid.x + grid.w;
  const gridBottom = grid.y + grid.h;
  if (options.background === 'white') push(rect(0, 0, layout.width, layout.height, PAPER));

  push(...layout.title);

  for (const persona of layout.personas) {
    const P = MAP_LAYOUT.persona;
    push(rect(persona.x, persona.y, persona.w, persona.h, LANE_FILL, GRID_LINE, 1, 8));
    const r = P.avatar / 2;
    const [ax, ay] = [persona.x + P.padding, persona.y + P.padding];
    if (persona.photo) {
      push({ type: 'image', x: ax, y: ay, w: P.avatar, h: P.avatar, href: persona.photo });
    } else {
      push(
        {
          type: 'circle',
          cx: ax + r,
          cy: ay + r,
          r,
          fill: persona.avatarColour,
          stroke: null,
          strokeWidth: 0,
        },
        {
          type: 'text',
          x: ax + r,
          y: ay + r + 5,
          text: persona.initials,
          size: persona.initials.length > 1 ? 13 : 15,
          bold: true,
          italic: false,
          colour: PAPER,
          anchor: 'middle',
          maxWidth: P.avatar - 4,
        },
      );
    }
    push(...persona.lines);
  }

  // The review's judgement over the grid (layoutReview.ts): a tinted band, a rule over each
  // criterion, the words.
  const { judgement } = layout;
  if (judgement) {
    push(rect(judgement.x, judgement.y, judgement.w, judgement.h, STEP_FILL, GRID_LINE, 1, 8));
    for (const c of judgement.cells) push(line(c.x, c.y - 5, c.x + c.w, c.y - 5, GRID_LINE, 1));
    push(...judgement.lines);
  }

  // Lane bands (headers and cells), then headers, then the grid lines over them.
  for (const lane of layout.lanes) {
    push(
      rect(
        lane.x,
        lane.y,
        MAP_LAYOUT.laneHeader.width,
        lane.h,
        lane.backstage ? BACKSTAGE_FILL : LANE_FILL,
      ),
    );
    push(
      rect(
        gridLeft,
        lane.y,
        gridRight - gridLeft,
        lane.h,
        lane.backstage ? BACKSTAGE_CELL_FILL : CELL_FILL,
      ),
    );
    push(...lane.lines);
  }
  for (const phase of layout.phases) {
    push(rect(phase.x, phase.y, phase.w, phase.h, PHASE_FILL, PAPER, 1), ...phase.lines);
  }
  for (const step of layout.steps) {
    push(rect(step.x, step.y, step.w, step.h, STEP_FILL), ...step.lines);
    if (step.momentOfTruth) {
      const size = MAP_LAYOUT.stepHeader.star;
      push(
        star(
          step.x + step.w - MAP_LAYOUT.stepHeader.padding - size / 2,
          step.y + MAP_LAYOUT.stepHeader.padding + size / 2,
          size,
        ),
      );
    }
  }
  const headerTop = layout.steps[0]?.y ?? grid.y;
  for (const step of layout.steps) {
    if (step.x > gridLeft) {
      const phaseEdge = step.firstOfPhase;
      push(
        line(
          step.x,
          phaseEdge ? grid.y : headerTop,
          step.x,
          gridBottom,
          phaseEdge ? INK_SOFT : GRID_LINE,
          phaseEdge ? 1.5 : 1,
        ),
      );
    }
  }
  for (const lane of layout.lanes) push(line(grid.x, lane.y, gridRight, lane.y, GRID_LINE));
  push(rect(grid.x, grid.y, grid.w, grid.h, null, INK_SOFT, 1));

  // The emotion curve: a zero line, the runs of scored steps, a dot per step.
  for (const lane of layout.lanes) {
    const band = lane.curveBand;
    if (!band) continue;
    const pad = MAP_LAYOUT.emotionCurve.padding;
    const mid = band.y + pad + (band.h - 2 * pad) / 2;
    push(line(band.x, mid, band.x + band.w, mid, GRID_LINE, 1, [4, 4]));
    push(line(band.x, band.y + band.h, band.x + band.w, band.y + band.h, GRID_LINE, 1, [2, 3]));
  }
  // The curve in the emotion kind's accent and each dot in its score's colour, as on screen.
  const curveStroke = CARD_KIND_REGISTRY.emotion.colours.accent;
  for (const run of layout.emotionCurve) {
    if (run.length > 1) {
      push({
        type: 'polyline',
        points: run.flatMap((p) => [round(p.x), round(p.y)]),
        stroke: curveStroke,
        strokeWidth: MAP_LAYOUT.emotionCurve.strokeWidth,
      });
    }
    for (const point of run) {
      push({
        type: 'circle',
        cx: point.x,
        cy: point.y,
        r: MAP_LAYOUT.emotionCurve.pointRadius,
        fill: EMOTION_COLOURS[point.score as EmotionScore] ?? curveStroke,
        stroke: PAPER,
        strokeWidth: 1.5,
      });
    }
  }

  // Two lines may share a place (customer actions straight above backstage): stack the labels.
  const labelsAt = new Map<number, number>();
  for (const visibility of layout.visibilityLines) {
    const stacked = labelsAt.get(visibility.y) ?? 0;
    labelsAt.set(visibility.y, stacked + 1);
    push(
      line(
        visibility.x1,
        visibility.y,
        visibility.x2,
        visibility.y,
        VISIBILITY_LINE,
        MAP_LAYOUT.visibilityLine.strokeWidth,
        LINE_DASHES[visibility.kind],
      ),
    );
    push({
      type: 'text',
      x: visibility.x2 - 6,
      y: visibility.y - 4 - stacked * (MAP_LAYOUT.visibilityLine.labelSize + 4),
      text: visibility.label,
      size: MAP_LAYOUT.visibilityLine.labelSize,
      bold: true,
      italic: false,
      colour: VISIBILITY_LINE,
      anchor: 'end',
      maxWidth: Infinity,
    });
  }

  // Links go under the cards (as on the canvas), so they never hide card text.
  for (const link of layout.links) {
    const colour = LINK_STROKE[link.kind];
    push({
      type: 'bezier',
      points: link.points.map(round),
      stroke: colour,
      strokeWidth: MAP_LAYOUT.link.strokeWidth,
      dash: link.kind === 'cause' ? [5, 4] : null,
    });
    push(arrowHead(link.points, colour));
  }

  const C = MAP_LAYOUT.card;
  for (const card of layout.cards) {
    // The kind's registry colours: the same ones the canvas card shows.
    const { accent, background } = CARD_KIND_REGISTRY[card.kind].colours;
    push(rect(card.x, card.y, card.w, card.h, background, accent, 1, C.radius));
    push(rect(card.x, card.y, C.stripe, card.h, accent));
    if (card.painPointNumber !== null) {
      const r = C.badge / 2;
      const cx = card.x + C.stripe + C.padding + r;
      const cy = card.y + C.padding + r;
      push({ type: 'circle', cx, cy, r, fill: accent, stroke: null, strokeWidth: 0 });
      const label = String(card.painPointNumber);
      push({
        type: 'text',
        x: cx,
        y: cy + 4,
        text: label,
        size: label.length > 2 ? 8 : 11,
        bold: true,
        italic: false,
        colour: PAPER,
        anchor: 'middle',
        maxWidth: C.badge - 2,
      });
    }
    if (card.momentOfTruth)
      push(star(card.x + card.w - C.padding - C.star / 2, card.y + C.padding + C.star / 2, C.star));
    for (const item of card.items) {
      if (item.type === 'text') {
        push({ ...item, x: card.x + item.x, y: card.y + item.y });
      } else if (item.type === 'bar') {
        let x = card.x + item.x;
        for (const segment of item.segments) {
          push(rect(round(x), card.y + item.y, round(segment.w), item.h, segment.colour));
          x += segment.w;
        }
      } else {
        push(
          rect(card.x + item.x, card.y + item.y, item.w, item.h, item.colour, null, 0, item.h / 2),
        );
        for (const label of item.labels) {
          push({ ...label, x: card.x + label.x, y: card.y + label.y });
        }
      }
    }
  }

  // Link labels go over the cards, so they can be read where a link crosses a card.
  for (const link of layout.links) {
    if (link.label) {
      const w = Math.min(link.label.maxWidth, link.label.text.length * link.label.size * 0.62) + 8;
      push(
        rect(
          link.label.x - w / 2,
          link.label.y - link.label.size,
          w,
          link.label.size + 5,
          PAPER,
          GRID_LINE,
          1,
          3,
        ),
        link.label,
      );
    }
  }

  if (layout.legend) {
    const G = MAP_LAYOUT.legend;
    const { box } = layout.legend;
    push({
      type: 'text',
      x: box.x,
      y: box.y + G.rowHeight / 2 + G.titleSize * 0.35,
      text: 'Legend',
      size: G.titleSize,
      bold: true,
      italic: false,
      colour: INK,
      anchor: 'start',
      maxWidth: Infinity,
    });
    for (const item of layout.legend.items) {
      push(...legendSwatch(item));
      push({
        type: 'text',
        x: item.x + G.swatch + 6,
        y: item.y + G.rowHeight / 2 + G.size * 0.35,
        text: item.label,
        size: G.size,
        bold: false,
        italic: false,
        colour: INK,
        anchor: 'start',
        maxWidth: Infinity,
      });
    }
  }

  return {
    width: layout.width,
    height: layout.height,
    title: options.title,
    background: options.background === 'white' ? PAPER : null,
    primitives: out,
  };
}
