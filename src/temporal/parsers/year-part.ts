/**
 * Quarters and halves of a year: «الربع الأول من العام»، «النصف الثاني من 2025»، «الربع الأخير من
 * العام الماضي»، «النصف الأول من هذا العام». A quarter or half needs its year written after it.
 */
import { LAST_WORDS, YEAR_PART_WORDS } from '../../data/relative-words';
import { normalizeArabic } from '../../text/normalize';
import { buildRegex, WORD_END, WORD_START } from '../../text/regex';
import { ordinalStartingAt } from '../number-context';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { DIRECTION_SOURCE, directionOf, lookupFrom, THE_YEAR_SOURCE, THIS_SOURCE, wordsSource, YEAR_DIGITS, YEAR_NOUN_SOURCE } from '../patterns';
import { monthsValue } from '../resolve-values';

const PARTS = lookupFrom(YEAR_PART_WORDS, (w) => w.word);
/** «الربع الأخير»: the word follows the noun here. */
const LAST_AFTER_NOUN = LAST_WORDS.filter((w) => w.placement === 'after-noun');
const LAST = new Set(LAST_AFTER_NOUN.map((w) => normalizeArabic(w.word)));
const PART_HEAD = buildRegex('temporal/year-part', `${WORD_START}(?<part>${wordsSource(YEAR_PART_WORDS, (w) => w.word)}) `, 'g');
const LAST_SOURCE = wordsSource(LAST_AFTER_NOUN, (w) => w.word);
const LAST_WORD = buildRegex('temporal/year-part-last', `(${LAST_SOURCE})${WORD_END}`, 'y');
const OF_YEAR = buildRegex(
  'temporal/year-part-year',
  `(?: (?<bareAfter>${YEAR_DIGITS})| (?:من|في|ل) ?(?:(?:${YEAR_NOUN_SOURCE}) (?<digits>${YEAR_DIGITS})|(?<bare>${YEAR_DIGITS})|(?:(?<this>${THIS_SOURCE}) )?${THE_YEAR_SOURCE}(?: (?<direction>${DIRECTION_SOURCE}))?))${WORD_END}`,
  'y',
);

/** «الربع الأول من العام»… */
export const yearPartParser: TemporalParser = {
  name: 'year-part',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    PART_HEAD.lastIndex = 0;
    for (let match = PART_HEAD.exec(text); match !== null; match = PART_HEAD.exec(text)) {
      const part = PARTS.get(match.groups?.part ?? '');
      if (!part) continue;
      const count = part.unit === 'quarter' ? 4 : 2;
      const afterHead = match.index + match[0].length;
      let ordinal: number | undefined;
      let ordinalEnd = afterHead;
      LAST_WORD.lastIndex = afterHead;
      const last = LAST_WORD.exec(text);
      if (last && LAST.has(last[1] ?? '')) {
        ordinal = count;
        ordinalEnd = afterHead + last[0].length;
      } else {
        const read = ordinalStartingAt(text, afterHead);
        if (read) {
          ordinal = read.value;
          ordinalEnd = read.end;
        }
      }
      if (ordinal === undefined || ordinal < 1 || ordinal > count) continue;
      OF_YEAR.lastIndex = ordinalEnd;
      const ofYear = OF_YEAR.exec(text);
      if (!ofYear) continue;
      const g = ofYear.groups ?? {};
      const written = g.digits ?? g.bare ?? g.bareAfter;
      const direction = g.this !== undefined ? 0 : (directionOf(g.direction) ?? 0);
      const year = written !== undefined ? Number(written) : context.reference.year + direction;
      const months = 12 / count;
      const value = monthsValue(part.unit, year, (ordinal - 1) * months + 1, months, written !== undefined ? { year } : {}, written !== undefined ? {} : { year });
      out.push({ index: match.index, end: ordinalEnd + ofYear[0].length, kind: 'date', value, source: 'year-part' });
    }
    return out;
  },
};
