/**
 * The card kind registry and the marks shared between kinds: import from here.
 * See registry.ts for what an entry holds and who reads it.
 */
export * from './types';
export { KIND_LOOKS, type KindLook } from './looks';
export * from './marks';
export {
  BASIS_OPTIONS,
  CHANNEL_OPTIONS,
  COMMON_FIELDS,
  DIRECTION_OPTIONS,
  inspectorFields,
  KIND_OPTIONS,
  SCORE_OPTIONS,
  SEVERITY_OPTIONS,
  STATUS_OPTIONS,
} from './fields';
export { cardName, tallyText } from './speech';
export {
  CARD_KIND_REGISTRY,
  CUSTOM_LANE_LOOK,
  describeCard,
  KIND_SHORTCUTS,
  kindEntry,
  LANE_ICONS,
  laneAccent,
  type CardKindRegistry,
} from './registry';
export { kindStyleProperties, registryCssProperties } from './cssProperties';
