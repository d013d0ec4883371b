/**
 * The map as React Flow sees it: the grid layout, card nodes and link edges, recomputed only
 * when their inputs change (toNodes.ts keeps unchanged nodes identical, so React Flow redraws
 * only what changed).
 *
 * What is drawn follows the map a frame behind (usePaintedSelection): a keystroke or a drop
 * paints what the user touched first (the field typed in, the card where it was let go) and
 * the canvas after that paint, in a render React can interrupt, and the canvas does not
 * re-render with the change itself (issue 17: the canvas's nodes and React Flow's store update
 * were most of a keystroke's task). The layout the view API and the pointer handlers read
 * (`LiveLayout.current`) is always the map's as it is now.
 */
import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCan, useEditorApi, useEditor, useView } from '../bindings/EditorProvider';
import { numberPainPoints } from '../domain/painPoints';
import { stepDisplayNames } from '../domain/names';
import { findMatches } from '../domain/search';
import type { Card, JourneyMap } from '../domain/schema';
import type { CardKind } from '../domain/vocabulary';
import { layoutSourceOf, type LayoutSource, type LiveLayout } from './liveLayout';
import { usePaintedSelection } from './usePaintedSelection';
import { cardLabel, createCardNodeMapper, createLinkEdgeMapper } from './toNodes';

/** No search: one empty list, so the nodes' options keep their identity while typing. */
const NO_MATCHES: string[] = [];

/** The editor's map and mode as drawn: compared by identity. */
const sameSource = (a: LayoutSource, b: LayoutSource) =>
  a.map === b.map && a.annotating === b.annotating;

/**
 * Changes drawn with the change itself, not a frame later: a phase, step or lane added or
 * removed, a card added or deleted, the mode. The user goes on to type into what appeared (the
 * new phase's name, the new card's title), and keys typed before it is drawn would be lost.
 * Typing in a card and moving cards, the frequent changes, wait for the paint.
 */
const drawAtOnce = (next: LayoutSource, before: LayoutSource) =>
  next.map.phases !== before.map.phases ||
  next.map.lanes !== before.map.lanes ||
  next.map.cards.length !== before.map.cards.length ||
  next.annotating !== before.annotating;

/**
 * The layout drawn, the card nodes with their selection, search and filter marks, and the link
 * edges. The map they show follows the editor a frame after each change (usePaintedSelection);
 * selection, search and filters show at once. `liveLayout` lays out both. On a `touchScreen`
 * only selected cards can be dragged (toNodes.ts, `dragSelectedOnly`).
 */
export function useCanvasNodes(liveLayout: LiveLayout, touchScreen = false) {
  const editor = useEditorApi();
  const drawn = usePaintedSelection(editor.store, layoutSourceOf, sameSource, drawAtOnce);
  const { map, annotating } = drawn;
  const { cards, phases, lanes, links } = map;
  const layout = liveLayout.of(drawn);
  // The rating scale by its words (a string keeps its identity while they do): rated cards
  // show their place on it.
  const scaleKey = map.judgement.scale.join('\n');
  const scale = useMemo(() => scaleKey.split('\n'), [scaleKey]);
  const selectedIds = useEditor((s) => s.selectedCardIds);
  const editable = useCan('edit');
  const view = useView(
    useShallow((s) => ({
      kindFilter: s.kindFilter,
      query: s.searchQuery,
      searchIndex: s.searchIndex,
      selectedLinkId: s.selectedLinkId,
    })),
  );

  // While participants vote, a card holds a vote button, so it becomes a group (toNodes.ts);
  // the layout leaves room for the button (cardText.ts workshopRoom).
  const voting =
    annotating && (map.voteRounds.find((r) => r.status === 'open')?.cardKinds.length ?? 0) > 0;

  // Numbered again only when a pain point was added, deleted or moved, or the grid changed:
  // typing in a card keeps them (numberPainPoints sorts every pain point of the map).
  const painFacts = useRef<{ key: PainKey; numbers: ReadonlyMap<string, number> } | null>(null);
  const painNumbers = useMemo(() => {
    const key = painKeyOf(cards, phases, lanes);
    const last = painFacts.current;
    if (last && samePainKey(last.key, key)) return last.numbers;
    const numbers = numberPainPoints(map);
    painFacts.current = { key, numbers };
    return numbers;
  }, [map, phases, lanes, cards]);
  const matches = useMemo(
    () => (view.query.trim() === '' ? NO_MATCHES : findMatches(map, view.query)),
    [map, view.query],
  );
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const currentMatch =
    matches.length > 0 ? (matches[view.searchIndex % matches.length] ?? null) : null;
  const stepNames = useMemo(() => stepDisplayNames(phases), [phases]);
  const laneNames = useMemo(
    () => new Map(lanes.map((lane) => [lane.id, lane.name.trim() || 'Untitled lane'])),
    [lanes],
  );
  const selectedSet = useMemo(() => new Set(selectedIds), [selectedIds]);
  const kindFilter = useMemo(() => new Set<CardKind>(view.kindFilter), [view.kindFilter]);
  const [toNodes] = useState(createCardNodeMapper);
  const [toEdges] = useState(createLinkEdgeMapper);
  const nodes = useMemo(
    () =>
      toNodes(cards, layout, {
        selected: selectedSet,
        painNumbers,
        kindFilter,
        matches: matchSet,
        currentMatch,
        draggable: editable,
        dragSelectedOnly: touchScreen,
        stepNames,
        laneNames,
        voting,
        scale,
      }),
    [
      toNodes,
      cards,
      layout,
      selectedSet,
      painNumbers,
      kindFilter,
      matchSet,
      currentMatch,
      editable,
      touchScreen,
      stepNames,
      laneNames,
      voting,
      scale,
    ],
  );
  // Names of the linked cards only, for the links' accessible names (not every card's); the
  // same Map while they read the same, so typing in an unlinked card keeps the edges.
  const lastLabels = useRef<ReadonlyMap<string, string>>(new Map());
  const labels = useMemo(() => {
    const linked = new Set<string>();
    for (const link of links) linked.add(link.from).add(link.to);
    const names = new Map<string, string>();
    if (linked.size > 0)
      for (const card of cards) if (linked.has(card.id)) names.set(card.id, cardLabel(card));
    const last = lastLabels.current;
    if (names.size === last.size && [...names].every(([id, name]) => last.get(id) === name))
      return last;
    lastLabels.current = names;
    return names;
  }, [cards, links]);
  const edges = useMemo(
    () => toEdges(links, labels, view.selectedLinkId),
    [toEdges, links, labels, view.selectedLinkId],
  );
  return { layout, nodes, edges, editable };
}

/** What pain point numbers depend on: the grid, and each pain point's id, step, lane and order. */
interface PainKey {
  phases: JourneyMap['phases'];
  lanes: JourneyMap['lanes'];
  facts: (string | number)[];
}

function painKeyOf(
  cards: readonly Card[],
  phases: JourneyMap['phases'],
  lanes: JourneyMap['lanes'],
): PainKey {
  const facts: (string | number)[] = [];
  for (const card of cards) {
    if (card.kind === 'pain-point') facts.push(card.id, card.stepId, card.laneId, card.order);
  }
  return { phases, lanes, facts };
}

function samePainKey(a: PainKey, b: PainKey): boolean {
  return (
    a.phases === b.phases &&
    a.lanes === b.lanes &&
    a.facts.length === b.facts.length &&
    a.facts.every((fact, i) => fact === b.facts[i])
  );
}
