/**
 * The fields of every card kind as data (key, label, input, options, limits, hint), in the
 * order the inspector shows them. Each kind lists only its own fields; COMMON_FIELDS are the
 * ones every card has. Limits are the schema's (domain/schema.ts), so a field never offers
 * what a save would refuse.
 */
import { LIMITS } from '../schema';
import {
  CARD_KIND_LABELS,
  CARD_KINDS,
  CHANNEL_LABELS,
  CHANNELS,
  EMOTION_LABELS,
  EMOTION_SCORES,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_STATUSES,
  SEVERITIES,
  type CardKind,
} from '../vocabulary';
import { SEVERITY_LABELS } from './marks';
import type { FieldOption, FieldSpec } from './types';

const NOT_SET: FieldOption = { value: null, label: 'Not set' };

/** Every card kind, for the inspector's "Kind" select. */
export const KIND_OPTIONS: readonly FieldOption[] = CARD_KINDS.map((kind) => ({
  value: kind,
  label: CARD_KIND_LABELS[kind],
}));
/** Every touchpoint channel. */
export const CHANNEL_OPTIONS: readonly FieldOption[] = CHANNELS.map((channel) => ({
  value: channel,
  label: CHANNEL_LABELS[channel],
}));
/** "Not set", then −2 … +2 with their words. */
export const SCORE_OPTIONS: readonly FieldOption[] = [
  NOT_SET,
  ...EMOTION_SCORES.map((score) => ({
    value: score,
    label: `${score > 0 ? '+' : ''}${score} ${EMOTION_LABELS[score]}`,
  })),
];
/** "Not set", low, medium, high. */
export const SEVERITY_OPTIONS: readonly FieldOption[] = [
  NOT_SET,
  ...SEVERITIES.map((severity) => ({ value: severity, label: SEVERITY_LABELS[severity] })),
];
/** Every recommendation status with its label. */
export const STATUS_OPTIONS: readonly FieldOption[] = RECOMMENDATION_STATUSES.map((status) => ({
  value: status,
  label: RECOMMENDATION_STATUS_LABELS[status],
}));
/** Whether a card rests on research. */
export const BASIS_OPTIONS: readonly FieldOption[] = [
  { value: null, label: 'Not said' },
  { value: 'evidenced', label: 'Evidenced (from research)' },
  { value: 'assumed', label: 'Assumed (to be checked)' },
];
/** Which way a metric is better. */
export const DIRECTION_OPTIONS: readonly FieldOption[] = [
  { value: 'higher-is-better', label: 'Higher is better' },
  { value: 'lower-is-better', label: 'Lower is better' },
];

const MARKS = 'Marks';

/** The fields every card has, whatever its kind: kind, title and description first, marks last. */
export const COMMON_FIELDS: readonly FieldSpec[] = [
  {
    key: 'kind',
    label: 'Kind',
    input: 'select',
    options: KIND_OPTIONS,
    hint: 'Changing the kind keeps the title, description and marks.',
  },
  { key: 'title', label: 'Title', input: 'text', maxLength: LIMITS.shortText },
  { key: 'description', label: 'Description', input: 'textarea', maxLength: LIMITS.longText },
  { key: 'basis', label: 'Basis', input: 'select', options: BASIS_OPTIONS, section: MARKS },
  {
    key: 'momentOfTruth',
    label: 'Moment of truth',
    input: 'moment-of-truth',
    detailLabel: 'Why it is a moment of truth',
    maxLength: LIMITS.longText,
    section: MARKS,
  },
  { key: 'rating', label: 'Rating', input: 'rating', section: MARKS },
  { key: 'tags', label: 'Tags', input: 'tags', section: MARKS },
];

const bound = LIMITS.coordinate;
const count = (key: string, label: string, row: string, nullable: boolean): FieldSpec => ({
  key,
  label,
  input: 'number',
  min: 0,
  max: 1_000_000,
  integer: true,
  nullable,
  row,
  section: 'Comments counted',
});

/** Each kind's own fields, in inspector order (most kinds have none). */
export const KIND_FIELDS: { readonly [K in CardKind]: readonly FieldSpec[] } = {
  touchpoint: [{ key: 'channel', label: 'Channel', input: 'select', options: CHANNEL_OPTIONS }],
  action: [],
  thought: [],
  emotion: [{ key: 'score', label: 'Emotion', input: 'select', options: SCORE_OPTIONS }],
  'pain-point': [
    { key: 'severity', label: 'Severity', input: 'select', options: SEVERITY_OPTIONS },
  ],
  'love-point': [],
  need: [],
  idea: [],
  team: [],
  system: [],
  metric: [
    ...(['value', 'target'] as const).map((key): FieldSpec => ({
      key,
      label: key === 'value' ? 'Value' : 'Target',
      input: 'number',
      min: -bound,
      max: bound,
      nullable: true,
      row: 'value',
      section: 'Measure',
    })),
    {
      key: 'unit',
      label: 'Unit',
      input: 'text',
      maxLength: LIMITS.shortText,
      placeholder: '%, days, score out of 10',
      hint: 'One unit for both the value and the target.',
      section: 'Measure',
    },
    {
      key: 'direction',
      label: 'Better when',
      input: 'select',
      options: DIRECTION_OPTIONS,
      section: 'Measure',
    },
    {
      key: 'sampleSize',
      label: 'Sample size',
      input: 'number',
      min: 0,
      max: 100_000_000,
      integer: true,
      nullable: true,
      row: 'sample',
      section: 'Measure',
    },
    { key: 'date', label: 'Measured on', input: 'date', row: 'sample', section: 'Measure' },
  ],
  evidence: [
    count('tallies.positive', 'Positive', 'tallies', false),
    count('tallies.neutral', 'Neutral', 'tallies', false),
    count('tallies.negative', 'Problems', 'tallies', false),
    count('participants.count', 'Participants who said it', 'participants', true),
    count('participants.of', 'Participants asked', 'participants', true),
    {
      key: 'quotes',
      label: 'Quote',
      input: 'quotes',
      detailLabel: 'Participant',
      placeholder: 'P07',
      maxLength: LIMITS.longText,
      section: 'Quotes',
    },
    {
      key: 'source',
      label: 'Source',
      input: 'text',
      maxLength: LIMITS.shortText,
      placeholder: 'Customer interviews, Q2',
      section: 'Source',
    },
    { key: 'sourceUrl', label: 'Source link', input: 'url', section: 'Source' },
    {
      key: 'researchId',
      label: 'Research',
      input: 'research',
      hint: 'The research record this finding came from; set in the research panel.',
      inInspector: false,
    },
  ],
  recommendation: [
    {
      key: 'why',
      label: 'Why',
      input: 'textarea',
      maxLength: LIMITS.longText,
      section: 'Recommendation',
    },
    {
      key: 'answers',
      label: 'Answers',
      input: 'card',
      targets: ['pain-point', 'evidence', 'need'],
      blankLabel: 'The step itself',
      section: 'Recommendation',
    },
    {
      key: 'number',
      label: 'Number',
      input: 'text',
      maxLength: 20,
      placeholder: '1, 2, 2a…',
      section: 'Recommendation',
    },
    {
      key: 'theme',
      label: 'Theme',
      input: 'text',
      maxLength: LIMITS.shortText,
      section: 'Recommendation',
    },
    {
      key: 'owner',
      label: 'Owner',
      input: 'text',
      maxLength: LIMITS.shortText,
      section: 'Recommendation',
    },
    {
      key: 'status',
      label: 'Status',
      input: 'select',
      options: STATUS_OPTIONS,
      section: 'Recommendation',
    },
    ...(
      [
        ['targetDate', 'Target date'],
        ['revisedDate', 'Revised date'],
        ['completedDate', 'Completed'],
      ] as const
    ).map(([key, label]): FieldSpec => ({
      key,
      label,
      input: 'plan-date',
      row: 'dates',
      ...(key === 'targetDate' && {
        hint: 'Each date: a day, or a month, quarter, season or year ("Mar 2025", "Spring 2023"), or words.',
      }),
      section: 'Recommendation',
    })),
    {
      key: 'response',
      label: 'Response',
      input: 'response',
      hint: 'Accepted, partly accepted, not accepted or pending, with its text; set in the action plan.',
      inInspector: false,
      section: 'Recommendation',
    },
    {
      key: 'onMap',
      label: 'On the map',
      input: 'select',
      options: [
        { value: true, label: 'On the map, in its step' },
        { value: false, label: 'In the action plan only' },
      ],
      hint: 'Off: a plan that is not about one journey step, kept in the action plan only.',
      inInspector: false,
      section: 'Recommendation',
    },
    {
      key: 'actions',
      label: 'Actions',
      input: 'actions',
      hint: 'Each with its owner, dates, status and progress log; set in the action plan.',
      inInspector: false,
      section: 'Recommendation',
    },
    {
      key: 'progress',
      label: 'Progress updates',
      input: 'progress',
      maxLength: LIMITS.longText,
      hint: 'Adding an update also sets the recommendation’s status.',
      section: 'Progress updates',
    },
  ],
  note: [],
};

/**
 * The fields the card inspector shows for `kind`, in order: kind, title and description, the
 * kind's own fields (those set elsewhere left out), then the marks.
 */
export function inspectorFields(kind: CardKind): readonly FieldSpec[] {
  return [
    ...COMMON_FIELDS.filter((field) => field.section === undefined),
    ...KIND_FIELDS[kind].filter((field) => field.inInspector !== false),
    ...COMMON_FIELDS.filter((field) => field.section !== undefined),
  ];
}
