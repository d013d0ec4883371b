/**
 * The fixed vocabularies of a journey map (DOMAIN.md). Each list is the single source for
 * its zod enum, its labels in the UI and its order in menus and legends.
 */

export const CARD_KINDS = [
  'touchpoint',
  'action',
  'thought',
  'emotion',
  'pain-point',
  'love-point',
  'need',
  'idea',
  'team',
  'system',
  'metric',
  'evidence',
  'recommendation',
  'note',
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const CARD_KIND_LABELS: Record<CardKind, string> = {
  touchpoint: 'Touchpoint',
  action: 'Action',
  thought: 'Thought',
  emotion: 'Emotion',
  'pain-point': 'Pain point',
  'love-point': 'Love point',
  need: 'Need',
  idea: 'Idea',
  team: 'Team',
  system: 'System',
  metric: 'Metric',
  evidence: 'Evidence',
  recommendation: 'Recommendation',
  note: 'Note',
};

export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'pain-points',
  'love-points',
  'needs',
  'opportunities',
  'teams',
  'systems',
  'metrics',
  'evidence',
  'recommendations',
  'custom',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const LANE_KIND_LABELS: Record<LaneKind, string> = {
  actions: 'Customer actions',
  touchpoints: 'Touchpoints',
  thoughts: 'Thoughts',
  emotions: 'Emotions',
  'pain-points': 'Pain points',
  'love-points': 'Love points',
  needs: 'Needs & wants',
  opportunities: 'Opportunities & ideas',
  teams: 'Teams & groups',
  systems: 'Systems & tools',
  metrics: 'Metrics',
  evidence: 'Evidence',
  recommendations: 'Recommendations',
  custom: 'Custom',
};

/** The card kind a lane creates by default; a custom lane takes any card (default note). */
export const LANE_DEFAULT_CARD_KIND: Record<LaneKind, CardKind> = {
  actions: 'action',
  touchpoints: 'touchpoint',
  thoughts: 'thought',
  emotions: 'emotion',
  'pain-points': 'pain-point',
  'love-points': 'love-point',
  needs: 'need',
  opportunities: 'idea',
  teams: 'team',
  systems: 'system',
  metrics: 'metric',
  evidence: 'evidence',
  recommendations: 'recommendation',
  custom: 'note',
};

/** Lanes that are backstage (employee experience) unless the user says otherwise. */
export const BACKSTAGE_LANE_KINDS: readonly LaneKind[] = ['teams', 'systems'];

export const CHANNELS = [
  'phone',
  'face-to-face',
  'letter',
  'email',
  'web',
  'app',
  'chat',
  'social',
  'sms',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Telephone',
  'face-to-face': 'Face to face',
  letter: 'Letter',
  email: 'Email',
  web: 'Website',
  app: 'App',
  chat: 'Live chat',
  social: 'Social media',
  sms: 'SMS',
  other: 'Other',
};

/** Emotion scores run from −2 (very negative) to +2 (very positive). */
export const EMOTION_SCORES = [-2, -1, 0, 1, 2] as const;
export type EmotionScore = (typeof EMOTION_SCORES)[number];
export const EMOTION_LABELS: Record<EmotionScore, string> = {
  [-2]: 'Very negative',
  [-1]: 'Negative',
  0: 'Neutral',
  1: 'Positive',
  2: 'Very positive',
};

export const RECOMMENDATION_STATUSES = [
  'not-started',
  'on-track',
  'at-risk',
  'off-track',
  'on-hold',
  'complete',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track (green)',
  'at-risk': 'At risk (amber)',
  'off-track': 'Off track (red)',
  'on-hold': 'On hold',
  complete: 'Complete',
};

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RESEARCH_METHODS = [
  'interviews',
  'survey',
  'focus-group',
  'observation',
  'analytics',
  'other',
] as const;
export type ResearchMethod = (typeof RESEARCH_METHODS)[number];

export const MAP_STATUSES = ['draft', 'in-review', 'final'] as const;
export type MapStatus = (typeof MAP_STATUSES)[number];

export const EVIDENCE_BASES = ['evidenced', 'assumed'] as const;
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];

export const LINK_KINDS = ['flow', 'cause'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const EXPERIENCE_SIDES = ['frontstage', 'backstage'] as const;
export type ExperienceSide = (typeof EXPERIENCE_SIDES)[number];
