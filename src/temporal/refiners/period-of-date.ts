/**
 * A period named by the date or year written after it:
 * - the week that holds a day: «أسبوع 15 سبتمبر»، «الأسبوع في 15 سبتمبر»؛
 * - the nth week, quarter or half of a year: «الأسبوع الثالث من عام 2027»، «الأسبوع الأول العام المقبل»،
 *   «الربع الأول من عام ألفين وعشرين». The nth week is the nth whole week that starts in the year
 *   (on the context's first day of the week), as the nth week of a month is.
 *
 * @internal
 * @module
 */
import { addDays, parseIsoDate, startOfWeek } from '../../calendar/index';
import { PERIOD_OF_DATE_WORDS } from '../../data/relative-words';
import { normalizeArabic } from '../../text/normalize';
import { alternation, buildRegex } from '../../text/regex';
import { ordinalEndingAt } from '../number-context';
import type { Candidate, ParserContext, TemporalRefiner } from '../parser';
import { monthsValue, weekValue } from '../resolve-values';
import type { DateValue } from '../types';
import { isPinnedDate } from './adjacent';

const UNITS = new Map(PERIOD_OF_DATE_WORDS.map((w) => [normalizeArabic(w.word), w.unit]));
const WORDS = alternation(PERIOD_OF_DATE_WORDS.map((w) => normalizeArabic(w.word)));
/** «أسبوع » or «الأسبوع في » right before a day. */
const WEEK_BEFORE_DAY = buildRegex('temporal/week-of-day', `(?<![\\p{L}])(?<word>${WORDS}) (?:في )?$`);
/** «من »/«في » between the ordinal and the year (optional: «الأسبوع الثالث العام المقبل»). */
const OF_BEFORE_YEAR = buildRegex('temporal/nth-of-year-of', `(?:(?<![\\p{L}])(?:من|في) )?$`);
const WORD_BEFORE_ORDINAL = buildRegex('temporal/nth-of-year-word', `(?<![\\p{L}])(?<word>${WORDS}) $`);

function weekOfDay(day: DateValue, context: ParserContext): DateValue | null {
  const date = day.start ? parseIsoDate(day.start) : null;
  if (!date) return null;
  const first = startOfWeek(date, context.weekStart);
  return weekValue(first, day.known, { ...day.implied });
}

function nthOfYear(unit: 'week' | 'quarter' | 'half', nth: number, year: DateValue, context: ParserContext): DateValue | null {
  const first = year.start ? parseIsoDate(year.start) : null;
  if (!first) return null;
  if (unit === 'week') {
    if (nth < 1 || nth > 52) return null;
    const weekStart = startOfWeek(first, context.weekStart);
    const firstWhole = weekStart.day === 1 && weekStart.month === 1 && weekStart.year === first.year ? weekStart : addDays(weekStart, 7);
    return weekValue(addDays(firstWhole, 7 * (nth - 1)), year.known, { ...year.implied });
  }
  const count = unit === 'quarter' ? 4 : 2;
  if (nth < 1 || nth > count) return null;
  const months = 12 / count;
  return monthsValue(unit, first.year, (nth - 1) * months + 1, months, year.known, year.implied);
}

/** «أسبوع 15 سبتمبر»، «الأسبوع الثالث من عام 2027»… */
export const periodOfDate: TemporalRefiner = {
  name: 'period-of-date',
  refine(candidates: Candidate[], text: string, context: ParserContext): Candidate[] {
    const added: Candidate[] = [];
    for (const candidate of candidates) {
      if (!isPinnedDate(candidate) || candidate.value.calendar !== 'gregory') continue;
      const before = text.slice(Math.max(0, candidate.index - 16), candidate.index);
      if (candidate.value.precision === 'day') {
        const head = WEEK_BEFORE_DAY.exec(before);
        if (!head || UNITS.get(head.groups?.word ?? '') !== 'week') continue;
        const value = weekOfDay(candidate.value, context);
        if (value) added.push({ index: candidate.index - head[0].length, end: candidate.end, kind: 'date', value, source: 'period-of-date' });
      } else if (candidate.value.precision === 'year') {
        const of = OF_BEFORE_YEAR.exec(before);
        const ordinalEnd = candidate.index - (of?.[0].length ?? 0) - 1;
        if (ordinalEnd < 1 || text[ordinalEnd] !== ' ') continue;
        const ordinal = ordinalEndingAt(text, ordinalEnd);
        if (!ordinal) continue;
        const head = WORD_BEFORE_ORDINAL.exec(text.slice(Math.max(0, ordinal.index - 16), ordinal.index));
        const unit = UNITS.get(head?.groups?.word ?? '');
        if (!head || !unit) continue;
        const value = nthOfYear(unit, ordinal.value, candidate.value, context);
        if (value) added.push({ index: ordinal.index - head[0].length, end: candidate.end, kind: 'date', value, source: 'period-of-date' });
      }
    }
    return added.length > 0 ? [...candidates, ...added] : candidates;
  },
};
