/**
 * Calendar periods relative to the reference: «الأسبوع الماضي»، «الشهر الجاري»، «العام المقبل»،
 * «السنة الماضية»، «هذا العام»، «الربع المقبل».
 */
import { addMonths, startOfWeek, addDays } from '../../calendar/index';
import { PERIOD_WORDS, type PeriodUnit } from '../../data/relative-words';
import { normalizeArabic } from '../../text/normalize';
import { buildRegex, WORD_END, WORD_START } from '../../text/regex';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { DIRECTION_SOURCE, directionOf, lookupFrom, THIS_SOURCE, wordsSource } from '../patterns';
import { monthsValue, monthValue, weekValue, yearValue } from '../resolve-values';
import { wordBefore } from '../text-context';
import type { DateValue } from '../types';

const PERIODS = lookupFrom(PERIOD_WORDS, (w) => w.word);
/** Period nouns, for other parsers («مطلع العام»، «الربع الأول من العام»). */
export const PERIOD_SOURCE = wordsSource(PERIOD_WORDS, (w) => w.word);
const RELATIVE_PERIOD = buildRegex(
  'temporal/relative-period',
  `${WORD_START}(?:(?<this>${THIS_SOURCE}) )?(?<period>${PERIOD_SOURCE})(?: (?<direction>${DIRECTION_SOURCE}))?${WORD_END}`,
  'g',
);
const GENERAL = normalizeArabic('العام');

/** The unit a normalized period noun names. */
export function periodUnitOf(normalizedWord: string): PeriodUnit | undefined {
  return PERIODS.get(normalizedWord)?.unit;
}

/** The period `offset` units away from the one holding the reference day. */
export function relativePeriodValue(unit: PeriodUnit, offset: number, context: ParserContext): DateValue {
  const reference = context.reference;
  const relative = { relative: { unit, offset } };
  if (unit === 'week') {
    const first = addDays(startOfWeek(reference, context.weekStart), 7 * offset);
    return weekValue(first, {}, { year: first.year, month: first.month, day: first.day }, relative);
  }
  if (unit === 'month') {
    const first = addMonths({ year: reference.year, month: reference.month, day: 1 }, offset);
    return monthValue(first.year, first.month, {}, { year: first.year, month: first.month }, relative);
  }
  if (unit === 'quarter') {
    const first = addMonths({ year: reference.year, month: Math.floor((reference.month - 1) / 3) * 3 + 1, day: 1 }, 3 * offset);
    return monthsValue('quarter', first.year, first.month, 3, {}, { year: first.year, month: first.month }, relative);
  }
  const year = reference.year + offset;
  return yearValue(year, {}, { year }, relative);
}

/** «الأسبوع الماضي»، «هذا العام»… */
export const relativePeriodParser: TemporalParser = {
  name: 'relative-period',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    RELATIVE_PERIOD.lastIndex = 0;
    for (let match = RELATIVE_PERIOD.exec(text); match !== null; match = RELATIVE_PERIOD.exec(text)) {
      const groups = match.groups ?? {};
      const unit = periodUnitOf(groups.period ?? '');
      const direction = groups.this !== undefined ? 0 : directionOf(groups.direction);
      if (unit === undefined || direction === undefined) continue;
      // «الأمين العام السابق»: after a definite noun, «العام» is the adjective "general".
      if (groups.this === undefined && groups.period === GENERAL && wordBefore(text, match.index).startsWith('ال')) continue;
      out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value: relativePeriodValue(unit, direction, context), source: 'relative-period' });
    }
    return out;
  },
};
