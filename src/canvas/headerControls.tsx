/**
 * What the phase, step and lane headers share: selecting and renaming a header, its name
 * button (which also starts a drag), and its menu of commands.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useCommandContext, useView } from '../bindings/EditorProvider';
import type { HeaderTarget } from '../editor/view';
import { RenameInput, useHeaderDrag } from './headerParts';
import { useControlsLater } from './CanvasContext';
import { PopupMenu, type MenuItem } from './PopupMenu';
import type { XY } from './snapping';

/** A header being dragged: which one, and the canvas point under the pointer; null for none. */
export type HeaderDrag = { kind: 'phase' | 'step' | 'lane'; id: string; point: XY } | null;

/** How a header tells the grid about drags and resizes, which the grid previews and applies. */
export interface HeaderCallbacks {
  /** Shows where a dragged header would go (null: the drag ended). */
  onDragPreview: (drag: HeaderDrag) => void;
  /** Drops a dragged header at a canvas point. */
  onDrop: (kind: 'phase' | 'step' | 'lane', id: string, point: XY) => void;
  /** Shows a resize guide (column right edge x, or row bottom edge y), or hides it. */
  onResizePreview: (guide: { kind: 'column' | 'row'; at: number } | null) => void;
}

/**
 * What every header needs: whether it is selected or being renamed, commands to select and
 * rename it, and dragging it to a new place (previewed and dropped through `callbacks`).
 */
export function useHeader(target: HeaderTarget, editable: boolean, callbacks: HeaderCallbacks) {
  const ctx = useCommandContext();
  const selected = useView((s) => s.inspectorTarget?.id === target.id);
  const renaming = useView((s) => s.renaming?.id === target.id);
  const select = () => {
    ctx.editor.select([]);
    ctx.editor.view
      .getState()
      .set({ inspectorTarget: target, selectedLinkId: null, inspectorOpen: true });
  };
  const startRename = () =>
    ctx.editor.view.getState().set({ renaming: target, inspectorTarget: target });
  const drag = useHeaderDrag({
    enabled: editable,
    onMove: (point) => callbacks.onDragPreview({ kind: target.kind, id: target.id, point }),
    onDrop: (point) => {
      callbacks.onDragPreview(null);
      callbacks.onDrop(target.kind, target.id, point);
    },
  });
  return { target, ctx, selected, renaming, select, startRename, drag };
}

/**
 * A header's name: a button that selects the header, renames it on double-click or Enter and
 * drags it to a new place; while renaming, a text box in its place.
 */
export function HeaderName({
  kindLabel,
  name,
  value,
  rename,
  editable,
  header,
  children,
}: {
  /** "Phase", "Step" or "Lane", as in the accessible names "Phase: …" and "Rename phase". */
  kindLabel: string;
  /** The name shown (never empty). */
  name: string;
  /** The name as stored, edited while renaming. */
  value: string;
  rename: (value: string) => void;
  editable: boolean;
  header: ReturnType<typeof useHeader>;
  children: ReactNode;
}) {
  const { target, renaming, select, startRename, drag } = header;
  if (renaming && editable) {
    return (
      <RenameInput
        target={target}
        label={`Rename ${kindLabel.toLowerCase()}`}
        value={value}
        rename={rename}
      />
    );
  }
  return (
    <button
      type="button"
      className="header-name nodrag nopan"
      data-header={target.id}
      aria-label={`${kindLabel}: ${name}`}
      title={editable ? 'Double-click or press Enter to rename; drag to move' : name}
      onClick={select}
      onDoubleClick={() => editable && startRename()}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && editable) {
          event.preventDefault();
          startRename();
        }
      }}
      {...drag.handlers}
    >
      {children}
    </button>
  );
}

/** The "⋯" button of a header and the menu it opens (items made when it opens). */
export function MenuButton({
  label,
  items,
}: {
  label: string;
  items: () => readonly (MenuItem | 'separator')[];
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // Until the canvas's first paint: its box only, so the header's name keeps its width.
  if (useControlsLater()) return <span className="header-menu-button" aria-hidden="true" />;
  return (
    <>
      <button
        ref={ref}
        type="button"
        className="header-menu-button nodrag nopan"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={(event) => {
          event.stopPropagation();
          setOpen((o) => !o);
        }}
      >
        ⋯
      </button>
      {open && ref.current ? (
        <PopupMenu
          label={label}
          anchor={ref.current}
          items={items()}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
