/**
 * The room the review's judgement band takes above the grid on the canvas (JudgementBand.tsx),
 * in canvas px: the band as the SVG/PNG lays it out (export/layoutReview.ts, the same words,
 * sizes and cells, measured in the page's font), and a gap under it; 0 without a judgement.
 */
import type { JourneyMap } from '../domain/schema';
import { layoutJudgement } from '../export/layoutReview';
import type { TextMeasurer } from '../export/text';

/** The gap between the band and the phase headers, px. */
export const JUDGEMENT_GAP = 16;
/** The band is at least this wide (px), as the picture's title area is. */
export const JUDGEMENT_MIN_WIDTH = 600;

/** The band's width (px) over a grid whose right edge is at `gridRight` px. */
export function judgementWidth(gridRight: number): number {
  return Math.max(gridRight, JUDGEMENT_MIN_WIDTH);
}

/** Px above the grid the band and its gap take (see the module comment). */
export function judgementRoom(
  map: Pick<JourneyMap, 'judgement'>,
  gridRight: number,
  measure: TextMeasurer,
): number {
  const band = layoutJudgement(map, 0, 0, judgementWidth(gridRight), measure);
  return band ? Math.ceil(band.h) + JUDGEMENT_GAP : 0;
}
