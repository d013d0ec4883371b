/**
 * Dragging cards on the canvas: dragged nodes follow the pointer locally, the cell and place
 * they would land in are shown, and the map changes once, on drop, with one `moveCards`
 * (one undo step). The drop indicator is shared with dropping a kind from the palette.
 */
import { useReactFlow, type NodeChange, type OnNodeDrag, type XYPosition } from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent as ReactMouseEvent,
  type RefObject,
} from 'react';
import { useEditorApi } from '../bindings/EditorProvider';
import { cards as cardOps } from '../editor/operations';
import type { MapLayout } from './layout';
import { underPinnedHeaders } from './pinnedHeaders';
import { dropTarget, type DropTarget } from './snapping';
import type { CardNode } from './toNodes';

/** No cards: what a palette drop moves. */
export const EMPTY_SET: ReadonlySet<string> = new Set();

/** Where a drop would land, and which cards would move there (none for a palette drop). */
export interface DropPreview {
  target: DropTarget;
  moving: ReadonlySet<string>;
}

/** The client point of a mouse or touch event (the first changed touch). */
function clientPoint(event: MouseEvent | TouchEvent | ReactMouseEvent): { x: number; y: number } {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
  }
  return { x: event.clientX, y: event.clientY };
}

/**
 * The drop indicator (`drop`, changed only when the target changes) and the function that
 * finds the cell and place under a pointer event.
 */
export function useDropTarget(layoutRef: RefObject<MapLayout | null>) {
  const flow = useReactFlow();
  const [drop, setDrop] = useState<DropPreview | null>(null);
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
      if (!layoutNow) return null;
      const point = flow.screenToFlowPosition({ x, y });
      // Over the lane labels or the step headers pinned to the view's edges: no cell to drop in
      // (the cell under them cannot be seen; a card dropped there would vanish under them).
      const { x: tx, y: ty, zoom } = flow.getViewport();
      if (underPinnedHeaders(point, [tx, ty, zoom])) return null;
      return dropTarget(layoutNow, point, moving);
    },
    [flow, layoutRef],
  );
  return { drop, showDrop, dragTarget };
}

/**
 * Card dragging: `nodes` with the dragged ones where the pointer has them, `trackPositions`
 * for React Flow's position changes, and the drag handlers for nodes and selections.
 */
export function useCardDrag(
  baseNodes: CardNode[],
  layoutRef: RefObject<MapLayout | null>,
  { showDrop, dragTarget }: Pick<ReturnType<typeof useDropTarget>, 'showDrop' | 'dragTarget'>,
) {
  const editor = useEditorApi();
  // While dragging, dragged nodes follow the pointer locally; the map changes on drop.
  const [dragPositions, setDragPositions] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  // After a drop the dragged cards stay where they were let go until the canvas draws the
  // moved map (it is drawn a frame later, useCanvasNodes): they never jump back meanwhile.
  const [landing, setLanding] = useState<CardNode[] | null>(null);
  const landed = landing !== null && landing !== baseNodes;
  useEffect(() => {
    if (landing === null) return;
    const settle = () => {
      setLanding(null);
      setDragPositions(null);
    };
    if (landed) return settle();
    // A move that changed no node (never expected) must not leave the cards where dropped.
    const timer = setTimeout(settle, 1000);
    return () => clearTimeout(timer);
  }, [landing, landed]);
  const latestBase = useRef(baseNodes);
  latestBase.current = baseNodes;
  const nodes = useMemo(() => {
    if (!dragPositions || landed) return baseNodes;
    return baseNodes.map((node) => {
      const position = dragPositions.get(node.id);
      return position ? { ...node, position, dragging: true } : node;
    });
  }, [baseNodes, dragPositions, landed]);

  const trackPositions = useCallback((changes: NodeChange<CardNode>[]) => {
    let positions: Map<string, XYPosition> | null = null;
    for (const change of changes) {
      if (change.type === 'position' && change.position && change.dragging) {
        positions ??= new Map();
        positions.set(change.id, change.position);
      }
    }
    if (!positions) return;
    const moved = positions;
    setDragPositions((previous) => {
      const merged = new Map(previous ?? []);
      for (const [id, position] of moved) merged.set(id, position);
      return merged;
    });
  }, []);

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
      if (!target || !editor.can('edit')) return setDragPositions(null);
      const order = layoutRef.current?.order ?? [];
      const ids = order.filter((id) => moving.has(id));
      const before = editor.map;
      editor.run(cardOps.moveCards, { ids, target });
      if (editor.map === before) setDragPositions(null);
      else setLanding(latestBase.current);
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
  return {
    nodes,
    trackPositions,
    onNodeDrag,
    onNodeDragStop,
    onSelectionDrag,
    onSelectionDragStop,
  };
}
