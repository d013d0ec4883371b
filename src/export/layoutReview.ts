/**
 * The review's judgement in the exported map (SVG and PNG): a band between the title (and
 * personas) and the grid, the way the canvas draws it above the map (canvas/JudgementBand.tsx):
 * "Judgement: An improving service", then every criterion in the review's order, its name over
 * its rating in dots and words (domain/ratings.ts `judgementBand`). Also a step's rating line.
 */
import { judgementBand, ratingLine } from '../domain/ratings';
import type { JourneyMap, Step } from '../domain/schema';
import { lineItems } from './layoutItems';
import type { Box, TextItem } from './layoutTypes';
import type { TextMeasurer } from './text';
import { wrapText } from './text';
import { INK_SOFT } from './theme';

/** Sizes of the judgement band, in px at scale 1. */
export const JUDGEMENT_LAYOUT = {
  padding: 12,
  headingSize: 15,
  headingLineHeight: 20,
  size: 12,
  lineHeight: 16,
  cellWidth: 240,
  gap: 12,
} as const;

/** The judgement band of the exported map: its box and its lines of text. */
export interface JudgementBox extends Box {
  lines: TextItem[];
  /** Each criterion's cell (a light rule is drawn above each row of them). */
  cells: Box[];
}

const J = JUDGEMENT_LAYOUT;

/**
 * Lays the judgement band out at (`x`, `y`), `width` px wide; null when the review has no
 * judgement (no overall words, no criteria).
 */
export function layoutJudgement(
  map: Pick<JourneyMap, 'judgement'>,
  x: number,
  y: number,
  width: number,
  measure: TextMeasurer,
): JudgementBox | null {
  const band = judgementBand(map);
  if (!band) return null;
  const inner = Math.max(40, width - 2 * J.padding);
  const heading = { size: J.headingSize, bold: true };
  const headingLines = wrapText(band.overall ? `Judgement: ${band.overall}` : 'Judgement', {
    maxWidth: inner,
    style: heading,
    maxLines: 6,
    measure,
  });
  const lines = lineItems(
    headingLines,
    x + J.padding,
    y + J.padding,
    heading,
    J.headingLineHeight,
    {
      maxWidth: inner,
    },
  );
  let top = y + J.padding + headingLines.length * J.headingLineHeight;
  const perRow = Math.max(1, Math.floor((inner + J.gap) / (J.cellWidth + J.gap)));
  const cellWidth = Math.min(J.cellWidth, inner);
  const cells: Box[] = [];
  for (let start = 0; start < band.criteria.length; start += perRow) {
    top += J.gap;
    let rowHeight = 0;
    band.criteria.slice(start, start + perRow).forEach((criterion, i) => {
      const cx = x + J.padding + i * (cellWidth + J.gap);
      const name = wrapText(criterion.name, {
        maxWidth: cellWidth,
        style: { size: J.size, bold: true },
        maxLines: 4,
        measure,
      });
      const rating = wrapText(`${criterion.dots ? `${criterion.dots} ` : ''}${criterion.words}`, {
        maxWidth: cellWidth,
        style: { size: J.size },
        maxLines: 3,
        measure,
      });
      lines.push(
        ...lineItems(name, cx, top, { size: J.size, bold: true }, J.lineHeight, {
          maxWidth: cellWidth,
        }),
        ...lineItems(rating, cx, top + name.length * J.lineHeight, { size: J.size }, J.lineHeight, {
          maxWidth: cellWidth,
          colour: criterion.dots ? undefined : INK_SOFT,
        }),
      );
      const h = (name.length + rating.length) * J.lineHeight;
      cells.push({ x: cx, y: top, w: cellWidth, h });
      rowHeight = Math.max(rowHeight, h);
    });
    top += rowHeight;
  }
  return { x, y, w: width, h: top + J.padding - y, lines, cells };
}

/** A step's rating as lines of its header ("●●●○ Rating: Good"), wrapped to `maxWidth` px. */
export function stepRatingLines(
  step: Step,
  scale: readonly string[],
  maxWidth: number,
  size: number,
  measure: TextMeasurer,
): string[] {
  const line = ratingLine(step.rating, scale);
  return line === null ? [] : wrapText(line, { maxWidth, style: { size }, maxLines: 3, measure });
}
