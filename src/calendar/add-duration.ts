/**
 * Adding a duration with fractional parts («ثلاثة أشهر ونصف») to a civil date.
 *
 * @module
 */
import { addDays, addMonths } from './add';
import { assertCivilDate } from './civil-date';
import { CalendarRangeError } from './errors';
import type { CivilDate } from './types';

/**
 * The calendar parts of a duration. Any part may be fractional or negative.
 *
 * @example
 * ```ts
 * const threeAndAHalfMonths: CalendarDuration = { months: 3.5 }; // «ثلاثة أشهر ونصف»
 * ```
 */
export interface CalendarDuration {
  /** Years; a fraction becomes months (× 12). */
  readonly years?: number;
  /** Months; a fraction becomes days (× 30, rounded). */
  readonly months?: number;
  /** Weeks; seven days each. */
  readonly weeks?: number;
  /** Days; rounded to the nearest whole day. */
  readonly days?: number;
}

/**
 * Days in the "month" of a fractional month: the one rule, used everywhere.
 *
 * @example
 * ```ts
 * 0.5 * DAYS_PER_FRACTIONAL_MONTH; // 15 — «نصف شهر»
 * ```
 */
export const DAYS_PER_FRACTIONAL_MONTH = 30;

/** Floating-point noise (1/3 × 12 = 3.9999999999999996) is snapped to 1e-9. */
function snap(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

function part(what: string, value: number | undefined): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 1e7) {
    throw new CalendarRangeError(`duration ${what}`, value, 'a finite number between -10000000 and 10000000');
  }
  return value;
}

/**
 * Splits a duration into whole calendar months and whole days by ziyara's one
 * rule for fractions (see {@link addDuration}).
 *
 * @param duration - the duration.
 * @returns `{ months, days }`, both integers.
 * @throws CalendarRangeError when a part is not a finite number.
 * @example
 * ```ts
 * durationToMonthsAndDays({ months: 3.5 }); // { months: 3, days: 15 } — «ثلاثة أشهر ونصف»
 * durationToMonthsAndDays({ years: 1.5 }); // { months: 18, days: 0 } — «سنة ونصف»
 * ```
 */
export function durationToMonthsAndDays(duration: CalendarDuration): MonthsAndDays {
  const years = part('years', duration.years);
  const wholeYears = Math.trunc(years);
  const months = snap(part('months', duration.months) + (years - wholeYears) * 12);
  const wholeMonths = Math.trunc(months);
  const days = part('weeks', duration.weeks) * 7 + part('days', duration.days) + (months - wholeMonths) * DAYS_PER_FRACTIONAL_MONTH;
  return { months: wholeYears * 12 + wholeMonths, days: roundHalfAwayFromZero(snap(days)) };
}

/**
 * A duration reduced to whole calendar months and days.
 *
 * @example
 * ```ts
 * // «ثلاثة أشهر ونصف»
 * const reduced: MonthsAndDays = { months: 3, days: 15 };
 * ```
 */
export interface MonthsAndDays {
  /** Whole calendar months (years × 12 included). */
  months: number;
  /** Days, the fraction of a month counted as 30 days. */
  days: number;
}

/**
 * Adds (or, with `sign` -1, subtracts) a duration to a civil date.
 *
 * Fractional months and years — the one rule ziyara uses everywhere: whole
 * years are added as calendar years; a fractional year becomes months (× 12);
 * whole months are added as calendar months (clamped to the month's end); the
 * remaining fraction of a month is × 30 days, rounded to the nearest day
 * (halves away from zero); weeks are 7 days. Months are applied before days.
 * So 2025-10-15 + 3.5 months = 2026-01-15 + 15 days = 2026-01-30.
 *
 * @param date - a valid civil date.
 * @param duration - years, months, weeks, days (any may be fractional).
 * @param sign - 1 to add (default), -1 to subtract.
 * @returns the new date.
 * @throws CalendarRangeError when the date or a part is invalid, or the result leaves years 1–9999.
 * @example
 * ```ts
 * // «زار موسكو في 15 تشرين الأول … خلال ثلاثة أشهر ونصف»
 * addDuration({ year: 2025, month: 10, day: 15 }, { months: 3.5 }); // { year: 2026, month: 1, day: 30 }
 * addDuration({ year: 2026, month: 1, day: 28 }, { weeks: 2 }, -1); // { year: 2026, month: 1, day: 14 } — «قبل أسبوعين»
 * ```
 */
export function addDuration(date: CivilDate, duration: CalendarDuration, sign: 1 | -1 = 1): CivilDate {
  assertCivilDate(date);
  if (sign !== 1 && sign !== -1) throw new CalendarRangeError('sign', sign, '1 or -1');
  if (duration === null || typeof duration !== 'object') throw new CalendarRangeError('duration', duration, 'an object { years?, months?, weeks?, days? }');
  const { months, days } = durationToMonthsAndDays(duration);
  return addDays(addMonths(date, sign * months), sign * days);
}
