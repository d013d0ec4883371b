/**
 * Plain-language formatting of dates and numbers for exports. Fixed to British English so an
 * export looks the same on every machine (and in tests).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-03-01` → `1 Mar 2025`. Text that is not such a date is returned as it is. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** A phase's dates as one line: "1 Jan 2025 – 14 Jan 2025", "from 1 Jan 2025", or "". */
export function formatDateRange(start: string | null, end: string | null): string {
  if (start && end)
    return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `from ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return '';
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

/** `1234.5` → `1,234.5`. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** An emotion score with its sign: −2, −1, 0, +1, +2 (a true minus sign, as in print). */
export function formatScore(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `\u2212${-score}` : '0';
}

/** "1 comment", "3 comments". */
export function plural(count: number, word: string): string {
  return `${formatNumber(count)} ${word}${count === 1 ? '' : 's'}`;
}
