/**
 * Pieces shared by the phase, step and lane headers: renaming in place, dragging a header to
 * reorder it, and the resize grips on column and row edges.
 */
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useCommandContext } from '../bindings/EditorProvider';
import type { HeaderTarget } from '../editor/view';
import { useCanvasTools, useControlsLater } from './CanvasContext';
import type { XY } from './snapping';

/**
 * The name of a header, typed in place: every keystroke is saved (one coalesced undo step),
 * Enter or leaving the field keeps it, Esc puts back the old name.
 */
export function RenameInput({
  target,
  label,
  value,
  rename,
}: {
  target: HeaderTarget;
  label: string;
  value: string;
  /** Saves the name (every keystroke: one undo step for the whole typing). */
  rename: (value: string) => void;
}) {
  const ctx = useCommandContext();
  const ref = useRef<HTMLInputElement>(null);
  const original = useRef(value);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.select();
  }, []);
  const done = (restore: boolean) => {
    if (restore && value !== original.current) {
      rename(original.current);
    }
    const ui = ctx.editor.view.getState();
    if (ui.renaming?.id === target.id) ui.set({ renaming: null });
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`[data-header="${CSS.escape(target.id)}"]`)
        ?.focus({ preventScroll: true }),
    );
  };
  return (
    <input
      ref={ref}
      className="header-rename nodrag nopan"
      aria-label={label}
      value={value}
      maxLength={500}
      onChange={(event) => {
        const next = event.target.value;
        rename(next);
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          done(false);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          done(true);
        }
      }}
      onBlur={() => {
        const ui = ctx.editor.view.getState();
        if (ui.renaming?.id === target.id) ui.set({ renaming: null });
      }}
    />
  );
}

/**
 * Dragging a header to a new place. Returns pointer handlers for the header's name button and
 * whether a drag is under way; `onMove` gets canvas points, `onDrop` the last one. A press
 * that does not move is left to the button's click.
 */
export function useHeaderDrag({
  enabled,
  onMove,
  onDrop,
}: {
  enabled: boolean;
  onMove: (point: XY) => void;
  onDrop: (point: XY) => void;
}) {
  const tools = useCanvasTools();
  const state = useRef<{ x: number; y: number; id: number; dragging: boolean } | null>(null);
  const suppressClick = useRef(false);
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onPointerDown: (event: ReactPointerEvent<HTMLElement>) => {
        if (!enabled || event.button !== 0) return;
        state.current = {
          x: event.clientX,
          y: event.clientY,
          id: event.pointerId,
          dragging: false,
        };
        event.currentTarget.setPointerCapture(event.pointerId);
      },
      onPointerMove: (event: ReactPointerEvent<HTMLElement>) => {
        const s = state.current;
        if (!s || s.id !== event.pointerId) return;
        if (!s.dragging && Math.hypot(event.clientX - s.x, event.clientY - s.y) < 5) return;
        if (!s.dragging) {
          s.dragging = true;
          setDragging(true);
        }
        onMove(tools.toFlow(event.clientX, event.clientY));
      },
      onPointerUp: (event: ReactPointerEvent<HTMLElement>) => {
        const s = state.current;
        state.current = null;
        if (!s || !s.dragging) return;
        suppressClick.current = true;
        setDragging(false);
        onDrop(tools.toFlow(event.clientX, event.clientY));
      },
      onPointerCancel: () => {
        state.current = null;
        setDragging(false);
      },
      onClickCapture: (event: React.MouseEvent) => {
        if (suppressClick.current) {
          suppressClick.current = false;
          event.stopPropagation();
          event.preventDefault();
        }
      },
    },
  };
}

/**
 * A grip on a column's right edge or a row's bottom edge. Dragging shows the new edge and
 * commits once on release (one undo step); arrow keys resize by 16 px (64 with Shift);
 * double-click goes back to the default size.
 */
export function ResizeGrip({
  orientation,
  label,
  size,
  min,
  max,
  enabled,
  onPreview,
  onCommit,
  onReset,
  style,
}: {
  /** "vertical": the grip is a vertical line resizing a column's width. */
  orientation: 'vertical' | 'horizontal';
  label: string;
  size: number;
  min: number;
  max: number;
  enabled: boolean;
  onPreview: (size: number | null) => void;
  onCommit: (size: number, gesture: 'drag' | 'key') => void;
  onReset: () => void;
  style: React.CSSProperties;
}) {
  const tools = useCanvasTools();
  const later = useControlsLater();
  const drag = useRef<{ start: number; size: number; id: number } | null>(null);
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));
  const coordinate = (event: ReactPointerEvent) =>
    orientation === 'vertical' ? event.clientX : event.clientY;
  if (later) return null;
  return (
    <div
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={Math.round(size)}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-disabled={!enabled}
      tabIndex={enabled ? 0 : -1}
      className={`resize-grip resize-grip--${orientation} nodrag nopan`}
      style={style}
      title={
        enabled ? `${label} (drag, or use the arrow keys; double-click for the default)` : label
      }
      onPointerDown={(event) => {
        if (!enabled || event.button !== 0) return;
        event.stopPropagation();
        drag.current = { start: coordinate(event), size, id: event.pointerId };
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={(event) => {
        const d = drag.current;
        if (!d || d.id !== event.pointerId) return;
        onPreview(clamp(d.size + (coordinate(event) - d.start) / tools.zoom()));
      }}
      onPointerUp={(event) => {
        const d = drag.current;
        drag.current = null;
        onPreview(null);
        if (!d) return;
        const next = clamp(d.size + (coordinate(event) - d.start) / tools.zoom());
        if (next !== Math.round(d.size)) onCommit(next, 'drag');
      }}
      onPointerCancel={() => {
        drag.current = null;
        onPreview(null);
      }}
      onDoubleClick={(event) => {
        event.stopPropagation();
        if (enabled) onReset();
      }}
      onKeyDown={(event) => {
        if (!enabled) return;
        const step = event.shiftKey ? 64 : 16;
        const grow = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
        const shrink = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
        if (event.key === grow || event.key === shrink) {
          event.preventDefault();
          event.stopPropagation();
          onCommit(clamp(size + (event.key === grow ? step : -step)), 'key');
        }
      }}
    />
  );
}
