/**
 * Years: «عام 2025»، «العام 2025»، «سنة 1447 هـ»، «2025م»، «1447هـ»، «عام ألفين وخمسة وعشرين».
 * A bare four-digit number is not a year in running text («رؤية 2030»): it needs a year noun or an era marker,
 * or to be linked to such a year («من عام 2020 إلى 2024»).
 */
import { buildRegex, WORD_END, WORD_START } from '../../text/regex';
import { YEAR_NOUNS } from '../../data/era-markers';
import { normalizeArabic } from '../../text/normalize';
import { firstWordTrigger, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import { numberStartingAt } from '../number-context';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { ERA_SOURCE, eraCalendar, RANGE_LINK_SOURCE, YEAR_DIGITS, YEAR_NOUN_SOURCE } from '../patterns';
import { hijriMonthSpan } from '../resolve-hijri';
import { spanValue, yearValue } from '../resolve-values';
import type { DateValue } from '../types';

const YEAR = buildRegex(
  'temporal/year',
  `(?:${WORD_START}(?:(?<noun>${YEAR_NOUN_SOURCE}) (?:(?<digits>${YEAR_DIGITS}|[1-9][0-9]{2})(?: ?(?<era>${ERA_SOURCE}))?${WORD_END}|(?=[\\p{L}]))|(?<bare>${YEAR_DIGITS}) ?(?<bareEra>${ERA_SOURCE})${WORD_END}` +
    // «ولد في 1970.»: after «في», a modern year that ends the clause (not «في 2030 موقعا»).
    `|(?<=(?<![\\p{L}])في )(?<inYear>(?:19|20)[0-9]{2})(?=$|[.,،؛:!?)]))` +
    // «من عام 2020 إلى 2024»، «بين عامي 2020 و2024»: a bare year linked to a year its noun introduced.
    `|(?<=(?<![\\p{L}])(?:${YEAR_NOUN_SOURCE}) ${YEAR_DIGITS}${RANGE_LINK_SOURCE})(?<linkedYear>${YEAR_DIGITS})${WORD_END})`,
  'y',
);
/** Every match starts at a year noun or at the first digit of a year: the pattern runs only there. */
const YEAR_TRIGGER = firstWordTrigger('temporal/year-trigger', [...YEAR_NOUNS.map(normalizeArabic), '1', '2']);
const AT_TRIGGER: TriggerWindow = { lead: 0, trail: 0 };
const ERA_AFTER = buildRegex('temporal/year-era', ` ?(${ERA_SOURCE})${WORD_END}`, 'y');

/** The value of a whole year in the Gregorian or Hijri calendar, or `null` outside the range read. */
export function wholeYearValue(year: number, calendar: 'gregory' | 'islamic-umalqura'): DateValue | null {
  // Three-digit years come only after a year noun («عام 247»).
  if (calendar === 'gregory') return year >= 100 && year <= 2999 ? yearValue(year, { year }, {}) : null;
  if (year < 1300 || year > 1600) return null;
  const span = hijriMonthSpan(year, 1, 12);
  return span ? spanValue('year', span.from, span.to, { year }, {}, { calendar, hijri: { year } }) : null;
}

/** «عام 2025»، «2025م»، «1447هـ»… */
export const yearParser: TemporalParser = {
  name: 'year',
  find(text: string, _context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(YEAR, text, triggerOffsets(YEAR_TRIGGER, text), AT_TRIGGER, (match) => {
      const groups = match.groups ?? {};
      let resume: number | undefined;
      let end = match.index + match[0].length;
      let year: number | undefined;
      let era: 'gregory' | 'islamic-umalqura' | undefined;
      if (groups.digits !== undefined) {
        year = Number(groups.digits);
        era = eraCalendar(groups.era);
      } else if (groups.inYear !== undefined || groups.linkedYear !== undefined) {
        year = Number(groups.inYear ?? groups.linkedYear);
      } else if (groups.bare !== undefined) {
        year = Number(groups.bare);
        era = eraCalendar(groups.bareEra);
      } else {
        // «عام ألفين وخمسة وعشرين»: a year in words after the noun (only plausible modern years).
        const number = numberStartingAt(text, end);
        if (!number || !Number.isInteger(number.value)) return undefined;
        ERA_AFTER.lastIndex = number.end;
        const eraMatch = ERA_AFTER.exec(text);
        era = eraCalendar(eraMatch?.[1]);
        if (era === undefined && (number.value < 1900 || number.value > 2100)) return undefined;
        year = number.value;
        end = eraMatch ? number.end + eraMatch[0].length : number.end;
        resume = end;
      }
      const value = wholeYearValue(year, era ?? 'gregory');
      if (value) out.push({ index: match.index, end, kind: 'date', value, source: 'year' });
      return resume;
    });
    return out;
  },
};
