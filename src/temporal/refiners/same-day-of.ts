/**
 * The same day of another period: «في مثل هذا اليوم من العام الماضي» is the reference's day one year
 * earlier, «في نفس اليوم من الشهر المقبل» a month later. Merges «اليوم» (after a lead of
 * SAME_DAY_LEADS) with the relative period written after « من ».
 *
 * @internal
 * @module
 */
import { addDays, addMonths, addYears } from '../../calendar/index';
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

/** «مثل هذا اليوم من العام الماضي»… */
export const sameDayOf: TemporalRefiner = {
  name: 'same-day-of',
  refine(candidates: Candidate[], text: string, context: ParserContext): Candidate[] {
    const added: Candidate[] = [];
    for (const candidate of candidates) {
      if (candidate.source !== 'relative-day' || !TODAY.has(text.slice(candidate.index, candidate.end))) continue;
      const lead = LEAD_BEFORE.exec(text.slice(Math.max(0, candidate.index - LEAD_LOOKBACK), candidate.index));
      if (!lead) continue;
      const found = followedBy(text, candidate.end, OF, byStart(candidates), (c) => c.source === 'relative-period' && c.value.type === 'date' && c.value.relative !== undefined);
      const relative = found?.next.value.type === 'date' ? found.next.value.relative : undefined;
      if (!found || !relative || !Number.isInteger(relative.offset)) continue;
      let date: CivilDate | null;
      try {
        date = shifted(context.reference, relative.unit, relative.offset);
      } catch {
        continue;
      }
      if (!date) continue;
      const value = dayValue(date, {}, { year: date.year, month: date.month, day: date.day }, { relative });
      added.push({ index: candidate.index - lead[0].length, end: found.next.end, kind: 'date', value, source: 'same-day-of' });
    }
    return added.length > 0 ? [...candidates, ...added] : candidates;
  },
};
