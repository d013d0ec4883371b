/** What a "Show on map" button asks the canvas to scroll to, select and highlight. */
export type RevealTarget = { kind: 'step' | 'card'; id: string };
/** Brings a step or a card into view on the canvas, selected and highlighted. */
export type OnReveal = (target: RevealTarget) => void;
