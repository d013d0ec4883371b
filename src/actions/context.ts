import type { EditorStore } from '../store/editorStore';
import type { ClipboardApi } from './clipboard';
import type { CellRef, EditorUiStore, HeaderTarget } from './uiStore';

/**
 * What the canvas can do for a command: move the view and the keyboard focus. The canvas
 * provides it; until it is ready every method does nothing.
 */
export interface ViewApi {
  zoomIn: () => void;
  zoomOut: () => void;
  /** Shows the whole grid. */
  fitView: () => void;
  zoomToSelection: () => void;
  /** Pans (without zooming out) until the card is on screen. */
  revealCard: (cardId: string) => void;
  revealHeader: (target: HeaderTarget) => void;
  /** Moves keyboard focus to a card, panning to it first. */
  focusCard: (cardId: string) => void;
  /** Moves keyboard focus to a grid cell, panning to it first. */
  focusCell: (cell: CellRef) => void;
}

export const noView: ViewApi = {
  zoomIn: () => {},
  zoomOut: () => {},
  fitView: () => {},
  zoomToSelection: () => {},
  revealCard: () => {},
  revealHeader: () => {},
  focusCard: () => {},
  focusCell: () => {},
};

/** Everything a command may use. */
export interface ActionContext {
  store: EditorStore;
  ui: EditorUiStore;
  view: ViewApi;
  clipboard: ClipboardApi;
}
