/**
 * Dates in digits, day first or ISO: «15/10/2025»، «15-10-2025»، «15.10.2025»، «2025-10-15»،
 * «١٥‏/١٠‏/٢٠٢٥» (bidi marks are normalized away), «10/2025» (a month), «23/4/1447 هـ» (Hijri).
 * A day and month with no year («21/09») needs a date word before it or to be the whole text.
 */
import { lookupWeekday } from '../../calendar/index';
import { DATE_PREPOSITIONS } from '../../data/date-prepositions';
import { normalizeArabic } from '../../text/normalize';
import { buildRegex } from '../../text/regex';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { DAY_DIGITS, ERA_SOURCE, eraCalendar, MONTH_DIGITS, YEAR_DIGITS } from '../patterns';
import { monthDateValue } from './month-date';
import { wordBefore } from '../text-context';

/** A day that cannot be a month (13–31): it fixes the order of a month-first pair. */
const LATE_DAY_DIGITS = '(?:1[3-9]|2[0-9]|3[01])';
/** A word or a percent sign right after «2015.3»/«4.22»: a measurement («4.22 نقطة»، «2.5%»), not a date. */
const NUMBER_UNIT_AFTER = buildRegex('temporal/numeric-date-unit-after', '^(?: \\p{L}|[%٪])');
/** Not inside a longer number or word: no letter, digit or `/.-`+digit on either side. */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}]|[0-9][/.-])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}\\p{M}]|[/.-][0-9])';
const NUMERIC_DATE = buildRegex(
  'temporal/numeric-date',
  `${EDGE_BEFORE}(?:(?<d>${DAY_DIGITS})(?<s>[/.-])(?<m>${MONTH_DIGITS})\\k<s>(?:(?<y>${YEAR_DIGITS})|(?<y2>[0-9]{2}))` +
    `|(?<isoY>${YEAR_DIGITS})(?<isoS>[/.-])(?<isoM>${MONTH_DIGITS})\\k<isoS>(?<isoD>${DAY_DIGITS})` +
    // «9-18-15»: month first only where the order is unambiguous (the second number cannot be a month).
    `|(?<mdM>${MONTH_DIGITS})(?<mdS>[/.-])(?<mdD>${LATE_DAY_DIGITS})\\k<mdS>(?:(?<mdY>${YEAR_DIGITS})|(?<mdY2>[0-9]{2}))` +
    `|(?<mmM>${MONTH_DIGITS})[/-](?<mmY>${YEAR_DIGITS})` +
    `|(?<ymY>${YEAR_DIGITS})(?<ymS>[/.-])(?<ymM>${MONTH_DIGITS})(?!\\k<ymS>)` +
    `|(?<ddD>${DAY_DIGITS})(?<ddS>[/.-])(?<ddM>${MONTH_DIGITS})(?:, ?(?:(?<ddY>${YEAR_DIGITS})|(?<ddY2>[0-9]{2})(?! ?\\p{L})))?` +
    `|(?<umM>${MONTH_DIGITS})(?<umS>[/.-])(?<umD>${LATE_DAY_DIGITS}))` +
    `(?: ?(?<era>${ERA_SOURCE}))?${EDGE_AFTER}`,
  'g',
);
const DATE_WORDS = new Set(DATE_PREPOSITIONS.map((p) => normalizeArabic(p.word)));

/** Two-digit years («18-9-15») are this century's unless that is more than 20 years ahead of the reference. */
function fullYear(twoDigits: string, context: ParserContext): number {
  const year = 2000 + Number(twoDigits);
  return year > context.reference.year + 20 ? year - 100 : year;
}

/** «15/10/2025»، «2025-10-15»، «10/2025»… */
export const numericDateParser: TemporalParser = {
  name: 'numeric-date',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    NUMERIC_DATE.lastIndex = 0;
    for (let match = NUMERIC_DATE.exec(text); match !== null; match = NUMERIC_DATE.exec(text)) {
      const g = match.groups ?? {};
      const end = match.index + match[0].length;
      const calendar = eraCalendar(g.era) ?? 'gregory';
      const day = g.d ?? g.isoD ?? g.mdD ?? g.ddD ?? g.umD;
      const month = g.m ?? g.isoM ?? g.mdM ?? g.mmM ?? g.ymM ?? g.ddM ?? g.umM;
      const twoDigitYear = g.y2 ?? g.mdY2 ?? g.ddY2;
      const year = twoDigitYear !== undefined ? fullYear(twoDigitYear, context) : g.y ?? g.isoY ?? g.mdY ?? g.mmY ?? g.ymY ?? g.ddY;
      if (month === undefined) continue;
      const whole = match.index === 0 && end === text.length;
      const before = wordBefore(text, match.index);
      const dateWordBefore = DATE_WORDS.has(before) || lookupWeekday(before) !== null;
      if (year === undefined) {
        // «يوم السبت 21/09»: a weekday or a date word before a day and month makes them a date; so does a
        // slash when the order is unambiguous («4/22»، «22/04»). «4.22» and «22-4» alone are a decimal or a score.
        // Followed by a word («12/15 في المائة»), it is a ratio.
        const unambiguousSlash = (g.ddS === '/' || g.umS === '/') && Number(day) > 12 && !NUMBER_UNIT_AFTER.test(text.slice(end, end + 2));
        if (!whole && !dateWordBefore && !unambiguousSlash) continue;
      }
      const dotted = g.ymS === '.' || g.ddS === '.' || g.umS === '.';
      // «2015.3 نقطة»، «في 4.5%» are measurements, not dates.
      if (dotted && !whole && NUMBER_UNIT_AFTER.test(text.slice(end, end + 2))) continue;
      const parts: Parameters<typeof monthDateValue>[0] = { calendar, month: Number(month) };
      if (day !== undefined) parts.day = Number(day);
      if (year !== undefined) parts.year = Number(year);
      const value = monthDateValue(parts, context);
      if (value) out.push({ index: match.index, end, kind: 'date', value, source: 'numeric-date' });
    }
    return out;
  },
};
