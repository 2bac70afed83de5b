/**
 * Dates written month first: «يناير 1»، «يناير-1»، «سبتمبر10، 1901»، «مايو الحادي عشر»، «يناير الثاني
 * والعشرين، 2018»، «سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعين». The month name fixes the
 * order, so the number after it is the day. Only Gregorian month names (a Hijri name followed by an
 * ordinal is a name: «ربيع الأول»). A day in digits followed by a word («مارس 3 مرات» "practised three
 * times") is not a date unless a year follows it.
 */
import { lookupMonth, MONTH_NAME_SOURCE } from '../../calendar/index';
import { buildRegex } from '../../text/regex';
import { numberAfterYearLead, ordinalStartingAt } from '../number-context';
import { MONTH_TRIGGER, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { CLITIC_START, DAY_DIGITS } from '../patterns';
import { monthDateValue } from './month-date';

const MONTH_FIRST = buildRegex(
  'temporal/month-first',
  `${CLITIC_START}(?<month>${MONTH_NAME_SOURCE})(?:(?:-| ?)(?<day>${DAY_DIGITS})(?![0-9])| (?=ال))`,
  'dy',
);
/** A match starts at its month name: the pattern is tried only where one starts. */
const AT_MONTH: TriggerWindow = { lead: 0, trail: 0 };
/** What may stand between the day and the year: «، 2018»، «من عام ألفين»، « 1901». */
/** A word or a number right after a day in digits: «مارس 3 مرات» is not a date. */
const WORD_AFTER = buildRegex('temporal/month-first-word-after', '^ ?[\\p{L}\\p{N}]');

/** «يناير 1»، «مايو الحادي عشر»، «سبتمبر 10, ألف وتسعمائة وواحد»… */
export const monthFirstParser: TemporalParser = {
  name: 'month-first',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(MONTH_FIRST, text, triggerOffsets(MONTH_TRIGGER, text), AT_MONTH, (match) => {
      const candidate = readMatch(match, text, context);
      if (candidate) out.push(candidate);
    });
    return out;
  },
};

function readMatch(match: RegExpExecArray, text: string, context: ParserContext): Candidate | null {
  const groups = match.groups ?? {};
  const month = lookupMonth(groups.month ?? '');
  if (!month || month.calendar !== 'gregory') return null;
  let day: number;
  let end: number;
  const digitsWritten = groups.day !== undefined;
  if (digitsWritten) {
    day = Number(groups.day);
    end = match.index + match[0].length;
  } else {
    const ordinal = ordinalStartingAt(text, match.index + match[0].length);
    if (!ordinal || !Number.isInteger(ordinal.value) || ordinal.value < 1 || ordinal.value > 31) return null;
    day = ordinal.value;
    end = ordinal.end;
  }
  let year: number | undefined;
  const number = numberAfterYearLead(text, end);
  // A year in digits may be any four-digit year; in words only a plausible modern one («ألف» alone is a count).
  const yearText = number ? text.slice(number.start, number.end) : '';
  const digits = yearText.length === 4 && [...yearText].every((c) => c >= '0' && c <= '9');
  if (number && Number.isInteger(number.value) && (digits ? number.value >= 1000 && number.value <= 2999 : number.value >= 1900 && number.value <= 2100)) {
    year = number.value;
    end = number.end;
  } else if (digitsWritten && WORD_AFTER.test(text.slice(end, end + 2))) {
    return null;
  }
  const parts: Parameters<typeof monthDateValue>[0] = { calendar: 'gregory', month: month.month, day };
  if (year !== undefined) parts.year = year;
  const value = monthDateValue(parts, context);
  return value ? { index: match.index, end, kind: 'date', value, source: 'month-first' } : null;
}
