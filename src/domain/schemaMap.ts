/**
 * A whole journey map: its details, settings and parts, and the check that every id is
 * unique and every reference points at something that exists. Part of schema.ts.
 */
import { z } from 'zod';
import { lazySchema } from './lazySchema';
import { MAP_STATUSES } from './vocabulary';
import {
  COLLECTION_LIMITS,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  LIMITS,
  list,
  longText,
  shortText,
} from './schemaBase';
import { cardSchema, planDateSchema } from './schemaCards';
import { DEFAULT_RATING_SCALE, judgementSchema, surveyScoreSchema } from './schemaReview';
import { personaSchema, researchSchema } from './schemaPeople';
import { commentSchema, voteRoundSchema } from './schemaAnnotations';
import { laneSchema, linkSchema, phaseSchema } from './schemaGrid';
import {
  DEFAULT_REPORT_SETTINGS,
  MAP_SPLITS,
  ORIENTATIONS,
  PAGE_SIZES,
  REPORT_PRESETS,
  REPORT_SECTIONS,
} from './reportSettings';

/** What the map shows on screen and in exports. */
export const mapSettingsSchema = lazySchema(() =>
  z.object({
    showPersonas: z.boolean().default(true),
    showLineOfVisibility: z.boolean().default(true),
    showLegend: z.boolean().default(true),
    showEmotionCurve: z.boolean().default(true),
    showAnnotationsInExport: z.boolean().default(true),
  }),
);
/** A map's settings (see mapSettingsSchema). */
export type MapSettings = z.infer<typeof mapSettingsSchema>;

/**
 * How the map's report is made (src/domain/reportSettings.ts): sections in order, page size,
 * "as at" date. Added without a format version bump: a file without it gets the defaults.
 */
export const reportSettingsSchema = lazySchema(() =>
  z.object({
    preset: z.enum(REPORT_PRESETS).default(DEFAULT_REPORT_SETTINGS.preset),
    sections: z
      .array(z.enum(REPORT_SECTIONS))
      .max(REPORT_SECTIONS.length)
      .refine((ids) => new Set(ids).size === ids.length, 'a section is listed twice')
      .default([...DEFAULT_REPORT_SETTINGS.sections]),
    pageSize: z.enum(PAGE_SIZES).default(DEFAULT_REPORT_SETTINGS.pageSize),
    orientation: z.enum(ORIENTATIONS).default(DEFAULT_REPORT_SETTINGS.orientation),
    asAt: isoDateSchema.nullable().default(null),
    compareWith: isoDateSchema.nullable().default(null),
    groupBy: z.enum(['theme', 'phase']).default(DEFAULT_REPORT_SETTINGS.groupBy),
    mapSplit: z.enum(MAP_SPLITS).default(DEFAULT_REPORT_SETTINGS.mapSplit),
    openCommentsOnly: z.boolean().default(DEFAULT_REPORT_SETTINGS.openCommentsOnly),
  }),
);

/**
 * A theme of the action plan (format 3): its name (what recommendations carry in `theme`) and a
 * description. The map's list of themes is in the user's order, which every grouping and
 * summary follows; themes in use but not listed come after it, alphabetically.
 */
export const planThemeSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: shortText,
    description: longText.default(''),
  }),
);
/** A theme of the action plan (see planThemeSchema). */
export type PlanTheme = z.infer<typeof planThemeSchema>;

/** The map's fields one by one, before the cross-references are checked (journeyMapSchema). */
export const journeyMapFieldsSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    title: shortText,
    description: longText.default(''),
    service: shortText.default(''),
    journeyType: shortText.default(''),
    owner: shortText.default(''),
    status: z.enum(MAP_STATUSES).default('draft'),
    tags: z.array(shortText).max(100).default([]),
    startDate: isoDateSchema.nullable().default(null),
    endDate: isoDateSchema.nullable().default(null),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
    settings: mapSettingsSchema.default({
      showPersonas: true,
      showLineOfVisibility: true,
      showLegend: true,
      showEmotionCurve: true,
      showAnnotationsInExport: true,
    }),
    personas: z.array(personaSchema).max(COLLECTION_LIMITS.personas).default([]),
    research: z.array(researchSchema).max(COLLECTION_LIMITS.research).default([]),
    phases: z.array(phaseSchema).max(COLLECTION_LIMITS.phases),
    lanes: z.array(laneSchema).max(COLLECTION_LIMITS.lanes),
    cards: z.array(cardSchema).max(COLLECTION_LIMITS.cards).default([]),
    links: list(linkSchema).default([]),
    comments: list(commentSchema).default([]),
    voteRounds: z.array(voteRoundSchema).max(COLLECTION_LIMITS.voteRounds).default([]),
    themes: z.array(planThemeSchema).max(COLLECTION_LIMITS.themes).default([]),
    /** When the review looks at this service again (format 3): a plan date (planDates.ts). */
    reviewDate: planDateSchema.nullable().default(null),
    judgement: judgementSchema.default({
      overall: '',
      scale: [...DEFAULT_RATING_SCALE],
      criteria: [],
    }),
    surveyScores: z.array(surveyScoreSchema).max(COLLECTION_LIMITS.themes).default([]),
    report: reportSettingsSchema.default({
      ...DEFAULT_REPORT_SETTINGS,
      sections: [...DEFAULT_REPORT_SETTINGS.sections],
    }),
    /** A future-state map: the id of the current-state map it was made from; null otherwise. */
    currentStateMapId: idSchema.nullable().default(null),
  }),
);

/**
 * A whole journey map, with its cross-references checked: ids are unique, and every card,
 * link, comment and vote points at something that exists.
 */
export const journeyMapSchema = lazySchema(() =>
  journeyMapFieldsSchema.superRefine((map, ctx) => {
    const seen = new Map<string, string>();
    const claim = (id: string, path: (string | number)[]) => {
      const where = seen.get(id);
      if (where !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `duplicate id "${id}" (also used at ${where})`,
        });
      } else {
        seen.set(id, formatPath(path));
      }
    };
    const stepIds = new Set<string>();
    map.phases.forEach((phase, p) => {
      claim(phase.id, ['phases', p, 'id']);
      phase.steps.forEach((step, s) => {
        claim(step.id, ['phases', p, 'steps', s, 'id']);
        stepIds.add(step.id);
      });
    });
    const laneIds = new Set(map.lanes.map((lane) => lane.id));
    map.lanes.forEach((lane, l) => claim(lane.id, ['lanes', l, 'id']));
    const cardIds = new Set<string>();
    map.cards.forEach((card, c) => {
      claim(card.id, ['cards', c, 'id']);
      cardIds.add(card.id);
      if (!laneIds.has(card.laneId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cards', c, 'laneId'],
          message: `no lane has the id "${card.laneId}"`,
        });
      }
      if (!stepIds.has(card.stepId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cards', c, 'stepId'],
          message: `no step has the id "${card.stepId}"`,
        });
      }
    });
    map.cards.forEach((card, c) => {
      if (card.kind === 'recommendation' && card.answers !== null && !cardIds.has(card.answers)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cards', c, 'answers'],
          message: `no card has the id "${card.answers}"`,
        });
      }
    });
    map.themes.forEach((theme, i) => claim(theme.id, ['themes', i, 'id']));
    map.judgement.criteria.forEach((c, i) => claim(c.id, ['judgement', 'criteria', i, 'id']));
    map.surveyScores.forEach((score, i) => claim(score.id, ['surveyScores', i, 'id']));
    map.personas.forEach((persona, i) => claim(persona.id, ['personas', i, 'id']));
    map.research.forEach((research, i) => claim(research.id, ['research', i, 'id']));
    map.cards.forEach((card, c) => {
      if (card.kind === 'evidence')
        card.quotes.forEach((q, i) => claim(q.id, ['cards', c, 'quotes', i, 'id']));
      if (card.kind === 'recommendation') {
        card.progress.forEach((u, i) => claim(u.id, ['cards', c, 'progress', i, 'id']));
        card.actions.forEach((action, a) => {
          claim(action.id, ['cards', c, 'actions', a, 'id']);
          action.progress.forEach((u, i) =>
            claim(u.id, ['cards', c, 'actions', a, 'progress', i, 'id']),
          );
        });
      }
    });
    const stepCount = map.phases.reduce((sum, phase) => sum + phase.steps.length, 0);
    if (stepCount > LIMITS.steps) {
      ctx.addIssue({
        code: 'custom',
        path: ['phases'],
        message: `too many steps (${stepCount}; at most ${LIMITS.steps})`,
      });
    }
    map.links.forEach((link, i) => {
      claim(link.id, ['links', i, 'id']);
      if (link.from === link.to) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', i, 'to'],
          message: 'a link cannot go from a card to itself',
        });
      }
      for (const end of ['from', 'to'] as const) {
        if (!cardIds.has(link[end])) {
          ctx.addIssue({
            code: 'custom',
            path: ['links', i, end],
            message: `the link points at a card that does not exist ("${link[end]}")`,
          });
        }
      }
    });
    const commentIds = new Set(map.comments.map((comment) => comment.id));
    map.comments.forEach((comment, i) => {
      claim(comment.id, ['comments', i, 'id']);
      const targets = comment.target.kind === 'card' ? cardIds : stepIds;
      if (!targets.has(comment.target.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['comments', i, 'target', 'id'],
          message: `the comment is on a ${comment.target.kind} that does not exist ("${comment.target.id}")`,
        });
      }
      if (comment.parentId !== null && !commentIds.has(comment.parentId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['comments', i, 'parentId'],
          message: `the comment replies to a comment that does not exist ("${comment.parentId}")`,
        });
      }
    });
    // Replies must lead back to a first comment: a cycle (A replies to B replies to A) is refused.
    const parentOf = new Map(map.comments.map((comment) => [comment.id, comment.parentId]));
    map.comments.forEach((comment, i) => {
      const visited = new Set<string>([comment.id]);
      for (
        let parent = comment.parentId;
        parent !== null && parent !== undefined;
        parent = parentOf.get(parent) ?? null
      ) {
        if (visited.has(parent)) {
          ctx.addIssue({
            code: 'custom',
            path: ['comments', i, 'parentId'],
            message: 'the replies of this comment go round in a circle',
          });
          break;
        }
        visited.add(parent);
      }
    });
    map.voteRounds.forEach((round, r) => {
      claim(round.id, ['voteRounds', r, 'id']);
      round.votes.forEach((vote, v) => {
        claim(vote.id, ['voteRounds', r, 'votes', v, 'id']);
        if (!cardIds.has(vote.cardId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['voteRounds', r, 'votes', v, 'cardId'],
            message: `the vote is for a card that does not exist ("${vote.cardId}")`,
          });
        }
      });
    });
  }),
);
/** A whole journey map, as validated (see journeyMapSchema). */
export type JourneyMap = z.infer<typeof journeyMapSchema>;
/** What a hand-written or older file may leave out: fields with defaults are optional here. */
export type JourneyMapInput = z.input<typeof journeyMapSchema>;

/** `['phases', 2, 'steps', 0, 'title']` → `phases[2].steps[0].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(the whole map)' : out;
}
