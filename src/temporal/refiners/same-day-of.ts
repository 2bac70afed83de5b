/**
 * The same day of another period: «في مثل هذا اليوم من العام الماضي» is the reference's day one year
 * earlier, «في نفس اليوم من الشهر المقبل» a month later, «في مثل هذا اليوم من عام 2020» that day in 2020. Merges «اليوم» (after a lead of
 * SAME_DAY_LEADS) with the relative period or written year after « من ».
 *
 * @internal
 * @module
 */
import { addDays, addMonths, addYears, daysInMonth } from '../../calendar/index';
import type { CivilDate } from '../../calendar/types';
import { RELATIVE_DAY_WORDS, SAME_DAY_LEADS } from '../../data/relative-words';
import { normalizeArabic } from '../../text/normalize';
import { buildRegex, WORD_END } from '../../text/regex';
import type { Candidate, ParserContext, TemporalRefiner } from '../parser';
import { wordsSource } from '../patterns';
import { dayValue } from '../resolve-values';
import { byStart, followedBy } from './adjacent';

const TODAY = new Set(RELATIVE_DAY_WORDS.filter((w) => w.offset === 0 && !w.ambiguous).map((w) => normalizeArabic(w.word)));
const LEAD_BEFORE = buildRegex('temporal/same-day-lead', `(?<![\\p{L}])(?:${wordsSource(SAME_DAY_LEADS, (w) => w.word)}) $`);
const OF = buildRegex('temporal/same-day-of', ` من${WORD_END} `, 'y');
const LEAD_LOOKBACK = Math.max(...SAME_DAY_LEADS.map((w) => w.word.length)) + 2;

function shifted(reference: CivilDate, unit: string, offset: number): CivilDate | null {
  if (unit === 'year') return addYears(reference, offset);
  if (unit === 'month') return addMonths(reference, offset);
  if (unit === 'week') return addDays(reference, 7 * offset);
  return null;
}

function isRelativePeriod(candidate: Candidate): boolean {
  return candidate.source === 'relative-period' && candidate.value.type === 'date' && candidate.value.relative !== undefined;
}

/** The Gregorian year a whole-year reading wrote («عام 2020»), else `undefined`. */
function writtenYear(candidate: Candidate): number | undefined {
  const value = candidate.value;
  if (value.type !== 'date' || value.precision !== 'year' || value.calendar !== 'gregory' || value.relative !== undefined) return undefined;
  return value.known.year;
}

/** «مثل هذا اليوم من العام الماضي»… */
export const sameDayOf: TemporalRefiner = {
  name: 'same-day-of',
  refine(candidates: Candidate[], text: string, context: ParserContext): Candidate[] {
    const added: Candidate[] = [];
    for (const candidate of candidates) {
      if (candidate.source !== 'relative-day' || !TODAY.has(text.slice(candidate.index, candidate.end))) continue;
      const lead = LEAD_BEFORE.exec(text.slice(Math.max(0, candidate.index - LEAD_LOOKBACK), candidate.index));
      if (!lead) continue;
      const found = followedBy(text, candidate.end, OF, byStart(candidates), (c) => isRelativePeriod(c) || writtenYear(c) !== undefined);
      if (!found) continue;
      const period = found.next.value;
      const relative = period.type === 'date' ? period.relative : undefined;
      const year = writtenYear(found.next);
      let date: CivilDate | null = null;
      try {
        if (relative && Number.isInteger(relative.offset)) date = shifted(context.reference, relative.unit, relative.offset);
        // «في مثل هذا اليوم من عام 2020»: the reference's month and day in that year (28 February for a 29th).
        else if (year !== undefined) date = { year, month: context.reference.month, day: Math.min(context.reference.day, daysInMonth(year, context.reference.month)) };
      } catch {
        continue;
      }
      if (!date) continue;
      const known = year !== undefined ? { year } : {};
      const implied = year !== undefined ? { month: date.month, day: date.day } : { year: date.year, month: date.month, day: date.day };
      const value = dayValue(date, known, implied, relative ? { relative } : {});
      added.push({ index: candidate.index - lead[0].length, end: found.next.end, kind: 'date', value, source: 'same-day-of' });
    }
    return added.length > 0 ? [...candidates, ...added] : candidates;
  },
};
