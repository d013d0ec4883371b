/**
 * What a command may use: the editor engine (map, selection, operations, view state), the
 * canvas (to move the view and the keyboard focus) and the clipboard.
 */
import type { CellRef } from '../domain/cells';
import type { Editor } from '../editor/editor';
import type { HeaderTarget } from '../editor/view';
import type { ClipboardApi } from './clipboard';

/**
 * What the canvas can do for a command: move the view and the keyboard focus. The canvas
 * provides it; until it is ready every method does nothing (noCanvas).
 */
export interface CanvasApi {
  zoomIn: () => void;
  zoomOut: () => void;
  /** Shows the whole grid. */
  fitView: () => void;
  zoomToSelection: () => void;
  /**
   * Pans (without zooming out) until the card is on screen: centred, or with `nearest` (a card
   * just added) by the least pan, so the map does not jump.
   */
  revealCard: (cardId: string, options?: { nearest?: boolean }) => void;
  revealHeader: (target: HeaderTarget) => void;
  /** Moves keyboard focus to a card, panning to it first. */
  focusCard: (cardId: string) => void;
  /** Moves keyboard focus to a grid cell, panning to it first. */
  focusCell: (cell: CellRef) => void;
}

/** A canvas that does nothing (before the canvas is ready, and in tests). */
export const noCanvas: CanvasApi = {
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
export interface CommandContext {
  editor: Editor;
  canvas: CanvasApi;
  clipboard: ClipboardApi;
}
