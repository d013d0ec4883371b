/**
 * The journey map model. These zod schemas are the single source of truth: every TypeScript
 * type of the model is inferred from them, and every map that enters the app (a stored row,
 * an imported file) is validated by `journeyMapSchema` before it is used.
 *
 * Defaults fill fields that older files or hand-made files leave out, so a parse is also the
 * "restore" step of loading (see persistence/format.ts).
 *
 * The schemas live in parts, re-exported here so that every import keeps working:
 * schemaBase (limits, ids, text, dates), schemaCards, schemaGrid (phases, steps, lanes,
 * links), schemaPeople (personas, research), schemaAnnotations (comments, votes) and
 * schemaReview (ratings, judgement, survey scores) and schemaMap (the whole map and its
 * cross-references).
 */
// First: zod's settings must be in place before any schema is built.
import './zodConfig';
export {
  COLLECTION_LIMITS,
  emotionScoreSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  LIMITS,
  momentOfTruthSchema,
  safeUrlSchema,
  type MomentOfTruth,
} from './schemaBase';
export * from './schemaCards';
export * from './schemaGrid';
export * from './schemaPeople';
export * from './schemaAnnotations';
export * from './schemaMap';
export * from './schemaReview';
