import { createContext, useContext, type RefObject } from 'react';
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

export const CanvasToolsContext = createContext<CanvasTools | null>(null);

export function useCanvasTools(): CanvasTools {
  const tools = useContext(CanvasToolsContext);
  if (!tools) throw new Error('useCanvasTools must be used inside the map canvas');
  return tools;
}
