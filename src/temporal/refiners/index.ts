import type { TemporalRefiner } from '../parser';
import { attachTimeToDate } from './date-time';
import { attachDateToTimeRange } from './date-time-range';
import { futureClause } from './future-clause';
import { mergeDoubleDate } from './merge-double-date';
import { mergeRange } from './merge-range';
import { mergeWeekdayDate } from './merge-weekday-date';
import { nthWeekdayAfter } from './nth-weekday-after';
import { dropOtherYears } from './other-years';
import { partOfDayBeforeDay } from './part-of-day';
import { periodOfDate } from './period-of-date';
import { removeOverlaps } from './remove-overlaps';
import { sameDayOf } from './same-day-of';
import { untilRange } from './until-range';
import { weekdaysInWeek } from './weekdays-in-week';

/**
 * The refiners `findTemporal` runs, in this order, after all parsers: first `dropOtherYears`
 * («منتصف العام الدراسي» is no calendar period), then the ones that merge neighbours into one
 * reading (they add the merged reading and keep the parts), last `removeOverlaps`, which keeps
 * the longest.
 */
export const REFINERS: readonly TemporalRefiner[] = [dropOtherYears, mergeWeekdayDate, mergeDoubleDate, nthWeekdayAfter, partOfDayBeforeDay, attachTimeToDate, mergeRange, attachDateToTimeRange, untilRange, periodOfDate, sameDayOf, weekdaysInWeek, removeOverlaps, futureClause];
