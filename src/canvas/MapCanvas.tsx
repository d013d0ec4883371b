/**
 * The map on a React Flow canvas. The editor store is the source of truth: cards become nodes
 * through the memoised mapper (toNodes.ts), selection changes go back to the store, and a drag
 * moves nodes only locally until it ends, when one `moveCards` is applied (one undo step).
 */
import { useCan, useCommandContext, useEditor, useView } from '../bindings/EditorProvider';
import {
  MiniMap,
  ReactFlow,
  SelectionMode,
  ViewportPortal,
  useReactFlow,
  useStore as useFlowStore,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addCardAt } from '../commands/cardCommands';
import { commandForKey, runCommand } from '../commands/dispatch';
import { findMatches } from '../domain/search';
import { neighbourCell, type Direction } from '../domain/cells';
import { CARD_KIND_REGISTRY } from '../domain/kinds';
import { cards as cardOps, links as linkOps } from '../editor/operations';
import { numberPainPoints } from '../domain/painPoints';
import { CARD_KINDS, type CardKind } from '../domain/vocabulary';
import { CanvasToolsContext, type CanvasTools } from './CanvasContext';
import { nodeTypes } from './CardNode';
import { GridLayer } from './GridLayer';
import { PresenceLayer } from './PresenceLayer';
import { cellKey, computeLayout, type MapLayout } from './layout';
import { cellAt, dropTarget, insertionY, type DropTarget } from './snapping';
import { cardLabel, createCardNodeMapper, createLinkEdgeMapper, type CardNode } from './toNodes';
import './canvas.css';

/** The drag-and-drop type of a palette item: its value is the card kind. */
export const CARD_KIND_DRAG_TYPE = 'application/x-waymark-card-kind';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const EMPTY_SET: ReadonlySet<string> = new Set();

// Props of React Flow and the minimap kept at module scope: a new object or function on
// every render would make them redraw every node (2,000 minimap rectangles per keystroke).
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PAN_BUTTONS_SELECT_TOOL = [1, 2];
const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter to edit the title, arrow keys to move between cards, Alt and an arrow key to move the card.',
};
const minimapColor = (node: CardNode) => CARD_KIND_REGISTRY[node.data.card.kind].colours.accent;

function clientPoint(event: MouseEvent | TouchEvent | ReactMouseEvent): { x: number; y: number } {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
  }
  return { x: event.clientX, y: event.clientY };
}

export const MapCanvas = memo(function MapCanvas({
  layoutRef,
}: {
  layoutRef: RefObject<MapLayout | null>;
}) {
  const ctx = useCommandContext();
  const { editor } = ctx;
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const cards = useEditor((s) => s.map.cards);
  const phases = useEditor((s) => s.map.phases);
  const lanes = useEditor((s) => s.map.lanes);
  const links = useEditor((s) => s.map.links);
  const showCurve = useEditor((s) => s.map.settings.showEmotionCurve);
  const selectedIds = useEditor((s) => s.selectedCardIds);
  const editable = useCan('edit');
  const view = useView(
    useShallow((s) => ({
      tool: s.tool,
      minimap: s.minimapOpen,
      kindFilter: s.kindFilter,
      query: s.searchQuery,
      searchIndex: s.searchIndex,
      selectedLinkId: s.selectedLinkId,
    })),
  );

  // ─── Layout and nodes ──────────────────────────────────────────────────────────────────
  const previousLayout = useRef<MapLayout | null>(null);
  const layout = useMemo(() => {
    const map = editor.map;
    const next = computeLayout(
      { ...map, phases, lanes, cards, settings: { ...map.settings, showEmotionCurve: showCurve } },
      previousLayout.current,
    );
    return next;
  }, [editor, phases, lanes, cards, showCurve]);
  useEffect(() => {
    previousLayout.current = layout;
    layoutRef.current = layout;
  }, [layout, layoutRef]);
  // The view API may run before the effect above (in the same frame as the change).
  layoutRef.current = layout;

  const painNumbers = useMemo(
    () => numberPainPoints({ ...editor.map, phases, lanes, cards }),
    [editor, phases, lanes, cards],
  );
  const matches = useMemo(
    () =>
      view.query.trim() === ''
        ? []
        : findMatches({ ...editor.map, phases, lanes, cards }, view.query),
    [editor, phases, lanes, cards, view.query],
  );
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const currentMatch =
    matches.length > 0 ? (matches[view.searchIndex % matches.length] ?? null) : null;
  const selectedSet = useMemo(() => new Set(selectedIds), [selectedIds]);
  const kindFilter = useMemo(() => new Set<CardKind>(view.kindFilter), [view.kindFilter]);
  const [toNodes] = useState(createCardNodeMapper);
  const [toEdges] = useState(createLinkEdgeMapper);
  const baseNodes = useMemo(
    () =>
      toNodes(cards, layout, {
        selected: selectedSet,
        painNumbers,
        kindFilter,
        matches: matchSet,
        currentMatch,
        draggable: editable,
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
    ],
  );
  const labels = useMemo(() => new Map(cards.map((c) => [c.id, cardLabel(c)])), [cards]);
  const edges = useMemo(
    () => toEdges(links, labels, view.selectedLinkId),
    [toEdges, links, labels, view.selectedLinkId],
  );

  // While dragging, dragged nodes follow the pointer locally; the map changes on drop.
  const [dragPositions, setDragPositions] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const nodes = useMemo(() => {
    if (!dragPositions) return baseNodes;
    return baseNodes.map((node) => {
      const position = dragPositions.get(node.id);
      return position ? { ...node, position, dragging: true } : node;
    });
  }, [baseNodes, dragPositions]);

  // ─── Canvas helpers for the grid ───────────────────────────────────────────────────────
  const tools: CanvasTools = useMemo(
    () => ({
      toFlow: (x, y) => flow.screenToFlowPosition({ x, y }, { snapToGrid: false }),
      zoom: () => flow.getZoom(),
      layoutRef,
    }),
    [flow, layoutRef],
  );

  // ─── Selection and changes from React Flow ─────────────────────────────────────────────
  const onNodesChange = useCallback(
    (changes: NodeChange<CardNode>[]) => {
      let selection: Set<string> | null = null;
      let positions: Map<string, XYPosition> | null = null;
      for (const change of changes) {
        if (change.type === 'select') {
          selection ??= new Set(editor.selectedCardIds);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        } else if (change.type === 'position' && change.position && change.dragging) {
          positions ??= new Map();
          positions.set(change.id, change.position);
        }
      }
      if (selection) {
        const current = editor.selectedCardIds;
        const next = [...selection];
        if (next.length !== current.length || next.some((id, i) => id !== current[i])) {
          editor.select(next);
          if (next.length > 0)
            editor.view.getState().set({ inspectorTarget: null, selectedLinkId: null });
        }
      }
      if (positions) {
        const moved = positions;
        setDragPositions((previous) => {
          const merged = new Map(previous ?? []);
          for (const [id, position] of moved) merged.set(id, position);
          return merged;
        });
      }
    },
    [editor],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      for (const change of changes) {
        if (change.type !== 'select') continue;
        const current = editor.view.getState().selectedLinkId;
        if (change.selected)
          editor.view.getState().set({ selectedLinkId: change.id, inspectorTarget: null });
        else if (current === change.id) editor.view.getState().set({ selectedLinkId: null });
      }
    },
    [editor],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (!editor.can('edit')) return;
      editor.run(linkOps.addLink, { from: connection.source, to: connection.target });
    },
    [editor],
  );

  // ─── Dragging cards ────────────────────────────────────────────────────────────────────
  const [drop, setDrop] = useState<{ target: DropTarget; moving: ReadonlySet<string> } | null>(
    null,
  );
  const dropKey = useRef('');
  const showDrop = useCallback((target: DropTarget | null, moving: ReadonlySet<string>) => {
    const key = target ? `${target.laneId}|${target.stepId}|${target.index}` : '';
    if (key === dropKey.current) return;
    dropKey.current = key;
    setDrop(target ? { target, moving } : null);
  }, []);

  const dragTarget = useCallback(
    (event: MouseEvent | TouchEvent | ReactMouseEvent, moving: ReadonlySet<string>) => {
      const { x, y } = clientPoint(event);
      const layoutNow = layoutRef.current;
      return layoutNow ? dropTarget(layoutNow, flow.screenToFlowPosition({ x, y }), moving) : null;
    },
    [flow, layoutRef],
  );

  const onNodeDrag: OnNodeDrag<CardNode> = useCallback(
    (event, _node, dragged) => {
      const moving = new Set(dragged.map((n) => n.id));
      showDrop(dragTarget(event, moving), moving);
    },
    [dragTarget, showDrop],
  );

  const onNodeDragStop: OnNodeDrag<CardNode> = useCallback(
    (event, _node, dragged) => {
      const moving = new Set(dragged.map((n) => n.id));
      const target = dragTarget(event, moving);
      showDrop(null, EMPTY_SET);
      setDragPositions(null);
      if (!target || !editor.can('edit')) return;
      const order = layoutRef.current?.order ?? [];
      const ids = order.filter((id) => moving.has(id));
      editor.run(cardOps.moveCards, { ids, target });
    },
    [dragTarget, showDrop, editor, layoutRef],
  );

  const onSelectionDrag = useCallback(
    (event: ReactMouseEvent, dragged: CardNode[]) =>
      onNodeDrag(event.nativeEvent, dragged[0] as CardNode, dragged),
    [onNodeDrag],
  );
  const onSelectionDragStop = useCallback(
    (event: ReactMouseEvent, dragged: CardNode[]) =>
      onNodeDragStop(event.nativeEvent, dragged[0] as CardNode, dragged),
    [onNodeDragStop],
  );

  // ─── Clicks on cells, double-click to add, box selection ───────────────────────────────
  const wrapperRef = useRef<HTMLDivElement>(null);
  const suppressClickUntil = useRef(0);
  const spaceDown = useRef(false);
  const [box, setBox] = useState<{ x: number; y: number; width: number; height: number } | null>(
    null,
  );

  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.code === 'Space') spaceDown.current = true;
    };
    const up = (e: KeyboardEvent) => {
      if (e.code === 'Space') spaceDown.current = false;
    };
    const swallowClick = (e: MouseEvent) => {
      if (performance.now() < suppressClickUntil.current) {
        e.stopPropagation();
        e.preventDefault();
      }
    };
    // Focusing a cell or card must not scroll React Flow's containers (it pans instead).
    const unscroll = (e: Event) => {
      const t = e.target as HTMLElement;
      if (
        t instanceof HTMLElement &&
        t.closest('.map-canvas') &&
        (t.scrollTop || t.scrollLeft) &&
        !t.closest('.canvas-scrollable')
      ) {
        t.scrollTop = 0;
        t.scrollLeft = 0;
      }
    };
    const wrapper = wrapperRef.current;
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('click', swallowClick, true);
    wrapper?.addEventListener('scroll', unscroll, true);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('click', swallowClick, true);
      wrapper?.removeEventListener('scroll', unscroll, true);
    };
  }, []);

  const onWrapperClick = useCallback(
    (event: ReactMouseEvent) => {
      const target = event.target as HTMLElement;
      const cell = target.closest<HTMLElement>('[data-cell]');
      if (!cell) return;
      const laneId = cell.dataset.lane;
      const stepId = cell.dataset.step;
      if (!laneId || !stepId) return;
      if (!(event.shiftKey || event.metaKey || event.ctrlKey)) editor.select([]);
      editor.view.getState().set({
        focusedCell: { laneId, stepId },
        selectedLinkId: null,
        inspectorTarget: null,
      });
      cell.focus({ preventScroll: true });
    },
    [editor],
  );

  const onWrapperDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      const target = event.target as HTMLElement;
      const onCell =
        target.closest('[data-cell]') !== null || target.classList.contains('react-flow__pane');
      if (!onCell || !editor.can('edit')) return;
      const layoutNow = layoutRef.current;
      if (!layoutNow) return;
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const cell = cellAt(layoutNow.grid, point);
      if (!cell) return;
      const at = dropTarget(layoutNow, point);
      addCardAt(ctx, cell, undefined, at?.index);
    },
    [ctx, flow, layoutRef, editor],
  );

  const onWrapperPointerDown = useCallback(
    (event: ReactPointerEvent) => {
      if (event.button !== 0 || view.tool !== 'select' || spaceDown.current) return;
      const target = event.target as HTMLElement;
      if (!(target.classList.contains('react-flow__pane') || target.closest('[data-cell]'))) return;
      const wrapper = wrapperRef.current;
      if (!wrapper) return;
      const origin = wrapper.getBoundingClientRect();
      const start = { x: event.clientX, y: event.clientY };
      const additive = event.shiftKey || event.metaKey || event.ctrlKey;
      const base = additive ? editor.selectedCardIds : [];
      let moved = false;
      let lastKey = '';
      const move = (e: PointerEvent) => {
        if (!moved && Math.hypot(e.clientX - start.x, e.clientY - start.y) < 5) return;
        moved = true;
        const rect = {
          x: Math.min(start.x, e.clientX) - origin.left,
          y: Math.min(start.y, e.clientY) - origin.top,
          width: Math.abs(e.clientX - start.x),
          height: Math.abs(e.clientY - start.y),
        };
        setBox(rect);
        const a = flow.screenToFlowPosition({
          x: Math.min(start.x, e.clientX),
          y: Math.min(start.y, e.clientY),
        });
        const b = flow.screenToFlowPosition({
          x: Math.max(start.x, e.clientX),
          y: Math.max(start.y, e.clientY),
        });
        const inside: string[] = [];
        for (const card of layoutRef.current?.cards.values() ?? []) {
          if (
            card.x < b.x &&
            card.x + card.width > a.x &&
            card.y < b.y &&
            card.y + card.height > a.y
          ) {
            inside.push(card.id);
          }
        }
        const next = [...new Set([...base, ...inside])];
        const key = next.join(',');
        if (key !== lastKey) {
          lastKey = key;
          editor.select(next);
        }
      };
      const up = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', up);
        if (moved) {
          setBox(null);
          suppressClickUntil.current = performance.now() + 80;
          if (editor.selectedCardIds.length > 0)
            editor.view.getState().set({ inspectorTarget: null });
        }
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', up);
    },
    [flow, layoutRef, editor, view.tool],
  );

  // ─── Keyboard on cards: arrows move between cards, Alt+arrows move the cards ───────────
  const onKeyDownCapture = useCallback(
    (event: React.KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (!target.classList.contains('react-flow__node')) return;
      const direction = ARROWS[event.key];
      if (!direction) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.altKey) {
        const command = commandForKey(event, true);
        if (command) runCommand(ctx, command);
        return;
      }
      const id = target.dataset.id;
      const layoutNow = layoutRef.current;
      const box0 = id ? layoutNow?.cards.get(id) : undefined;
      if (!layoutNow || !box0) return;
      const inCell = layoutNow.cells.get(cellKey(box0.laneId, box0.stepId)) ?? [];
      let nextId: string | undefined;
      if (direction === 'up' || direction === 'down')
        nextId = inCell[box0.index + (direction === 'up' ? -1 : 1)];
      if (nextId === undefined) {
        const cell = neighbourCell(editor.map, box0, direction);
        if (!cell) return;
        const there = layoutNow.cells.get(cellKey(cell.laneId, cell.stepId)) ?? [];
        nextId =
          direction === 'up'
            ? there[there.length - 1]
            : direction === 'down'
              ? there[0]
              : there[Math.min(box0.index, there.length - 1)];
        if (nextId === undefined) {
          editor.select([]);
          ctx.canvas.focusCell(cell);
          return;
        }
      }
      editor.select([nextId]);
      ctx.canvas.focusCard(nextId);
    },
    [ctx, layoutRef, editor],
  );

  const onNodeDoubleClick = useCallback(
    (_event: ReactMouseEvent, node: CardNode) => {
      if (!editor.can('edit')) return;
      editor.select([node.id]);
      editor.view.getState().set({ editingCardId: node.id, inspectorTarget: null });
    },
    [editor],
  );

  const onNodeFocus = useCallback(
    (event: React.FocusEvent) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset
        .id;
      const cardBox = id ? layoutRef.current?.cards.get(id) : undefined;
      if (cardBox) {
        const current = editor.view.getState().focusedCell;
        if (current?.laneId !== cardBox.laneId || current.stepId !== cardBox.stepId) {
          editor.view
            .getState()
            .set({ focusedCell: { laneId: cardBox.laneId, stepId: cardBox.stepId } });
        }
      }
    },
    [layoutRef, editor],
  );

  const onEdgeClick = useCallback(
    (_event: ReactMouseEvent, edge: { id: string }) => {
      editor.select([]);
      editor.view.getState().set({ selectedLinkId: edge.id, inspectorTarget: null });
    },
    [editor],
  );

  // ─── Dropping a kind from the palette ──────────────────────────────────────────────────
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(CARD_KIND_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      showDrop(dragTarget(event, EMPTY_SET), EMPTY_SET);
    },
    [dragTarget, showDrop],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(CARD_KIND_DRAG_TYPE) as CardKind;
      showDrop(null, EMPTY_SET);
      if (!(CARD_KINDS as readonly string[]).includes(kind)) return;
      event.preventDefault();
      const target = dragTarget(event, EMPTY_SET);
      if (target) addCardAt(ctx, target, kind, target.index);
    },
    [ctx, dragTarget, showDrop],
  );

  // ─── In a live session, the others see this person's pointer ─────────────────────────
  const sharePointer = useCallback(
    (event: ReactPointerEvent) => {
      const presence = editor.presence.getState();
      if (presence.status === 'local' || event.pointerType === 'touch') return;
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      presence.setPointer({ x: Math.round(at.x), y: Math.round(at.y) });
    },
    [editor, flow],
  );
  const hidePointer = useCallback(() => {
    const presence = editor.presence.getState();
    if (presence.pointer) presence.setPointer(null);
  }, [editor]);

  // ─── First view: the whole grid if it is legible, else its top-left corner ─────────────
  const onInit = useCallback(() => {
    const grid = layoutRef.current?.grid;
    const { width } = flowStore.getState();
    if (!grid || width === 0) return;
    // Fit the width when that stays legible; a big map opens at its top-left corner instead.
    const zoom = Math.max(0.7, Math.min(1, (width - 32) / grid.right));
    void flow.setViewport({ x: 16, y: 16, zoom });
  }, [flow, flowStore, layoutRef]);

  const focusedTool = view.tool;
  // Far out on a big map, card text is unreadable and there is a lot of it: drawing cards as
  // plain blocks keeps zooming smooth. A small map keeps its text (it is cheap, and the
  // overview is still worth reading on a projector).
  const many = nodes.length > 400;
  const far = useFlowStore((s) => s.transform[2] < (many ? 0.35 : 0.2));
  // Panning stops a little past the grid, so the map cannot be lost off screen.
  const extent = useMemo<[[number, number], [number, number]]>(
    () => [
      [-800, -600],
      [layout.grid.right + 800, layout.grid.bottom + 600],
    ],
    [layout.grid.right, layout.grid.bottom],
  );
  const dropLine = drop && layoutRef.current ? insertionY(layout, drop.target, drop.moving) : null;
  const dropCell = drop ? layout.grid.columns.find((c) => c.stepId === drop.target.stepId) : null;
  const dropRow = drop ? layout.grid.rows.find((r) => r.laneId === drop.target.laneId) : null;

  return (
    <CanvasToolsContext.Provider value={tools}>
      <div
        ref={wrapperRef}
        className={`map-canvas map-canvas--${focusedTool}${far ? ' map-canvas--far' : ''}`}
        onPointerDown={onWrapperPointerDown}
        onClick={onWrapperClick}
        onDoubleClick={onWrapperDoubleClick}
        onKeyDownCapture={onKeyDownCapture}
        onFocus={onNodeFocus}
        onDragOver={onDragOver}
        onDragLeave={() => showDrop(null, EMPTY_SET)}
        onPointerMove={sharePointer}
        onPointerLeave={hidePointer}
        onDrop={onDrop}
      >
        <ReactFlow<CardNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onSelectionDrag={onSelectionDrag}
          onSelectionDragStop={onSelectionDragStop}
          onNodeDoubleClick={onNodeDoubleClick}
          onEdgeClick={onEdgeClick}
          onInit={onInit}
          onlyRenderVisibleElements
          translateExtent={extent}
          minZoom={0.05}
          maxZoom={2.5}
          selectionOnDrag={false}
          selectionKeyCode={view.tool === 'hand' ? 'Shift' : null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          selectionMode={SelectionMode.Partial}
          panOnDrag={view.tool === 'hand' ? true : PAN_BUTTONS_SELECT_TOOL}
          panOnScroll
          zoomOnPinch
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          nodesDraggable={editable}
          nodesConnectable={editable}
          edgesReconnectable={false}
          elementsSelectable
          nodeDragThreshold={4}
          autoPanOnNodeFocus
          attributionPosition="bottom-left"
          ariaLabelConfig={ARIA_LABELS}
        >
          <ViewportPortal>
            <GridLayer grid={layout.grid} />
            <PresenceLayer layout={layout} />
            {drop && dropCell && dropRow ? (
              <>
                <div
                  className="drop-cell"
                  style={{
                    left: dropCell.x,
                    top: dropRow.y,
                    width: dropCell.width,
                    height: dropRow.height,
                  }}
                />
                {dropLine !== null ? (
                  <div
                    className="drop-line"
                    style={{ left: dropCell.x + 6, top: dropLine - 2, width: dropCell.width - 12 }}
                  />
                ) : null}
              </>
            ) : null}
          </ViewportPortal>
          {view.minimap ? (
            <MiniMap<CardNode>
              pannable
              zoomable
              ariaLabel="Minimap"
              nodeColor={minimapColor}
              nodeStrokeWidth={0}
              className="minimap"
            />
          ) : null}
        </ReactFlow>
        {box ? (
          <div
            className="box-select"
            style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
          />
        ) : null}
      </div>
    </CanvasToolsContext.Provider>
  );
});
