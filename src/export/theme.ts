/**
 * Colours and fonts of the exported map (SVG and PNG). One table per vocabulary so the
 * legend, the cards and (later) the canvas can share them.
 */
import type { CardKind, RecommendationStatus } from '../domain/vocabulary';

/**
 * A font stack present on every system without loading web fonts: exports must look the
 * same offline and cannot wait for `document.fonts`.
 */
export const EXPORT_FONT_FAMILY = "system-ui, 'DejaVu Sans', Arial, sans-serif";

export const INK = '#1d2433';
export const INK_SOFT = '#4a5468';
export const GRID_LINE = '#d5dbe5';
export const PHASE_FILL = '#1f4e79';
export const PHASE_INK = '#ffffff';
export const STEP_FILL = '#e9eef5';
export const LANE_FILL = '#f4f6fa';
export const BACKSTAGE_FILL = '#eceff4';
export const CELL_FILL = '#ffffff';
export const BACKSTAGE_CELL_FILL = '#fafbfc';
export const VISIBILITY_LINE = '#6b4fbb';
export const STAR_FILL = '#f2b705';
export const STAR_STROKE = '#9a6700';
export const BADGE_FILL = '#c0392b';
export const CURVE_STROKE = '#c77700';
export const LINK_STROKE = { flow: '#4a5468', cause: '#c0392b' } as const;

/** Each kind has a light fill for the card and a strong accent for its stripe and label. */
export const CARD_KIND_COLOURS: Record<CardKind, { fill: string; accent: string }> = {
  touchpoint: { fill: '#e8f1fb', accent: '#1f6fb2' },
  action: { fill: '#eef2f7', accent: '#4a5468' },
  thought: { fill: '#f3ecfb', accent: '#7b4bb5' },
  emotion: { fill: '#fff4e0', accent: '#b36b00' },
  'pain-point': { fill: '#fdeceb', accent: '#c0392b' },
  'love-point': { fill: '#e9f7ee', accent: '#1a7f37' },
  need: { fill: '#fff9db', accent: '#8a7300' },
  idea: { fill: '#fff3c4', accent: '#a86b00' },
  team: { fill: '#e6f4f4', accent: '#127a7a' },
  system: { fill: '#eceff3', accent: '#5b6676' },
  metric: { fill: '#e8f0fe', accent: '#2b5cb8' },
  evidence: { fill: '#f1f5e6', accent: '#5c7a1f' },
  recommendation: { fill: '#e7f6f2', accent: '#0f7b65' },
  note: { fill: '#fafafa', accent: '#737a85' },
};

/** Traffic-light colours of the action plan (the seeds' green / amber / red). */
export const RECOMMENDATION_STATUS_COLOURS: Record<RecommendationStatus, string> = {
  'not-started': '#737a85',
  'on-track': '#1a7f37',
  'at-risk': '#b36b00',
  'off-track': '#c0392b',
  'on-hold': '#6b5fb5',
  complete: '#1f4e79',
};

export const TALLY_COLOURS = {
  positive: '#1a7f37',
  neutral: '#a3abb8',
  negative: '#c0392b',
} as const;

/** Emotion dots from very negative (red) to very positive (green). */
export const EMOTION_COLOURS: Record<number, string> = {
  [-2]: '#c0392b',
  [-1]: '#e67e22',
  0: '#a3abb8',
  1: '#52a86b',
  2: '#1a7f37',
};
