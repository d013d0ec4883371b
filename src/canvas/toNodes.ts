/**
 * The map as React Flow nodes and edges. Card node objects are reused between calls when
 * nothing they show has changed (same card object, same box, same selection, number and
 * highlight), so React Flow and React skip them: typing in one card of 2,000 rebuilds one node.
 */
import type { Edge, Node } from '@xyflow/react';
import { MarkerType, Position } from '@xyflow/react';
import type { Card, Link } from '../domain/schema';
import { cardName, describeCard, type CardSpeech } from '../domain/kinds';
import type { CardKind } from '../domain/vocabulary';
import { DEFAULT_RATING_SCALE } from '../domain/schemaReview';
import { cardAccessibleName, cardFace } from './cardFace';
import type { CardBox, MapLayout } from './layout';

/** How a card shows in a search: not found, found, or the match the search is on. */
export type SearchMark = 'none' | 'match' | 'current';

/** What a card node draws: its card and how it is marked. */
export type CardNodeData = {
  card: Card;
  /** The pain point's number in journey order, or null. */
  painNumber: number | null;
  /** True when a kind filter is on and this card's kind is not in it. */
  dimmed: boolean;
  search: SearchMark;
  /** The card's accessible name: its visible words, then its step and lane (cardFace.ts). */
  name: string;
  /** The map's rating scale, worst first (default: poor / fair / good / excellent). */
  scale?: readonly string[];
};

/** A card as React Flow's node (type `card`). */
export type CardNode = Node<CardNodeData, 'card'>;

/** What marks the nodes: selection, pain point numbers, the kind filter and the search. */
export interface NodeOptions {
  selected: ReadonlySet<string>;
  painNumbers: ReadonlyMap<string, number>;
  /** Kinds to highlight; empty or null means no filter. */
  kindFilter?: ReadonlySet<CardKind> | null;
  matches?: ReadonlySet<string> | null;
  currentMatch?: string | null;
  /** Whether cards can be dragged (not in a read-only map). */
  draggable: boolean;
  /**
   * Only selected cards can be dragged (a touch screen: cards cover most of a map, so a finger
   * swiping across the canvas would move the card it starts on instead of panning). A card that
   * cannot be dragged lets React Flow pan through it.
   */
  dragSelectedOnly?: boolean;
  /** The shown names of steps and lanes by id (a step without a title is named after its phase). */
  stepNames: ReadonlyMap<string, string>;
  laneNames: ReadonlyMap<string, string>;
  /**
   * While participants vote, a card holds a vote button: it is then a group (a button may not
   * hold another control, WCAG 4.1.2) instead of a pressable button.
   */
  voting?: boolean;
  /** The map's rating scale, worst first (default: poor / fair / good / excellent). */
  scale?: readonly string[];
}

/** What the keys do on a card, said after its facts in its description. */
export const CARD_KEYS =
  'Enter edits the title. Arrow keys move between cards; with Shift they add the next card to the selection, and Shift+K links two selected cards. Alt and an arrow key move the card. Delete removes it.';

/** The accessible name of a card on the canvas: "Pain point: Long waits on the phone". */
export function cardLabel(card: Card): string {
  return cardName(card);
}

/**
 * A card in words (describeCard: pure on the card and its pain point number), remembered per
 * card object: a drop that shifts a lane's cards rebuilds their nodes with new positions, and
 * describing each of them again took most of that frame on a 2,000-card map.
 */
const speechCache = new WeakMap<Card, { painNumber: number | null; speech: CardSpeech }>();
function speechOf(card: Card, painNumber: number | null): CardSpeech {
  const cached = speechCache.get(card);
  if (cached && cached.painNumber === painNumber) return cached.speech;
  const speech = describeCard(card, { painNumber });
  speechCache.set(card, { painNumber, speech });
  return speech;
}

/**
 * A card's accessible name (cardFace.ts: pure on the card, its step and its lane), remembered
 * per card object: every call of the mapper names every card, and a keystroke in one card of
 * 2,000 should not build 2,000 names again.
 */
const nameCache = new WeakMap<
  Card,
  { step: string; lane: string; scale: readonly string[]; name: string }
>();
function nameOf(card: Card, step: string, lane: string, scale: readonly string[]): string {
  const cached = nameCache.get(card);
  if (cached && cached.step === step && cached.lane === lane && cached.scale === scale)
    return cached.name;
  const name = cardAccessibleName(cardFace(card, scale), step, lane);
  nameCache.set(card, { step, lane, scale, name });
  return name;
}

function makeNode(
  card: Card,
  box: CardBox,
  selected: boolean,
  data: CardNodeData,
  draggable: boolean,
  voting: boolean,
): CardNode {
  // Name and facts from the kind registry: what the card shows as colour and small print.
  const speech = speechOf(card, data.painNumber);
  return {
    id: card.id,
    type: 'card',
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    // Sizes are known from the layout: React Flow need not wait for a measurement.
    measured: { width: box.width, height: box.height },
    // Link ends at the middle of the left and right sides, without DOM handles per card.
    handles: [
      {
        id: 'in',
        type: 'target',
        position: Position.Left,
        x: 0,
        y: box.height / 2,
        width: 1,
        height: 1,
      },
      {
        id: 'out',
        type: 'source',
        position: Position.Right,
        x: box.width,
        y: box.height / 2,
        width: 1,
        height: 1,
      },
    ],
    data,
    selected,
    draggable,
    ariaRole: voting ? 'group' : 'button',
    ariaLabel: data.name,
    domAttributes: {
      'aria-roledescription': 'card',
      ...(voting ? {} : { 'aria-pressed': selected }),
      // One description, Waymark's: what the card shows as colour or glyphs, then its keys
      // (React Flow's own aria-describedby would otherwise hide aria-description).
      'aria-describedby': undefined,
      'aria-description': speech.description ? `${speech.description} ${CARD_KEYS}` : CARD_KEYS,
    },
  };
}

/**
 * A mapper with a memory: call it with each new map layout; it returns the nodes in journey
 * order (which is also the keyboard's Tab order), reusing unchanged node objects.
 */
export function createCardNodeMapper() {
  let cache = new Map<string, CardNode>();
  /** The last call: when only some cards changed since, only their nodes are made again. */
  let last: {
    cards: readonly Card[];
    layout: MapLayout;
    options: NodeOptions;
    nodes: CardNode[];
    at: Map<string, number>;
  } | null = null;
  return function toNodes(
    cards: readonly Card[],
    layout: MapLayout,
    options: NodeOptions,
  ): CardNode[] {
    // Typing in a card, or selecting one (issue 17): the same layout and options but the
    // selection, the same cards but the ones typed in. Only those cards' nodes are made again:
    // pressing on a card to drag it selects it, and that press should not map 2,000 cards.
    if (
      last &&
      last.layout === layout &&
      last.cards.length === cards.length &&
      sameOptions(last.options, options)
    ) {
      const toggled = toggledIds(last.options.selected, options.selected);
      const patched = patchNodes(last, cards, layout, options, cache, toggled);
      if (patched) {
        last = { ...last, cards, options, nodes: patched };
        return patched;
      }
    }
    const byId = new Map<string, Card>();
    for (const card of cards) byId.set(card.id, card);
    const next = new Map<string, CardNode>();
    const nodes: CardNode[] = [];
    const at = new Map<string, number>();
    for (const id of layout.order) {
      const card = byId.get(id);
      const box = layout.cards.get(id);
      if (!card || !box) continue;
      const node = nodeOf(card, box, options, cache.get(id));
      next.set(id, node);
      at.set(id, nodes.length);
      nodes.push(node);
    }
    cache = next;
    last = { cards, layout, options, nodes, at };
    return nodes;
  };
}

/** The ids in exactly one of two selections (a selection that is the same set: none). */
function toggledIds(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  if (before === after) return [];
  const toggled: string[] = [];
  for (const id of before) if (!after.has(id)) toggled.push(id);
  for (const id of after) if (!before.has(id)) toggled.push(id);
  return toggled;
}

/**
 * The last call's nodes with those of the changed cards and of the cards in `toggled` (selected
 * or deselected since) made again; null when a card was added, removed or reordered (the
 * caller then maps every card).
 */
function patchNodes(
  last: { cards: readonly Card[]; nodes: CardNode[]; at: Map<string, number> },
  cards: readonly Card[],
  layout: MapLayout,
  options: NodeOptions,
  cache: Map<string, CardNode>,
  toggled: readonly string[],
): CardNode[] | null {
  let nodes: CardNode[] | null = null;
  for (const id of toggled) {
    const index = last.at.get(id);
    const box = layout.cards.get(id);
    const old = index === undefined ? undefined : last.nodes[index];
    if (index === undefined || !box || !old) continue; // not a drawn card
    const node = nodeOf(old.data.card, box, options, cache.get(id));
    if (node === old) continue;
    nodes ??= last.nodes.slice();
    nodes[index] = node;
    cache.set(id, node);
  }
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i] as Card;
    const old = last.cards[i] as Card;
    if (card === old) continue;
    if (card.id !== old.id) return null;
    const index = last.at.get(card.id);
    const box = layout.cards.get(card.id);
    if (index === undefined || !box) {
      if (index === undefined && !box) continue; // not drawn, then or now
      return null;
    }
    const node = nodeOf(card, box, options, cache.get(card.id));
    if (node === (nodes ?? last.nodes)[index]) continue;
    nodes ??= last.nodes.slice();
    nodes[index] = node;
    cache.set(card.id, node);
  }
  return nodes ?? last.nodes;
}

/** Whether two calls' options are the same objects and values, the selection aside. */
function sameOptions(a: NodeOptions, b: NodeOptions): boolean {
  return (
    a.painNumbers === b.painNumbers &&
    (a.kindFilter ?? null) === (b.kindFilter ?? null) &&
    (a.matches ?? null) === (b.matches ?? null) &&
    (a.currentMatch ?? null) === (b.currentMatch ?? null) &&
    a.draggable === b.draggable &&
    a.stepNames === b.stepNames &&
    a.laneNames === b.laneNames &&
    (a.voting ?? false) === (b.voting ?? false)
  );
}

/** A card's node: `previous` itself when nothing it shows changed, else a new node. */
function nodeOf(
  card: Card,
  box: CardBox,
  options: NodeOptions,
  previous: CardNode | undefined,
): CardNode {
  const id = card.id;
  const filter = options.kindFilter && options.kindFilter.size > 0 ? options.kindFilter : null;
  const selected = options.selected.has(id);
  const draggable = options.draggable && (selected || !options.dragSelectedOnly);
  const painNumber = options.painNumbers.get(id) ?? null;
  const dimmed = filter !== null && !filter.has(card.kind);
  const search: SearchMark =
    options.currentMatch === id ? 'current' : options.matches?.has(id) ? 'match' : 'none';
  const scale = options.scale ?? DEFAULT_RATING_SCALE;
  const name = nameOf(
    card,
    options.stepNames.get(box.stepId) ?? 'Untitled step',
    options.laneNames.get(box.laneId) ?? 'Untitled lane',
    scale,
  );
  const voting = options.voting ?? false;
  const same =
    previous !== undefined &&
    previous.data.card === card &&
    previous.width === box.width &&
    previous.height === box.height &&
    previous.selected === selected &&
    previous.draggable === draggable &&
    previous.data.painNumber === painNumber &&
    previous.data.dimmed === dimmed &&
    previous.data.search === search &&
    previous.data.name === name &&
    previous.data.scale === scale &&
    (previous.ariaRole === 'group') === voting;
  if (same && previous.position.x === box.x && previous.position.y === box.y) return previous;
  // Only moved (a drop that made a lane taller shifts every card below it): the same node in
  // its new place, without making its handles, attributes and words again.
  if (same) return { ...previous, position: { x: box.x, y: box.y } };
  return makeNode(
    card,
    box,
    selected,
    { card, painNumber, dimmed, search, name, scale },
    draggable,
    voting,
  );
}

/** A link between two cards as React Flow's edge. */
export type LinkEdge = Edge<{ link: Link }>;

/** Links as edges, reusing edge objects whose link and selection did not change. */
export function createLinkEdgeMapper() {
  let cache = new Map<string, LinkEdge>();
  let last: LinkEdge[] | null = null;
  return function toEdges(
    links: readonly Link[],
    cardLabels: ReadonlyMap<string, string>,
    selectedLinkId: string | null,
  ): LinkEdge[] {
    const next = new Map<string, LinkEdge>();
    const edges = links.map((link) => {
      const selected = link.id === selectedLinkId;
      const cause = link.kind === 'cause';
      const ariaLabel = `${cause ? 'Cause' : 'Flow'} link from ${cardLabels.get(link.from) ?? 'a card'} to ${cardLabels.get(link.to) ?? 'a card'}`;
      const previous = cache.get(link.id);
      if (
        previous &&
        previous.data?.link === link &&
        previous.selected === selected &&
        previous.ariaLabel === ariaLabel
      ) {
        next.set(link.id, previous);
        return previous;
      }
      const edge: LinkEdge = {
        id: link.id,
        source: link.from,
        target: link.to,
        sourceHandle: 'out',
        targetHandle: 'in',
        type: 'default',
        selected,
        label: link.label || undefined,
        className: cause ? 'link link--cause' : 'link link--flow',
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
        ariaLabel,
        data: { link },
      };
      next.set(link.id, edge);
      return edge;
    });
    cache = next;
    // The same array while every edge is the same: React Flow then skips its edge update.
    if (last && last.length === edges.length && edges.every((edge, i) => edge === last?.[i]))
      return last;
    last = edges;
    return edges;
  };
}
