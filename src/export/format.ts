/**
 * Plain-language formatting of dates and numbers for exports. Dates and counts come from the
 * app's one home for them (domain/dates.ts, domain/words.ts), so an export writes a date as
 * the screen does; numbers are British English.
 */

export { formatDate, formatDateRange } from '../domain/dates';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

/** `1234.5` → `1,234.5`. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** An emotion score with its sign: −2, −1, 0, +1, +2 (a true minus sign, as in print). */
export function formatScore(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `\u2212${-score}` : '0';
}

export { plural } from '../domain/words';
