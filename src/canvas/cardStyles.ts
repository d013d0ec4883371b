/**
 * The look of each card kind, in ONE table: colour, icon glyph, label, shape and what the
 * legend says about it. Cards, the palette, the legend and the lane headers all read from here.
 *
 * Icons are plain Unicode glyphs found in common system fonts (DejaVu, Segoe UI Symbol), so
 * cards need no icon font and no extra DOM; every icon is paired with a text label.
 */
import type { EmotionScore } from '../domain/vocabulary';
import {
  CARD_KIND_LABELS,
  CHANNEL_LABELS,
  EMOTION_LABELS,
  LANE_DEFAULT_CARD_KIND,
  RECOMMENDATION_STATUS_LABELS,
  type CardKind,
  type Channel,
  type LaneKind,
  type RecommendationStatus,
} from '../domain/vocabulary';

export type CardShape = 'card' | 'bubble' | 'tag' | 'sticky' | 'note';

export interface CardStyle {
  label: string;
  /** Accent colour: border, icon and kind label. Meets 4.5:1 on white. */
  color: string;
  /** Card background tint. */
  background: string;
  icon: string;
  shape: CardShape;
  /** One sentence for the legend. */
  meaning: string;
}

export const CARD_STYLES: Record<CardKind, CardStyle> = {
  touchpoint: {
    label: CARD_KIND_LABELS.touchpoint,
    color: '#175cd3',
    background: '#eff8ff',
    icon: '◉',
    shape: 'card',
    meaning: 'Where the customer meets the service, with its channel.',
  },
  action: {
    label: CARD_KIND_LABELS.action,
    color: '#107569',
    background: '#f0fdf9',
    icon: '▶',
    shape: 'card',
    meaning: 'What the customer does at this step.',
  },
  thought: {
    label: CARD_KIND_LABELS.thought,
    color: '#6938ef',
    background: '#f4f3ff',
    icon: '☁',
    shape: 'bubble',
    meaning: 'What the customer thinks or says.',
  },
  emotion: {
    label: CARD_KIND_LABELS.emotion,
    color: '#c11574',
    background: '#fdf2fa',
    icon: '☺',
    shape: 'bubble',
    meaning: 'How the customer feels, from very negative to very positive.',
  },
  'pain-point': {
    label: CARD_KIND_LABELS['pain-point'],
    color: '#b42318',
    background: '#fef3f2',
    icon: '⚠',
    shape: 'tag',
    meaning: 'A problem for the customer, numbered in journey order.',
  },
  'love-point': {
    label: CARD_KIND_LABELS['love-point'],
    color: '#067647',
    background: '#ecfdf3',
    icon: '♥',
    shape: 'tag',
    meaning: 'Something the customer values or enjoys.',
  },
  need: {
    label: CARD_KIND_LABELS.need,
    color: '#93370d',
    background: '#fffaeb',
    icon: '◆',
    shape: 'card',
    meaning: 'What the customer needs or wants here.',
  },
  idea: {
    label: CARD_KIND_LABELS.idea,
    color: '#854a0e',
    background: '#fef7c3',
    icon: '✦',
    shape: 'sticky',
    meaning: 'An opportunity or an idea for improvement.',
  },
  team: {
    label: CARD_KIND_LABELS.team,
    color: '#3538cd',
    background: '#eef4ff',
    icon: '⚇',
    shape: 'card',
    meaning: 'A team or group behind the scenes (backstage).',
  },
  system: {
    label: CARD_KIND_LABELS.system,
    color: '#475467',
    background: '#f2f4f7',
    icon: '⚙',
    shape: 'card',
    meaning: 'A system, tool, form or letter used here.',
  },
  metric: {
    label: CARD_KIND_LABELS.metric,
    color: '#026aa2',
    background: '#f0f9ff',
    icon: '◔',
    shape: 'card',
    meaning: 'A measure with its value and target.',
  },
  evidence: {
    label: CARD_KIND_LABELS.evidence,
    color: '#b93815',
    background: '#fff6ed',
    icon: '❝',
    shape: 'card',
    meaning: 'A research finding: tallies of positive, neutral and negative comments, quotes.',
  },
  recommendation: {
    label: CARD_KIND_LABELS.recommendation,
    color: '#1d2939',
    background: '#ffffff',
    icon: '☑',
    shape: 'card',
    meaning: 'An improvement to make, coloured by its status.',
  },
  note: {
    label: CARD_KIND_LABELS.note,
    color: '#475467',
    background: '#fcfcfd',
    icon: '✎',
    shape: 'note',
    meaning: 'A free note.',
  },
};

/** The moment of truth marker, on cards and on step headers. */
export const MOMENT_OF_TRUTH = {
  label: 'Moment of truth',
  icon: '★',
  color: '#b54708',
  meaning: 'Where the customer decides whether they are satisfied.',
} as const;

export const CHANNEL_ICONS: Record<Channel, string> = {
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

export function channelText(channel: Channel): string {
  return `${CHANNEL_ICONS[channel]} ${CHANNEL_LABELS[channel]}`;
}

export const RECOMMENDATION_STATUS_COLORS: Record<RecommendationStatus, string> = {
  'not-started': '#667085',
  'on-track': '#079455',
  'at-risk': '#dc6803',
  'off-track': '#d92d20',
  'on-hold': '#6938ef',
  complete: '#175cd3',
};

export function recommendationStatusText(status: RecommendationStatus): string {
  return RECOMMENDATION_STATUS_LABELS[status];
}

export const EMOTION_COLORS: Record<EmotionScore, string> = {
  [-2]: '#d92d20',
  [-1]: '#dc6803',
  0: '#667085',
  1: '#4ca30d',
  2: '#079455',
};

export function emotionText(score: number | null): string {
  return score === null ? 'Not set' : (EMOTION_LABELS[score as EmotionScore] ?? 'Not set');
}

export const LANE_ICONS: Record<LaneKind, string> = {
  actions: CARD_STYLES.action.icon,
  touchpoints: CARD_STYLES.touchpoint.icon,
  thoughts: CARD_STYLES.thought.icon,
  emotions: '∿',
  'pain-points': CARD_STYLES['pain-point'].icon,
  'love-points': CARD_STYLES['love-point'].icon,
  needs: CARD_STYLES.need.icon,
  opportunities: CARD_STYLES.idea.icon,
  teams: CARD_STYLES.team.icon,
  systems: CARD_STYLES.system.icon,
  metrics: CARD_STYLES.metric.icon,
  evidence: CARD_STYLES.evidence.icon,
  recommendations: CARD_STYLES.recommendation.icon,
  custom: '☰',
};

/** The accent colour of a lane header: its default card kind's colour. */
export function laneColor(kind: LaneKind): string {
  return kind === 'custom' ? '#475467' : CARD_STYLES[LANE_DEFAULT_CARD_KIND[kind]].color;
}
