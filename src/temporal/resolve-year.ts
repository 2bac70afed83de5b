/**
 * Picks the year of a month (and day) that the text wrote without one, from the reference
 * day, a direction word («الماضي» −1, «المقبل» +1, «الجاري» 0) or the `prefer` option.
 *
 * @internal
 * @module
 */
import { daysInMonth, hijriMonthLength } from '../calendar/index';
import type { CalendarSystem, CivilDate } from '../calendar/types';

/** Whether `day` exists in `month` of `year` in `calendar` (outside the Hijri table: no). */
export function dayExists(calendar: CalendarSystem, year: number, month: number, day: number): boolean {
  if (!Number.isInteger(day) || day < 1 || month < 1 || month > 12) return false;
  try {
    const length = calendar === 'gregory' ? daysInMonth(year, month) : hijriMonthLength(year, month);
    return day <= length;
  } catch {
    return false;
  }
}

/**
 * The year for `month`/`day` (day optional) relative to `reference`, both in `calendar`.
 * With a direction: the latest occurrence strictly before (−1), the earliest strictly after (+1),
 * or the reference's own year (0). Without one, `prefer`: the latest on or before the reference
 * (`past`), the earliest on or after (`future`), or the closest (`nearest`, ties to the past).
 * `null` when no year near the reference has that day (29 February is looked for up to 8 years away).
 */
export function resolveYear(
  calendar: CalendarSystem,
  month: number,
  day: number | undefined,
  reference: CivilDate,
  direction: -1 | 0 | 1 | undefined,
  prefer: 'past' | 'future' | 'nearest',
): number | null {
  if (direction === 0) return day === undefined || dayExists(calendar, reference.year, month, day) ? reference.year : null;
  const position = (m: number, d: number): number => m * 31 + d;
  const target = position(month, day ?? 0);
  const now = position(reference.month, day === undefined ? 0 : reference.day);
  const years: number[] = [];
  for (let offset = -8; offset <= 8; offset++) {
    const year = reference.year + offset;
    if (day === undefined || dayExists(calendar, year, month, day)) years.push(year);
  }
  // Without a direction, the reference's own month counts as "now" whatever the day («1 شباط» said on
  // 12 February is this February, as in Duckling); a direction word compares days.
  const sameMonth = direction === undefined && month === reference.month;
  const distance = (year: number): number => (year - reference.year) * 372 + (sameMonth ? 0 : target - now);
  const before = years.filter((y) => (direction === -1 ? distance(y) < 0 : distance(y) <= 0));
  const after = years.filter((y) => (direction === 1 ? distance(y) > 0 : distance(y) >= 0));
  const latestBefore = before.length > 0 ? Math.max(...before) : null;
  const earliestAfter = after.length > 0 ? Math.min(...after) : null;
  if (direction === -1) return latestBefore;
  if (direction === 1) return earliestAfter;
  if (prefer === 'past') return latestBefore ?? earliestAfter;
  if (prefer === 'future') return earliestAfter ?? latestBefore;
  if (latestBefore === null) return earliestAfter;
  if (earliestAfter === null) return latestBefore;
  return Math.abs(distance(earliestAfter)) < Math.abs(distance(latestBefore)) ? earliestAfter : latestBefore;
}
