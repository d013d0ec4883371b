/**
 * The map as React Flow sees it: the grid layout, card nodes and link edges, recomputed only
 * when their inputs change (toNodes.ts keeps unchanged nodes identical, so React Flow redraws
 * only what changed).
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCan, useEditorApi, useEditor, useView } from '../bindings/EditorProvider';
import { numberPainPoints } from '../domain/painPoints';
import { stepDisplayNames } from '../domain/names';
import { findMatches } from '../domain/search';
import type { Card, JourneyMap } from '../domain/schema';
import type { CardKind } from '../domain/vocabulary';
import { cardTextMeasurer, workshopRoom } from './cardText';
import type { MapLayout } from './layout';
import { updateLayout } from './layoutUpdate';
import { cardLabel, createCardNodeMapper, createLinkEdgeMapper } from './toNodes';

/** No search: one empty list, so the nodes' options keep their identity while typing. */
const NO_MATCHES: string[] = [];

/**
 * The layout (also written to `layoutRef`, for the view API and the pointer handlers), the
 * card nodes with their selection, search and filter marks, and the link edges.
 */
export function useCanvasNodes(layoutRef: RefObject<MapLayout | null>) {
  const editor = useEditorApi();
  const cards = useEditor((s) => s.map.cards);
  const phases = useEditor((s) => s.map.phases);
  const lanes = useEditor((s) => s.map.lanes);
  const links = useEditor((s) => s.map.links);
  const showCurve = useEditor((s) => s.map.settings.showEmotionCurve);
  // The rating scale by its words (a string keeps its identity while they do): rated cards
  // show their place on it.
  const scaleKey = useEditor((s) => s.map.judgement.scale.join('\n'));
  const scale = useMemo(() => scaleKey.split('\n'), [scaleKey]);
  // The judgement band above the grid takes room the layout says (judgementRoom.ts).
  const judgement = useEditor((s) => s.map.judgement);
  // One object while neither changes, so a keystroke keeps the layout (layoutUpdate.ts).
  const layoutJudgement = useMemo(() => ({ ...judgement, scale }), [judgement, scale]);
  const comments = useEditor((s) => s.map.comments);
  const voteRounds = useEditor((s) => s.map.voteRounds);
  const annotating = useEditor((s) => s.mode === 'annotate');
  // Room below the text of cards that show comment or vote badges or the vote button.
  const workshop = useMemo(
    () => workshopRoom({ comments, voteRounds, cards }, annotating),
    [comments, voteRounds, cards, annotating],
  );
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
  // the layout leaves room for the button (workshopRoom above).
  const votingKinds = useEditor(
    useShallow((s) =>
      s.mode === 'annotate'
        ? (s.map.voteRounds.find((r) => r.status === 'open')?.cardKinds ?? [])
        : [],
    ),
  );
  const voting = votingKinds.length > 0;
  const previousLayout = useRef<MapLayout | null>(null);
  const layout = useMemo(() => {
    const map = editor.map;
    // The same layout object while typing changes no card's height (layoutUpdate.ts).
    const next = updateLayout(
      {
        ...map,
        phases,
        lanes,
        cards,
        settings: { ...map.settings, showEmotionCurve: showCurve },
        judgement: layoutJudgement,
      },
      previousLayout.current,
      cardTextMeasurer(),
      workshop,
    );
    return next;
  }, [editor, phases, lanes, cards, showCurve, workshop, layoutJudgement]);
  useEffect(() => {
    previousLayout.current = layout;
    layoutRef.current = layout;
  }, [layout, layoutRef]);
  // The view API may run before the effect above (in the same frame as the change).
  layoutRef.current = layout;

  // Numbered again only when a pain point was added, deleted or moved, or the grid changed:
  // typing in a card keeps them (numberPainPoints sorts every pain point of the map).
  const painFacts = useRef<{ key: PainKey; numbers: Map<string, number> } | null>(null);
  const painNumbers = useMemo(() => {
    const key = painKeyOf(cards, phases, lanes);
    const last = painFacts.current;
    if (last && samePainKey(last.key, key)) return last.numbers;
    const numbers = numberPainPoints({ ...editor.map, phases, lanes, cards });
    painFacts.current = { key, numbers };
    return numbers;
  }, [editor, phases, lanes, cards]);
  const matches = useMemo(
    () =>
      view.query.trim() === ''
        ? NO_MATCHES
        : findMatches({ ...editor.map, phases, lanes, cards }, view.query),
    [editor, phases, lanes, cards, view.query],
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
      stepNames,
      laneNames,
      voting,
      scale,
    ],
  );
  // Names of the linked cards only, for the links' accessible names (not every card's).
  const labels = useMemo(() => {
    const linked = new Set<string>();
    for (const link of links) linked.add(link.from).add(link.to);
    const names = new Map<string, string>();
    if (linked.size === 0) return names;
    for (const card of cards) if (linked.has(card.id)) names.set(card.id, cardLabel(card));
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
