/** Comparing two journey maps: versions of one map, or a current state and its future state. */
export {
  cardMarks,
  changedFields,
  compareMaps,
  placesOf,
  type CardChange,
  type CardDifference,
  type CardPlace,
  type MapComparison,
  type Renamed,
  type StatusChange,
} from './compareMaps';
export {
  compareEmotions,
  mergedStepOrder,
  type EmotionComparison,
  type EmotionStep,
} from './compareEmotions';
export { makeFutureState } from './futureState';
