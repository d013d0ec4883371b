/**
 * Whatever takes keyboard focus on the canvas (a card, a cell, an emotion point, a header) is
 * panned fully into view, clear of the headers pinned to the view's edges: the canvas never
 * scrolls by itself (its transform is React Flow's), so Tab could focus something off screen or
 * under the lane labels (WCAG 2.4.11, Focus Not Obscured).
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { panToShow, pinnedHeaderEdges } from './pinnedHeaders';
import { glideMs } from './useViewApi';

/** Pans the canvas under `wrapperRef` so that what takes focus in it can be seen. */
export function useFocusInView(wrapperRef: RefObject<HTMLElement | null>) {
  const flow = useReactFlow();
  useEffect(() => {
    const wrapper = wrapperRef.current;
    if (!wrapper) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (!target.closest('.react-flow__viewport')) return;
      // Keyboard focus only: a card clicked or tapped at the canvas's edge is not moved under the
      // pointer (a drag may be starting).
      if (!target.matches(':focus-visible')) return;
      const pane = wrapper.querySelector('.react-flow') ?? wrapper;
      const view = pane.getBoundingClientRect();
      const { x, y, zoom } = flow.getViewport();
      // Clear of the pinned headers that can cover it (pinnedHeaders.ts, screen px here): a lane
      // header only of the top band, a phase or step header only of the lane labels, a corner
      // header of neither, anything else of both.
      const pinned = pinnedHeaderEdges([x, y, zoom]);
      const corner = target.closest('.header-layer__corner') !== null;
      const inLeft = corner || target.closest('.header-layer__left') !== null;
      const inTop = corner || target.closest('.header-layer__top') !== null;
      const edges = {
        left: inLeft ? view.left : view.left + Math.max(0, pinned.right * zoom + x),
        top: inTop ? view.top : view.top + Math.max(0, pinned.bottom * zoom + y),
        right: view.right,
        bottom: view.bottom,
      };
      const { dx, dy } = panToShow(target.getBoundingClientRect(), edges);
      if (dx === 0 && dy === 0) return;
      void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: glideMs() });
    };
    wrapper.addEventListener('focusin', onFocusIn);
    return () => wrapper.removeEventListener('focusin', onFocusIn);
  }, [flow, wrapperRef]);
}
