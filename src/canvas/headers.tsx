/**
 * The headers of the grid: phases (with dates) and their steps across the top, lanes down the
 * left. Each can be selected (shown in the inspector), renamed in place (double-click or
 * Enter), dragged to a new place, resized, and has a menu with every command on it, so all of
 * it works from the keyboard too. One file each; headerControls.tsx holds what they share.
 */
export { LaneHeader } from './LaneHeader';
export { PhaseHeader } from './PhaseHeader';
export { StepHeader } from './StepHeader';
export type { HeaderCallbacks, HeaderDrag } from './headerControls';
