/**
 * Pure edits of a journey map. Each takes a map and returns a new one (never mutating the
 * input), so the store can keep old maps for undo and React can compare by reference.
 * Functions that add something take the new id as an option so callers and tests can know it.
 *
 * The edits live in parts, re-exported here: gridEdits (phases, steps, lanes), cardEdits
 * (cards, duplicate, paste) and linkEdits (links, map details); editHelpers holds what
 * they share.
 */
export { allSteps, cardsInCell, findStep } from './editHelpers';
export * from './gridEdits';
export * from './cardEdits';
export * from './linkEdits';
