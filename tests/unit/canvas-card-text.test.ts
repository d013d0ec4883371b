/**
 * Card text on the canvas: widths measured in the page's font (a fake canvas context stands in
 * for the browser's), every line under the title counted in the card's height, and a title past
 * the line limit marked as cut short; room for comment and vote badges and the vote button.
 */
import { describe, expect, it } from 'vitest';
import {
  CARD,
  CARD_HEAD,
  cardExtras,
  cardHeadFits,
  layoutCardText,
  WORKSHOP_ROWS,
  workshopRoom,
} from '../../src/canvas/cardText';
import { computeLayout } from '../../src/canvas/layout';
import { addComment } from '../../src/domain/comments';
import { startVoteRound } from '../../src/domain/voting';
import {
  contextMeasurer,
  wordSumMeasurer,
  type MeasuringContext,
} from '../../src/export/measureText';
import type { Card } from '../../src/domain/schema';
import type { TextMeasurer } from '../../src/export/text';
import { buildMap, card } from '../builders';

/** A 2D context whose every character is `size × 0.5` px wide in the font last set. */
function fakeContext() {
  const calls: { font: string; text: string }[] = [];
  const context: MeasuringContext & { calls: typeof calls } = {
    font: '',
    calls,
    measureText(text: string) {
      calls.push({ font: this.font, text });
      const size = Number(/(\d+)px/.exec(this.font)?.[1] ?? 10);
      return { width: Array.from(text).length * size * 0.5 };
    },
  };
  return context;
}

function only(spec: Parameters<typeof buildMap>[0]): Card {
  const found = buildMap(spec).cards[0];
  if (!found) throw new Error('no card');
  return found;
}

/** Every character 10 px wide at any size. */
const tenPx: TextMeasurer = (text) => Array.from(text).length * 10;

describe('the card text measurer', () => {
  it('measures in the card’s own font and weight, each text once', () => {
    const context = fakeContext();
    const measure = contextMeasurer(context, 'system-ui, sans-serif', 500);
    expect(measure('Phone', { size: 13 })).toBe(5 * 6.5);
    expect(measure('Phone', { size: 13 })).toBe(5 * 6.5);
    expect(measure('Phone', { size: 11, bold: true })).toBe(5 * 5.5);
    expect(context.calls).toEqual([
      { font: '500 13px system-ui, sans-serif', text: 'Phone' },
      { font: '700 11px system-ui, sans-serif', text: 'Phone' },
    ]);
  });

  it('adds up cached letters and words, so a longer line costs no new measurement', () => {
    const context = fakeContext();
    const measure = wordSumMeasurer(contextMeasurer(context, 'sans-serif'));
    expect(measure('send a letter', { size: 10 })).toBe(13 * 5);
    expect(measure('a letter sent', { size: 10 })).toBe(13 * 5);
    // Plain ASCII letter by letter: s, e, n, d, space, a, l, t, r: nine, each measured once.
    expect(context.calls.map((c) => c.text).sort()).toEqual(
      ['s', 'e', 'n', 'd', ' ', 'a', 'l', 't', 'r'].sort(),
    );
    // Other scripts word by word, shaped whole: "ส่ง " and "จดหมาย" once each.
    context.calls.length = 0;
    measure('ส่ง จดหมาย', { size: 10 });
    measure('ส่ง จดหมาย', { size: 10 });
    expect(context.calls.map((c) => c.text)).toEqual(['ส่ง ', 'จดหมาย']);
  });
});

describe('card heights from measured text', () => {
  const height = (titleLines: number, extraLines: number[] = []) =>
    CARD.borderY +
    2 * CARD.paddingY +
    CARD.headerHeight +
    CARD.headerGap +
    titleLines * CARD.lineHeight +
    extraLines.reduce((sum, lines) => sum + CARD.extraGap + lines * CARD.lineHeight, 0);

  it('makes room for every line of a two-line title', () => {
    // 220 px wide: 220 − 20 padding − 5 border − 1 slack = 194 px, 19 characters a line.
    const idea = only({ cards: [card('idea', { title: 'Offer a welcome call in week one' })] });
    const text = layoutCardText(idea, 220, tenPx);
    expect(text.titleLines).toBe(2);
    expect(text.height).toBe(height(2));
    expect(text.clamped).toBe(false);
  });

  it('shows a metric’s whole reading and its verdict, in words', () => {
    const metric = only({
      cards: [
        card('metric', {
          title: '80% of calls answered within 4 minutes',
          value: 70,
          target: 80,
          unit: '% of calls',
        }),
      ],
    });
    expect(cardExtras(metric).map((b) => [b.text, b.met])).toEqual([
      ['70 % of calls (target 80 % of calls)', false],
      ['✗ Off track', false],
    ]);
    const text = layoutCardText(metric, 220, tenPx);
    // 19 characters a line, broken at spaces: "80% of calls" / "answered within 4" / "minutes";
    // "70 % of calls" / "(target 80 % of" / "calls)"; and "✗ Off track".
    expect(text.titleLines).toBe(3);
    expect(text.height).toBe(height(3, [3, 1]));
  });

  it('keeps room for the tallies bar beside an evidence card’s counts', () => {
    const evidence = only({
      cards: [
        card('evidence', {
          title: 'x',
          tallies: { positive: 18, neutral: 0, negative: 2 },
          participants: { count: 20, of: 20 },
        }),
      ],
    });
    // "+18 0 −2 · 20 of 20" is 19 characters: one line in 194 px, two beside a 62 px bar.
    expect(layoutCardText(evidence, 220, tenPx).height).toBe(
      Math.max(CARD.minHeight, height(1, [2])),
    );
  });

  it('shows a rating as dots and its word, in the card’s height, on any kind', () => {
    const rated = only({ cards: [card('pain-point', { title: 'x', rating: 'Good' })] });
    expect(cardExtras(rated).map((b) => [b.role, b.dots, b.text, b.reserve])).toEqual([
      ['rating', { filled: 3, of: 4 }, 'Rating: Good', 30 + 6],
    ]);
    // Four dots take 30 px and the flex gap 6: "Rating: Good" (12 characters) is one line in
    // 194 − 36 px, two in 114 − 36 = 78 px (140 wide: "Rating:" / "Good").
    expect(layoutCardText(rated, 220, tenPx).height).toBe(Math.max(CARD.minHeight, height(1, [1])));
    expect(layoutCardText(rated, 140, tenPx).height).toBe(height(1, [2]));
    expect(layoutCardText({ ...rated, rating: null }, 140, tenPx).height).toBe(CARD.minHeight);
  });

  it('reads a rating on the map’s own scale, and keeps a word off it as written', () => {
    const rated = only({ cards: [card('idea', { title: 'x', rating: 'Strong' })] });
    expect(cardExtras(rated, ['Weak', 'Strong'])[0]).toMatchObject({
      dots: { filled: 2, of: 2 },
      text: 'Rating: Strong',
    });
    const off = cardExtras(rated)[0];
    expect(off?.dots).toBeUndefined();
    expect(off?.text).toBe('Rating: Strong (not on the scale)');
    // A longer word takes more room: the height follows the scale it is read on.
    expect(layoutCardText(rated, 100, tenPx).height).toBeGreaterThan(
      layoutCardText(rated, 100, tenPx, ['Weak', 'Strong']).height,
    );
  });

  it('says a title past the line limit is cut short', () => {
    const long = only({ cards: [card('idea', { title: 'word '.repeat(40) })] });
    const text = layoutCardText(long, 220, tenPx);
    expect(text.clamped).toBe(true);
    expect(text.titleLines).toBeGreaterThan(CARD.maxTitleLines);
    expect(text.height).toBe(height(CARD.maxTitleLines));
  });
});

describe('room for workshop rows', () => {
  const base = () =>
    buildMap({
      cards: [card('touchpoint', { title: 'Phone' }), card('pain-point', { title: 'Wait' })],
    });
  const now = new Date('2026-01-15T10:00:00Z');

  it('keeps a line for the badges of a card with open comments', () => {
    const map = addComment(base(), {
      target: { kind: 'card', id: 'touchpoint-0' },
      author: 'Sam',
      text: 'Which number?',
      now,
    });
    const room = workshopRoom(map, false);
    expect([...room]).toEqual([['touchpoint-0', WORKSHOP_ROWS.badges]]);
    // The card is that much taller on the canvas, and its neighbour is not.
    const plain = computeLayout(map);
    const annotated = computeLayout(map, null, undefined, room);
    expect(annotated.cards.get('touchpoint-0')!.height).toBe(
      plain.cards.get('touchpoint-0')!.height + WORKSHOP_ROWS.badges,
    );
    expect(annotated.cards.get('pain-point-1')!.height).toBe(
      plain.cards.get('pain-point-1')!.height,
    );
  });

  it('keeps a row for the vote button on cards that can be voted on, only while annotating', () => {
    const map = startVoteRound(base(), {
      question: 'Which pain point first?',
      votesPerParticipant: 3,
      cardKinds: ['pain-point'],
      anonymous: false,
      now,
    });
    expect([...workshopRoom(map, true)]).toEqual([['pain-point-1', WORKSHOP_ROWS.vote]]);
    expect(workshopRoom(map, false).size).toBe(0);
  });
});

describe('cardHeadFits: the head row is cut with "…" only when it may not fit', () => {
  // Every character 10 px wide: the numbers below are easy to follow.
  const tenPx: TextMeasurer = (text) => text.length * 10;
  const head = { icon: '◉', number: null, kind: 'Touchpoint', moment: null, chips: ['☎ Phone'] };
  // icon 10 + kind 100 + chip 70 + 12, two gaps of 4: 200 px, with 10 % spare 220 px of room.
  const needed = (10 + 100 + 70 + CARD_HEAD.chipExtra + 2 * CARD_HEAD.gap) * (1 + CARD_HEAD.spare);
  const widthFor = (room: number) => room + 2 * CARD.paddingX + CARD.borderX + CARD.slack;

  it('fits when the room is what the row needs and its spare', () => {
    expect(cardHeadFits(head, widthFor(Math.ceil(needed)), tenPx)).toBe(true);
  });

  it('does not fit one px short of that', () => {
    expect(cardHeadFits(head, widthFor(Math.floor(needed) - 1), tenPx)).toBe(false);
  });

  it('counts a pain point number (at least 18 px), the moment of truth and every chip', () => {
    const width = widthFor(Math.ceil(needed));
    expect(cardHeadFits({ ...head, number: '3' }, width, tenPx)).toBe(false);
    expect(cardHeadFits({ ...head, moment: '★' }, width, tenPx)).toBe(false);
    expect(cardHeadFits({ ...head, chips: ['☎ Phone', 'assumed'] }, width, tenPx)).toBe(false);
    expect(cardHeadFits({ ...head, chips: [] }, width, tenPx)).toBe(true);
  });
});
