/**
 * The shape of the whole-map layout (layout.ts) and its constants. SVG and PNG draw from the
 * same layout, so both exports look alike; the constants are in one object so the canvas can
 * share them later.
 */
import type { CardKind, LaneKind, LinkKind } from '../domain/vocabulary';
import { EXPORT_FONT_FAMILY } from './theme';
import type { ServiceLineKind } from '../domain/serviceLines';
import type { JudgementBox } from './layoutReview';

/** Every size of the exported map, in CSS pixels at scale 1. */
export const MAP_LAYOUT = {
  fontFamily: EXPORT_FONT_FAMILY,
  margin: 24,
  title: { size: 24, lineHeight: 30, maxLines: 6, minWidth: 600 },
  subtitle: { size: 13, lineHeight: 18 },
  sectionGap: 16,
  persona: {
    width: 300,
    padding: 12,
    gap: 12,
    avatar: 36,
    nameSize: 15,
    nameLineHeight: 20,
    textSize: 12,
    lineHeight: 16,
    headingSize: 11,
    headingLineHeight: 15,
    sectionGap: 6,
  },
  laneHeader: { width: 180, padding: 12, size: 14, lineHeight: 18, maxLines: 10, noteSize: 11 },
  phaseHeader: {
    padding: 10,
    size: 16,
    lineHeight: 20,
    maxLines: 4,
    dateSize: 12,
    dateLineHeight: 16,
  },
  stepHeader: { padding: 8, size: 13, lineHeight: 17, maxLines: 10, minHeight: 40, star: 16 },
  cell: { padding: 12, gap: 10, minLaneHeight: 80, defaultStepWidth: 224, minStepWidth: 80 },
  card: {
    padding: 10,
    stripe: 4,
    radius: 6,
    kindSize: 10,
    kindLineHeight: 14,
    titleSize: 13,
    /** Titles (at most 500 characters) are shown whole. */
    titleLineHeight: 17,
    textSize: 11,
    textLineHeight: 15,
    /** Long text past this many lines ends with a line saying it continues in Waymark. */
    maxLongTextLines: 40,
    gap: 4,
    barHeight: 8,
    pillHeight: 16,
    badge: 18,
    star: 14,
  },
  emotionCurve: { bandHeight: 110, padding: 14, pointRadius: 5, strokeWidth: 2.5 },
  link: { strokeWidth: 1.5, arrowSize: 8, labelSize: 10 },
  visibilityLine: { strokeWidth: 2, labelSize: 10 },
  legend: { swatch: 14, itemGap: 24, size: 12, rowHeight: 22, titleSize: 13 },
} as const;

/** A line of text; `y` is the alphabetic baseline; `maxWidth` the room it was wrapped to. */
export interface TextItem {
  type: 'text';
  x: number;
  y: number;
  text: string;
  size: number;
  bold: boolean;
  italic: boolean;
  colour: string;
  anchor: 'start' | 'middle' | 'end';
  maxWidth: number;
}

/** A horizontal bar of coloured segments (evidence tallies). */
export interface BarItem {
  type: 'bar';
  x: number;
  y: number;
  w: number;
  h: number;
  segments: { w: number; colour: string }[];
}

/** A rounded label with a coloured background (recommendation status), one or more lines. */
export interface PillItem {
  type: 'pill';
  x: number;
  y: number;
  w: number;
  h: number;
  colour: string;
  labels: TextItem[];
}

/** One thing drawn on a card: a line of text, a bar or a pill. */
export type CardItem = TextItem | BarItem | PillItem;

/** A rectangle in px: its top-left corner, width and height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A card of the exported map and what is drawn on it. */
export interface CardBox extends Box {
  id: string;
  kind: CardKind;
  /** Pain points are numbered in journey order (phase, step, lane, place in the cell). */
  painPointNumber: number | null;
  momentOfTruth: boolean;
  /** Content, with coordinates relative to the card's top-left corner. */
  items: CardItem[];
}

/** A phase's header of the exported map, with its lines of text. */
export interface PhaseBox extends Box {
  id: string;
  lines: TextItem[];
}

/** A step's header of the exported map, with its lines of text. */
export interface StepBox extends Box {
  id: string;
  lines: TextItem[];
  momentOfTruth: boolean;
  /** Where the first step of a phase starts: a stronger divider is drawn there. */
  firstOfPhase: boolean;
}

/** A lane's header and row of the exported map. */
export interface LaneBox extends Box {
  id: string;
  kind: LaneKind;
  backstage: boolean;
  lines: TextItem[];
  /** The emotion curve's band inside this lane, when it has one. */
  curveBand: Box | null;
}

/** A persona of the exported map: initials, avatar colour or photo, and lines of text. */
export interface PersonaBox extends Box {
  id: string;
  initials: string;
  avatarColour: string;
  /** A persona photo (a PNG, JPEG, WebP or GIF data URL, checked by the schema), or null. */
  photo: string | null;
  lines: TextItem[];
}

/** A link between two cards of the exported map, as a curve, with its label. */
export interface LinkPath {
  id: string;
  kind: LinkKind;
  /** A cubic Bézier from the start card's edge to the end card's edge. */
  points: [number, number, number, number, number, number, number, number];
  label: TextItem | null;
}

/** A point of the exported emotion curve (px) and its score, −2 … +2. */
export interface EmotionPoint {
  x: number;
  y: number;
  score: number;
}

/** One entry of the exported legend and where it is drawn (px). */
export interface LegendItem {
  /** A card kind, or one of the map's marks. */
  key: CardKind | 'moment-of-truth' | 'line-of-visibility' | 'link-flow' | 'link-cause' | 'rating';
  label: string;
  x: number;
  y: number;
}

/** The whole exported map laid out, in px at scale 1: what SVG and PNG both draw. */
export interface MapLayout {
  width: number;
  height: number;
  title: TextItem[];
  personas: PersonaBox[];
  /** The review's judgement band between the personas and the grid (layoutReview.ts). */
  judgement: JudgementBox | null;
  /** The whole grid including headers. */
  grid: Box;
  phases: PhaseBox[];
  steps: StepBox[];
  lanes: LaneBox[];
  cards: CardBox[];
  links: LinkPath[];
  /** Runs of consecutive scored steps: a null score breaks the curve. */
  emotionCurve: EmotionPoint[][];
  /**
   * Where the lanes change from frontstage to backstage (or back), and a service blueprint's
   * lines of interaction and internal interaction (domain/serviceLines.ts), each with its label.
   */
  visibilityLines: { y: number; x1: number; x2: number; kind: ServiceLineKind; label: string }[];
  legend: { box: Box; items: LegendItem[] } | null;
}
