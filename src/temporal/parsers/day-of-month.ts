/**
 * A day of the month after «يوم»: «عدت يوم 27»، «يوم 21 في القاهرة». «يوم» is the date context a bare
 * number lacks («في 15» alone is not a date in running text). The month is the reference's or a
 * neighbour, by `prefer`: the latest such day on or before the reference (`past`), the earliest on or
 * after it (`future`). A number followed by a noun («يوم 21 قتيلا») or by a month (read by the month-date
 * parser) is not this.
 */
import { addMonths } from '../../calendar/index';
import type { CivilDate } from '../../calendar/types';
import { PARTICLES_AFTER_DATE } from '../../data/relative-words';
import { normalizeArabic } from '../../text/normalize';
import { alternation, buildRegex, WORD_END } from '../../text/regex';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { DAY_DIGITS } from '../patterns';
import { dayValue } from '../resolve-values';
import { dayExists } from '../resolve-year';
import type { DateValue } from '../types';

const DAY_OF_MONTH = buildRegex(
  'temporal/day-of-month',
  `(?<![\\p{L}\\p{N}])يوم (?<day>${DAY_DIGITS})(?![\\p{L}\\p{N}\\p{M}/.:\\-]| (?!${alternation(PARTICLES_AFTER_DATE.map(normalizeArabic))}${WORD_END})[\\p{L}\\p{N}])`,
  'g',
);

/** The `day` in the reference month or the nearest month before (`past`) or after it that has it. */
function dayOfMonthValue(day: number, context: ParserContext): DateValue | null {
  const reference = context.reference;
  const future = context.prefer === 'future' || (context.prefer === 'nearest' && day >= reference.day);
  const step = future ? 1 : -1;
  const sameMonthFits = future ? day >= reference.day : day <= reference.day;
  const first: CivilDate = { year: reference.year, month: reference.month, day: 1 };
  for (let i = sameMonthFits ? 0 : 1; i < 4; i++) {
    const month = addMonths(first, i * step);
    if (dayExists('gregory', month.year, month.month, day)) {
      return dayValue({ year: month.year, month: month.month, day }, { day }, { year: month.year, month: month.month });
    }
  }
  return null;
}

/** «يوم 27»… */
export const dayOfMonthParser: TemporalParser = {
  name: 'day-of-month',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    DAY_OF_MONTH.lastIndex = 0;
    for (let match = DAY_OF_MONTH.exec(text); match !== null; match = DAY_OF_MONTH.exec(text)) {
      const value = dayOfMonthValue(Number(match.groups?.day), context);
      // «يوم» is part of the span: without it the number is no date.
      if (value) out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value, source: 'day-of-month' });
    }
    return out;
  },
};
