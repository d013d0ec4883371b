import { format, isValid, parseISO } from 'date-fns';
import { RECOMMENDATION_STATUS_LABELS, type RecommendationStatus } from '../../domain/vocabulary';

/** Today as `YYYY-MM-DD` in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** `2026-03-31` → `31 Mar 2026`; '' for no date. */
export function displayDate(date: string | null): string {
  if (date === null || date === '') return '';
  const parsed = parseISO(date);
  return isValid(parsed) ? format(parsed, 'd MMM yyyy') : date;
}

export function statusLabel(status: RecommendationStatus): string {
  return RECOMMENDATION_STATUS_LABELS[status];
}

/** “Title”, or a stand-in for an untitled recommendation, for labels of row controls. */
export function quoted(title: string): string {
  return `“${title.trim() === '' ? 'Untitled recommendation' : title.trim()}”`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
