/**
 * Every operation of the editor, by area. Components call `editor.run(cards.updateCard, …)`.
 */
export * as actionPlan from './actionPlan';
export * as cards from './cards';
export * as details from './details';
export * as evidence from './evidence';
export * as grid from './grid';
export * as links from './links';
export * as versions from './versions';
export * as workshop from './workshop';
