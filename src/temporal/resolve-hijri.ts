/**
 * Gregorian spans of Hijri days, months and years, through the calendar layer's Umm al-Qura
 * table. Returns `null` (never throws) outside the table or for a day the month does not have.
 *
 * @internal
 * @module
 */
import { hijriMonthLength, toGregorian, toHijri } from '../calendar/index';
import type { CivilDate } from '../calendar/types';

/** The Gregorian day of a Hijri day, or `null`. */
export function hijriDay(year: number, month: number, day: number): CivilDate | null {
  try {
    return toGregorian({ year, month, day });
  } catch {
    return null;
  }
}

/** The first and last Gregorian days of Hijri `month` of `year` (or of the months `month`…`lastMonth`), or `null`. */
export function hijriMonthSpan(year: number, month: number, lastMonth = month): { from: CivilDate; to: CivilDate } | null {
  try {
    const from = toGregorian({ year, month, day: 1 });
    const to = toGregorian({ year, month: lastMonth, day: hijriMonthLength(year, lastMonth) });
    return { from, to };
  } catch {
    return null;
  }
}

/** A Gregorian day in the Hijri calendar, or `null` outside the table. */
export function gregorianToHijri(date: CivilDate): CivilDate | null {
  try {
    return toHijri(date);
  } catch {
    return null;
  }
}
