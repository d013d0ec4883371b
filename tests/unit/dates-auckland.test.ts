/** Local calendar days and dates in a zone east of UTC (issue 16, part 3). */
import { localDateCases, setTimeZoneForFile } from './localDates';

setTimeZoneForFile('Pacific/Auckland');

// Auckland is UTC+13 in January (daylight time ends on 5 Apr 2026).
localDateCases('Pacific/Auckland', {
  evening: '2026-01-15T20:00:00+13:00',
  morning: '2026-01-15T07:00:00+13:00',
  dstDay: '2026-04-05',
});
