/**
 * The map's grid in canvas pixels: where each phase, step column and lane row sits, and where
 * each card is drawn. Pure given a text measurer: the same map gives the same layout, with no DOM
 * layout to wait for.
 *
 * Columns are steps (width = step.width ?? default); rows are lanes, each as tall as its
 * fullest cell (at least lane.height ?? default). Card heights come from their text wrapped
 * by the same text module as the exported map (export/text.ts: grapheme and word boundaries
 * in every script) at the card's content width, with widths measured in the page's font
 * (cardText.ts; titles are clamped to `CARD.maxTitleLines`, as in CSS, and say "…more"), so
 * the layout never waits for the browser to lay cards out.
 */
import type { Card, JourneyMap, Lane } from '../domain/schema';
import { serviceLines, type ServiceLineKind } from '../domain/serviceLines';
import { countLines, estimateTextWidth, type TextMeasurer } from '../export/text';
import {
  CARD,
  cardTextMeasurer,
  cardTextRoom,
  layoutCardText,
  type CardTextLayout,
} from './cardText';
import { isOnMap } from '../domain/cards';
import { judgementRoom } from './judgementRoom';
import { DEFAULT_RATING_SCALE } from '../domain/schemaReview';

/** The grid's fixed sizes, in canvas px. */
export const LAYOUT = {
  /** Width of the lane headers on the left of the grid. */
  laneHeaderWidth: 208,
  phaseHeaderHeight: 52,
  stepHeaderHeight: 48,
  defaultStepWidth: 240,
  defaultLaneHeight: 112,
  cellPadding: 10,
  cardGap: 8,
  /**
   * Free room under the cards of the fullest cell of a row: with the padding, at least 24 CSS
   * px of cell to click, tap or drop on at the smallest opening zoom, 0.7 (WCAG 2.5.8).
   */
  cellFreeBottom: 26,
  /** The emotion curve's band at the top of an emotions lane. */
  emotionBandHeight: 132,
} as const;

/** Card text metrics (px), from cardText.ts. */
export { CARD } from './cardText';

/** Height of the phase and step headers together, in canvas px: where the first lane starts. */
export const HEADER_HEIGHT = LAYOUT.phaseHeaderHeight + LAYOUT.stepHeaderHeight;

/** Where one step's column sits, in canvas px. */
export interface ColumnLayout {
  stepId: string;
  phaseId: string;
  /** Index among all steps of the map. */
  index: number;
  /** Index of the step inside its phase. */
  indexInPhase: number;
  x: number;
  width: number;
}

/** Where one phase sits over its steps, in canvas px. */
export interface PhaseLayout {
  phaseId: string;
  index: number;
  x: number;
  width: number;
  firstColumn: number;
  columnCount: number;
}

/** Where one lane's row sits, in canvas px. */
export interface RowLayout {
  laneId: string;
  index: number;
  y: number;
  height: number;
  /** Height of the emotion curve band at the top of the row (0 for other lanes). */
  bandHeight: number;
  side: Lane['side'];
}

/** The grid alone: it changes only when a column or a row changes size or place. */
export interface GridLayout {
  columns: ColumnLayout[];
  phases: PhaseLayout[];
  rows: RowLayout[];
  /** Left edge of the first column (the lane headers are to its left). */
  left: number;
  /** Top edge of the first row (the phase and step headers are above it). */
  top: number;
  /** Right and bottom edges of the whole grid. */
  right: number;
  bottom: number;
  /** y of each line of visibility: between a frontstage lane and a backstage lane below it. */
  visibilityLines: number[];
  /** A service blueprint's other lines (domain/serviceLines.ts): interaction, internal interaction. */
  blueprintLines: { y: number; kind: Exclude<ServiceLineKind, 'visibility'> }[];
}

/** Where one card is drawn, in canvas px. */
export interface CardBox {
  id: string;
  laneId: string;
  stepId: string;
  /** Place in its cell, 0 … n−1 in drawing order. */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The layout of a whole map: the grid, every card's box, the cards of each cell, and all cards in
 * reading order.
 */
export interface MapLayout {
  grid: GridLayout;
  /** Card id → its box. Cards whose lane or step is missing have none. */
  cards: Map<string, CardBox>;
  /** `cellKey(laneId, stepId)` → ids of the cell's cards in drawing order. */
  cells: Map<string, string[]>;
  /** Every placed card id in journey order (step by step, lane by lane, card by card). */
  order: string[];
  /** Px above the grid (y < 0) the review's judgement band takes (judgementRoom.ts); or 0. */
  above: number;
}

/** The key of a cell in `MapLayout.cells`: `${laneId}|${stepId}`. */
export const cellKey = (laneId: string, stepId: string) => `${laneId}|${stepId}`;

/** A step's column width in canvas px: its own, or the default. */
export function stepWidth(step: { width: number | null }): number {
  return step.width ?? LAYOUT.defaultStepWidth;
}

/** A lane's least height in canvas px: its own or the default, and at least its emotion band. */
export function laneMinHeight(lane: Lane, showEmotionCurve: boolean): number {
  return Math.max(lane.height ?? LAYOUT.defaultLaneHeight, emotionBand(lane, showEmotionCurve));
}

/**
 * Height in canvas px of the emotion curve's band at the top of a lane: only emotions lanes, and
 * only when the curve is shown.
 */
export function emotionBand(lane: Lane, showEmotionCurve: boolean): number {
  return lane.kind === 'emotions' && showEmotionCurve ? LAYOUT.emotionBandHeight : 0;
}

/** How many lines a card title takes in a card `width` px wide (its content box, in CSS). */
export function titleLineCount(
  title: string,
  width: number,
  measure: TextMeasurer = estimateTextWidth,
): number {
  return countLines(title, cardTextRoom(width), { size: CARD.titleSize }, measure);
}

type CachedText = { width: number; measure: TextMeasurer; scale: string; text: CardTextLayout };
const textCache = new WeakMap<Card, CachedText>();

/**
 * How a card's text lies at `width` px (its height, and whether its title is cut short),
 * memoised per card object, width, measurer and rating scale (its words, so a scale read
 * anew but unchanged hits the cache): a keystroke lays out only the card typed in.
 */
export function cardTextLayout(
  card: Card,
  width: number,
  measure: TextMeasurer = cardTextMeasurer(),
  scale: readonly string[] = DEFAULT_RATING_SCALE,
): CardTextLayout {
  const cached = textCache.get(card);
  const scaleKey = card.rating === null ? '' : scale.join('\n'); // only a rated card needs it
  if (cached && cached.width === width && cached.measure === measure && cached.scale === scaleKey)
    return cached.text;
  const text = layoutCardText(card, width, measure, scale);
  textCache.set(card, { width, measure, scale: scaleKey, text });
  return text;
}

/** The drawn height of a card of `width` px, in px (see `cardTextLayout`). */
export function cardHeight(
  card: Card,
  width: number,
  measure: TextMeasurer = cardTextMeasurer(),
  scale: readonly string[] = DEFAULT_RATING_SCALE,
): number {
  return cardTextLayout(card, width, measure, scale).height;
}

const NO_ROOM: ReadonlyMap<string, number> = new Map();

/**
 * Lays the map out. Pass the previous layout to keep its `grid` object when no column or row
 * moved, so components that draw only the grid do not redraw while a card title is typed.
 */
export function computeLayout(
  map: JourneyMap,
  previous?: MapLayout | null,
  measure: TextMeasurer = cardTextMeasurer(),
  /** Px some cards need below their text for workshop rows (cardText.ts `workshopRoom`). */
  workshop: ReadonlyMap<string, number> = NO_ROOM,
): MapLayout {
  const { cellPadding, cardGap } = LAYOUT;
  const left = LAYOUT.laneHeaderWidth;
  const top = HEADER_HEIGHT;

  const columns: ColumnLayout[] = [];
  const phases: PhaseLayout[] = [];
  let x = left;
  map.phases.forEach((phase, phaseIndex) => {
    const phaseX = x;
    const firstColumn = columns.length;
    phase.steps.forEach((step, indexInPhase) => {
      const width = stepWidth(step);
      columns.push({
        stepId: step.id,
        phaseId: phase.id,
        index: columns.length,
        indexInPhase,
        x,
        width,
      });
      x += width;
    });
    phases.push({
      phaseId: phase.id,
      index: phaseIndex,
      x: phaseX,
      width: x - phaseX,
      firstColumn,
      columnCount: phase.steps.length,
    });
  });
  const right = x;
  const columnByStep = new Map(columns.map((c) => [c.stepId, c]));
  const laneIndex = new Map(map.lanes.map((lane, index) => [lane.id, index]));

  // Cards by cell (row-major: lane, then step), in drawing order; each card's height once.
  // Cells are numbered, not keyed by text: a drop lays out every card again (issue 17).
  const columnCount = columns.length;
  const byCell: (Card[] | undefined)[] = [];
  for (const card of map.cards) {
    const column = columnByStep.get(card.stepId);
    const row = laneIndex.get(card.laneId);
    if (!column || row === undefined || !isOnMap(card)) continue;
    const cell = row * columnCount + column.index;
    const list = byCell[cell];
    if (list) list.push(card);
    else byCell[cell] = [card];
  }
  const heights = new Map<string, number>();
  const showCurve = map.settings.showEmotionCurve;
  const rowContent = new Array<number>(map.lanes.length).fill(0);
  byCell.forEach((list, cell) => {
    if (!list) return;
    list.sort((a, b) => a.order - b.order);
    const row = Math.floor(cell / columnCount);
    const cardWidth = (columns[cell % columnCount] as ColumnLayout).width - 2 * cellPadding;
    // Each cell's stack height decides its row's height.
    let height = 0;
    for (const card of list) {
      const cardBoxHeight =
        cardHeight(card, cardWidth, measure, map.judgement.scale) + (workshop.get(card.id) ?? 0);
      heights.set(card.id, cardBoxHeight);
      height += cardBoxHeight + cardGap;
    }
    height += 2 * cellPadding - cardGap + LAYOUT.cellFreeBottom;
    rowContent[row] = Math.max(rowContent[row] ?? 0, height);
  });

  const rows: RowLayout[] = [];
  let y = top;
  map.lanes.forEach((lane, index) => {
    const band = emotionBand(lane, showCurve);
    const height = Math.max(laneMinHeight(lane, showCurve), band + (rowContent[index] ?? 0));
    rows.push({ laneId: lane.id, index, y, height, bandHeight: band, side: lane.side });
    y += height;
  });
  const bottom = y;
  const visibilityLines: number[] = [];
  const blueprintLines: GridLayout['blueprintLines'] = [];
  for (const line of serviceLines(map.lanes)) {
    const at = rows[line.index]?.y ?? bottom;
    if (line.kind === 'visibility') visibilityLines.push(at);
    else blueprintLines.push({ y: at, kind: line.kind });
  }

  let grid: GridLayout = {
    columns,
    phases,
    rows,
    left,
    top,
    right,
    bottom,
    visibilityLines,
    blueprintLines,
  };
  if (previous && sameGrid(previous.grid, grid)) grid = previous.grid;

  const cards = new Map<string, CardBox>();
  const cells = new Map<string, string[]>();
  const order: string[] = [];
  for (const column of columns) {
    for (const row of rows) {
      const list = byCell[row.index * columnCount + column.index];
      if (!list) continue;
      const ids: string[] = [];
      const width = column.width - 2 * cellPadding;
      let cardY = row.y + row.bandHeight + cellPadding;
      list.forEach((card, i) => {
        const height = heights.get(card.id) as number;
        cards.set(card.id, {
          id: card.id,
          laneId: card.laneId,
          stepId: card.stepId,
          index: i,
          x: column.x + cellPadding,
          y: cardY,
          width,
          height,
        });
        ids.push(card.id);
        order.push(card.id);
        cardY += height + cardGap;
      });
      cells.set(cellKey(row.laneId, column.stepId), ids);
    }
  }
  return { grid, cards, cells, order, above: judgementRoom(map, grid.right, measure) };
}

function sameGrid(a: GridLayout, b: GridLayout): boolean {
  if (
    a.left !== b.left ||
    a.top !== b.top ||
    a.right !== b.right ||
    a.bottom !== b.bottom ||
    a.columns.length !== b.columns.length ||
    a.rows.length !== b.rows.length ||
    a.phases.length !== b.phases.length ||
    a.visibilityLines.length !== b.visibilityLines.length ||
    a.blueprintLines.length !== b.blueprintLines.length
  ) {
    return false;
  }
  return (
    a.columns.every((c, i) => shallowEqual(c, b.columns[i])) &&
    a.rows.every((r, i) => shallowEqual(r, b.rows[i])) &&
    a.phases.every((p, i) => shallowEqual(p, b.phases[i])) &&
    a.visibilityLines.every((v, i) => v === b.visibilityLines[i]) &&
    a.blueprintLines.every((l, i) => shallowEqual(l, b.blueprintLines[i]))
  );
}

function shallowEqual<T extends object>(a: T, b: T | undefined): boolean {
  if (!b) return false;
  for (const key of Object.keys(a) as (keyof T)[]) if (a[key] !== b[key]) return false;
  return true;
}

/** The column and row of a cell, or null when either is gone. */
export function cellBox(
  grid: GridLayout,
  laneId: string,
  stepId: string,
): { x: number; y: number; width: number; height: number } | null {
  const column = grid.columns.find((c) => c.stepId === stepId);
  const row = grid.rows.find((r) => r.laneId === laneId);
  if (!column || !row) return null;
  return { x: column.x, y: row.y, width: column.width, height: row.height };
}

/** The rectangle around all given cards (for "zoom to selection"), or null for none. */
export function boundsOf(
  boxes: Iterable<{ x: number; y: number; width: number; height: number }>,
): { x: number; y: number; width: number; height: number } | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  if (minX === Infinity) return null;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
