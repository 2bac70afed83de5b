import { OTHER_YEAR_ADJECTIVES, PERIOD_WORDS } from '../../data/relative-words';
import { normalizeArabic } from '../../text/normalize';
import type { Candidate, TemporalRefiner } from '../parser';
import { wordAfter, wordBefore } from '../text-context';

const YEAR_NOUNS = new Set(PERIOD_WORDS.filter((w) => w.unit === 'year').map((w) => normalizeArabic(w.word)));
const OTHER_YEARS = new Set(OTHER_YEAR_ADJECTIVES.map((w) => normalizeArabic(w.word)));

/**
 * Drops a reading that ends on «العام»/«السنة» when an adjective naming another kind of year follows:
 * «منتصف العام الدراسي»، «نهاية السنة المالية» are not parts of the calendar year.
 */
export const dropOtherYears: TemporalRefiner = {
  name: 'other-years',
  refine(candidates: Candidate[], text: string): Candidate[] {
    const kept = candidates.filter((c) => !(YEAR_NOUNS.has(wordBefore(text, c.end)) && OTHER_YEARS.has(wordAfter(text, c.end))));
    return kept.length === candidates.length ? candidates : kept;
  },
};
