import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/canvas/layout';
import { updateLayout } from '../../src/canvas/layoutUpdate';
import { createCardNodeMapper, type NodeOptions } from '../../src/canvas/toNodes';
import { stepDisplayNames } from '../../src/domain/names';
import { numberPainPoints } from '../../src/domain/painPoints';
import { deleteCards, moveCards, updateCard } from '../../src/domain/edits';
import type { JourneyMap } from '../../src/domain/schema';
import { estimateTextWidth } from '../../src/export/text';
import { gridMap } from '../builders';

const measure = estimateTextWidth;
/** Comparable form of a layout (its maps as entries). */
const plain = (layout: ReturnType<typeof computeLayout>) => ({
  grid: layout.grid,
  cards: [...layout.cards.entries()],
  cells: [...layout.cells.entries()],
  order: layout.order,
});

describe('updateLayout: the layout after a change, laid out again only when needed', () => {
  it('keeps the same layout while typing leaves every card as tall as it was', () => {
    const map = gridMap();
    const first = updateLayout(map, null, measure);
    const typed = updateCard(map, 'c-t1', { title: 'Phone calls' });
    const next = updateLayout(typed, first, measure);
    expect(next).toBe(first);
    expect(plain(next)).toEqual(plain(computeLayout(typed, null, measure)));
  });

  it('lays out again when a title wraps onto another line: the cards below move down', () => {
    const map = gridMap();
    const first = updateLayout(map, null, measure);
    const long = 'A phone call that went on and on, with hold music, transfers and a callback';
    const typed = updateCard(map, 'c-t1', { title: long });
    const next = updateLayout(typed, first, measure);
    expect(next).not.toBe(first);
    expect(next.cards.get('c-t2')!.y).toBeGreaterThan(first.cards.get('c-t2')!.y);
    expect(plain(next)).toEqual(plain(computeLayout(typed, null, measure)));
  });

  it('lays out again when the review judgement changes: its band takes room above the grid', () => {
    const map = gridMap();
    const first = updateLayout(map, null, measure);
    const judged: JourneyMap = {
      ...map,
      judgement: {
        ...map.judgement,
        overall: 'An improving service',
        criteria: [{ id: 'cr1', name: 'Ease of contact', rating: 'Good', note: '' }],
      },
    };
    const next = updateLayout(judged, first, measure);
    expect(next).not.toBe(first);
    expect(next.above).toBeGreaterThan(0);
    expect(next.above).toBe(computeLayout(judged, null, measure).above);
  });

  it('gives what computeLayout gives after moves, deletions and workshop rows', () => {
    const steps: ((map: JourneyMap) => JourneyMap)[] = [
      (m) => updateCard(m, 'c-p1', { title: 'Long waits' }),
      (m) => moveCards(m, ['c-t2'], { laneId: 'l-touch', stepId: 's2' }),
      (m) => updateCard(m, 'c-t2', { title: 'Letters' }),
      (m) => deleteCards(m, ['c-p3']),
    ];
    let map = gridMap();
    let layout = updateLayout(map, null, measure);
    for (const step of steps) {
      map = step(map);
      layout = updateLayout(map, layout, measure);
      expect(plain(layout)).toEqual(plain(computeLayout(map, null, measure)));
    }
    const room = new Map([['c-t1', 30]]);
    layout = updateLayout(map, layout, measure, room);
    expect(plain(layout)).toEqual(plain(computeLayout(map, null, measure, room)));
    expect(layout.cards.get('c-t1')!.height).toBe(
      computeLayout(map, null, measure).cards.get('c-t1')!.height + 30,
    );
  });
});

describe('card nodes while typing: only the typed card gets a new node', () => {
  it('gives the nodes a fresh mapper gives, keeping every other node object', () => {
    const map = gridMap();
    const layout = updateLayout(map, null, measure);
    const opts: NodeOptions = {
      selected: new Set(['c-t1']),
      painNumbers: numberPainPoints(map),
      draggable: true,
      stepNames: stepDisplayNames(map.phases),
      laneNames: new Map(map.lanes.map((lane) => [lane.id, lane.name])),
    };
    const toNodes = createCardNodeMapper();
    const before = toNodes(map.cards, layout, opts);
    const typed = updateCard(map, 'c-t1', { title: 'Phone calls' });
    const typedLayout = updateLayout(typed, layout, measure);
    const after = toNodes(typed.cards, typedLayout, opts);
    expect(after).toEqual(createCardNodeMapper()(typed.cards, typedLayout, opts));
    expect(after.find((n) => n.id === 'c-t1')?.data.card.title).toBe('Phone calls');
    expect(after.find((n) => n.id === 'c-t1')?.ariaLabel).toContain('Phone calls');
    after.forEach((node, i) => {
      if (node.id !== 'c-t1') expect(node).toBe(before[i]);
    });
    // A card moved to another cell: every node where a fresh mapper puts it.
    const moved = moveCards(typed, ['c-t2'], { laneId: 'l-touch', stepId: 's3' });
    const movedLayout = updateLayout(moved, typedLayout, measure);
    expect(toNodes(moved.cards, movedLayout, opts)).toEqual(
      createCardNodeMapper()(moved.cards, movedLayout, opts),
    );
  });
});
