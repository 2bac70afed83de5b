/**
 * Two weekdays inside a named week: «الأسبوع المقبل من الأربعاء إلى الجمعة»، «هذا الأسبوع بين الأربعاء
 * والجمعة». The week reading and the weekdays after it become one range whose ends fall in that week.
 *
 * @internal
 * @module
 */
import { addDays, lookupWeekday, parseIsoDate, WEEKDAY_SOURCE } from '../../calendar/index';
import { RANGE_WORDS } from '../../data/relative-words';
import { buildRegex, WORD_END } from '../../text/regex';
import type { Candidate, ParserContext, TemporalRefiner } from '../parser';
import { wordsSource } from '../patterns';
import { dayValue } from '../resolve-values';
import type { RangeValue } from '../types';

const OPENERS = wordsSource(
  RANGE_WORDS.filter((w) => w.role === 'from' || w.role === 'between'),
  (w) => w.word,
);
const JOINERS = wordsSource(
  RANGE_WORDS.filter((w) => w.role === 'to' || w.role === 'and'),
  (w) => w.word,
);
const WEEKDAYS_AFTER = buildRegex(
  'temporal/weekdays-in-week',
  ` (?:${OPENERS}) (?:يوم )?(?<first>${WEEKDAY_SOURCE}) (?:(?:${JOINERS}) ?)(?:يوم )?(?<last>${WEEKDAY_SOURCE})${WORD_END}`,
  'y',
);

/** «الأسبوع المقبل من الأربعاء إلى الجمعة»… */
export const weekdaysInWeek: TemporalRefiner = {
  name: 'weekdays-in-week',
  refine(candidates: Candidate[], text: string, context: ParserContext): Candidate[] {
    const added: Candidate[] = [];
    for (const week of candidates) {
      if (week.value.type !== 'date' || week.value.precision !== 'week' || !week.value.start || week.source === 'weekend') continue;
      WEEKDAYS_AFTER.lastIndex = week.end;
      const match = WEEKDAYS_AFTER.exec(text);
      const first = lookupWeekday(match?.groups?.first ?? '');
      const last = lookupWeekday(match?.groups?.last ?? '');
      const weekStart = parseIsoDate(week.value.start);
      if (!match || first === null || last === null || !weekStart) continue;
      const day = (weekday: number) => addDays(weekStart, (weekday - context.weekStart + 7) % 7);
      const from = day(first);
      const to = day(last);
      if (from.year * 400 + from.month * 32 + from.day >= to.year * 400 + to.month * 32 + to.day) continue;
      const implied = (d: typeof from) => ({ year: d.year, month: d.month, day: d.day });
      const value: RangeValue = { type: 'range', from: dayValue(from, { weekday: first }, implied(from)), to: dayValue(to, { weekday: last }, implied(to)) };
      added.push({ index: week.index, end: week.end + match[0].length, kind: 'range', value, source: 'weekdays-in-week' });
    }
    return added.length > 0 ? [...candidates, ...added] : candidates;
  },
};
