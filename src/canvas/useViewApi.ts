/**
 * The canvas's side of the commands (src/actions/context.ts CanvasApi): zooming, panning to a
 * card or header, moving keyboard focus. Works from the latest layout through a ref, so the
 * functions are stable and never cause renders.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo, type RefObject } from 'react';
import type { CanvasApi } from '../commands/context';
import type { CellRef, HeaderTarget } from '../editor/view';
import type { Editor } from '../editor/editor';
import { boundsOf, cellBox, cellKey, HEADER_HEIGHT, LAYOUT, type MapLayout } from './layout';
import { panToShow, pinnedHeaderEdges } from './pinnedHeaders';

type Rect = { x: number; y: number; width: number; height: number };

/** Whether the person asked the system for reduced motion (prefers-reduced-motion). */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * How long a pan or zoom glides (ms): 180, or 0 for a person who asked for less motion (WCAG
 * 2.3.3); asked each time, as the setting can change while the map is open.
 */
export function glideMs(): number {
  return reducedMotion() ? 0 : 180;
}

const nextFrame = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn));

/** The DOM node of a card on the canvas, or null when it is not drawn (off screen). */
export function cardElement(cardId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(cardId)}"]`);
}

/** The DOM node of a cell of the grid, or null when it is not drawn. */
export function cellElement(cell: CellRef): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `[data-cell="${CSS.escape(cellKey(cell.laneId, cell.stepId))}"]`,
  );
}

/** The canvas API of the open map (stable; reads the latest layout and selection). */
export function useViewApi(layoutRef: RefObject<MapLayout | null>, editor: Editor): CanvasApi {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  return useMemo(() => {
    const glide = glideMs;
    const viewportSize = () => {
      const { width, height } = flowStore.getState();
      return { width, height };
    };
    /**
     * Pans so `rect` is on screen, keeping the zoom unless it is too small to read; a card
     * (`clearOfHeaders`) also out from under the headers pinned to the view's edges. A card is
     * centred unless `nearest` (a card just added) and partly in view.
     */
    const reveal = (rect: Rect, clearOfHeaders = false, nearest = false) => {
      const { x, y, zoom } = flow.getViewport();
      const { width, height } = viewportSize();
      const left = -x / zoom;
      const top = -y / zoom;
      const right = left + width / zoom;
      const bottom = top + height / zoom;
      const edges = clearOfHeaders ? pinnedHeaderEdges([x, y, zoom]) : { right: left, bottom: top };
      const visible =
        rect.x >= edges.right &&
        rect.y >= edges.bottom &&
        rect.x + rect.width <= right &&
        rect.y + rect.height <= bottom;
      if (visible) return;
      // Never below the canvas's smallest zoom now (100 % while voting by touch).
      const nextZoom = Math.max(flowStore.getState().minZoom, zoom < 0.45 ? 0.8 : zoom);
      const partlyInView =
        rect.x < right &&
        rect.x + rect.width > edges.right &&
        rect.y < bottom &&
        rect.y + rect.height > edges.bottom;
      // A header, a cell or a card just added and partly in view is brought in by the least pan
      // (centring a card added half past the edge slid the whole map down and left an empty
      // band above the grid); a card found or focused is centred, as a search's match is.
      if (nextZoom === zoom && (!clearOfHeaders || (nearest && partlyInView))) {
        const { dx, dy } = panToShow(
          {
            left: rect.x * zoom + x,
            top: rect.y * zoom + y,
            width: rect.width * zoom,
            height: rect.height * zoom,
          },
          {
            left: edges.right * zoom + x,
            top: edges.bottom * zoom + y,
            right: width,
            bottom: height,
          },
        );
        void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: glide() });
        return;
      }
      void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
        zoom: nextZoom,
        duration: glide(),
      });
    };
    const gridBounds = (): Rect | null => {
      const grid = layoutRef.current?.grid;
      if (!grid) return null;
      // With the judgement band above the grid (y < 0), when the review has one.
      const above = layoutRef.current?.above ?? 0;
      return { x: 0, y: -above, width: grid.right, height: grid.bottom + above };
    };
    const cardRect = (id: string) => layoutRef.current?.cards.get(id) ?? null;
    const focusWhenDrawn = (find: () => HTMLElement | null, tries = 6) => {
      const el = find();
      if (el) {
        el.focus({ preventScroll: true });
        return;
      }
      if (tries > 0) nextFrame(() => focusWhenDrawn(find, tries - 1));
    };
    const api: CanvasApi = {
      zoomIn: () => void flow.zoomIn({ duration: glide() }),
      zoomOut: () => void flow.zoomOut({ duration: glide() }),
      fitView: () => {
        const bounds = gridBounds();
        if (bounds) void flow.fitBounds(bounds, { padding: 0.04, duration: glide() });
      },
      zoomToSelection: () => {
        const layout = layoutRef.current;
        if (!layout) return;
        const ids = editor.selectedCardIds;
        const rect = boundsOf(ids.map((id) => layout.cards.get(id)).filter((b) => b !== undefined));
        if (!rect) return;
        const { width, height } = viewportSize();
        const zoom = Math.min(1.5, (0.8 * width) / rect.width, (0.8 * height) / rect.height);
        void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
          zoom,
          duration: glide(),
        });
      },
      revealCard: (id, options) =>
        nextFrame(() => {
          const rect = cardRect(id);
          if (rect) reveal(rect, true, options?.nearest ?? false);
        }),
      revealHeader: (target: HeaderTarget) =>
        nextFrame(() => {
          const grid = layoutRef.current?.grid;
          if (!grid) return;
          if (target.kind === 'lane') {
            const row = grid.rows.find((r) => r.laneId === target.id);
            if (row)
              reveal({
                x: 0,
                y: row.y,
                width: LAYOUT.laneHeaderWidth,
                height: Math.min(row.height, 200),
              });
          } else if (target.kind === 'phase') {
            const phase = grid.phases.find((p) => p.phaseId === target.id);
            if (phase)
              reveal({
                x: phase.x,
                y: 0,
                width: Math.min(phase.width, 600),
                height: HEADER_HEIGHT,
              });
          } else {
            const column = grid.columns.find((c) => c.stepId === target.id);
            if (column) reveal({ x: column.x, y: 0, width: column.width, height: HEADER_HEIGHT });
          }
        }),
      focusCard: (id) =>
        nextFrame(() => {
          const rect = cardRect(id);
          if (rect) reveal(rect, true);
          focusWhenDrawn(() => cardElement(id));
        }),
      focusCell: (cell) => {
        const grid = layoutRef.current?.grid;
        const box = grid ? cellBox(grid, cell.laneId, cell.stepId) : null;
        if (box) reveal({ ...box, height: Math.min(box.height, 300) });
        focusWhenDrawn(() => cellElement(cell));
      },
    };
    return api;
  }, [flow, flowStore, layoutRef, editor]);
}
