/**
 * Hijri ⇄ Gregorian conversion on the published Umm al-Qura calendar
 * (1343–1500 AH), through `@tabby_ai/hijri-converter`, wrapped so that nothing
 * invalid passes: integer parts only, months 1–12, days up to the month's real
 * length, both dates inside the table.
 *
 * @module
 */
// Only the table: the package's own converters add about 2 KB gzip of checks this module repeats.
import { MONTH_STARTS } from '@tabby_ai/hijri-converter/dist/_lib/ummalqura.js';
import { isIntegerIn, isValidCivilDate, parseIsoDate, toIsoDate } from './civil-date';
import { fromDayNumber, toDayNumber } from './day-number';
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
/** The table counts Reduced Julian Days (noon of 1970-01-01 is 40588); ours count from 1970-01-01. */
const REDUCED_JULIAN_DAY_OF_EPOCH = 40588;
const MIN_DAY = toDayNumber(MIN_HIJRI_GREGORIAN);
const MAX_DAY = toDayNumber(MAX_HIJRI_GREGORIAN);

/** The day number of a month's first day; `index` is (year − 1343) × 12 + month − 1 (1896 is 1 Muharram 1501, the table's end). */
function monthStart(index: number): number {
  return (MONTH_STARTS[index] as number) - REDUCED_JULIAN_DAY_OF_EPOCH;
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
  return monthStart(index + 1) - monthStart(index);
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
  // The last month starting on or before the day: a binary search over the 1,896 month starts.
  let low = 0;
  let high = MONTH_STARTS.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (monthStart(middle) <= dayNumber) low = middle;
    else high = middle - 1;
  }
  return { year: MIN_HIJRI_YEAR + Math.floor(low / 12), month: (low % 12) + 1, day: dayNumber - monthStart(low) + 1 };
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
  if (!isValidHijriDate(hijri)) {
    const { year, month } = (hijri ?? {}) as Partial<CivilDate>;
    // A day past the end of a real month («30 رمضان 1446»): say how long that month is.
    if (isIntegerIn(year, MIN_HIJRI_YEAR, MAX_HIJRI_YEAR) && isIntegerIn(month, 1, 12)) {
      const length = hijriMonthLength(year, month);
      throw new CalendarRangeError('Hijri day', hijri, `1–${length} (month ${month} of ${year} AH has ${length} days in the Umm al-Qura calendar)`);
    }
    throw new CalendarRangeError('Hijri date', hijri, HIJRI_RANGE);
  }
  return fromDayNumber(monthStart((hijri.year - MIN_HIJRI_YEAR) * 12 + hijri.month - 1) + hijri.day - 1);
}
