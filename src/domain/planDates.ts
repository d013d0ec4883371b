/**
 * Plan dates: the target, revised and actual dates of an action plan as people write them in
 * scrutiny reviews and action plans (seeds 002 and 004): an exact day ("30/06/2024"), a month
 * ("Mar 2025", "Sept’ 24"), a quarter ("Q1 2025"), a season ("Spring 2023"), a year ("2025"),
 * or words that are not a date at all ("Awaiting timescales").
 *
 * A plan date is stored as text in one canonical spelling: a day as `YYYY-MM-DD`, a month as
 * "Mar 2025", a quarter as "Q1 2025", a season as "Spring 2023", a year as "2025", and anything
 * else exactly as written (trimmed). A v2 map's dates (all `YYYY-MM-DD`) are plan dates as they
 * are.
 *
 * Each readable plan date covers a span of days, from its first to its last day. The rules:
 * - **Order**: by the last day it can mean; on the same last day the more precise one first (a
 *   day before the month ending on it); words that are not a date come after every date, in
 *   alphabetical order.
 * - **Overdue**: when its last day is before today (a month is overdue once it is over, "Spring
 *   2023" from 1 June 2023). Words are never overdue, and never "due soon".
 * - **Seasons** are the meteorological seasons of the UK Met Office: spring March–May, summer
 *   June–August, autumn (or fall) September–November, winter December to February (winter 2023
 *   is December 2023 to February 2024).
 * - A two-digit year is in this century ("Sept 24" is September 2024).
 */
import { isIsoDate } from './dates';
import { formatDate } from './dates';

/** What a plan date is: an exact day, a span of a calendar unit, or words. */
export type PlanDateKind = 'day' | 'month' | 'quarter' | 'season' | 'year' | 'text';

/** A plan date read: its kind, canonical text and, unless it is words, its first and last day. */
export interface PlanDate {
  kind: PlanDateKind;
  /** The canonical spelling, as stored (see the module comment). */
  text: string;
  /** First and last day it can mean, `YYYY-MM-DD`; null for words. */
  start: string | null;
  end: string | null;
}

const MONTH_NAMES = [
  ['jan', 'january'],
  ['feb', 'february'],
  ['mar', 'march'],
  ['apr', 'april'],
  ['may'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
];
const MONTH_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const SEASONS: Record<string, { label: string; first: number }> = {
  spring: { label: 'Spring', first: 3 },
  summer: { label: 'Summer', first: 6 },
  autumn: { label: 'Autumn', first: 9 },
  fall: { label: 'Autumn', first: 9 },
  winter: { label: 'Winter', first: 12 },
};

/** The sentence shown next to a plan date that is kept as words. */
export const PLAN_DATE_TEXT_NOTE =
  'Not a date Waymark can read: kept as written, listed after every date, never counted as overdue.';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/[.’']+$/u, '');
  const index = MONTH_NAMES.findIndex((names) => names.includes(w));
  return index === -1 ? null : index + 1;
}

function yearNumber(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (/^\d{2}$/.test(text)) return 2000 + Number(text);
  return null;
}

function span(year: number, firstMonth: number, months: number): { start: string; end: string } {
  const lastMonthIndex = firstMonth - 1 + months - 1;
  const endYear = year + Math.floor(lastMonthIndex / 12);
  const endMonth = (lastMonthIndex % 12) + 1;
  return {
    start: iso(year, firstMonth, 1),
    end: iso(endYear, endMonth, lastDayOf(endYear, endMonth)),
  };
}

function day(year: number, month: number, date: number): PlanDate | null {
  const text = iso(year, month, date);
  return isIsoDate(text) ? { kind: 'day', text, start: text, end: text } : null;
}

/**
 * Reads what someone typed as a plan date (see the module comment for what is understood).
 * Returns null for empty text; anything else is a plan date, words included.
 */
export function parsePlanDate(input: string): PlanDate | null {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    const parsed = day(Number(m[1]), Number(m[2]), Number(m[3]));
    if (parsed) return parsed;
  }
  if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$/.exec(text))) {
    const parsed = day(yearNumber(m[3]!) ?? 0, Number(m[2]), Number(m[1]));
    if (parsed) return parsed;
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?),? (\d{4})$/.exec(text))) {
    const month = monthNumber(m[2]!);
    const parsed = month === null ? null : day(Number(m[3]), month, Number(m[1]));
    if (parsed) return parsed;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(text)) || (m = /^(\d{1,2})\/(\d{4})$/.exec(text))) {
    const [year, month] =
      m[1]!.length === 4 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    if (month >= 1 && month <= 12) return monthDate(year, month);
  }
  if ((m = /^([A-Za-z]+)[.’']? ?[’']?(\d{4}|\d{2})$/u.exec(text))) {
    const month = monthNumber(m[1]!);
    const year = yearNumber(m[2]!);
    if (month !== null && year !== null) return monthDate(year, month);
    const season = SEASONS[m[1]!.toLowerCase()];
    if (season && year !== null) {
      return { kind: 'season', text: `${season.label} ${year}`, ...span(year, season.first, 3) };
    }
  }
  if ((m = /^Q([1-4]) (\d{4})$/i.exec(text)) || (m = /^(\d{4}) Q([1-4])$/i.exec(text))) {
    const [quarter, year] =
      m[1]!.length === 4 ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
    return { kind: 'quarter', text: `Q${quarter} ${year}`, ...span(year, quarter * 3 - 2, 3) };
  }
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    return { kind: 'year', text, ...span(year, 1, 12) };
  }
  return { kind: 'text', text, start: null, end: null };
}

function monthDate(year: number, month: number): PlanDate {
  return { kind: 'month', text: `${MONTH_SHORT[month - 1]} ${year}`, ...span(year, month, 1) };
}

/** The canonical text to store for what someone typed (null for empty). */
export function normalizePlanDate(input: string): string | null {
  return parsePlanDate(input)?.text ?? null;
}

/** The last day a stored plan date can mean (`YYYY-MM-DD`), or null (none, or words). */
export function planDateEnd(value: string | null): string | null {
  return value === null ? null : (parsePlanDate(value)?.end ?? null);
}

/** A stored plan date for people: a day as "5 Apr 2019", everything else as stored. */
export function formatPlanDate(value: string | null): string {
  if (value === null) return '';
  const parsed = parsePlanDate(value);
  if (parsed === null) return '';
  return parsed.kind === 'day' ? formatDate(parsed.text) : parsed.text;
}

/** Orders plan dates by the documented rule (module comment); null (no date) last of all. */
export function comparePlanDates(a: string | null, b: string | null): number {
  const pa = a === null ? null : parsePlanDate(a);
  const pb = b === null ? null : parsePlanDate(b);
  if (pa === null || pb === null) return pa === pb ? 0 : pa === null ? 1 : -1;
  if (pa.end === null || pb.end === null) {
    if (pa.end === pb.end) return pa.text.localeCompare(pb.text);
    return pa.end === null ? 1 : -1;
  }
  if (pa.end !== pb.end) return pa.end < pb.end ? -1 : 1;
  // Same last day: the later start is the narrower span, so the more precise date.
  return pb.start!.localeCompare(pa.start!);
}

/** Whether a plan date is past (its last day before `today`, `YYYY-MM-DD`); words never are. */
export function isPlanDatePast(value: string | null, today: string): boolean {
  const end = planDateEnd(value);
  return end !== null && end < today;
}

/** A note for the field showing this plan date: what kind of date it was read as. */
export function planDateNote(value: string | null): string {
  const parsed = value === null ? null : parsePlanDate(value);
  if (parsed === null || parsed.kind === 'day') return '';
  if (parsed.kind === 'text') return PLAN_DATE_TEXT_NOTE;
  return `Read as ${formatDate(parsed.start)} to ${formatDate(parsed.end)}; overdue after ${formatDate(parsed.end)}.`;
}

/**
 * A text that sorts plan dates by the documented rule with a plain string comparison (for
 * tables): the last day, then the more precise first, words after every date; null for none.
 */
export function planDateSortKey(value: string | null): string | null {
  const parsed = value === null ? null : parsePlanDate(value);
  if (parsed === null) return null;
  if (parsed.end === null || parsed.start === null) return `~${parsed.text.toLowerCase()}`;
  const start = Number(parsed.start.replace(/-/g, ''));
  return `${parsed.end} ${String(99_999_999 - start).padStart(8, '0')}`;
}
