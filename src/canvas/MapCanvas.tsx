/**
 * The map on a React Flow canvas. The editor is the source of truth: cards become nodes
 * through the memoised mapper (useCanvasNodes, toNodes.ts), selection changes go back to the
 * editor (useCanvasSelection), and a drag moves nodes only locally until it ends, when one
 * `moveCards` is run (useCardDrag: one undo step). Box selection, the keyboard on cards and
 * dropping a kind from the palette each have a hook of their own, and so does sharing the
 * pointer in a live session.
 */
import { useView } from '../bindings/EditorProvider';
import {
  ReactFlow,
  SelectionMode,
  type Viewport,
  ViewportPortal,
  useReactFlow,
  useStore as useFlowStore,
  useStoreApi,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CanvasToolsContext, type CanvasTools } from './CanvasContext';
import { nodeTypes } from './CardNode';
import { DropIndicator } from './DropIndicator';
import { GridLayer } from './GridLayer';
import { JudgementBand } from './JudgementBand';
import { MinimapCorner } from './MinimapCorner';
import { PresenceLayer } from './PresenceLayer';
import type { LiveLayout } from './liveLayout';
import { CARD_KEYS, type CardNode } from './toNodes';
import { useBoxSelection, useNoFocusScroll } from './useBoxSelection';
import { useCanvasKeyboard } from './useCanvasKeyboard';
import { useCanvasNodes } from './useCanvasNodes';
import { useCanvasSelection } from './useCanvasSelection';
import { useFocusInView } from './useFocusInView';
import { useFocusRescue } from './useFocusRescue';
import { useCardDrag, useDropTarget } from './useCardDrag';
import { usePointerPresence } from './usePointerPresence';
import { usePaletteDrop } from './usePaletteDrop';
import { useVotingZoom } from './useVotingZoom';
import { useSharpAfterZoom } from './sharpAfterZoom';
import './canvas.css';

export { CARD_KIND_DRAG_TYPE } from './usePaletteDrop';

// Props of React Flow kept at module scope: a new object or function on every render would
// make it redraw every node.
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PAN_BUTTONS_SELECT_TOOL = [1, 2];
// Waymark's own words instead of React Flow's ("Press enter or space to select a node…"): React
// Flow shows 'keyboardDisabled' while its keyboard handling is on, 'default' otherwise. (Cards
// carry their own description, toNodes.ts; these stay for anything React Flow describes.)
const ARIA_LABELS = {
  'node.a11yDescription.default': CARD_KEYS,
  'node.a11yDescription.keyboardDisabled': CARD_KEYS,
  'node.a11yDescription.ariaLiveMessage': () => '',
  'edge.a11yDescription.default': 'A link between two cards. Delete removes it.',
  'minimap.ariaLabel': 'Minimap',
  'handle.ariaLabel': 'Link end',
};

/** The canvas of the open map; `layoutRef` lays it out (and the view API reads it). */
export const MapCanvas = memo(function MapCanvas({ layoutRef }: { layoutRef: LiveLayout }) {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const view = useView(useShallow((s) => ({ tool: s.tool })));
  const wrapperRef = useRef<HTMLDivElement>(null);

  // A touch screen: one finger on the empty canvas, or on a card that is not selected, pans it
  // (there is no middle button); a selected card is dragged. Tap a card, then drag it.
  const [touchScreen] = useState(
    () => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches,
  );
  const { layout, nodes: baseNodes, edges, editable } = useCanvasNodes(layoutRef, touchScreen);
  const dropTarget = useDropTarget(layoutRef);
  const drag = useCardDrag(baseNodes, layoutRef, dropTarget);
  const selection = useCanvasSelection(layoutRef, drag.trackPositions);
  const palette = usePaletteDrop(dropTarget);
  const box = useBoxSelection(wrapperRef, layoutRef, view.tool);
  const onKeyDownCapture = useCanvasKeyboard(layoutRef);
  const pointer = usePointerPresence();
  useNoFocusScroll(wrapperRef);
  useFocusRescue(wrapperRef, layoutRef);
  useFocusInView(wrapperRef);
  const { nodes } = drag;
  const votingZoom = useVotingZoom(touchScreen, 0.05, layoutRef);
  const afterMove = votingZoom.onMoveEnd;
  const sharp = useSharpAfterZoom(wrapperRef, afterMove);

  // Helpers for the grid's own components (headers, cells, the emotion curve).
  const tools: CanvasTools = useMemo(
    () => ({
      toFlow: (x, y) => flow.screenToFlowPosition({ x, y }, { snapToGrid: false }),
      zoom: () => flow.getZoom(),
      layoutRef,
    }),
    [flow, layoutRef],
  );

  // First view: the whole grid if it is legible, else its top-left corner. It is known before
  // React Flow mounts (the canvas's width is measured first), so the first cards drawn are the
  // ones in view: setting it in onInit (React Flow calls it a task later) drew the cards of
  // the default view first, then those of this one (issue 17: one render and paint more).
  // undefined: not measured yet; null: no width (hidden), React Flow's default view.
  const [firstView, setFirstView] = useState<Viewport | null | undefined>(undefined);
  const firstGrid = layout.grid;
  const firstAbove = layout.above;
  useLayoutEffect(() => {
    const width = wrapperRef.current?.getBoundingClientRect().width ?? 0;
    setFirstView(width > 0 ? firstViewOf(firstGrid.right, firstAbove, width) : null);
    // Measured once, when the canvas first shows: later changes of the grid keep the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const onInit = useCallback(() => {
    const grid = layoutRef.current?.grid;
    const { width, transform } = flowStore.getState();
    if (!grid || width === 0) return;
    const view = firstViewOf(grid.right, layoutRef.current?.above ?? 0, width);
    const [x, y, zoom] = transform;
    // Already there: no move, so no move's end either; what a move's end checks runs now.
    if (view.x === x && view.y === y && view.zoom === zoom) return afterMove();
    void flow.setViewport(view);
  }, [flow, flowStore, layoutRef, afterMove]);

  // Far out on a big map, card text is unreadable and there is a lot of it: drawing cards as
  // plain blocks keeps zooming smooth. A small map keeps its text (it is cheap, and the
  // overview is still worth reading on a projector).
  const many = nodes.length > 400;
  const far = useFlowStore((s) => s.transform[2] < (many ? 0.35 : 0.2));
  // Panning stops a little past the grid, so the map cannot be lost off screen.
  const extent = useMemo<[[number, number], [number, number]]>(
    () => [
      [-800, -600 - layout.above],
      [layout.grid.right + 800, layout.grid.bottom + 600],
    ],
    [layout.grid.right, layout.grid.bottom, layout.above],
  );

  return (
    <CanvasToolsContext.Provider value={tools}>
      <div
        ref={wrapperRef}
        className={`map-canvas map-canvas--${view.tool}${far ? ' map-canvas--far' : ''}`}
        onPointerDown={box.onPointerDown}
        onClick={selection.onWrapperClick}
        onDoubleClick={selection.onWrapperDoubleClick}
        onKeyDownCapture={onKeyDownCapture}
        onFocus={selection.onNodeFocus}
        onDragOver={palette.onDragOver}
        onDragLeave={palette.onDragLeave}
        onDrop={palette.onDrop}
        onPointerMove={pointer.onPointerMove}
        onPointerLeave={pointer.onPointerLeave}
      >
        {firstView === undefined ? null : (
          <ReactFlow<CardNode>
            defaultViewport={firstView ?? undefined}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            onNodesChange={selection.onNodesChange}
            onEdgesChange={selection.onEdgesChange}
            onConnect={selection.onConnect}
            onNodeDrag={drag.onNodeDrag}
            onNodeDragStop={drag.onNodeDragStop}
            onSelectionDrag={drag.onSelectionDrag}
            onSelectionDragStop={drag.onSelectionDragStop}
            onNodeDoubleClick={selection.onNodeDoubleClick}
            onEdgeClick={selection.onEdgeClick}
            onInit={onInit}
            onlyRenderVisibleElements
            translateExtent={extent}
            minZoom={votingZoom.minZoom}
            onMoveStart={sharp.onMoveStart}
            onMoveEnd={sharp.onMoveEnd}
            maxZoom={2.5}
            selectionOnDrag={false}
            selectionKeyCode={view.tool === 'hand' ? 'Shift' : null}
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            selectionMode={SelectionMode.Partial}
            panOnDrag={view.tool === 'hand' || touchScreen ? true : PAN_BUTTONS_SELECT_TOOL}
            panOnScroll
            zoomOnPinch
            zoomOnDoubleClick={false}
            deleteKeyCode={null}
            nodesDraggable={editable}
            nodesConnectable={editable}
            edgesReconnectable={false}
            elementsSelectable
            nodeDragThreshold={4}
            // A focused card is panned into view by useFocusInView, clear of the pinned headers.
            autoPanOnNodeFocus={false}
            attributionPosition="bottom-left"
            ariaLabelConfig={ARIA_LABELS}
          >
            <ViewportPortal>
              <JudgementBand gridRight={layout.grid.right} />
              <GridLayer grid={layout.grid} />
              <PresenceLayer layout={layout} />
              <DropIndicator drop={dropTarget.drop} layout={layout} />
            </ViewportPortal>
            {/* The map's cards, not the drag's: a dragged card shows where it lands, on drop. */}
            <MinimapCorner nodes={baseNodes} />
          </ReactFlow>
        )}
        {box.box ? (
          <div
            className="box-select"
            style={{
              left: box.box.x,
              top: box.box.y,
              width: box.box.width,
              height: box.box.height,
            }}
          />
        ) : null}
      </div>
    </CanvasToolsContext.Provider>
  );
});

/**
 * The first view of a grid `gridRight` px wide on a canvas `width` px wide: the whole width at
 * a legible zoom (0.7 at least, 1 at most), else the grid's top-left corner; 16 px margin.
 */
function firstViewOf(gridRight: number, above: number, width: number): Viewport {
  const zoom = Math.max(0.7, Math.min(1, (width - 32) / gridRight));
  // The judgement band above the grid (`above` px, drawn at y < 0) is in the first view too.
  return { x: 16, y: 16 + above * zoom, zoom };
}
