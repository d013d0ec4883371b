/**
 * What a card on the canvas says, and how tall that makes it: the title and the lines under it
 * (a metric's value against its target and its verdict, an evidence card's tallies, a
 * recommendation's status and owner), wrapped at the card's width with widths measured in the
 * page's own font (`cardTextMeasurer`), so every line the card draws is inside its box.
 *
 * Titles stop at `CARD.maxTitleLines` lines (the card's CSS clamps them too); a card whose title
 * is longer says so ("…more") and the whole title is in the inspector. The lines under the
 * title always show whole.
 */
import { recommendationStatus } from '../domain/planStatus';
import { ratingWords, readRating } from '../domain/ratings';
import { DEFAULT_RATING_SCALE } from '../domain/schemaReview';
import { metricReading, metricStatus, metricVerdict } from '../domain/metrics';
import { recommendationStatusText } from '../domain/kinds';
import { commentCounts } from '../domain/comments';
import type { Card, JourneyMap } from '../domain/schema';
import { canBeVotedOn, latestRound, voteCounts } from '../domain/voting';
import { canvasMeasurer, wordSumMeasurer } from '../export/measureText';
import { countLines, estimateTextWidth, type TextMeasurer } from '../export/text';

/** Card text metrics in px, kept in step with `.card` in styles/cards.css. */
export const CARD = {
  paddingY: 8,
  paddingX: 10,
  headerHeight: 18,
  headerGap: 4,
  lineHeight: 17,
  /** The title font size (px) and the card's borders left and right (px), as in canvas.css. */
  titleSize: 13,
  borderX: 5,
  /** Borders top and bottom (px); a recommendation's status stripe is 4 px more. */
  borderY: 2,
  statusStripe: 4,
  maxTitleLines: 6,
  /** The lines under the title: 11 px text on 17 px lines, 3 px below what is above. */
  extraSize: 11,
  extraGap: 3,
  /** Room a tallies bar (56 px) or a status dot (9 px) takes before its text, gap included. */
  barReserve: 62,
  dotReserve: 15,
  /** A rating dot (6 px) and the gap after it (2 px); the gap between flex items (6 px). */
  ratingDot: 8,
  ratingDotGap: 2,
  extraFlexGap: 6,
  minHeight: 58,
  /**
   * Room left at the end of each line (px): widths are measured word by word, and the browser
   * may round a whole line up by a fraction of a pixel.
   */
  slack: 1,
} as const;

/** One block of small text under a card's title. */
export interface CardExtra {
  /** What the block is, for its CSS class (`card__metric`, `card__verdict` …). */
  role: 'metric' | 'verdict' | 'tallies' | 'status' | 'rating';
  text: string;
  /**
   * A rating's dots beside the text (filled for its place, hollow for the rest of the scale),
   * drawn by CSS at a fixed size (`CARD.ratingDot`), hidden from screen readers.
   */
  dots?: { filled: number; of: number };
  bold: boolean;
  /** Px a bar or a dot takes beside the text (on every line: they sit side by side). */
  reserve: number;
  /** For metric blocks: on or off track (the colour), else null. */
  met: boolean | null;
}

/**
 * The blocks of small text a card shows under its title, top to bottom (most kinds: none),
 * then its rating on the map's `scale` (domain/ratings.ts): "Rating: Good" beside filled and
 * hollow dots, the cue that does not rely on colour; a word off the scale says so (no dots).
 */
export function cardExtras(
  card: Card,
  scale: readonly string[] = DEFAULT_RATING_SCALE,
): CardExtra[] {
  const out = kindExtras(card);
  const reading = readRating(card.rating, scale);
  if (reading) {
    const placed = reading.place !== null;
    out.push({
      role: 'rating',
      text: `Rating: ${ratingWords(reading)}`,
      ...(placed ? { dots: { filled: reading.place ?? 0, of: reading.of } } : {}),
      bold: false,
      // The dots sit beside the words as a flex item, so every line of the words is narrower.
      reserve: placed ? ratingDotsWidth(reading.of) + CARD.extraFlexGap : 0,
      met: null,
    });
  }
  return out;
}

/** The width in px of a rating's `of` dots on a card (CSS `.card__rating-dots`). */
export function ratingDotsWidth(of: number): number {
  return of * CARD.ratingDot - CARD.ratingDotGap;
}

function kindExtras(card: Card): CardExtra[] {
  switch (card.kind) {
    case 'metric': {
      const status = metricStatus(card);
      const met = status === 'on-track' ? true : status === 'off-track' ? false : null;
      const reading = metricReading(card) || '—';
      const out: CardExtra[] = [{ role: 'metric', text: reading, bold: true, reserve: 0, met }];
      const verdict = metricVerdict(card);
      if (verdict !== '') out.push({ role: 'verdict', text: verdict, bold: true, reserve: 0, met });
      return out;
    }
    case 'evidence': {
      const { positive, neutral, negative } = card.tallies;
      const { count, of } = card.participants;
      const people = count !== null && of !== null ? ` · ${count} of ${of}` : '';
      const text = `+${positive} ${neutral} −${negative}${people}`;
      return [{ role: 'tallies', text, bold: false, reserve: CARD.barReserve, met: null }];
    }
    case 'recommendation': {
      const owner = card.owner ? ` · ${card.owner}` : '';
      const text = `${recommendationStatusText(recommendationStatus(card))}${owner}`;
      return [{ role: 'status', text, bold: false, reserve: CARD.dotReserve, met: null }];
    }
    default:
      return [];
  }
}

/** How a card's text lies in its box: its height (px) and whether its title is cut short. */
export interface CardTextLayout {
  height: number;
  /** Lines the whole title takes (more than `CARD.maxTitleLines` when it is clamped). */
  titleLines: number;
  /** The title is longer than the card shows: the card says "…more". */
  clamped: boolean;
}

/** The width in px a card of `width` has for its text (its content box, in CSS). */
export function cardTextRoom(width: number): number {
  return Math.max(1, width - 2 * CARD.paddingX - CARD.borderX - CARD.slack);
}

/** Lays out a card's text at `width` px with `measure`; pure. */
export function layoutCardText(
  card: Card,
  width: number,
  measure: TextMeasurer = estimateTextWidth,
  scale: readonly string[] = DEFAULT_RATING_SCALE,
): CardTextLayout {
  const room = cardTextRoom(width);
  const titleLines = countLines(card.title, room, { size: CARD.titleSize }, measure);
  const shown = Math.min(CARD.maxTitleLines, titleLines);
  let extra = 0;
  for (const block of cardExtras(card, scale)) {
    // The bar or dot is a flex item beside the text, so every line of the text is that narrower.
    const style = { size: CARD.extraSize, bold: block.bold };
    const lines = countLines(block.text, Math.max(1, room - block.reserve), style, measure);
    extra += CARD.extraGap + lines * CARD.lineHeight;
  }
  const borders = CARD.borderY + (card.kind === 'recommendation' ? CARD.statusStripe : 0);
  const height = Math.max(
    CARD.minHeight,
    borders +
      2 * CARD.paddingY +
      CARD.headerHeight +
      CARD.headerGap +
      shown * CARD.lineHeight +
      extra,
  );
  return { height, titleLines, clamped: titleLines > CARD.maxTitleLines };
}

/** What a card's head row shows, left to right (the glyphs and texts of CardNode's head). */
export interface CardHead {
  icon: string;
  /** A pain point's number, or null. */
  number: string | null;
  /** The kind's name (and mark), `cardFace(card).head`. */
  kind: string;
  /** The moment of truth glyph, or null. */
  moment: string | null;
  /** The chips' texts: the channel ("☎ Telephone"), "assumed". */
  chips: readonly string[];
}

/** The head row's sizes in px, kept in step with `.card__head` and its children in cards.css. */
export const CARD_HEAD = {
  size: 11,
  glyphSize: 13,
  gap: 4,
  /** A pain point number's box: 4 px padding each side, at least 18 px wide. */
  numberPadding: 8,
  numberMin: 18,
  /** A chip's padding (5 px) and border (1 px), both sides. */
  chipExtra: 12,
  /**
   * Share of the measured width kept spare: glyphs may come from a fallback font. A row that
   * still runs long first runs into the card's 10 px padding, inside the card's own edge.
   */
  spare: 0.03,
} as const;

/**
 * Whether a card's head row fits its `width` (px) with room to spare, measured as the card's
 * text is (`measure`: the page's font, chips as bold, so never short). A head that may not fit
 * is drawn cut with "…" (`card__head--tight`); one that fits is drawn without clipping, which
 * spares the browser a clip of its own for every card on screen on every frame (issue 17).
 */
export function cardHeadFits(head: CardHead, width: number, measure: TextMeasurer): boolean {
  const small = { size: CARD_HEAD.size, bold: true };
  const glyph = (text: string) => measure(text, { size: CARD_HEAD.glyphSize });
  const items = [glyph(head.icon), measure(head.kind, small)];
  if (head.number !== null)
    items.push(
      Math.max(CARD_HEAD.numberMin, measure(head.number, small) + CARD_HEAD.numberPadding),
    );
  if (head.moment !== null) items.push(glyph(head.moment));
  for (const chip of head.chips) items.push(measure(chip, small) + CARD_HEAD.chipExtra);
  const needed = items.reduce((sum, w) => sum + w, 0) + CARD_HEAD.gap * (items.length - 1);
  return needed * (1 + CARD_HEAD.spare) <= cardTextRoom(width);
}

let shared: TextMeasurer | null = null;

/**
 * The measurer card heights use: the page's own font (read once from the body's computed
 * style; cards use no web fonts) measured with a canvas 2D context at the titles' weight
 * (500), word by word with a cache, so laying out 5,000 cards measures each distinct word
 * once. Outside a browser (unit tests in jsdom) it is text.ts's estimate.
 */
export function cardTextMeasurer(): TextMeasurer {
  if (shared) return shared;
  let family = '';
  try {
    if (typeof document !== 'undefined' && document.body) {
      family = getComputedStyle(document.body).fontFamily;
    }
  } catch {
    family = '';
  }
  const real = family ? canvasMeasurer(family, 500) : null;
  shared = real ? wordSumMeasurer(real) : estimateTextWidth;
  return shared;
}

/** Rows a card shows in workshops, below its text (px, kept in step with their CSS). */
export const WORKSHOP_ROWS = {
  /** Open comments and revealed votes (`.card__badges`: 4 px gap, an 18 px line). */
  badges: 22,
  /** The vote button while a round is open (`.card .vote-button`: 4 px gap, 44 px high). */
  vote: 48,
} as const;

/**
 * The room (px) each card needs below its text for workshop rows: badges on cards with open
 * comments or revealed votes, and the vote button on every card that can be voted on while
 * the map is annotated with a round open. Cards that need none are left out.
 */
export function workshopRoom(
  map: Pick<JourneyMap, 'comments' | 'voteRounds' | 'cards'>,
  annotating: boolean,
): Map<string, number> {
  const room = new Map<string, number>();
  for (const [id, count] of commentCounts(map)) {
    if (count > 0) room.set(id, WORKSHOP_ROWS.badges);
  }
  const latest = latestRound(map);
  if (latest?.status === 'revealed') {
    for (const [id, votes] of voteCounts(latest)) {
      if (votes > 0) room.set(id, WORKSHOP_ROWS.badges);
    }
  }
  const open = annotating ? map.voteRounds.find((r) => r.status === 'open') : undefined;
  if (open) {
    for (const card of map.cards) {
      if (canBeVotedOn(open, card)) {
        room.set(card.id, (room.get(card.id) ?? 0) + WORKSHOP_ROWS.vote);
      }
    }
  }
  return room;
}
