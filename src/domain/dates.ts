/**
 * Dates for people, and "today" as the user's local calendar day: the one home of both, for
 * the canvas, the panels, presentation mode and the exports.
 *
 * A date of the map (a phase's start, a target date, a progress update) is a calendar date
 * `YYYY-MM-DD` with no time and no time zone. "Today" is the calendar day on the user's clock
 * where they are, never the UTC day of `toISOString()` (at 20:00 in Los Angeles that is
 * already tomorrow). Dates are written UK style, "5 Apr 2019", unless `setDateLocale` chose
 * the browser's language.
 */
import {
  addDays,
  differenceInCalendarDays,
  format,
  formatDistance,
  isValid,
  parseISO,
} from 'date-fns';

/** The language dates are written in when none is chosen: British English, "5 Apr 2019". */
export const DEFAULT_DATE_LOCALE = 'en-GB';

/** Month abbreviations of the default style (fixed here: ICU writes "Sept" in some versions). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

let displayLocale = DEFAULT_DATE_LOCALE;

/**
 * Chooses the language dates are written in from the browser's languages (`navigator.languages`,
 * best first): the first one `Intl` can write, or British English. Returns the one chosen.
 */
export function setDateLocale(languages: readonly string[] | undefined): string {
  displayLocale = DEFAULT_DATE_LOCALE;
  for (const language of languages ?? []) {
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0) {
        displayLocale = language;
        break;
      }
    } catch {
      // Not a language tag Intl accepts ("en_GB"): try the next one.
    }
  }
  return displayLocale;
}

/** The language dates are written in now (see `setDateLocale`). */
export function dateLocale(): string {
  return displayLocale;
}

/** British English, the default style, also when the browser says only "en". */
const isDefaultStyle = (locale: string) => locale === DEFAULT_DATE_LOCALE || locale === 'en';

// ─── Calendar days ───────────────────────────────────────────────────────────────────────

/** True for a real calendar date written `YYYY-MM-DD` (so not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

/** The local calendar day of `instant` as `YYYY-MM-DD` (the user's time zone, not UTC). */
export function localDayIso(instant: Date): string {
  const month = String(instant.getMonth() + 1).padStart(2, '0');
  const day = String(instant.getDate()).padStart(2, '0');
  return `${String(instant.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/** Today as `YYYY-MM-DD` on the user's local calendar (`now` for tests). */
export function todayIso(now: Date = new Date()): string {
  return localDayIso(now);
}

/** Whole calendar days from `from` to `to`, both `YYYY-MM-DD` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** `date` (`YYYY-MM-DD`) plus `days` calendar days, as `YYYY-MM-DD`. */
export function addDaysIso(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

// ─── Writing dates for people ────────────────────────────────────────────────────────────

/**
 * `2019-04-05` → "5 Apr 2019" (or the chosen language's medium date, "Apr 5, 2019"); '' for
 * no date; text that is not a `YYYY-MM-DD` date comes back as it is.
 */
export function formatDate(date: string | null, locale: string = displayLocale): string {
  if (date === null || date === '') return '';
  const match = ISO_DATE.exec(date);
  if (!match || !isIsoDate(date)) return date;
  const [, year, month, day] = match;
  if (isDefaultStyle(locale)) return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  // Noon UTC, written in UTC: the same calendar day whatever the time zone.
  const noon = new Date(`${date}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(noon);
}

/**
 * Two dates as one phrase: "1 Jan 2025 – 14 Jan 2025", one date when both are the same day,
 * "from 1 Jan 2025", "until 14 Jan 2025", or '' for none. `startOfLine` writes "From" and
 * "Until", for a range that stands on its own (a phase header).
 */
export function formatDateRange(
  start: string | null,
  end: string | null,
  options: { startOfLine?: boolean; locale?: string } = {},
): string {
  const { startOfLine = false, locale = displayLocale } = options;
  const word = (text: string) => (startOfLine ? text[0]?.toUpperCase() + text.slice(1) : text);
  if (start && end) {
    return start === end
      ? formatDate(start, locale)
      : `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  }
  if (start) return `${word('from')} ${formatDate(start, locale)}`;
  if (end) return `${word('until')} ${formatDate(end, locale)}`;
  return '';
}

/** A moment (ISO 8601 text or a Date) on the user's clock: "5 Apr 2019, 14:05". */
export function formatDateTime(instant: string | Date, locale: string = displayLocale): string {
  const moment = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(moment.getTime())) return typeof instant === 'string' ? instant : '';
  if (isDefaultStyle(locale)) {
    return `${formatDate(localDayIso(moment), locale)}, ${format(moment, 'HH:mm')}`;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    moment,
  );
}

/**
 * How long ago a moment was, in English: "5 minutes ago", "about 2 hours ago". A moment a
 * little ahead of `now` (another device's clock) reads "less than a minute ago", never "in …".
 */
export function formatTimeAgo(instant: string | Date, now: Date = new Date()): string {
  const moment = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(moment.getTime())) return '';
  return formatDistance(moment, moment > now ? moment : now, { addSuffix: true });
}
