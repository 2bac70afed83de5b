import { daysBetween, isValidCivilDate, parseIsoDate, weekdayOf } from '../../calendar/index';
import type { CivilDate } from '../../calendar/types';
import { EQUIVALENCE_WORDS } from '../../data/relative-words';
import { buildRegex } from '../../text/regex';
import { WEEKDAYS } from '../../data/weekdays';
import type { Candidate, ParserContext, TemporalRefiner } from '../parser';
import { wordsSource } from '../patterns';
import { dayValue } from '../resolve-values';
import type { DateValue } from '../types';
import { byStart, followedBy, isPinnedDate } from './adjacent';

const CONNECTOR = buildRegex('temporal/merge-weekday-date', `(?: ?[،,])? ?(?:(?:${wordsSource(EQUIVALENCE_WORDS, (w) => w.word)}|في) )?`, 'y');
const SPACE = buildRegex('temporal/merge-relative-day-weekday', '(?: ?[،,])? ', 'y');
/** The preferred spelling of each ISO weekday, for warnings. */
const WEEKDAY_NAMES = new Map(WEEKDAYS.filter((w) => w.preferred).map((w) => [w.weekday, w.spelling]));

/**
 * A date whose year the text left out, moved a year either way to fall on the weekday the text names
 * («الخميس 3 ديسمبر» read on 30 November 2026 is 2026, a Thursday, whatever `prefer` says); the move
 * nearest the reference wins. `null` when the year was written or no neighbouring year fits.
 */
function onNamedWeekday(date: DateValue, day: CivilDate, weekday: number, reference: CivilDate): DateValue | null {
  if (date.calendar !== 'gregory' || date.known.year !== undefined || date.implied.year === undefined) return null;
  let best: CivilDate | null = null;
  for (const year of [day.year - 1, day.year + 1]) {
    const moved = { ...day, year };
    if (!isValidCivilDate(moved) || weekdayOf(moved) !== weekday) continue;
    if (!best || Math.abs(daysBetween(reference, moved)) < Math.abs(daysBetween(reference, best))) best = moved;
  }
  return best && dayValue(best, date.known, { ...date.implied, year: best.year });
}

/**
 * Joins a weekday and the day after it into one date: «الأربعاء 15 أكتوبر 2025»، «الخميس الموافق 14
 * شباط», and a relative day and the weekday after it: «اليوم الثلاثاء». The date keeps its values and
 * gains `known.weekday`; when the year was left out and the weekday falls on that day a year earlier or
 * later, that year is taken; otherwise a weekday that does not fall on that day is kept and reported in `warnings`.
 */
export const mergeWeekdayDate: TemporalRefiner = {
  name: 'merge-weekday-date',
  refine(candidates: Candidate[], text: string, context: ParserContext): Candidate[] {
    const starts = byStart(candidates);
    const merged: Candidate[] = [];
    for (const first of candidates) {
      if (first.source !== 'weekday' || first.value.type !== 'date' || first.value.known.weekday === undefined) continue;
      const weekday = first.value.known.weekday;
      const found = followedBy(text, first.end, CONNECTOR, starts, (c) => isPinnedDate(c) && c.value.type === 'date' && c.value.precision === 'day' && c.value.known.weekday === undefined);
      if (!found || found.next.value.type !== 'date') continue;
      const date = found.next.value;
      const day = date.start ? parseIsoDate(date.start) : null;
      if (!day) continue;
      const actual = weekdayOf(day);
      const dated = actual === weekday ? date : (onNamedWeekday(date, day, weekday, context.reference) ?? date);
      const value = { ...dated, known: { ...dated.known, weekday } };
      if (dated === date && actual !== weekday) {
        value.warnings = [...(date.warnings ?? []), `the text names ${WEEKDAY_NAMES.get(weekday)} but ${date.start} is a ${WEEKDAY_NAMES.get(actual)}`];
      }
      merged.push({ index: first.index, end: found.next.end, kind: 'date', value, source: 'merge-weekday-date' });
    }
    // «اليوم الثلاثاء»، «صباح أمس الاثنين»: a relative day named with its weekday; «اليوم الاثنين 30
    // نوفمبر»، «أمس 29 نوفمبر»: or with the date of that same day, which keeps the date's value.
    const withMerged = merged.length > 0 ? byStart([...candidates, ...merged]) : starts;
    for (const first of candidates) {
      if (first.source !== 'relative-day' || first.value.type !== 'date' || !first.value.start) continue;
      const sameDay = first.value.start;
      const found = followedBy(
        text,
        first.end,
        SPACE,
        withMerged,
        (c) => c.value.type === 'date' && ((c.source === 'weekday' && c.value.known.weekday !== undefined && c.value.known.day === undefined) || (c.value.known.day !== undefined && c.value.precision === 'day' && c.value.start === sameDay && !c.value.warnings)),
      );
      if (!found || found.next.value.type !== 'date') continue;
      if (found.next.value.known.day !== undefined) {
        const dated: DateValue = { ...found.next.value, ...(first.value.relative ? { relative: first.value.relative } : {}) };
        merged.push({ index: first.index, end: found.next.end, kind: 'date', value: dated, source: 'merge-weekday-date' });
        continue;
      }
      const weekday = found.next.value.known.weekday as number;
      const day = parseIsoDate(first.value.start);
      if (!day) continue;
      const value = { ...first.value, known: { ...first.value.known, weekday } };
      const actual = weekdayOf(day);
      if (actual !== weekday) {
        value.warnings = [...(first.value.warnings ?? []), `the text names ${WEEKDAY_NAMES.get(weekday)} but ${first.value.start} is a ${WEEKDAY_NAMES.get(actual)}`];
      }
      merged.push({ index: first.index, end: found.next.end, kind: 'date', value, source: 'merge-weekday-date' });
    }
    return merged.length > 0 ? [...candidates, ...merged] : candidates;
  },
};
