/**
 * Adding days, months and years to civil dates.
 *
 * @module
 */
import { assertCivilDate, daysInMonth, MAX_CIVIL_YEAR, MIN_CIVIL_YEAR } from './civil-date';
import { fromDayNumber, toDayNumber } from './day-number';
import { CalendarRangeError } from './errors';
import type { CivilDate } from './types';

const RESULT_RANGE = `${String(MIN_CIVIL_YEAR).padStart(4, '0')}-01-01 … ${MAX_CIVIL_YEAR}-12-31`;

function assertInteger(what: string, value: number): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new CalendarRangeError(what, value, 'a safe integer');
  }
}

function checkedResult(date: CivilDate, what: string, amount: number): CivilDate {
  if (date.year < MIN_CIVIL_YEAR || date.year > MAX_CIVIL_YEAR) {
    throw new CalendarRangeError(`result of adding ${what} ${amount}`, date, RESULT_RANGE);
  }
  return date;
}

/**
 * Adds whole days (negative to go back).
 *
 * @param date - a valid civil date.
 * @param days - an integer number of days.
 * @returns the new date.
 * @throws CalendarRangeError when the date is invalid, `days` is not an integer, or the result leaves years 1–9999.
 * @example
 * ```ts
 * addDays({ year: 2026, month: 1, day: 28 }, -2); // { year: 2026, month: 1, day: 26 } — «قبل يومين»
 * ```
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  assertCivilDate(date);
  assertInteger('days', days);
  if (Math.abs(days) > 4_000_000) throw new CalendarRangeError('days', days, `-4000000–4000000 (results in ${RESULT_RANGE})`);
  return checkedResult(fromDayNumber(toDayNumber(date) + days), 'days', days);
}

/**
 * Adds whole calendar months; a day past the end of the new month is clamped to
 * its last day (31 January + 1 month = 28 or 29 February).
 *
 * @param date - a valid civil date.
 * @param months - an integer number of months.
 * @returns the new date.
 * @throws CalendarRangeError when the date is invalid, `months` is not an integer, or the result leaves years 1–9999.
 * @example
 * ```ts
 * addMonths({ year: 2025, month: 10, day: 15 }, 3); // { year: 2026, month: 1, day: 15 } — «بعد ثلاثة أشهر»
 * addMonths({ year: 2025, month: 1, day: 31 }, 1); // { year: 2025, month: 2, day: 28 }
 * ```
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  assertCivilDate(date);
  assertInteger('months', months);
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < MIN_CIVIL_YEAR || year > MAX_CIVIL_YEAR) {
    throw new CalendarRangeError(`result of adding months ${months}`, { year, month, day: date.day }, RESULT_RANGE);
  }
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/**
 * Adds whole calendar years; 29 February becomes 28 February in a common year.
 *
 * @param date - a valid civil date.
 * @param years - an integer number of years.
 * @returns the new date.
 * @throws CalendarRangeError when the date is invalid, `years` is not an integer, or the result leaves years 1–9999.
 * @example
 * ```ts
 * addYears({ year: 2026, month: 1, day: 28 }, -1); // { year: 2025, month: 1, day: 28 } — «العام الماضي»
 * ```
 */
export function addYears(date: CivilDate, years: number): CivilDate {
  assertInteger('years', years);
  if (Math.abs(years) > MAX_CIVIL_YEAR) throw new CalendarRangeError('years', years, `-${MAX_CIVIL_YEAR}–${MAX_CIVIL_YEAR}`);
  return addMonths(date, years * 12);
}
