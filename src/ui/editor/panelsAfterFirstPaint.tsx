/**
 * Opening a map draws its cards first and the side panels (card palette, inspector) in the task
 * after that first paint. The panels are a quarter of the editor's elements, and creating and
 * laying them out in the same frame as the canvas made a 200-card map's cards show about 35 ms
 * later (bench/openCompare.mjs, median of 31 opens; issue 17). Until then each panel keeps its
 * place with an empty box of its own size (its own CSS class), so nothing on screen moves.
 * On a narrow screen (the reflow layout, styles/reflow.css) the palette is a strip of variable
 * height above the canvas: there the panels show at once, as they do without this provider.
 * The canvas's grid holds back its controls until then too, on every screen (header menu
 * buttons, resize grips, the emotion curve's faces: canvas/CanvasContext.tsx).
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../../bindings/afterPaint';
import { ControlsLaterContext } from '../../canvas/CanvasContext';

const PanelsWaiting = createContext(false);

/** The reflow layout's width (styles/reflow.css), where the panels are not deferred. */
const NARROW = '(max-width: 56rem)';

/** Holds back the panels and the grid's controls until the frame after the first paint (above). */
export function PanelsAfterFirstPaint({ children }: { children: ReactNode }) {
  const [narrow] = useState(() => window.matchMedia?.(NARROW).matches ?? false);
  const [waiting, setWaiting] = useState(true);
  useEffect(() => (waiting ? afterNextPaint(() => setWaiting(false)) : undefined), [waiting]);
  return (
    <PanelsWaiting.Provider value={waiting && !narrow}>
      <ControlsLaterContext.Provider value={waiting}>{children}</ControlsLaterContext.Provider>
    </PanelsWaiting.Provider>
  );
}

/** Whether a side panel should draw only its empty box yet (false outside the provider). */
export function usePanelsWaiting(): boolean {
  return useContext(PanelsWaiting);
}
