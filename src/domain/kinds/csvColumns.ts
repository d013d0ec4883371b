/**
 * The CSV columns of each kind's own fields, as data: header, where the value sits in the
 * card, and how a cell is read. export/csvColumns.ts turns them into readers and writers and
 * adds the columns every card has (title, description, basis, moment of truth). The file's
 * column order is the kinds' order (vocabulary.ts), then each kind's list.
 */
import {
  CHANNEL_LABELS,
  CHANNELS,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_RESPONSE_LABELS,
  RECOMMENDATION_RESPONSES,
  RECOMMENDATION_STATUSES,
  SEVERITIES,
  type CardKind,
  type RecommendationStatus,
} from '../vocabulary';
import type { CsvColumnSpec } from './types';

/** Words of the seeds' action plans that mean a status (seed 004: green / amber / red). */
const TRAFFIC_LIGHTS: Readonly<Record<string, RecommendationStatus>> = {
  green: 'on-track',
  amber: 'at-risk',
  red: 'off-track',
  done: 'complete',
  completed: 'complete',
};

const text = (header: string, ...path: string[]): CsvColumnSpec => ({ header, path, type: 'text' });
const date = (header: string, ...path: string[]): CsvColumnSpec => ({ header, path, type: 'date' });
const planDate = (header: string, ...path: string[]): CsvColumnSpec => ({
  header,
  path,
  type: 'plan-date',
});
const number = (header: string, path: string[], blank: number | null = null): CsvColumnSpec => ({
  header,
  path,
  type: 'number',
  blank,
});

/** Each kind's own CSV columns (most kinds have none). */
export const KIND_CSV_COLUMNS: { readonly [K in CardKind]: readonly CsvColumnSpec[] } = {
  touchpoint: [
    {
      header: 'channel',
      path: ['channel'],
      type: 'choice',
      values: CHANNELS,
      labels: CHANNEL_LABELS,
      blank: 'other',
    },
  ],
  action: [],
  thought: [],
  emotion: [number('emotion score', ['score'])],
  'pain-point': [
    {
      header: 'severity',
      path: ['severity'],
      type: 'choice',
      values: SEVERITIES,
      labels: {},
      blank: null,
    },
  ],
  'love-point': [],
  need: [],
  idea: [],
  team: [],
  system: [],
  metric: [
    number('metric value', ['value']),
    number('metric target', ['target']),
    text('metric unit', 'unit'),
    number('sample size', ['sampleSize']),
    date('metric date', 'date'),
  ],
  evidence: [
    number('positive', ['tallies', 'positive'], 0),
    number('neutral', ['tallies', 'neutral'], 0),
    number('negative', ['tallies', 'negative'], 0),
    number('participants', ['participants', 'count']),
    number('participants of', ['participants', 'of']),
    text('source', 'source'),
    { header: 'source link', path: ['sourceUrl'], type: 'url' },
  ],
  recommendation: [
    text('number', 'number'),
    text('why', 'why'),
    text('theme', 'theme'),
    text('owner', 'owner'),
    planDate('target date', 'targetDate'),
    planDate('revised date', 'revisedDate'),
    planDate('completed date', 'completedDate'),
    {
      header: 'status',
      path: ['status'],
      type: 'choice',
      values: RECOMMENDATION_STATUSES,
      labels: RECOMMENDATION_STATUS_LABELS,
      blank: 'not-started',
      aliases: TRAFFIC_LIGHTS,
    },
    {
      header: 'response',
      path: ['response', 'answer'],
      type: 'choice',
      values: RECOMMENDATION_RESPONSES,
      labels: RECOMMENDATION_RESPONSE_LABELS,
      blank: null,
    },
    text('response text', 'response', 'text'),
    // The pain point or finding it answers, by id (blank: the step itself).
    { header: 'answers', path: ['answers'], type: 'ref' },
    // "no" for a recommendation kept in the action plan only (not on a journey step).
    { header: 'on the map', path: ['onMap'], type: 'flag', blank: true },
  ],
  note: [],
};
