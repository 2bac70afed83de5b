/**
 * Weekdays, resolved against the reference: «الأربعاء الماضي»، «يوم الخميس المقبل»، a bare «الجمعة»
 * by `prefer`. «الاثنين» ("the two") and «الأحد» («الأحد عشر») need context first.
 */
import { addDays, lookupWeekday, WEEKDAY_SOURCE, weekdayOf } from '../../calendar/index';
import { WEEKDAY_CONTEXT_WORDS, WEEKDAYS_NEEDING_CONTEXT } from '../../data/relative-words';
import { normalizeArabic } from '../../text/normalize';
import { buildRegex, WORD_END, WORD_START } from '../../text/regex';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { DIRECTION_SOURCE, directionOf } from '../patterns';
import { dayValue } from '../resolve-values';
import { wordAfter, wordBefore } from '../text-context';
import type { DateValue } from '../types';

const WEEKDAY = buildRegex('temporal/weekday', `${WORD_START}(?<weekday>${WEEKDAY_SOURCE})(?: (?<direction>${DIRECTION_SOURCE}))?${WORD_END}`, 'g');
const DATE_AFTER = buildRegex('temporal/weekday-date-after', '^،? ?[0-9]');
const NEEDS_CONTEXT = new Set(WEEKDAYS_NEEDING_CONTEXT.map(normalizeArabic));
const CONTEXT_WORDS = new Set(WEEKDAY_CONTEXT_WORDS.map(normalizeArabic));

/** Days from the reference to the chosen `weekday`: strictly before (−1), strictly after (+1), this week's (0), or by `prefer`. */
export function weekdayOffset(weekday: number, context: ParserContext, direction: -1 | 0 | 1 | undefined): number {
  const today = weekdayOf(context.reference);
  const back = (today - weekday + 7) % 7; // 0 when today is that weekday
  const ahead = (weekday - today + 7) % 7;
  if (direction === -1) return back === 0 ? -7 : -back;
  if (direction === 1) return ahead === 0 ? 7 : ahead;
  if (direction === 0) {
    const weekStartOffset = (today - context.weekStart + 7) % 7;
    return ((weekday - context.weekStart + 7) % 7) - weekStartOffset;
  }
  if (context.prefer === 'past') return -back;
  if (context.prefer === 'future') return ahead;
  return ahead < back ? ahead : -back;
}

/** The day value of a weekday resolved against the reference. */
export function weekdayValue(weekday: number, context: ParserContext, direction: -1 | 0 | 1 | undefined): DateValue {
  const offset = weekdayOffset(weekday, context, direction);
  const date = addDays(context.reference, offset);
  return dayValue(date, { weekday }, { year: date.year, month: date.month, day: date.day }, { relative: { unit: 'day', offset } });
}

function hasWeekdayContext(text: string, index: number, end: number, prefixed: boolean, hasDirection: boolean): boolean {
  if (prefixed || hasDirection) return true;
  const next = text.slice(end, end + 3);
  if (DATE_AFTER.test(next) || next.startsWith('،')) return true;
  return CONTEXT_WORDS.has(wordBefore(text, index)) || CONTEXT_WORDS.has(wordAfter(text, end));
}

/** «الأربعاء الماضي»، «يوم الخميس المقبل»، «الجمعة». */
export const weekdayParser: TemporalParser = {
  name: 'weekday',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    WEEKDAY.lastIndex = 0;
    for (let match = WEEKDAY.exec(text); match !== null; match = WEEKDAY.exec(text)) {
      const groups = match.groups ?? {};
      const name = groups.weekday ?? '';
      const weekday = lookupWeekday(name);
      if (weekday === null) continue;
      const end = match.index + match[0].length;
      const bare = name.includes(' ') ? name.slice(name.indexOf(' ') + 1) : name;
      const direction = directionOf(groups.direction);
      if (NEEDS_CONTEXT.has(bare) && !hasWeekdayContext(text, match.index, end, bare !== name, direction !== undefined)) continue;
      out.push({ index: match.index, end, kind: 'date', value: weekdayValue(weekday, context, direction), source: 'weekday' });
    }
    return out;
  },
};
