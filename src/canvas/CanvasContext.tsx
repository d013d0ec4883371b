import { createContext, useContext, type ComponentType, type RefObject } from 'react';
import type { MapLayout } from './layout';
import type { XY } from './snapping';

/** What the grid's own components need from the canvas around them. */
export interface CanvasTools {
  /** Screen (client) coordinates → canvas coordinates. */
  toFlow: (clientX: number, clientY: number) => XY;
  /** The current zoom factor. */
  zoom: () => number;
  layoutRef: RefObject<MapLayout | null>;
}

/** Hands the canvas's tools to the grid's components (null outside a canvas). */
export const CanvasToolsContext = createContext<CanvasTools | null>(null);

/** The canvas's tools; throws when used outside the map canvas. */
export function useCanvasTools(): CanvasTools {
  const tools = useContext(CanvasToolsContext);
  if (!tools) throw new Error('useCanvasTools must be used inside the map canvas');
  return tools;
}

/**
 * What the editor around the canvas shows inside its cards and step headers (the workshop's
 * vote button, a step's evidence bar). The canvas draws the grid and cards; the editor's UI
 * decides what else goes on them, so the canvas never imports the UI.
 */
export interface CanvasSlots {
  /** Under a card's content (e.g. its vote button in a workshop). */
  CardFooter?: ComponentType<{ cardId: string }>;
  /** In a step header, under its title (e.g. the evidence sentiment bar). */
  StepSummary?: ComponentType<{ stepId: string }>;
}

const NO_SLOTS: CanvasSlots = {};
/** Hands the editor's slot components to the canvas (none by default). */
export const CanvasSlotsContext = createContext<CanvasSlots>(NO_SLOTS);

/** The slots the editor fills (none outside an editor). */
export function useCanvasSlots(): CanvasSlots {
  return useContext(CanvasSlotsContext);
}

/**
 * Whether the canvas's first paint is still to come. Until then the grid draws what it shows
 * (headers' names, cards, the emotion curve's line and labels) and leaves its controls (the
 * headers' "⋯" menu buttons, in a box of their size, and the resize grips) and the curve's
 * faces for the frame after: about a tenth of the first frame's elements (issue 17). The
 * editor around the canvas sets it; false by default (everything at once).
 */
export const ControlsLaterContext = createContext(false);

/** Whether the grid's controls wait for the canvas's first paint (see ControlsLaterContext). */
export function useControlsLater(): boolean {
  return useContext(ControlsLaterContext);
}
