/**
 * The whole-map layout for SVG and PNG export, computed from the domain model alone (no DOM):
 * title, persona strip, phase and step headers, lane headers, cells that grow to fit their
 * cards, the emotion curve, the line of visibility, link arrows and the legend.
 *
 * Work is proportional to cards + steps + lanes (never steps × lanes), so a hostile file with
 * thousands of empty steps stays cheap.
 */
import { stepDisplayNames } from '../domain/names';
import { numberPainPoints } from '../domain/painPoints';
import type { Card, JourneyMap } from '../domain/schema';
import { layoutCardContent } from './layoutCard';
import { lineItems, type Column } from './layoutItems';
import {
  countAnnotations,
  layoutCurve,
  layoutLegend,
  layoutLinks,
  layoutPersonas,
  layoutVisibilityLines,
} from './layoutParts';
import { layoutJudgement, stepRatingLines } from './layoutReview';
import { formatDateRange } from './format';
import {
  MAP_LAYOUT,
  type CardBox,
  type LaneBox,
  type MapLayout,
  type PhaseBox,
  type StepBox,
} from './layoutTypes';
import { estimateTextWidth, wrapText, type TextMeasurer, type TextStyle } from './text';
import { INK_SOFT, PHASE_INK } from './theme';
import { isOnMap } from '../domain/cards';

export { MAP_LAYOUT } from './layoutTypes';
export type * from './layoutTypes';

/** How the map is laid out for export: how text is measured. */
export interface LayoutOptions {
  /** Measures text; defaults to the font-independent estimate (see text.ts). */
  measure?: TextMeasurer;
  /** Whether the review's judgement band is drawn (default true; a report's map parts: no). */
  judgement?: boolean;
}

const L = MAP_LAYOUT;

/**
 * Lays out the whole map. Pure: the same map always gives the same layout.
 */
export function layoutMap(map: JourneyMap, options: LayoutOptions = {}): MapLayout {
  const measure = options.measure ?? estimateTextWidth;
  const wrap = (text: string, maxWidth: number, style: TextStyle, maxLines: number) =>
    wrapText(text, { maxWidth, style, maxLines, measure });
  const left = L.margin;
  const gridLeft = left + L.laneHeader.width;

  // ── Columns: one per step, in journey order.
  const columns = new Map<string, Column>();
  const steps = map.phases.flatMap((phase) => phase.steps.map((step) => ({ phase, step })));
  let x = gridLeft;
  steps.forEach(({ step }, stepIndex) => {
    const w = Math.max(L.cell.minStepWidth, step.width ?? L.cell.defaultStepWidth);
    columns.set(step.id, { stepIndex, x, w });
    x += w;
  });
  const gridRight = x;
  const contentWidth = gridRight - left;

  // ── Cards grouped by cell, each cell in its drawing order.
  const laneIndex = new Map(map.lanes.map((lane, i) => [lane.id, i]));
  const cells = new Map<string, Card[]>();
  for (const card of map.cards) {
    if (!columns.has(card.stepId) || !laneIndex.has(card.laneId) || !isOnMap(card)) continue;
    const key = `${card.laneId}|${card.stepId}`;
    const cell = cells.get(key);
    if (cell) cell.push(card);
    else cells.set(key, [card]);
  }
  for (const cell of cells.values()) cell.sort((a, b) => a.order - b.order);
  const ordered = [...cells.values()]
    .sort((a, b) => {
      const [ca, cb] = [a[0], b[0]];
      if (!ca || !cb) return 0;
      const byStep =
        (columns.get(ca.stepId)?.stepIndex ?? 0) - (columns.get(cb.stepId)?.stepIndex ?? 0);
      return byStep !== 0
        ? byStep
        : (laneIndex.get(ca.laneId) ?? 0) - (laneIndex.get(cb.laneId) ?? 0);
    })
    .flat();

  // ── Card content and heights (positions come once the lane heights are known).
  // The same numbers as on the canvas and in reports (domain/painPoints.ts).
  const painNumbers = numberPainPoints(map);
  const annotations = countAnnotations(map);
  const contents = new Map<string, ReturnType<typeof layoutCardContent>>();
  for (const card of ordered) {
    const column = columns.get(card.stepId);
    if (!column) continue;
    contents.set(
      card.id,
      layoutCardContent(card, {
        width: column.w - 2 * L.cell.padding,
        painPointNumber: painNumbers.get(card.id) ?? null,
        annotations: map.settings.showAnnotationsInExport
          ? (annotations.get(card.id) ?? { comments: 0, votes: 0 })
          : null,
        measure,
        scale: map.judgement.scale,
      }),
    );
  }
  const cellHeight = (cards: readonly Card[]) =>
    cards.reduce((sum, card) => sum + (contents.get(card.id)?.h ?? 0), 0) +
    Math.max(0, cards.length - 1) * L.cell.gap;
  const laneContent = new Map<string, number>();
  for (const [key, cards] of cells) {
    const laneId = key.slice(0, key.indexOf('|'));
    laneContent.set(laneId, Math.max(laneContent.get(laneId) ?? 0, cellHeight(cards)));
  }

  // ── Title, subtitle and personas.
  let y = L.margin;
  const titleWidth = Math.max(contentWidth, L.title.minWidth);
  const title = lineItems(
    wrap(
      map.title.trim() || 'Untitled journey map',
      titleWidth,
      { size: L.title.size, bold: true },
      L.title.maxLines,
    ),
    left,
    y,
    { size: L.title.size, bold: true },
    L.title.lineHeight,
    { maxWidth: titleWidth },
  );
  y += title.length * L.title.lineHeight;
  const subtitle = [map.service, map.journeyType, formatDateRange(map.startDate, map.endDate)]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' · ');
  if (subtitle) {
    const lines = wrap(subtitle, titleWidth, L.subtitle, 3);
    title.push(
      ...lineItems(lines, left, y, L.subtitle, L.subtitle.lineHeight, {
        colour: INK_SOFT,
        maxWidth: titleWidth,
      }),
    );
    y += lines.length * L.subtitle.lineHeight;
  }
  y += L.sectionGap;

  const personas = map.settings.showPersonas ? layoutPersonas(map, left, y, wrap) : [];
  if (personas.length > 0) y = Math.max(...personas.map((p) => p.y + p.h)) + L.sectionGap;
  const personasRight = personas.reduce((right, p) => Math.max(right, p.x + p.w), 0);
  // The review's judgement, over the grid as on the canvas (layoutReview.ts).
  const judgement =
    options.judgement === false ? null : layoutJudgement(map, left, y, titleWidth, measure);
  if (judgement) y += judgement.h + L.sectionGap;

  // ── Phase and step headers.
  const gridTop = y;
  const ph = L.phaseHeader;
  const phaseTexts = map.phases.map((phase) => {
    const first = phase.steps[0] ? columns.get(phase.steps[0].id) : undefined;
    const last = phase.steps.at(-1) ? columns.get(phase.steps.at(-1)?.id ?? '') : undefined;
    const px = first?.x ?? gridLeft;
    const pw = (last ? last.x + last.w : px) - px;
    const inner = Math.max(10, pw - 2 * ph.padding);
    const name = wrap(
      phase.name.trim() || 'Untitled phase',
      inner,
      { size: ph.size, bold: true },
      ph.maxLines,
    );
    const dates = formatDateRange(phase.startDate, phase.endDate);
    return {
      phase,
      px,
      pw,
      inner,
      name,
      dates: dates ? wrap(dates, inner, { size: ph.dateSize }, 3) : [],
    };
  });
  const phaseHeight =
    2 * ph.padding +
    Math.max(
      ph.lineHeight,
      ...phaseTexts.map((p) => p.name.length * ph.lineHeight + p.dates.length * ph.dateLineHeight),
    );
  const phases: PhaseBox[] = phaseTexts.map((p) => ({
    id: p.phase.id,
    x: p.px,
    y: gridTop,
    w: p.pw,
    h: phaseHeight,
    lines: [
      ...lineItems(
        p.name,
        p.px + ph.padding,
        gridTop + ph.padding,
        { size: ph.size, bold: true },
        ph.lineHeight,
        {
          colour: PHASE_INK,
          maxWidth: p.inner,
        },
      ),
      ...lineItems(
        p.dates,
        p.px + ph.padding,
        gridTop + ph.padding + p.name.length * ph.lineHeight,
        { size: ph.dateSize },
        ph.dateLineHeight,
        { colour: PHASE_INK, maxWidth: p.inner },
      ),
    ],
  }));

  const sh = L.stepHeader;
  const stepTop = gridTop + phaseHeight;
  // An untitled step has the name the canvas gives it ("Aware", "Use 2"): domain/names.ts.
  const stepNames = stepDisplayNames(map.phases);
  const stepTexts = steps.map(({ phase, step }) => {
    const column = columns.get(step.id);
    const inner = Math.max(
      10,
      (column?.w ?? 0) - 2 * sh.padding - (step.momentOfTruth ? sh.star + 4 : 0),
    );
    const name = stepNames.get(step.id) ?? step.title;
    const lines = wrap(name, inner, { size: sh.size, bold: true }, sh.maxLines);
    const rating = stepRatingLines(step, map.judgement.scale, inner, sh.size, measure);
    return { phase, step, column, inner, lines, rating };
  });
  const stepHeight = Math.max(
    sh.minHeight,
    ...stepTexts.map((s) => (s.lines.length + s.rating.length) * sh.lineHeight + 2 * sh.padding),
  );
  const stepBoxes: StepBox[] = stepTexts.map((s) => ({
    id: s.step.id,
    x: s.column?.x ?? gridLeft,
    y: stepTop,
    w: s.column?.w ?? 0,
    h: stepHeight,
    momentOfTruth: s.step.momentOfTruth !== null,
    firstOfPhase: s.phase.steps[0]?.id === s.step.id,
    lines: [
      ...lineItems(
        s.lines,
        (s.column?.x ?? 0) + sh.padding,
        stepTop + sh.padding,
        { size: sh.size, bold: true },
        sh.lineHeight,
        { maxWidth: s.inner },
      ),
      // Its rating under its name, in dots and words (domain/ratings.ts).
      ...lineItems(
        s.rating,
        (s.column?.x ?? 0) + sh.padding,
        stepTop + sh.padding + s.lines.length * sh.lineHeight,
        { size: sh.size },
        sh.lineHeight,
        { maxWidth: s.inner },
      ),
    ],
  }));

  // ── Lanes, growing to fit their tallest cell and their name.
  const curveLaneId = map.settings.showEmotionCurve
    ? map.lanes.find((lane) => lane.kind === 'emotions')?.id
    : undefined;
  const lh = L.laneHeader;
  let laneY = stepTop + stepHeight;
  const lanes: LaneBox[] = map.lanes.map((lane) => {
    const nameLines = wrap(
      lane.name.trim() || 'Untitled lane',
      lh.width - 2 * lh.padding,
      { size: lh.size, bold: true },
      lh.maxLines,
    );
    const band = lane.id === curveLaneId ? L.emotionCurve.bandHeight : 0;
    const content = laneContent.get(lane.id);
    const h = Math.max(
      lane.height ?? L.cell.minLaneHeight,
      nameLines.length * lh.lineHeight + 2 * lh.padding,
      band + (content === undefined ? 0 : content + 2 * L.cell.padding),
    );
    const box: LaneBox = {
      id: lane.id,
      kind: lane.kind,
      backstage: lane.side === 'backstage' || lane.side === 'support',
      x: left,
      y: laneY,
      w: contentWidth,
      h,
      lines: lineItems(
        nameLines,
        left + lh.padding,
        laneY + lh.padding,
        { size: lh.size, bold: true },
        lh.lineHeight,
        {
          maxWidth: lh.width - 2 * lh.padding,
        },
      ),
      curveBand: band > 0 ? { x: gridLeft, y: laneY, w: gridRight - gridLeft, h: band } : null,
    };
    laneY += h;
    return box;
  });
  const gridBottom = laneY;

  // ── Cards, stacked in their cells.
  const laneBoxes = new Map(lanes.map((lane) => [lane.id, lane]));
  const cards: CardBox[] = [];
  for (const cell of cells.values()) {
    const first = cell[0];
    const lane = first ? laneBoxes.get(first.laneId) : undefined;
    const column = first ? columns.get(first.stepId) : undefined;
    if (!lane || !column) continue;
    let cy = lane.y + (lane.curveBand?.h ?? 0) + L.cell.padding;
    for (const card of cell) {
      const content = contents.get(card.id);
      if (!content) continue;
      cards.push({
        id: card.id,
        kind: card.kind,
        x: column.x + L.cell.padding,
        y: cy,
        w: column.w - 2 * L.cell.padding,
        h: content.h,
        painPointNumber: painNumbers.get(card.id) ?? null,
        momentOfTruth: card.momentOfTruth !== null,
        items: content.items,
      });
      cy += content.h + L.cell.gap;
    }
  }

  const emotionCurve = curveLaneId
    ? layoutCurve(map, columns, laneBoxes.get(curveLaneId)?.curveBand ?? null)
    : [];
  const visibilityLines = layoutVisibilityLines(map, lanes, left, gridRight);
  const links = layoutLinks(map, cards, measure);

  // ── Legend of what the map uses.
  y = gridBottom + L.sectionGap;
  const legend = map.settings.showLegend
    ? layoutLegend(map, {
        x: left,
        y,
        width: Math.max(contentWidth, L.title.minWidth),
        measure,
        hasVisibility: visibilityLines.length > 0,
        hasStar: stepBoxes.some((s) => s.momentOfTruth) || cards.some((c) => c.momentOfTruth),
      })
    : null;
  if (legend) y = legend.box.y + legend.box.h;

  const width = Math.ceil(
    Math.max(
      gridRight,
      left + L.title.minWidth,
      personasRight,
      legend ? legend.box.x + legend.box.w : 0,
    ) + L.margin,
  );
  return {
    width,
    height: Math.ceil(y + L.margin),
    title,
    personas,
    judgement,
    grid: { x: left, y: gridTop, w: contentWidth, h: gridBottom - gridTop },
    phases,
    steps: stepBoxes,
    lanes,
    cards,
    links,
    emotionCurve,
    visibilityLines,
    legend,
  };
}
