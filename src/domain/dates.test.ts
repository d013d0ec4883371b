import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_DATE_LOCALE,
  dateLocale,
  formatDate,
  formatDateTime,
  formatTimeAgo,
  isIsoDate,
  setDateLocale,
} from './dates';
import { plural } from './words';

describe('the language dates are written in', () => {
  afterEach(() => setDateLocale(undefined));

  it('is UK English until the browser gives its languages', () => {
    expect(dateLocale()).toBe(DEFAULT_DATE_LOCALE);
    expect(formatDate('2026-03-31')).toBe('31 Mar 2026');
  });

  it("follows the browser's first language that Intl can write", () => {
    expect(setDateLocale(['en-US', 'en'])).toBe('en-US');
    expect(formatDate('2026-03-31')).toBe('Mar 31, 2026');
    expect(setDateLocale(['not a language', 'fr-FR'])).toBe('fr-FR');
    expect(formatDate('2026-03-31')).toBe('31 mars 2026');
    expect(setDateLocale(['en'])).toBe('en');
    expect(formatDate('2026-03-31')).toBe('31 Mar 2026');
    expect(setDateLocale([])).toBe(DEFAULT_DATE_LOCALE);
  });
});

describe('dates for people', () => {
  it('leaves what is not a real calendar date as it is', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(formatDateTime('not a time')).toBe('not a time');
  });

  it('says how long ago, never "in …" for a clock a little ahead', () => {
    const now = new Date('2026-01-15T12:00:00Z');
    expect(formatTimeAgo('2026-01-15T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatTimeAgo('2026-01-15T12:00:30Z', now)).toBe('less than a minute ago');
  });
});

describe('plural', () => {
  it('counts in words with a thousands separator', () => {
    expect(plural(1, 'card')).toBe('1 card');
    expect(plural(0, 'card')).toBe('0 cards');
    expect(plural(1200, 'reply', 'replies')).toBe('1,200 replies');
  });
});
