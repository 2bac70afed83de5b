/**
 * Weekdays of civil dates, week starts, and day distances.
 *
 * @module
 */
import { DEFAULT_FIRST_DAY_OF_WEEK, FIRST_DAY_OF_WEEK_FALLBACK } from '../data/week-start';
import { addDays } from './add';
import { assertCivilDate } from './civil-date';
import { toDayNumber } from './day-number';
import { CalendarRangeError } from './errors';
import type { CivilDate } from './types';
import type { IsoWeekday } from './weekdays';

/**
 * The ISO weekday of a civil date.
 *
 * @param date - a valid civil date.
 * @returns 1 = Monday (الاثنين) … 7 = Sunday (الأحد).
 * @throws CalendarRangeError when the date is invalid.
 * @example
 * ```ts
 * weekdayOf({ year: 2025, month: 10, day: 15 }); // 3 — «الأربعاء 15 تشرين الأول 2025»
 * ```
 */
export function weekdayOf(date: CivilDate): IsoWeekday {
  assertCivilDate(date);
  // 1970-01-01 was a Thursday (ISO 4).
  const fromMonday = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return (fromMonday + 1) as IsoWeekday;
}

/**
 * The number of days from `a` to `b` (negative when `b` is earlier).
 *
 * @param a - a valid civil date.
 * @param b - a valid civil date.
 * @returns `b − a` in days.
 * @throws CalendarRangeError when either date is invalid.
 * @example
 * ```ts
 * // from «15 تشرين الأول 2025» to «28 كانون الثاني 2026»
 * daysBetween({ year: 2025, month: 10, day: 15 }, { year: 2026, month: 1, day: 28 }); // 105
 * ```
 */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  assertCivilDate(a);
  assertCivilDate(b);
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * The first day of the week that contains `date`.
 *
 * @param date - a valid civil date.
 * @param weekStart - the ISO weekday weeks start on (see {@link firstDayOfWeek}); default 1 (Monday).
 * @returns the date of the week's first day (on or before `date`).
 * @throws CalendarRangeError when the date is invalid or `weekStart` is not 1–7.
 * @example
 * ```ts
 * // «الأسبوع الماضي» in Damascus: weeks start on Saturday (6)
 * startOfWeek({ year: 2025, month: 10, day: 15 }, 6); // { year: 2025, month: 10, day: 11 }
 * ```
 */
export function startOfWeek(date: CivilDate, weekStart: number = 1): CivilDate {
  if (!Number.isInteger(weekStart) || weekStart < 1 || weekStart > 7) {
    throw new CalendarRangeError('week start', weekStart, '1–7 (1 = Monday … 7 = Sunday)');
  }
  const back = (weekdayOf(date) - weekStart + 7) % 7;
  return addDays(date, -back);
}

interface WeekInfoLike {
  readonly firstDay?: number;
}

function weekInfoOf(locale: Intl.Locale): WeekInfoLike | undefined {
  const withInfo = locale as Intl.Locale & { getWeekInfo?: () => WeekInfoLike; weekInfo?: WeekInfoLike };
  if (typeof withInfo.getWeekInfo === 'function') return withInfo.getWeekInfo();
  return withInfo.weekInfo;
}

/**
 * The first day of the week in a locale's region, from `Intl.Locale` week
 * info (`getWeekInfo()` or the older `weekInfo`). When the running ICU lacks
 * week info, a built-in table of CLDR values is used (Saturday for ar-SY and
 * ar-EG, Sunday for ar-SA, Monday for ar-MA and ar-LB; Monday for a region not
 * in the table). A locale without a region is maximized first (`ar` → `ar-EG`).
 *
 * @param locale - a BCP 47 locale tag such as `ar-SY`.
 * @returns the ISO weekday the week starts on: 1 = Monday, 6 = Saturday, 7 = Sunday.
 * @throws CalendarRangeError when `locale` is not a valid BCP 47 tag.
 * @example
 * ```ts
 * firstDayOfWeek('ar-SY'); // 6 — «السبت»
 * firstDayOfWeek('ar-SA'); // 7 — «الأحد»
 * firstDayOfWeek('ar-MA'); // 1 — «الاثنين»
 * ```
 */
export function firstDayOfWeek(locale: string): IsoWeekday {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale);
  } catch {
    throw new CalendarRangeError('locale', locale, 'a BCP 47 language tag such as "ar-SY"');
  }
  const firstDay = weekInfoOf(parsed)?.firstDay;
  if (typeof firstDay === 'number' && Number.isInteger(firstDay) && firstDay >= 1 && firstDay <= 7) return firstDay as IsoWeekday;
  return firstDayFromTable(parsed);
}

/**
 * The fallback used by {@link firstDayOfWeek} when ICU has no week info.
 *
 * @param locale - a parsed locale.
 * @returns the ISO weekday the week starts on.
 * @example
 * ```ts
 * firstDayFromTable(new Intl.Locale('ar-EG')); // 6 — «السبت»
 * ```
 */
export function firstDayFromTable(locale: Intl.Locale): IsoWeekday {
  const region = locale.region ?? locale.maximize().region;
  return ((region && FIRST_DAY_OF_WEEK_FALLBACK[region]) || DEFAULT_FIRST_DAY_OF_WEEK) as IsoWeekday;
}
