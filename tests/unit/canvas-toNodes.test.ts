import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/canvas/layout';
import {
  CARD_KEYS,
  cardLabel,
  createCardNodeMapper,
  createLinkEdgeMapper,
  type NodeOptions,
} from '../../src/canvas/toNodes';
import { addLink, moveCards, updateCard, updateLane } from '../../src/domain/edits';
import { stepDisplayNames } from '../../src/domain/names';
import { numberPainPoints } from '../../src/domain/painPoints';
import { bigMap, gridMap } from '../builders';

const options = (
  map: ReturnType<typeof gridMap>,
  patch: Partial<NodeOptions> = {},
): NodeOptions => ({
  selected: new Set(),
  painNumbers: numberPainPoints(map),
  draggable: true,
  stepNames: stepDisplayNames(map.phases),
  laneNames: new Map(map.lanes.map((lane) => [lane.id, lane.name])),
  ...patch,
});

describe('map → card nodes', () => {
  it('makes one node per card, in journey order, at its layout box', () => {
    const map = gridMap();
    const layout = computeLayout(map);
    const nodes = createCardNodeMapper()(map.cards, layout, options(map));
    expect(nodes.map((n) => n.id)).toEqual(['c-t1', 'c-t2', 'c-p1', 'c-p2', 'c-p3']);
    const node = nodes[0];
    const box = layout.cards.get('c-t1');
    expect(node).toMatchObject({
      type: 'card',
      position: { x: box?.x, y: box?.y },
      width: box?.width,
      height: box?.height,
      measured: { width: box?.width, height: box?.height },
      ariaRole: 'button',
      ariaLabel: 'Touchpoint: Phone call, step Apply, lane Touchpoints',
      selected: false,
      draggable: true,
    });
    expect(node?.data.card).toBe(map.cards[0]);
  });

  it('describes what each card shows as colour or small print, for screen readers', () => {
    const map = gridMap();
    const nodes = createCardNodeMapper()(map.cards, computeLayout(map), options(map));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('c-p2')?.domAttributes?.['aria-description']).toContain('Pain point 2');
    expect(byId.get('c-t1')?.domAttributes?.['aria-description']).toBe(
      `Channel: Telephone. ${CARD_KEYS}`,
    );
    // React Flow's own description (about "nodes") would hide ours.
    expect(byId.get('c-t1')?.domAttributes?.['aria-describedby']).toBeUndefined();
  });

  it('says a pain point’s new number when only its number changed (same card object)', () => {
    const map = gridMap();
    const toNodes = createCardNodeMapper();
    const describe = (painNumbers: Map<string, number>) =>
      toNodes(map.cards, computeLayout(map), options(map, { painNumbers })).find(
        (n) => n.id === 'c-p2',
      )?.domAttributes?.['aria-description'];
    expect(describe(new Map([['c-p2', 2]]))).toContain('Pain point 2');
    expect(describe(new Map([['c-p2', 7]]))).toContain('Pain point 7');
    expect(describe(new Map([['c-p2', 2]]))).toContain('Pain point 2');
  });

  it('carries pain point numbers, selection, filter and search marks', () => {
    const map = gridMap();
    const nodes = createCardNodeMapper()(
      map.cards,
      computeLayout(map),
      options(map, {
        selected: new Set(['c-p2']),
        kindFilter: new Set(['pain-point']),
        matches: new Set(['c-p1', 'c-p3']),
        currentMatch: 'c-p3',
      }),
    );
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('c-p2')?.data.painNumber).toBe(2);
    expect(byId.get('c-t1')?.data.painNumber).toBeNull();
    expect(byId.get('c-p2')?.selected).toBe(true);
    expect(byId.get('c-t1')?.data.dimmed).toBe(true);
    expect(byId.get('c-p1')?.data.dimmed).toBe(false);
    expect(byId.get('c-p1')?.data.search).toBe('match');
    expect(byId.get('c-p3')?.data.search).toBe('current');
    expect(byId.get('c-t2')?.data.search).toBe('none');
  });

  it('reuses the node objects of unchanged cards', () => {
    const map = gridMap();
    const toNodes = createCardNodeMapper();
    const first = toNodes(map.cards, computeLayout(map), options(map));
    const typed = updateCard(map, 'c-p3', { title: 'No-show again' });
    const second = toNodes(typed.cards, computeLayout(typed), options(typed));
    const changed = second.find((n) => n.id === 'c-p3');
    expect(changed).not.toBe(first.find((n) => n.id === 'c-p3'));
    expect(changed?.ariaLabel).toBe('Pain point: No-show again, step Visit, lane Pain points');
    for (const id of ['c-t1', 'c-t2', 'c-p1', 'c-p2']) {
      expect(second.find((n) => n.id === id)).toBe(first.find((n) => n.id === id));
    }
  });

  it('names a card by its visible words first, then its step and lane, renamed with them', () => {
    const map = updateCard(gridMap(), 'c-p1', { severity: 'high', basis: 'assumed' });
    const toNodes = createCardNodeMapper();
    const first = toNodes(map.cards, computeLayout(map), options(map));
    const card = first.find((n) => n.id === 'c-p1');
    expect(card?.ariaLabel).toBe('Pain point · High: Long wait, step Apply, lane Pain points');
    const renamed = updateLane(map, 'l-pain', { name: 'Problems' });
    const second = toNodes(renamed.cards, computeLayout(renamed), options(renamed));
    expect(second.find((n) => n.id === 'c-p1')?.ariaLabel).toMatch(/, lane Problems$/);
  });

  it('makes cards groups, not buttons, while they hold a vote button', () => {
    const map = gridMap();
    const nodes = createCardNodeMapper()(
      map.cards,
      computeLayout(map),
      options(map, { voting: true }),
    );
    expect(nodes[0]?.ariaRole).toBe('group');
    expect(nodes[0]?.domAttributes?.['aria-pressed']).toBeUndefined();
  });

  it('on a touch screen lets only selected cards be dragged, so a swipe on another pans', () => {
    const map = gridMap();
    const toNodes = createCardNodeMapper();
    const layout = computeLayout(map);
    const touch = { dragSelectedOnly: true };
    const before = toNodes(map.cards, layout, options(map, touch));
    expect(before.every((node) => node.draggable === false)).toBe(true);
    const after = toNodes(
      map.cards,
      layout,
      options(map, { ...touch, selected: new Set(['c-t1']) }),
    );
    const draggable = after.filter((node) => node.draggable).map((node) => node.id);
    expect(draggable).toEqual(['c-t1']);
    // Only the tapped card's node is new.
    expect(after.filter((node, i) => node !== before[i]).map((node) => node.id)).toEqual(['c-t1']);
    // A read-only map: not even a selected card.
    const readOnly = toNodes(
      map.cards,
      layout,
      options(map, { ...touch, draggable: false, selected: new Set(['c-t1']) }),
    );
    expect(readOnly.some((node) => node.draggable)).toBe(false);
    // With a mouse, every card.
    const mouse = toNodes(map.cards, layout, options(map));
    expect(mouse.every((node) => node.draggable)).toBe(true);
  });

  it('rebuilds a node that moved or whose selection changed', () => {
    // A tall first lane, so moving a card in it does not move the lanes below.
    const map = updateLane(gridMap(), 'l-touch', { height: 300 });
    const toNodes = createCardNodeMapper();
    const first = toNodes(map.cards, computeLayout(map), options(map));
    const moved = moveCards(map, ['c-t1'], { laneId: 'l-touch', stepId: 's2' });
    const second = toNodes(
      moved.cards,
      computeLayout(moved),
      options(moved, { selected: new Set(['c-p1']) }),
    );
    const get = (list: typeof first, id: string) => list.find((n) => n.id === id);
    expect(get(second, 'c-t1')).not.toBe(get(first, 'c-t1'));
    expect(get(second, 'c-t2')).not.toBe(get(first, 'c-t2')); // moved up in its cell
    expect(get(second, 'c-p1')).not.toBe(get(first, 'c-p1'));
    expect(get(second, 'c-p1')?.selected).toBe(true);
    expect(get(second, 'c-p3')).toBe(get(first, 'c-p3'));
  });

  it('moves the cards of lanes pushed down by a taller lane, keeping all else of their nodes', () => {
    const map = gridMap();
    const toNodes = createCardNodeMapper();
    const first = toNodes(map.cards, computeLayout(map), options(map));
    // A third card in the touchpoints' first cell: that lane grows, the lanes below move down.
    const moved = moveCards(map, ['c-p1'], { laneId: 'l-touch', stepId: 's1' });
    const layout = computeLayout(moved);
    const second = toNodes(moved.cards, layout, options(moved));
    const before = first.find((n) => n.id === 'c-p3');
    const after = second.find((n) => n.id === 'c-p3');
    const box = layout.cards.get('c-p3');
    expect(after?.position).toEqual({ x: box?.x, y: box?.y });
    expect(after?.position.y).toBeGreaterThan(before?.position.y ?? Infinity);
    expect(after).not.toBe(before);
    expect(after?.data).toBe(before?.data);
    expect(after?.handles).toBe(before?.handles);
    expect(after?.domAttributes).toBe(before?.domAttributes);
  });

  it('rebuilds only the typed card among 2,000', () => {
    const map = bigMap(2000);
    const toNodes = createCardNodeMapper();
    const layout = computeLayout(map);
    const first = toNodes(map.cards, layout, options(map));
    const typed = updateCard(map, 'c1234', { title: 'Card 1234!' });
    const second = toNodes(typed.cards, computeLayout(typed, layout), options(typed));
    const rebuilt = second.filter((node, i) => node !== first[i]);
    expect(rebuilt.map((n) => n.id)).toEqual(['c1234']);
  });

  it('marks a new selection on the cards selected and deselected only, with an edit in the same change too', () => {
    const map = bigMap(2000);
    const toNodes = createCardNodeMapper();
    const layout = computeLayout(map);
    const touch = { dragSelectedOnly: true };
    const first = toNodes(map.cards, layout, options(map, touch));
    const one = toNodes(map.cards, layout, options(map, { ...touch, selected: new Set(['c7']) }));
    const rebuilt = (a: typeof first, b: typeof first) =>
      b.filter((node, i) => node !== a[i]).map((node) => node.id);
    expect(rebuilt(first, one)).toEqual(['c7']);
    expect(one.find((n) => n.id === 'c7')).toMatchObject({ selected: true, draggable: true });
    const other = toNodes(
      map.cards,
      layout,
      options(map, { ...touch, selected: new Set(['c9', 'no-such-card']) }),
    );
    expect(rebuilt(one, other).sort()).toEqual(['c7', 'c9']);
    expect(other.find((n) => n.id === 'c7')).toMatchObject({ selected: false, draggable: false });
    // A selection and an edit in one change: the edited card shows both.
    const typed = updateCard(map, 'c1234', { title: 'Card 1234!' });
    const both = toNodes(
      typed.cards,
      computeLayout(typed, layout),
      options(typed, { ...touch, selected: new Set(['c1234']) }),
    );
    expect(rebuilt(other, both).sort()).toEqual(['c1234', 'c9']);
    expect(both.find((n) => n.id === 'c1234')).toMatchObject({ selected: true });
    expect(both.find((n) => n.id === 'c1234')?.data.card.title).toBe('Card 1234!');
  });

  it('labels untitled cards', () => {
    const card = gridMap().cards[0];
    if (!card) throw new Error('no card');
    expect(cardLabel({ ...card, title: '  ' })).toBe('Touchpoint: Untitled');
  });
});

describe('links → edges', () => {
  it('makes an edge per link, reused until the link or its selection changes', () => {
    const map = addLink(addLink(gridMap(), { from: 'c-t1', to: 'c-p1', id: 'k1' }), {
      from: 'c-p1',
      to: 'c-p3',
      kind: 'cause',
      id: 'k2',
    });
    const labels = new Map(map.cards.map((c) => [c.id, cardLabel(c)]));
    const toEdges = createLinkEdgeMapper();
    const first = toEdges(map.links, labels, null);
    expect(first.map((e) => [e.id, e.source, e.target, e.className])).toEqual([
      ['k1', 'c-t1', 'c-p1', 'link link--flow'],
      ['k2', 'c-p1', 'c-p3', 'link link--cause'],
    ]);
    expect(first[1]?.ariaLabel).toBe(
      'Cause link from Pain point: Long wait to Pain point: No-show',
    );
    const second = toEdges(map.links, labels, 'k2');
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.selected).toBe(true);
  });

  it('keeps the same edge list while nothing changes, and names a renamed card at once', () => {
    const map = addLink(gridMap(), { from: 'c-t1', to: 'c-p1', id: 'k1' });
    const labels = new Map(map.cards.map((c) => [c.id, cardLabel(c)]));
    const toEdges = createLinkEdgeMapper();
    const first = toEdges(map.links, labels, null);
    // Typing in an unlinked card: React Flow gets the same array, so it skips its edge update.
    expect(toEdges(map.links, new Map(labels), null)).toBe(first);
    // A linked card renamed: its link's accessible name says the new title.
    const renamed = new Map(labels).set('c-t1', 'Touchpoint: Calls the office');
    const next = toEdges(map.links, renamed, null);
    expect(next).not.toBe(first);
    expect(next[0]?.ariaLabel).toBe(
      'Flow link from Touchpoint: Calls the office to Pain point: Long wait',
    );
  });
});
