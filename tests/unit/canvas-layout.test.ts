import { describe, expect, it } from 'vitest';
import { updateCard, updateLane, updateStep } from '../../src/domain/edits';
import {
  CARD,
  cardHeight,
  computeLayout,
  HEADER_HEIGHT,
  LAYOUT,
  titleLineCount,
} from '../../src/canvas/layout';
import { graphemes, type TextMeasurer } from '../../src/export/text';
import { WORKSHOP_ROWS } from '../../src/canvas/cardText';
import { gridMap } from '../builders';

describe('computeLayout: columns', () => {
  it('places steps side by side, each as wide as step.width or the default', () => {
    const { grid } = computeLayout(gridMap());
    expect(grid.left).toBe(LAYOUT.laneHeaderWidth);
    expect(grid.columns.map((c) => [c.stepId, c.x, c.width])).toEqual([
      ['s1', LAYOUT.laneHeaderWidth, LAYOUT.defaultStepWidth],
      ['s2', LAYOUT.laneHeaderWidth + LAYOUT.defaultStepWidth, 300],
      ['s3', LAYOUT.laneHeaderWidth + LAYOUT.defaultStepWidth + 300, LAYOUT.defaultStepWidth],
    ]);
    expect(grid.right).toBe(LAYOUT.laneHeaderWidth + 2 * LAYOUT.defaultStepWidth + 300);
  });

  it('spans each phase over its steps', () => {
    const { grid } = computeLayout(gridMap());
    expect(grid.phases.map((p) => [p.phaseId, p.x, p.width, p.firstColumn, p.columnCount])).toEqual(
      [
        ['p1', LAYOUT.laneHeaderWidth, LAYOUT.defaultStepWidth + 300, 0, 2],
        [
          'p2',
          LAYOUT.laneHeaderWidth + LAYOUT.defaultStepWidth + 300,
          LAYOUT.defaultStepWidth,
          2,
          1,
        ],
      ],
    );
  });
});

describe('computeLayout: rows grow to fit their cards', () => {
  it('gives an empty lane its minimum height, and the emotions lane room for the curve', () => {
    const map = gridMap();
    const { grid } = computeLayout({ ...map, cards: [] });
    expect(grid.top).toBe(HEADER_HEIGHT);
    expect(grid.rows.map((r) => r.height)).toEqual([
      LAYOUT.defaultLaneHeight,
      LAYOUT.defaultLaneHeight,
      Math.max(LAYOUT.defaultLaneHeight, LAYOUT.emotionBandHeight),
    ]);
    expect(grid.rows[2]?.bandHeight).toBe(LAYOUT.emotionBandHeight);
  });

  it('makes a row as tall as its fullest cell', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({
      id: `extra-${i}`,
      kind: 'touchpoint' as const,
      laneId: 'l-touch',
      stepId: 's3',
      order: i,
      title: 'A touchpoint',
    }));
    const layout = computeLayout(gridMap(many));
    const row = layout.grid.rows[0];
    if (!row) throw new Error('no row');
    const last = layout.cards.get('extra-4');
    if (!last) throw new Error('no card');
    // Under the last card: the padding and the free room left to click, tap or drop on.
    expect(row.height).toBe(
      last.y + last.height + LAYOUT.cellPadding + LAYOUT.cellFreeBottom - row.y,
    );
    expect((LAYOUT.cellPadding + LAYOUT.cellFreeBottom) * 0.7).toBeGreaterThanOrEqual(24);
    expect(row.height).toBeGreaterThan(LAYOUT.defaultLaneHeight);
    // The rows below move down with it.
    expect(layout.grid.rows[1]?.y).toBe(row.y + row.height);
  });

  it('makes room under cards that take votes while a vote is open', () => {
    const map = gridMap();
    const plain = computeLayout(map);
    const voting = computeLayout(map, null, undefined, new Map([['c-p1', WORKSHOP_ROWS.vote]]));
    const painBox = (layout: typeof plain) => layout.cards.get('c-p1');
    expect(painBox(voting)?.height).toBe((painBox(plain)?.height ?? 0) + WORKSHOP_ROWS.vote);
    expect(voting.cards.get('c-t1')?.height).toBe(plain.cards.get('c-t1')?.height);
  });

  it('keeps lane.height as a minimum', () => {
    const map = updateLane(gridMap(), 'l-pain', { height: 400 });
    expect(computeLayout(map).grid.rows[1]?.height).toBe(400);
  });

  it('stacks a cell’s cards in their order, inside the cell', () => {
    const layout = computeLayout(gridMap());
    const a = layout.cards.get('c-t1');
    const b = layout.cards.get('c-t2');
    if (!a || !b) throw new Error('missing');
    expect(a.index).toBe(0);
    expect(b.index).toBe(1);
    expect(b.y).toBe(a.y + a.height + LAYOUT.cardGap);
    expect(a.x).toBe(LAYOUT.laneHeaderWidth + LAYOUT.cellPadding);
    expect(a.width).toBe(LAYOUT.defaultStepWidth - 2 * LAYOUT.cellPadding);
    expect(layout.cells.get('l-touch|s1')).toEqual(['c-t1', 'c-t2']);
  });

  it('puts emotion cards below the curve band', () => {
    const layout = computeLayout(
      gridMap([
        {
          id: 'c-e',
          kind: 'emotion',
          laneId: 'l-emo',
          stepId: 's1',
          order: 0,
          title: 'Calm',
          score: 1,
        },
      ]),
    );
    const row = layout.grid.rows[2];
    expect(layout.cards.get('c-e')?.y).toBe(
      (row?.y ?? 0) + LAYOUT.emotionBandHeight + LAYOUT.cellPadding,
    );
  });

  it('lists cards in journey order: step by step, lane by lane', () => {
    expect(computeLayout(gridMap()).order).toEqual(['c-t1', 'c-t2', 'c-p1', 'c-p2', 'c-p3']);
  });

  it('keeps the grid object while typing does not change any row height', () => {
    const map = gridMap();
    const first = computeLayout(map);
    const typed = computeLayout(updateCard(map, 'c-t1', { title: 'Phone' }), first);
    expect(typed.grid).toBe(first.grid);
    const wider = computeLayout(updateStep(map, 's1', { width: 500 }), first);
    expect(wider.grid).not.toBe(first.grid);
  });

  it('draws a line of visibility where frontstage lanes meet backstage ones', () => {
    const map = updateLane(gridMap(), 'l-emo', { side: 'backstage' });
    const { grid } = computeLayout(map);
    expect(grid.visibilityLines).toEqual([grid.rows[2]?.y]);
  });
});

describe('card heights', () => {
  it('grows with the title and stops at the line limit', () => {
    const card = gridMap().cards[0];
    if (!card) throw new Error('no card');
    const short = cardHeight(card, 220);
    const long = cardHeight({ ...card, title: 'word '.repeat(30) }, 220);
    const huge = cardHeight({ ...card, title: 'word '.repeat(300) }, 220);
    expect(short).toBeGreaterThanOrEqual(CARD.minHeight);
    expect(long).toBeGreaterThan(short);
    expect(huge).toBe(
      CARD.borderY +
        2 * CARD.paddingY +
        CARD.headerHeight +
        CARD.headerGap +
        CARD.maxTitleLines * CARD.lineHeight,
    );
  });

  it('wraps at word boundaries and breaks long words', () => {
    // A measurer where every character is 10 px: a card 125 px wide has room for 10.
    const tenPx: TextMeasurer = (text) => Array.from(text).length * 10;
    const width = 100 + 2 * CARD.paddingX + CARD.borderX;
    expect(titleLineCount('', width, tenPx)).toBe(1);
    expect(titleLineCount('aaaa bbbb', width, tenPx)).toBe(1);
    expect(titleLineCount('aaaa bbbb cccc', width, tenPx)).toBe(2);
    expect(titleLineCount('a'.repeat(25), width, tenPx)).toBe(3);
    expect(titleLineCount('one\ntwo', width, tenPx)).toBe(2);
  });

  it('wraps Thai between words and keeps emoji whole, as the exports do', () => {
    const tenPx: TextMeasurer = (text) => graphemes(text).length * 10;
    const width = 100 + 2 * CARD.paddingX + CARD.borderX;
    // Ten graphemes a line: 12 flags (24 code points) take two lines, not three.
    expect(titleLineCount('🇬🇧'.repeat(12), width, tenPx)).toBe(2);
    expect(titleLineCount('ภาษาไทยไม่มีการเว้นวรรค', width, tenPx)).toBeGreaterThan(1);
  });
});
