/**
 * Opening a map draws its cards first and the side panels (card palette, inspector) in the task
 * after that first paint. The panels are a quarter of the editor's elements, and creating and
 * laying them out in the same frame as the canvas made a 200-card map's cards show about 35 ms
 * later (bench/openCompare.mjs, median of 31 opens; issue 17). Until then each panel keeps its
 * place with an empty box of its own size (its own CSS class), so nothing on screen moves.
 * On a narrow screen (the reflow layout, styles/reflow.css) the palette is a strip of variable
 * height above the canvas: there the panels show at once, as they do without this provider.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../../bindings/afterPaint';

const PanelsWaiting = createContext(false);

/** The reflow layout's width (styles/reflow.css), where the panels are not deferred. */
const NARROW = '(max-width: 56rem)';

/** Holds back the panels inside it until the frame after the first paint (see above). */
export function PanelsAfterFirstPaint({ children }: { children: ReactNode }) {
  const [waiting, setWaiting] = useState(() => !window.matchMedia?.(NARROW).matches);
  useEffect(() => (waiting ? afterNextPaint(() => setWaiting(false)) : undefined), [waiting]);
  return <PanelsWaiting.Provider value={waiting}>{children}</PanelsWaiting.Provider>;
}

/** Whether a side panel should draw only its empty box yet (false outside the provider). */
export function usePanelsWaiting(): boolean {
  return useContext(PanelsWaiting);
}
