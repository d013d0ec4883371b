/**
 * Words of the action plan's rows and buttons. Dates are written by domain/dates.ts and counts
 * by domain/words.ts.
 */
import { RECOMMENDATION_STATUS_LABELS, type RecommendationStatus } from '../../domain/vocabulary';

/** A recommendation status in words: "On track (green)". */
export function statusLabel(status: RecommendationStatus): string {
  return RECOMMENDATION_STATUS_LABELS[status];
}

/** “Title”, or a stand-in for an untitled recommendation, for labels of row controls. */
export function quoted(title: string): string {
  return `“${title.trim() === '' ? 'Untitled recommendation' : title.trim()}”`;
}
