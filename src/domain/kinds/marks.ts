/**
 * The colours and glyphs shared by several kinds and views, each defined once: recommendation
 * status (the seeds' green / amber / red), emotion scores, evidence tallies, the moment of
 * truth marker and touchpoint channels. The canvas, the legend, the action plan and the
 * PNG/SVG exports all read them from here.
 */
import {
  CHANNEL_LABELS,
  EMOTION_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  type Channel,
  type EmotionScore,
  type RecommendationStatus,
  type Severity,
} from '../vocabulary';

/** The two colours of a recommendation status. */
export interface StatusColours {
  /** Dots, card borders and bars: a graphic colour (3:1 on white, WCAG 2.2, 1.4.11). */
  colour: string;
  /** Text in the status colour, and the fill behind white status text: 4.5:1 on white. */
  ink: string;
}

/** Recommendation status colours (seed 004: green, amber, red, on hold, not started, complete). */
export const STATUS_COLOURS: { readonly [S in RecommendationStatus]: StatusColours } = {
  'not-started': { colour: '#667085', ink: '#4a5468' },
  'on-track': { colour: '#079455', ink: '#1a7f37' },
  'at-risk': { colour: '#dc6803', ink: '#9a6700' },
  'off-track': { colour: '#d92d20', ink: '#b42318' },
  'on-hold': { colour: '#6938ef', ink: '#5b4a9a' },
  complete: { colour: '#175cd3', ink: '#1f4e79' },
};

/** Emotion faces and dots from very negative (red) to very positive (green). */
export const EMOTION_COLOURS: { readonly [S in EmotionScore]: string } = {
  [-2]: '#d92d20',
  [-1]: '#dc6803',
  0: '#667085',
  1: '#4ca30d',
  2: '#079455',
};

/** The words of an emotion score, for CSS names and speech: `very-negative` … `very-positive`. */
export const EMOTION_NAMES: { readonly [S in EmotionScore]: string } = {
  [-2]: 'very-negative',
  [-1]: 'negative',
  0: 'neutral',
  1: 'positive',
  2: 'very-positive',
};

/** Evidence tallies: positive comments, neutral ones, and problems. */
export const TALLY_COLOURS = {
  positive: '#079455',
  neutral: '#98a2b3',
  negative: '#d92d20',
} as const;

/** The moment of truth marker, on cards and on step headers. */
export const MOMENT_OF_TRUTH = {
  label: 'Moment of truth',
  icon: '★',
  colour: '#b54708',
  meaning: 'Where the customer decides whether they are satisfied.',
} as const;

/** A glyph per touchpoint channel, shown beside its label. */
export const CHANNEL_ICONS: { readonly [C in Channel]: string } = {
  phone: '☎',
  'face-to-face': '☻',
  letter: '✉',
  email: '@',
  web: '⌂',
  app: '▣',
  chat: '❞',
  social: '#',
  sms: '▤',
  other: '•',
};

/** A channel with its glyph: "☎ Telephone". */
export function channelText(channel: Channel): string {
  return `${CHANNEL_ICONS[channel]} ${CHANNEL_LABELS[channel]}`;
}

/** A status in words: "On track (green)". */
export function recommendationStatusText(status: RecommendationStatus): string {
  return RECOMMENDATION_STATUS_LABELS[status];
}

/** An emotion score in words ("Very negative"), or "Not set" for null or a score off the scale. */
export function emotionText(score: number | null): string {
  return score === null ? 'Not set' : (EMOTION_LABELS[score as EmotionScore] ?? 'Not set');
}

/** Pain point severities in words. */
export const SEVERITY_LABELS: { readonly [S in Severity]: string } = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};
