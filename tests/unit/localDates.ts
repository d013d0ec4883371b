/**
 * Date cases that must hold in every time zone (issue 16, part 3): run by the test files that
 * set `process.env.TZ` to a zone west of UTC (Los Angeles) and one east of it (Auckland).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isDueSoon, isOverdue } from '../../src/domain/actionPlan';
import {
  addDaysIso,
  daysBetween,
  formatDate,
  formatDateRange,
  formatDateTime,
  todayIso,
} from '../../src/domain/dates';

/**
 * Sets the process's time zone for this test file (Node reads `TZ` again when it changes) and
 * puts the old one back after it.
 */
export function setTimeZoneForFile(zone: string): void {
  const before = process.env.TZ;
  process.env.TZ = zone;
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}

/**
 * The shared cases. `evening` is 20:00 on 15 Jan 2026 in the zone and `morning` 07:00 on that
 * day, as instants; `dstDay` is a day the zone's clocks change (a 23- or 25-hour day).
 */
export function localDateCases(
  zone: string,
  {
    evening,
    morning,
    dstDay,
  }: {
    evening: string;
    morning: string;
    dstDay: string;
  },
): void {
  describe(`dates in ${zone}`, () => {
    it('runs in the zone it says', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    });

    it('takes today from the local calendar, not the UTC day', () => {
      expect(todayIso(new Date(evening))).toBe('2026-01-15');
      expect(todayIso(new Date(morning))).toBe('2026-01-15');
      // The UTC day of one of the two is another day: the old toISOString() bug.
      const utcDays = [evening, morning].map((at) => new Date(at).toISOString().slice(0, 10));
      expect(utcDays).not.toEqual(['2026-01-15', '2026-01-15']);
    });

    it('counts and adds calendar days across the day the clocks change', () => {
      const before = addDaysIso(dstDay, -1);
      const after = addDaysIso(dstDay, 1);
      expect(daysBetween(before, after)).toBe(2);
      expect(addDaysIso(before, 2)).toBe(after);
      expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    });

    it('compares due dates with the local day: due today is neither overdue nor tomorrow', () => {
      const today = todayIso(new Date(evening));
      const due = {
        status: 'on-track' as const,
        targetDate: '2026-01-15',
        revisedDate: null,
        completedDate: null,
      };
      expect(isOverdue(due, today)).toBe(false);
      expect(isDueSoon(due, today, 14)).toBe(true);
      expect(isOverdue({ ...due, targetDate: '2026-01-14' }, today)).toBe(true);
    });

    it('writes a calendar date as the same day, UK style or in the chosen language', () => {
      expect(formatDate('2019-04-05')).toBe('5 Apr 2019');
      expect(formatDate('2019-09-30')).toBe('30 Sep 2019');
      expect(formatDate('2019-04-05', 'en-US')).toBe('Apr 5, 2019');
      expect(formatDate('2019-04-05', 'de-DE')).toBe('05.04.2019');
      expect(formatDateRange('2018-11-05', '2018-11-10')).toBe('5 Nov 2018 – 10 Nov 2018');
      expect(formatDateRange('2018-11-05', null, { startOfLine: true })).toBe('From 5 Nov 2018');
      expect(formatDate('Spring 2023')).toBe('Spring 2023');
      expect(formatDate(null)).toBe('');
    });

    it('writes a moment on the local clock', () => {
      expect(formatDateTime(evening)).toBe('15 Jan 2026, 20:00');
    });
  });
}
