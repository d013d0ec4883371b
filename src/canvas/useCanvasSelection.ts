/**
 * Selection on the canvas: React Flow's selection changes go to the editor; a click on a cell
 * focuses it, a double-click on one adds a card, a double-click on a card renames it, a click
 * on a link selects the link, and a new connection between two cards adds a link.
 */
import { useReactFlow, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import {
  useCallback,
  type FocusEvent,
  type MouseEvent as ReactMouseEvent,
  type RefObject,
} from 'react';
import { useCommandContext } from '../bindings/EditorProvider';
import { addCardAt } from '../commands/cardCommands';
import { links as linkOps } from '../editor/operations';
import type { MapLayout } from './layout';
import { cellAt, dropTarget } from './snapping';
import type { CardNode } from './toNodes';

/** The canvas's selection and click handlers; `trackPositions` gets the drag's position changes. */
export function useCanvasSelection(
  layoutRef: RefObject<MapLayout | null>,
  trackPositions: (changes: NodeChange<CardNode>[]) => void,
) {
  const ctx = useCommandContext();
  const { editor } = ctx;
  const flow = useReactFlow();

  const onNodesChange = useCallback(
    (changes: NodeChange<CardNode>[]) => {
      let selection: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selection ??= new Set(editor.selectedCardIds);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
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
      trackPositions(changes);
    },
    [editor, trackPositions],
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

  const onNodeDoubleClick = useCallback(
    (_event: ReactMouseEvent, node: CardNode) => {
      if (!editor.can('edit')) return;
      editor.select([node.id]);
      editor.view.getState().set({ editingCardId: node.id, inspectorTarget: null });
    },
    [editor],
  );

  const onNodeFocus = useCallback(
    (event: FocusEvent) => {
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

  return {
    onNodesChange,
    onEdgesChange,
    onConnect,
    onWrapperClick,
    onWrapperDoubleClick,
    onNodeDoubleClick,
    onNodeFocus,
    onEdgeClick,
  };
}
