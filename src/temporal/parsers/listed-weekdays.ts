/**
 * The days of weekdays named together («يومي الخميس والجمعة المقبلين»، «من الأحد إلى الثلاثاء
 * المقبلين»), placed by one direction word. In order: after a past direction («الماضيين») the last
 * day is the most recent one and each day before it comes earlier; otherwise the first is resolved
 * and each next day comes after it.
 *
 * @internal
 * @module
 */
import { addDays, parseIsoDate, weekdayOf } from '../../calendar/index';
import type { CivilDate } from '../../calendar/types';
import type { ParserContext } from '../parser';
import type { DateValue } from '../types';
import { weekdayDateValue, weekdayValue } from './weekday';

/** ISO weekday after `weekday` (Sunday, 7, is followed by Monday, 1). */
export function nextWeekday(weekday: number): number {
  return (weekday % 7) + 1;
}

/** The first `weekday` strictly after (`step` 1) or strictly before (`step` −1) `day`. */
function nearestWeekday(day: CivilDate, weekday: number, step: 1 | -1): CivilDate {
  const distance = step === 1 ? (weekday - weekdayOf(day) + 7) % 7 : (weekdayOf(day) - weekday + 7) % 7;
  return addDays(day, step * (distance === 0 ? 7 : distance));
}

/** The days of the listed ISO weekdays, in text order, placed by `direction` (see the module comment). */
export function listedDays(weekdays: readonly number[], direction: -1 | 0 | 1 | undefined, context: ParserContext): DateValue[] | null {
  const backwards = direction === -1;
  const anchorWeekday = backwards ? weekdays[weekdays.length - 1]! : weekdays[0]!;
  const anchor = weekdayValue(anchorWeekday, context, direction);
  const anchorDay = anchor.start === undefined ? null : parseIsoDate(anchor.start);
  if (!anchorDay) return null;
  const values = [anchor];
  let day = anchorDay;
  const order = backwards ? [...weekdays].reverse() : weekdays;
  for (const weekday of order.slice(1)) {
    day = nearestWeekday(day, weekday, backwards ? -1 : 1);
    values.push(weekdayDateValue(day, weekday, context));
  }
  return backwards ? values.reverse() : values;
}
