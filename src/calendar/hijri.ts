/**
 * Hijri ⇄ Gregorian conversion on the published Umm al-Qura calendar
 * (1343–1500 AH), through `@tabby_ai/hijri-converter`, wrapped so that nothing
 * invalid passes: integer parts only, months 1–12, days up to the month's real
 * length, both dates inside the table.
 *
 * @module
 */
import { gregorianToHijri, hijriToGregorian } from '@tabby_ai/hijri-converter';
import { isIntegerIn, isValidCivilDate, parseIsoDate, toIsoDate } from './civil-date';
import { toDayNumber } from './day-number';
import { CalendarRangeError } from './errors';
import type { CivilDate } from './types';

/**
 * The first Hijri year of the Umm al-Qura table.
 *
 * @example
 * ```ts
 * toGregorian({ year: MIN_HIJRI_YEAR, month: 1, day: 1 }); // { year: 1924, month: 8, day: 1 } — «1 محرم 1343 هـ»
 * ```
 */
export const MIN_HIJRI_YEAR = 1343;
/**
 * The last Hijri year of the Umm al-Qura table.
 *
 * @example
 * ```ts
 * isValidHijriDate({ year: MAX_HIJRI_YEAR + 1, month: 1, day: 1 }); // false — «1501 هـ»
 * ```
 */
export const MAX_HIJRI_YEAR = 1500;
/**
 * The first Gregorian day the table covers (1 Muharram 1343).
 *
 * @example
 * ```ts
 * toHijri(MIN_HIJRI_GREGORIAN); // { year: 1343, month: 1, day: 1 } — «1 محرم 1343 هـ»
 * ```
 */
export const MIN_HIJRI_GREGORIAN: CivilDate = Object.freeze({ year: 1924, month: 8, day: 1 });
/**
 * The last Gregorian day the table covers (30 Dhu al-Hijja 1500).
 *
 * @example
 * ```ts
 * toHijri(MAX_HIJRI_GREGORIAN); // { year: 1500, month: 12, day: 30 } — «30 ذو الحجة 1500 هـ»
 * ```
 */
export const MAX_HIJRI_GREGORIAN: CivilDate = Object.freeze({ year: 2077, month: 11, day: 16 });

const HIJRI_RANGE = `${MIN_HIJRI_YEAR}-01-01 … ${MAX_HIJRI_YEAR}-12-30 AH (Umm al-Qura)`;
const GREGORIAN_RANGE = '1924-08-01 … 2077-11-16';
const MIN_DAY = toDayNumber(MIN_HIJRI_GREGORIAN);
const MAX_DAY = toDayNumber(MAX_HIJRI_GREGORIAN);

/** Month lengths, filled on first use: index (year − 1343) × 12 + month − 1. */
const monthLengths = new Uint8Array((MAX_HIJRI_YEAR - MIN_HIJRI_YEAR + 1) * 12);

function startDay(year: number, month: number): number {
  return toDayNumber(hijriToGregorian({ year, month, day: 1 }));
}

function daysToNextMonth(year: number, month: number): number {
  return month === 12 ? startDay(year + 1, 1) - startDay(year, 12) : startDay(year, month + 1) - startDay(year, month);
}

/** The table's last month has no successor to measure against: ask the converter which day it rejects. */
function lastMonthLength(): number {
  for (const day of [31, 30]) {
    try {
      hijriToGregorian({ year: MAX_HIJRI_YEAR, month: 12, day });
      return day;
    } catch {
      // shorter
    }
  }
  return 29;
}

/**
 * The number of days of a Hijri month in the published Umm al-Qura calendar:
 * 29 or 30, except eight months of 1343–1364 AH that the published table gives
 * 28 or 31 days (1343-09, 1345-05, 1345-08, 1348-11, 1348-12, 1349-10, 1349-11,
 * 1364-08), kept as published.
 *
 * @param year - 1343–1500 AH.
 * @param month - 1–12.
 * @returns 29 or 30 (28 or 31 for the eight early months above).
 * @throws CalendarRangeError when the year or month is not an integer in range.
 * @example
 * ```ts
 * hijriMonthLength(1446, 9); // 29 — «رمضان 1446 هـ»
 * hijriMonthLength(1447, 9); // 30 — «رمضان 1447 هـ»
 * ```
 */
export function hijriMonthLength(year: number, month: number): number {
  if (!isIntegerIn(year, MIN_HIJRI_YEAR, MAX_HIJRI_YEAR)) {
    throw new CalendarRangeError('Hijri year', year, `${MIN_HIJRI_YEAR}–${MAX_HIJRI_YEAR} AH (Umm al-Qura)`);
  }
  if (!isIntegerIn(month, 1, 12)) throw new CalendarRangeError('Hijri month', month, '1–12');
  const index = (year - MIN_HIJRI_YEAR) * 12 + month - 1;
  let length = monthLengths[index] as number;
  if (length === 0) {
    length = year === MAX_HIJRI_YEAR && month === 12 ? lastMonthLength() : daysToNextMonth(year, month);
    monthLengths[index] = length;
  }
  return length;
}

/**
 * Whether a value is a real Umm al-Qura date inside the table: integer year
 * 1343–1500, month 1–12, day up to that month's length. Never throws.
 *
 * @param value - anything, usually `{ year, month, day }`.
 * @returns `true` for a valid Hijri date.
 * @example
 * ```ts
 * isValidHijriDate({ year: 1447, month: 4, day: 23 }); // true — «23 ربيع الآخر 1447 هـ»
 * isValidHijriDate({ year: 1446, month: 9, day: 30 }); // false — «رمضان 1446» has 29 days
 * ```
 */
export function isValidHijriDate(value: unknown): value is CivilDate {
  if (value === null || typeof value !== 'object') return false;
  const { year, month, day } = value as Record<string, unknown>;
  if (!isIntegerIn(year, MIN_HIJRI_YEAR, MAX_HIJRI_YEAR) || !isIntegerIn(month, 1, 12)) return false;
  return isIntegerIn(day, 1, hijriMonthLength(year, month));
}

/**
 * Converts a Gregorian civil date to the Umm al-Qura Hijri date.
 *
 * @param date - a Gregorian `{ year, month, day }` or an ISO `YYYY-MM-DD` string, from 1924-08-01 to 2077-11-16.
 * @returns the Hijri `{ year, month, day }`.
 * @throws CalendarRangeError when the date is not a real day or lies outside the table.
 * @example
 * ```ts
 * toHijri('2025-10-15'); // { year: 1447, month: 4, day: 23 } — «23 ربيع الآخر 1447 هـ»
 * ```
 */
export function toHijri(date: CivilDate | string): CivilDate {
  const civil = typeof date === 'string' ? parseIsoDate(date) : isValidCivilDate(date) ? date : null;
  if (!civil) throw new CalendarRangeError('Gregorian date', date, `${GREGORIAN_RANGE} (a real day)`);
  const dayNumber = toDayNumber(civil);
  if (dayNumber < MIN_DAY || dayNumber > MAX_DAY) {
    throw new CalendarRangeError('Gregorian date', toIsoDate(civil), GREGORIAN_RANGE);
  }
  const { year, month, day } = gregorianToHijri({ year: civil.year, month: civil.month, day: civil.day });
  return { year, month, day };
}

/**
 * Converts an Umm al-Qura Hijri date to the Gregorian civil date.
 *
 * @param hijri - `{ year, month, day }` with year 1343–1500 AH.
 * @returns the Gregorian `{ year, month, day }`.
 * @throws CalendarRangeError when the date is not a real Umm al-Qura day (month 13, day 30 of a 29-day month, fractions) or lies outside the table.
 * @example
 * ```ts
 * toGregorian({ year: 1447, month: 4, day: 23 }); // { year: 2025, month: 10, day: 15 } — «23 ربيع الآخر 1447 هـ الموافق 15 تشرين الأول 2025 م»
 * ```
 */
export function toGregorian(hijri: CivilDate): CivilDate {
  if (!isValidHijriDate(hijri)) throw new CalendarRangeError('Hijri date', hijri, HIJRI_RANGE);
  const { year, month, day } = hijriToGregorian({ year: hijri.year, month: hijri.month, day: hijri.day });
  return { year, month, day };
}
