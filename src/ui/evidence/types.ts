/** What a "Show on map" button asks the canvas to scroll to, select and highlight. */
export type RevealTarget = { kind: 'step' | 'card'; id: string };
export type OnReveal = (target: RevealTarget) => void;
