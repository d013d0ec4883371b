/**
 * The journey map model. These zod schemas are the single source of truth: every TypeScript
 * type of the model is inferred from them, and every map that enters the app (a stored row,
 * an imported file) is validated by `journeyMapSchema` before it is used.
 *
 * Defaults fill fields that older files or hand-made files leave out, so a parse is also the
 * "restore" step of loading (see persistence/format.ts).
 */
// First: zod's settings must be in place before any schema below is built.
import './zodConfig';
import { z } from 'zod';
import {
  CARD_KINDS,
  CHANNELS,
  EVIDENCE_BASES,
  EXPERIENCE_SIDES,
  LANE_KINDS,
  LINK_KINDS,
  MAP_STATUSES,
  RECOMMENDATION_STATUSES,
  RESEARCH_METHODS,
  SEVERITIES,
} from './vocabulary';
import {
  DEFAULT_REPORT_SETTINGS,
  MAP_SPLITS,
  ORIENTATIONS,
  PAGE_SIZES,
  REPORT_PRESETS,
  REPORT_SECTIONS,
} from './reportSettings';

/** Limits that keep a hostile or broken file from exhausting memory or the canvas. */
export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  listItems: 10_000,
  cards: 50_000,
  steps: 2_000,
  coordinate: 1_000_000,
  pictureBytes: 3_000_000,
} as const;

/**
 * How many records each list of a map holds at most: the schema's maxima, in one place so the
 * repair of merged maps (repair.ts) keeps to the same numbers.
 */
export const COLLECTION_LIMITS = {
  phases: 1_000,
  stepsPerPhase: 500,
  lanes: 200,
  cards: LIMITS.cards,
  links: LIMITS.listItems,
  comments: LIMITS.listItems,
  personas: 100,
  research: 1_000,
  voteRounds: 1_000,
  votesPerRound: 100_000,
  quotesPerCard: 1_000,
  progressPerCard: 1_000,
} as const;

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'expected an id made of letters, digits, - or _');

const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);
const finite = z.number().min(-LIMITS.coordinate).max(LIMITS.coordinate);

/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();
/** A moment in time, ISO 8601 with offset. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Only web and mail links are kept: `javascript:` and `data:` links never reach an href. */
export const safeUrlSchema = z
  .string()
  .max(2_000)
  .refine((value) => {
    try {
      return ['http:', 'https:', 'mailto:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'expected a link starting with http://, https:// or mailto:');

export const emotionScoreSchema = z.number().int().min(-2).max(2);

export const momentOfTruthSchema = z.object({
  reason: longText.default(''),
});
export type MomentOfTruth = z.infer<typeof momentOfTruthSchema>;

// ─── Cards ───────────────────────────────────────────────────────────────────────────────

const cardBase = {
  id: idSchema,
  laneId: idSchema,
  stepId: idSchema,
  /** Position inside its cell: cards in a cell are drawn in ascending order. */
  order: finite,
  title: shortText,
  description: longText.default(''),
  /** Whether the card rests on research or is the team's assumption; null when not said. */
  basis: z.enum(EVIDENCE_BASES).nullable().default(null),
  momentOfTruth: momentOfTruthSchema.nullable().default(null),
  tags: z.array(shortText).max(100).default([]),
};

export const quoteSchema = z.object({
  id: idSchema,
  text: longText,
  /** An anonymous participant id such as "P07". */
  participant: shortText.default(''),
});
export type Quote = z.infer<typeof quoteSchema>;

export const talliesSchema = z.object({
  positive: z.number().int().min(0).max(1_000_000).default(0),
  neutral: z.number().int().min(0).max(1_000_000).default(0),
  negative: z.number().int().min(0).max(1_000_000).default(0),
});
export type Tallies = z.infer<typeof talliesSchema>;

export const progressUpdateSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  text: longText,
  status: z.enum(RECOMMENDATION_STATUSES),
});
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

const plainCard = <K extends (typeof CARD_KINDS)[number]>(kind: K) =>
  z.object({ ...cardBase, kind: z.literal(kind) });

export const touchpointCardSchema = z.object({
  ...cardBase,
  kind: z.literal('touchpoint'),
  channel: z.enum(CHANNELS).default('other'),
});

export const emotionCardSchema = z.object({
  ...cardBase,
  kind: z.literal('emotion'),
  score: emotionScoreSchema.nullable().default(null),
});

export const painPointCardSchema = z.object({
  ...cardBase,
  kind: z.literal('pain-point'),
  severity: z.enum(SEVERITIES).nullable().default(null),
});

export const metricCardSchema = z.object({
  ...cardBase,
  kind: z.literal('metric'),
  value: finite.nullable().default(null),
  target: finite.nullable().default(null),
  unit: shortText.default(''),
  sampleSize: z.number().int().min(0).max(100_000_000).nullable().default(null),
  date: isoDateSchema.nullable().default(null),
  /** Whether a higher value is better (satisfaction) or a lower one (days to answer). */
  direction: z.enum(['higher-is-better', 'lower-is-better']).default('higher-is-better'),
});

export const evidenceCardSchema = z.object({
  ...cardBase,
  kind: z.literal('evidence'),
  tallies: talliesSchema.default({ positive: 0, neutral: 0, negative: 0 }),
  /** "n of N participants": how many said this, out of how many asked. */
  participants: z
    .object({
      count: z.number().int().min(0).max(1_000_000).nullable().default(null),
      of: z.number().int().min(0).max(1_000_000).nullable().default(null),
    })
    .default({ count: null, of: null }),
  quotes: z.array(quoteSchema).max(COLLECTION_LIMITS.quotesPerCard).default([]),
  source: shortText.default(''),
  sourceUrl: safeUrlSchema.nullable().default(null),
  researchId: idSchema.nullable().default(null),
});

export const recommendationCardSchema = z.object({
  ...cardBase,
  kind: z.literal('recommendation'),
  why: longText.default(''),
  theme: shortText.default(''),
  owner: shortText.default(''),
  targetDate: isoDateSchema.nullable().default(null),
  revisedDate: isoDateSchema.nullable().default(null),
  completedDate: isoDateSchema.nullable().default(null),
  status: z.enum(RECOMMENDATION_STATUSES).default('not-started'),
  progress: z.array(progressUpdateSchema).max(COLLECTION_LIMITS.progressPerCard).default([]),
  /** The card this answers (a pain point or a finding); null when it answers the step. */
  answers: idSchema.nullable().default(null),
});

export const cardSchema = z.discriminatedUnion('kind', [
  touchpointCardSchema,
  plainCard('action'),
  plainCard('thought'),
  emotionCardSchema,
  painPointCardSchema,
  plainCard('love-point'),
  plainCard('need'),
  plainCard('idea'),
  plainCard('team'),
  plainCard('system'),
  metricCardSchema,
  evidenceCardSchema,
  recommendationCardSchema,
  plainCard('note'),
]);
export type Card = z.infer<typeof cardSchema>;
export type CardOfKind<K extends Card['kind']> = Extract<Card, { kind: K }>;
export type TouchpointCard = CardOfKind<'touchpoint'>;
export type EmotionCard = CardOfKind<'emotion'>;
export type PainPointCard = CardOfKind<'pain-point'>;
export type MetricCard = CardOfKind<'metric'>;
export type EvidenceCard = CardOfKind<'evidence'>;
export type RecommendationCard = CardOfKind<'recommendation'>;

// ─── Grid ────────────────────────────────────────────────────────────────────────────────

export const stepSchema = z.object({
  id: idSchema,
  title: shortText,
  description: longText.default(''),
  /** −2 … +2, or null for a gap in the emotion curve. */
  emotionScore: emotionScoreSchema.nullable().default(null),
  /** "manual": set by hand; "evidence": derived from the step's evidence tallies. */
  emotionSource: z.enum(['manual', 'evidence']).default('manual'),
  momentOfTruth: momentOfTruthSchema.nullable().default(null),
  /** Column width in canvas pixels; null for the default. */
  width: z.number().min(80).max(4_000).nullable().default(null),
});
export type Step = z.infer<typeof stepSchema>;

export const phaseSchema = z.object({
  id: idSchema,
  name: shortText,
  description: longText.default(''),
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
  steps: z
    .array(stepSchema)
    .min(1, 'a phase needs at least one step')
    .max(COLLECTION_LIMITS.stepsPerPhase),
});
export type Phase = z.infer<typeof phaseSchema>;

export const laneSchema = z.object({
  id: idSchema,
  name: shortText,
  kind: z.enum(LANE_KINDS),
  note: longText.default(''),
  /** Customer-facing (frontstage) or internal (backstage), for the line of visibility. */
  side: z.enum(EXPERIENCE_SIDES).default('frontstage'),
  /** Minimum row height in canvas pixels; null for the default. Rows grow to fit cards. */
  height: z.number().min(40).max(4_000).nullable().default(null),
});
export type Lane = z.infer<typeof laneSchema>;

export const linkSchema = z.object({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  kind: z.enum(LINK_KINDS).default('flow'),
  label: shortText.default(''),
});
export type Link = z.infer<typeof linkSchema>;

// ─── People and research ─────────────────────────────────────────────────────────────────

export const pictureSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('image'),
    /** A raster image stored in the map itself (never SVG: it could carry script). */
    dataUrl: z
      .string()
      .max(LIMITS.pictureBytes)
      .regex(
        /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/,
        'expected a PNG, JPEG, WebP or GIF picture',
      ),
    alt: shortText.default(''),
  }),
  z.object({ kind: z.literal('avatar'), seed: shortText }),
]);
export type Picture = z.infer<typeof pictureSchema>;

export const personaSchema = z.object({
  id: idSchema,
  name: shortText,
  picture: pictureSchema.nullable().default(null),
  quote: longText.default(''),
  description: longText.default(''),
  demographics: z.array(shortText).max(200).default([]),
  behaviours: z.array(shortText).max(200).default([]),
  needsAndChallenges: z.array(shortText).max(200).default([]),
  goalsAndMotivations: z.array(shortText).max(200).default([]),
});
export type Persona = z.infer<typeof personaSchema>;

export const researchSchema = z.object({
  id: idSchema,
  method: z.enum(RESEARCH_METHODS),
  participants: z.number().int().min(0).max(10_000_000).nullable().default(null),
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
  conductedBy: shortText.default(''),
  notes: longText.default(''),
});
export type Research = z.infer<typeof researchSchema>;

// ─── Workshop annotations ────────────────────────────────────────────────────────────────

export const commentSchema = z.object({
  id: idSchema,
  target: z.object({ kind: z.enum(['card', 'step']), id: idSchema }),
  /** The comment this replies to; null for the first comment of a thread. */
  parentId: idSchema.nullable().default(null),
  author: shortText,
  text: longText,
  createdAt: isoDateTimeSchema,
  resolved: z.boolean().default(false),
});
export type Comment = z.infer<typeof commentSchema>;

export const voteSchema = z.object({
  id: idSchema,
  /** A participant's name, or "Anonymous 3" in an anonymous round. */
  participant: shortText,
  cardId: idSchema,
});
export type Vote = z.infer<typeof voteSchema>;

export const voteRoundSchema = z.object({
  id: idSchema,
  question: shortText,
  votesPerParticipant: z.number().int().min(1).max(100),
  cardKinds: z.array(z.enum(CARD_KINDS)).max(CARD_KINDS.length),
  anonymous: z.boolean().default(false),
  status: z.enum(['open', 'revealed']).default('open'),
  createdAt: isoDateTimeSchema,
  votes: z.array(voteSchema).max(COLLECTION_LIMITS.votesPerRound).default([]),
});
export type VoteRound = z.infer<typeof voteRoundSchema>;

// ─── The map ─────────────────────────────────────────────────────────────────────────────

export const mapSettingsSchema = z.object({
  showPersonas: z.boolean().default(true),
  showLineOfVisibility: z.boolean().default(true),
  showLegend: z.boolean().default(true),
  showEmotionCurve: z.boolean().default(true),
  showAnnotationsInExport: z.boolean().default(true),
});
export type MapSettings = z.infer<typeof mapSettingsSchema>;

/**
 * How the map's report is made (src/domain/reportSettings.ts): sections in order, page size,
 * "as at" date. Added without a format version bump: a file without it gets the defaults.
 */
export const reportSettingsSchema = z.object({
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
});

/** The map's fields one by one, before the cross-references are checked (journeyMapSchema). */
export const journeyMapFieldsSchema = z.object({
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
  report: reportSettingsSchema.default({
    ...DEFAULT_REPORT_SETTINGS,
    sections: [...DEFAULT_REPORT_SETTINGS.sections],
  }),
});

/**
 * A whole journey map, with its cross-references checked: ids are unique, and every card,
 * link, comment and vote points at something that exists.
 */
export const journeyMapSchema = journeyMapFieldsSchema.superRefine((map, ctx) => {
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
  map.personas.forEach((persona, i) => claim(persona.id, ['personas', i, 'id']));
  map.research.forEach((research, i) => claim(research.id, ['research', i, 'id']));
  map.cards.forEach((card, c) => {
    if (card.kind === 'evidence')
      card.quotes.forEach((q, i) => claim(q.id, ['cards', c, 'quotes', i, 'id']));
    if (card.kind === 'recommendation')
      card.progress.forEach((u, i) => claim(u.id, ['cards', c, 'progress', i, 'id']));
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
});
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
