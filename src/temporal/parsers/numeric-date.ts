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

/** Not inside a longer number or word: no letter, digit or `/.-`+digit on either side. */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}]|[0-9][/.-])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}\\p{M}]|[/.-][0-9])';
const NUMERIC_DATE = buildRegex(
  'temporal/numeric-date',
  `${EDGE_BEFORE}(?:(?<d>${DAY_DIGITS})(?<s>[/.-])(?<m>${MONTH_DIGITS})\\k<s>(?<y>${YEAR_DIGITS})` +
    `|(?<isoY>${YEAR_DIGITS})(?<isoS>[/.-])(?<isoM>${MONTH_DIGITS})\\k<isoS>(?<isoD>${DAY_DIGITS})` +
    `|(?<mmM>${MONTH_DIGITS})/(?<mmY>${YEAR_DIGITS})` +
    `|(?<ddD>${DAY_DIGITS})/(?<ddM>${MONTH_DIGITS}))` +
    `(?: ?(?<era>${ERA_SOURCE}))?${EDGE_AFTER}`,
  'g',
);
const DATE_WORDS = new Set(DATE_PREPOSITIONS.map((p) => normalizeArabic(p.word)));

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
      const day = g.d ?? g.isoD ?? g.ddD;
      const month = g.m ?? g.isoM ?? g.mmM ?? g.ddM;
      const year = g.y ?? g.isoY ?? g.mmY;
      if (month === undefined) continue;
      if (year === undefined) {
        const whole = match.index === 0 && end === text.length;
        const before = wordBefore(text, match.index);
        // «يوم السبت 21/09»: a weekday or a date word before a day and month makes them a date.
        if (!whole && !DATE_WORDS.has(before) && lookupWeekday(before) === null) continue;
      }
      const parts: Parameters<typeof monthDateValue>[0] = { calendar, month: Number(month) };
      if (day !== undefined) parts.day = Number(day);
      if (year !== undefined) parts.year = Number(year);
      const value = monthDateValue(parts, context);
      if (value) out.push({ index: match.index, end, kind: 'date', value, source: 'numeric-date' });
    }
    return out;
  },
};
