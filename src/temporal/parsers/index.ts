import type { TemporalParser } from '../parser';
import { agoLaterParser } from './ago-later';
import { dayOfMonthParser } from './day-of-month';
import { dayRangeParser } from './day-range';
import { decadeParser } from './decade';
import { durationParser } from './duration';
import { holidayParser } from './holiday';
import { monthDateParser } from './month-date';
import { monthFirstParser } from './month-first';
import { nthOfMonthParser } from './nth-of-month';
import { numericDateParser } from './numeric-date';
import { periodPartParser } from './period-part';
import { relativeDayParser } from './relative-day';
import { relativePeriodParser } from './relative-period';
import { seasonParser } from './season';
import { timeParser } from './time';
import { vagueParser } from './vague';
import { weekdayParser } from './weekday';
import { weekdayPairParser } from './weekday-pair';
import { weekendParser } from './weekend';
import { yearParser } from './year';
import { yearPartParser } from './year-part';

/**
 * Every parser `findTemporal` runs. The order is the tie-break priority of
 * `removeOverlaps`: when two readings cover spans of the same length, the parser
 * listed first wins.
 */
export const PARSERS: readonly TemporalParser[] = [
  dayRangeParser,
  nthOfMonthParser,
  monthDateParser,
  monthFirstParser,
  numericDateParser,
  periodPartParser,
  yearPartParser,
  relativePeriodParser,
  weekendParser,
  seasonParser,
  relativeDayParser,
  weekdayPairParser,
  weekdayParser,
  dayOfMonthParser,
  yearParser,
  decadeParser,
  vagueParser,
  holidayParser,
  agoLaterParser,
  durationParser,
  timeParser,
];
