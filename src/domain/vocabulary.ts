/**
 * The fixed vocabularies of a journey map (DOMAIN.md). Each list is the single source for
 * its zod enum, its labels in the UI and its order in menus and legends.
 */

/** Every kind of card, in the order of the palette, the legend and the kind menu. */
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
/** A kind of card. */
export type CardKind = (typeof CARD_KINDS)[number];

/** Each card kind in words, as the palette, the inspector and the legend say it. */
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

/** Every kind of lane, in the order menus list them. */
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
/** A kind of lane. */
export type LaneKind = (typeof LANE_KINDS)[number];

/** Each lane kind in words: the name a new lane of that kind gets. */
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

/** The channels a touchpoint can use, in menu order. */
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
/** A touchpoint's channel. */
export type Channel = (typeof CHANNELS)[number];

/** Each channel in words. */
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
/** An emotion score, −2 … +2. */
export type EmotionScore = (typeof EMOTION_SCORES)[number];
/** Each emotion score in words, "Very negative" … "Very positive". */
export const EMOTION_LABELS: Record<EmotionScore, string> = {
  [-2]: 'Very negative',
  [-1]: 'Negative',
  0: 'Neutral',
  1: 'Positive',
  2: 'Very positive',
};

/** A recommendation's statuses (not started, the three RAG ones, on hold, done), in menu order. */
export const RECOMMENDATION_STATUSES = [
  'not-started',
  'on-track',
  'at-risk',
  'off-track',
  'on-hold',
  'complete',
] as const;
/** A recommendation's status. */
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
/** Each status in words, with its RAG colour: "At risk (amber)". */
export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track (green)',
  'at-risk': 'At risk (amber)',
  'off-track': 'Off track (red)',
  'on-hold': 'On hold',
  complete: 'Complete',
};

/** The responses to a recommendation (seed 002), in menu order. */
export const RECOMMENDATION_RESPONSES = [
  'pending',
  'accepted',
  'partly-accepted',
  'not-accepted',
] as const;
/** A response to a recommendation. */
export type RecommendationResponseAnswer = (typeof RECOMMENDATION_RESPONSES)[number];
/** Each response in words. */
export const RECOMMENDATION_RESPONSE_LABELS: Record<RecommendationResponseAnswer, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  'not-accepted': 'Not accepted',
};

/** A pain point's severities, least first. */
export const SEVERITIES = ['low', 'medium', 'high'] as const;
/** A pain point's severity. */
export type Severity = (typeof SEVERITIES)[number];

/** How research was done, in menu order. */
export const RESEARCH_METHODS = [
  'interviews',
  'survey',
  'focus-group',
  'observation',
  'analytics',
  'other',
] as const;
/** A research method. */
export type ResearchMethod = (typeof RESEARCH_METHODS)[number];

/** Where a map is in its life: draft, in review, final. */
export const MAP_STATUSES = ['draft', 'in-review', 'final'] as const;
/** A map's status. */
export type MapStatus = (typeof MAP_STATUSES)[number];

/** What a card rests on: research (evidenced) or the team's assumption. */
export const EVIDENCE_BASES = ['evidenced', 'assumed'] as const;
/** A card's basis. */
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];

/** What a link between cards says: one leads to the other (flow), or causes it. */
export const LINK_KINDS = ['flow', 'cause'] as const;
/** A link's kind. */
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * Where a lane sits in a service blueprint, top to bottom: the customer's own actions (above
 * the line of interaction), frontstage (what the customer sees staff do), backstage (behind the
 * line of visibility) and support processes (below the line of internal interaction). A journey
 * map that is not a blueprint uses only frontstage and backstage (the seed 001 split).
 */
export const EXPERIENCE_SIDES = ['customer', 'frontstage', 'backstage', 'support'] as const;
/** One of EXPERIENCE_SIDES. */
export type ExperienceSide = (typeof EXPERIENCE_SIDES)[number];

/** The sides' names in menus and the inspector. */
export const EXPERIENCE_SIDE_LABELS: Record<ExperienceSide, string> = {
  customer: 'Customer actions (above the line of interaction)',
  frontstage: 'Frontstage (the customer sees it)',
  backstage: 'Backstage (behind the scenes)',
  support: 'Support processes (below the line of internal interaction)',
};

/** The sides' short names, for a lane header's small print. */
export const EXPERIENCE_SIDE_SHORT_LABELS: Record<ExperienceSide, string> = {
  customer: 'Customer',
  frontstage: 'Frontstage',
  backstage: 'Backstage',
  support: 'Support',
};
