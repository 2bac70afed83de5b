/**
 * Civil (time-zone-free) dates: validity, ISO strings, month lengths, ordering.
 *
 * @module
 */
import { buildRegex } from '../text/regex';
import { CalendarRangeError } from './errors';
import type { CivilDate } from './types';

/**
 * The first year a civil date may have (ISO `YYYY` has four digits).
 *
 * @example
 * ```ts
 * isValidCivilDate({ year: MIN_CIVIL_YEAR, month: 1, day: 1 }); // true — «1 كانون الثاني 0001»
 * ```
 */
export const MIN_CIVIL_YEAR = 1;
/**
 * The last year a civil date may have.
 *
 * @example
 * ```ts
 * isValidCivilDate({ year: MAX_CIVIL_YEAR + 1, month: 1, day: 1 }); // false — «عام 10000»
 * ```
 */
export const MAX_CIVIL_YEAR = 9999;

const YEAR_RANGE = `${MIN_CIVIL_YEAR}–${MAX_CIVIL_YEAR}`;
const ISO_DATE = buildRegex('calendar/iso-date', '^(\\d{4})-(\\d{2})-(\\d{2})$');

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Is `value` an integer from `min` to `max` (inclusive)? */
export function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * The number of days in a Gregorian month, leap years included.
 *
 * @param year - 1–9999.
 * @param month - 1–12.
 * @returns 28–31.
 * @throws CalendarRangeError when the year or month is not an integer in range.
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29 — «شباط 2024»
 * daysInMonth(2025, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (!isIntegerIn(year, MIN_CIVIL_YEAR, MAX_CIVIL_YEAR)) throw new CalendarRangeError('year', year, YEAR_RANGE);
  if (!isIntegerIn(month, 1, 12)) throw new CalendarRangeError('month', month, '1–12');
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a value is a real Gregorian civil date: integer year 1–9999, month
 * 1–12, day within that month. Never throws.
 *
 * @param value - anything.
 * @returns `true` for a valid `{ year, month, day }`.
 * @example
 * ```ts
 * isValidCivilDate({ year: 2025, month: 2, day: 29 }); // false — «29 شباط 2025» does not exist
 * isValidCivilDate({ year: 2024, month: 2, day: 29 }); // true
 * ```
 */
export function isValidCivilDate(value: unknown): value is CivilDate {
  if (value === null || typeof value !== 'object') return false;
  const { year, month, day } = value as Record<string, unknown>;
  if (!isIntegerIn(year, MIN_CIVIL_YEAR, MAX_CIVIL_YEAR) || !isIntegerIn(month, 1, 12)) return false;
  return isIntegerIn(day, 1, daysInMonth(year, month));
}

/**
 * Throws {@link CalendarRangeError} unless `date` is a valid civil date.
 *
 * @param date - the value to check.
 * @param what - what to call it in the message.
 * @returns nothing; narrows `date` to `CivilDate`.
 * @throws CalendarRangeError naming the date and the valid range.
 * @example
 * ```ts
 * assertCivilDate({ year: 2025, month: 10, day: 15 }); // «15 تشرين الأول 2025»: passes
 * ```
 */
export function assertCivilDate(date: unknown, what = 'civil date'): asserts date is CivilDate {
  if (!isValidCivilDate(date)) {
    throw new CalendarRangeError(what, date, `${String(MIN_CIVIL_YEAR).padStart(4, '0')}-01-01 … ${MAX_CIVIL_YEAR}-12-31 (a real Gregorian day)`);
  }
}

/**
 * Writes a civil date as ISO 8601 `YYYY-MM-DD`.
 *
 * @param date - a valid civil date.
 * @returns the ISO date string.
 * @throws CalendarRangeError when `date` is not a valid civil date.
 * @example
 * ```ts
 * toIsoDate({ year: 2025, month: 10, day: 15 }); // '2025-10-15' — «15 تشرين الأول 2025»
 * ```
 */
export function toIsoDate(date: CivilDate): string {
  assertCivilDate(date);
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * Reads an ISO 8601 calendar date `YYYY-MM-DD` (nothing more, nothing less).
 * Never throws.
 *
 * @param iso - any string.
 * @returns the civil date, or `null` when the string is not exactly a real `YYYY-MM-DD` day.
 * @example
 * ```ts
 * parseIsoDate('2026-01-28'); // { year: 2026, month: 1, day: 28 } — «اليوم»
 * parseIsoDate('2025-02-29'); // null
 * ```
 */
export function parseIsoDate(iso: string): CivilDate | null {
  if (typeof iso !== 'string' || iso.length !== 10) return null;
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCivilDate(date) ? date : null;
}

/**
 * Orders two civil dates (for `Array.prototype.sort`).
 *
 * @param a - a valid civil date.
 * @param b - a valid civil date.
 * @returns a negative number when `a` is earlier, 0 when equal, a positive number when later.
 * @throws CalendarRangeError when either is not a valid civil date.
 * @example
 * ```ts
 * // «15 تشرين الأول 2025» before «28 كانون الثاني 2026»
 * compareCivilDates({ year: 2025, month: 10, day: 15 }, { year: 2026, month: 1, day: 28 }); // -1
 * ```
 */
export function compareCivilDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  assertCivilDate(a);
  assertCivilDate(b);
  const difference = a.year - b.year || a.month - b.month || a.day - b.day;
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}
