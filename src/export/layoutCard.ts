/**
 * The content of one card in the exported map: the lines and marks it shows, stacked from the
 * top, and the height that needs. Coordinates are relative to the card's top-left corner.
 */
import type { Card } from '../domain/schema';
import {
  CARD_KIND_REGISTRY,
  SEVERITY_LABELS,
  STATUS_COLOURS,
  TALLY_COLOURS,
} from '../domain/kinds';
import {
  CHANNEL_LABELS,
  EMOTION_LABELS,
  RECOMMENDATION_RESPONSE_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  type EmotionScore,
} from '../domain/vocabulary';
import { metricReading, metricStatus, metricVerdict } from '../domain/metrics';
import { recommendationStatus } from '../domain/planStatus';
import { ratingDots, ratingWords, readRating } from '../domain/ratings';
import { DEFAULT_RATING_SCALE } from '../domain/schemaReview';
import { formatDate, formatNumber, formatScore, plural } from './format';
import { MAP_LAYOUT, type CardItem, type TextItem } from './layoutTypes';
import { wrapText, type TextMeasurer } from './text';
import { INK, INK_SOFT, PAPER } from './theme';

const C = MAP_LAYOUT.card;

/**
 * What laying out one card needs besides the card: its width (px), its pain point number, its
 * annotation counts and a text measurer.
 */
export interface CardContext {
  width: number;
  painPointNumber: number | null;
  /** Counts to show, or null when the map hides annotations in exports. */
  annotations: { comments: number; votes: number } | null;
  measure: TextMeasurer;
  /** The map's rating scale, worst first (default: poor / fair / good / excellent). */
  scale?: readonly string[];
}

/** The card's first line: its kind and the words after it (channel, severity, score, basis). */
export function kindLine(card: Card): string {
  const parts: string[] = [CARD_KIND_REGISTRY[card.kind].label];
  if (card.kind === 'touchpoint') parts.push(CHANNEL_LABELS[card.channel]);
  if (card.kind === 'pain-point' && card.severity) parts.push(SEVERITY_LABELS[card.severity]);
  if (card.kind === 'emotion' && card.score !== null) {
    parts.push(`${EMOTION_LABELS[card.score as EmotionScore]} (${formatScore(card.score)})`);
  }
  if (card.basis === 'assumed') parts.push('Assumption');
  if (card.basis === 'evidenced') parts.push('Evidenced');
  return parts.join(' · ');
}

/** Extra lines each kind shows under its title and description. */
export function kindDetails(card: Card): string[] {
  switch (card.kind) {
    case 'metric': {
      // The value against the target; the on/off-track judgement is its own coloured line.
      const lines: string[] = [];
      const reading = metricReading(card);
      if (reading !== '') lines.push(reading);
      const meta = [
        card.sampleSize === null ? '' : `n = ${formatNumber(card.sampleSize)}`,
        card.date === null ? '' : formatDate(card.date),
      ].filter(Boolean);
      if (meta.length > 0) lines.push(meta.join(' · '));
      return lines;
    }
    case 'evidence': {
      const { positive, neutral, negative } = card.tallies;
      const lines: string[] = [];
      if (positive + neutral + negative > 0) {
        lines.push(`${positive} positive · ${neutral} neutral · ${plural(negative, 'problem')}`);
      }
      const { count, of } = card.participants;
      if (count !== null)
        lines.push(
          `${formatNumber(count)}${of === null ? '' : ` of ${formatNumber(of)}`} participants`,
        );
      if (card.source) lines.push(`Source: ${card.source}`);
      return lines;
    }
    case 'recommendation': {
      const lines: string[] = [];
      if (card.number.trim()) lines.push(`Recommendation ${card.number.trim()}`);
      if (card.response.answer !== null)
        lines.push(`Response: ${RECOMMENDATION_RESPONSE_LABELS[card.response.answer]}`);
      if (card.theme) lines.push(`Theme: ${card.theme}`);
      if (card.owner) lines.push(`Owner: ${card.owner}`);
      if (card.targetDate) {
        const revised = card.revisedDate ? ` (revised ${formatDate(card.revisedDate)})` : '';
        lines.push(`Target ${formatDate(card.targetDate)}${revised}`);
      } else if (card.revisedDate) {
        lines.push(`Revised target ${formatDate(card.revisedDate)}`);
      }
      if (card.completedDate) lines.push(`Completed ${formatDate(card.completedDate)}`);
      if (card.actions.length > 0) {
        const done = card.actions.filter((a) => a.status === 'complete').length;
        lines.push(`${plural(card.actions.length, 'action')}, ${formatNumber(done)} complete`);
      }
      return lines;
    }
    default:
      return [];
  }
}

/** Lays out one card's content for a card `context.width` wide. */
export function layoutCardContent(
  card: Card,
  context: CardContext,
): { h: number; items: CardItem[] } {
  const { width, measure } = context;
  const { accent } = CARD_KIND_REGISTRY[card.kind].colours;
  const left = C.stripe + C.padding;
  const innerWidth = Math.max(20, width - left - C.padding);
  const items: CardItem[] = [];
  let y = C.padding;

  const text = (
    value: string,
    size: number,
    lineHeight: number,
    options: { x?: number; width?: number; bold?: boolean; italic?: boolean; colour?: string },
  ): TextItem => {
    const item: TextItem = {
      type: 'text',
      x: options.x ?? left,
      y: y + lineHeight / 2 + size * 0.35,
      text: value,
      size,
      bold: options.bold ?? false,
      italic: options.italic ?? false,
      colour: options.colour ?? INK,
      anchor: 'start',
      maxWidth: options.width ?? innerWidth,
    };
    items.push(item);
    y += lineHeight;
    return item;
  };
  /**
   * Wrapped text, whole up to `maxLines`; longer text ends with a line saying where the rest
   * is, since a picture cannot scroll.
   */
  const paragraph = (
    value: string,
    size: number,
    lineHeight: number,
    maxLines: number,
    options: { bold?: boolean; italic?: boolean; colour?: string; width?: number; x?: number } = {},
  ) => {
    const style = { size, bold: options.bold ?? false, italic: options.italic ?? false };
    const maxWidth = options.width ?? innerWidth;
    const lines = wrapText(value, { maxWidth, style, measure });
    for (const line of lines.slice(0, maxLines)) text(line, size, lineHeight, options);
    if (lines.length > maxLines) {
      const more = `… ${lines.length - maxLines} more lines in Waymark`;
      for (const line of wrapText(more, {
        maxWidth,
        style: { size: C.textSize, italic: true },
        measure,
      })) {
        text(line, C.textSize, C.textLineHeight, {
          italic: true,
          colour: INK_SOFT,
          width: maxWidth,
        });
      }
    }
  };

  // First line(s): pain-point number, kind and its qualifiers, moment-of-truth star.
  const badgeRoom = context.painPointNumber === null ? 0 : C.badge + 4;
  const starRoom = card.momentOfTruth ? C.star + 4 : 0;
  const kindWidth = Math.max(10, innerWidth - badgeRoom - starRoom);
  const headY = y;
  const kindLines = wrapText(kindLine(card), {
    maxWidth: kindWidth,
    style: { size: C.kindSize, bold: true },
    measure,
  });
  const headHeight = Math.max(
    C.kindLineHeight * kindLines.length,
    badgeRoom > 0 ? C.badge : 0,
    starRoom > 0 ? C.star : 0,
  );
  y += (headHeight - C.kindLineHeight * kindLines.length) / 2;
  for (const line of kindLines) {
    text(line, C.kindSize, C.kindLineHeight, {
      x: left + badgeRoom,
      width: kindWidth,
      bold: true,
      colour: accent,
    });
  }
  y = headY + headHeight + C.gap;

  const whole = Infinity;
  if (card.title.trim() === '') {
    text('Untitled card', C.titleSize, C.titleLineHeight, { italic: true, colour: INK_SOFT });
  } else {
    paragraph(card.title, C.titleSize, C.titleLineHeight, whole, { bold: true });
  }
  if (card.description.trim() !== '') {
    y += C.gap / 2;
    paragraph(card.description, C.textSize, C.textLineHeight, C.maxLongTextLines, {
      colour: INK_SOFT,
    });
  }

  // Its rating on the map's scale (domain/ratings.ts), as on the canvas: the dots beside the
  // words (wrapped in the room left), so a long word never breaks the dots apart.
  const rating = readRating(card.rating, context.scale ?? DEFAULT_RATING_SCALE);
  if (rating !== null) {
    y += C.gap / 2;
    const dots = ratingDots(rating);
    const indent = dots === '' ? 0 : dotsWidth(dots, measure) + 4;
    if (dots !== '') {
      // On the first line of the words (a line height of 0 leaves `y` where it is).
      const item = text(dots, C.textSize, 0, { colour: accent, width: indent });
      item.y = y + C.textLineHeight / 2 + C.textSize * 0.35;
    }
    paragraph(`Rating: ${ratingWords(rating)}`, C.textSize, C.textLineHeight, whole, {
      x: left + indent,
      width: Math.max(10, innerWidth - indent),
    });
  }

  if (card.kind === 'evidence') {
    const { positive, neutral, negative } = card.tallies;
    const total = positive + neutral + negative;
    if (total > 0) {
      y += C.gap;
      const segments = (
        [
          [positive, TALLY_COLOURS.positive],
          [neutral, TALLY_COLOURS.neutral],
          [negative, TALLY_COLOURS.negative],
        ] as const
      )
        .filter(([count]) => count > 0)
        .map(([count, colour]) => ({ w: (innerWidth * count) / total, colour }));
      items.push({ type: 'bar', x: left, y, w: innerWidth, h: C.barHeight, segments });
      y += C.barHeight + C.gap;
    }
  }

  if (card.kind === 'recommendation') {
    // The status in a pill, always whole: it wraps inside the pill rather than being cut.
    y += C.gap;
    const style = { size: C.textSize, bold: true };
    const label = RECOMMENDATION_STATUS_LABELS[recommendationStatus(card)];
    // In a narrow card the pill may use the card's padding too, so a one-word status fits.
    const pad = 4;
    const room = Math.max(innerWidth, width - C.stripe - 4);
    const labelLines = wrapText(label, { maxWidth: Math.max(8, room - 2 * pad), style, measure });
    const w = Math.max(...labelLines.map((line) => measure(line, style))) + 2 * pad;
    const pillX = w <= innerWidth ? left : Math.max(C.stripe + 2, left + innerWidth - w);
    const lineHeight = C.pillHeight - 2;
    const h = C.pillHeight + (labelLines.length - 1) * lineHeight;
    const labels = labelLines.map((line, i): TextItem => ({
      type: 'text',
      x: pillX + pad,
      y: y + (C.pillHeight - lineHeight) / 2 + i * lineHeight + lineHeight / 2 + C.textSize * 0.35,
      text: line,
      size: C.textSize,
      bold: true,
      italic: false,
      colour: PAPER,
      anchor: 'start',
      maxWidth: w - 2 * pad,
    }));
    items.push({
      type: 'pill',
      x: pillX,
      y,
      w,
      h,
      // The status's text colour: white on it meets 4.5:1, as the action plan's pills do.
      colour: STATUS_COLOURS[recommendationStatus(card)].ink,
      labels,
    });
    y += h + C.gap;
    if (card.why.trim() !== '')
      paragraph(`Why: ${card.why}`, C.textSize, C.textLineHeight, C.maxLongTextLines);
  }

  for (const line of kindDetails(card)) paragraph(line, C.textSize, C.textLineHeight, whole);

  if (card.kind === 'metric') {
    // On or off track against the target, in words and a mark that does not rely on colour.
    const status = metricStatus(card);
    if (status === 'on-track' || status === 'off-track') {
      paragraph(metricVerdict(card), C.textSize, C.textLineHeight, whole, {
        bold: true,
        colour: STATUS_COLOURS[status].ink,
      });
    }
  }

  if (card.momentOfTruth) {
    const reason = card.momentOfTruth.reason.trim();
    paragraph(
      reason ? `Moment of truth: ${reason}` : 'Moment of truth',
      C.textSize,
      C.textLineHeight,
      C.maxLongTextLines,
      {
        italic: true,
        colour: INK_SOFT,
      },
    );
  }

  const notes = context.annotations;
  if (notes && (notes.comments > 0 || notes.votes > 0)) {
    y += C.gap;
    const parts = [
      notes.comments > 0 ? plural(notes.comments, 'comment') : '',
      notes.votes > 0 ? plural(notes.votes, 'vote') : '',
    ];
    paragraph(parts.filter(Boolean).join(' · '), C.textSize, C.textLineHeight, 1, {
      colour: INK_SOFT,
    });
  }

  return { h: Math.ceil(y + C.padding), items };
}

/** Widths of rating dots ("●●●○") by measurer: a handful of strings, measured once each. */
const dotWidths = new WeakMap<TextMeasurer, Map<string, number>>();
function dotsWidth(dots: string, measure: TextMeasurer): number {
  let known = dotWidths.get(measure);
  if (!known) dotWidths.set(measure, (known = new Map()));
  let width = known.get(dots);
  if (width === undefined) known.set(dots, (width = measure(dots, { size: C.textSize })));
  return width;
}
