/**
 * Dates written with a month name, of any dialect or of the Hijri calendar:
 * «15 تشرين الأول 2025»، «١٥ أكتوبر ٢٠٢٥م»، «الخامس عشر من تشرين الأول»، «في العاشر من سبتمبر، ألفين»،
 * «23 ربيع الآخر 1447 هـ»، «غرة رمضان»، «15 تشرين الأول الماضي»، «أكتوبر 2025»، «تشرين الأول الماضي»،
 * «شهر رمضان»، «مارس من العام الجاري». A month name alone is not reported: it needs a day, a year,
 * «شهر», an era marker or a direction word (Context before a guess). An epithet of a month
 * («الشهر الفضيل»، «شهر الصوم») is its own context: it is never an ordinary word.
 */
import { addDays, lookupMonth, MONTH_NAME_SOURCE, toHijri } from '../../calendar/index';
import type { CalendarSystem, CivilDate } from '../../calendar/types';
import { DATE_NAME_HEADS } from '../../data/date-name-heads';
import { MONTH_CONTEXT_PREPOSITIONS } from '../../data/date-prepositions';
import { HIJRI_MONTH_EPITHETS } from '../../data/months/hijri';
import { normalizeArabic } from '../../text/normalize';
import { NUMBER_PHRASE_SOURCE, parseArabicNumber } from '../../text/index';
import { buildRegex, WORD_END, WORD_START } from '../../text/regex';
import { longestAlternative, MONTH_TRIGGER, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import { numberAfterYearLead, numberStartingAt, ordinalEndingAt } from '../number-context';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import {
  CLITIC_START,
  DAY_DIGITS,
  DIRECTION_SOURCE,
  directionOf,
  ERA_SOURCE,
  eraCalendar,
  DAY_ARTICLE_LENGTH,
  DAY_ARTICLE_SOURCE,
  DAY_NOUN,
  FIRST_DAY_SOURCE,
  MONTH_NOUN_SOURCE,
  RANGE_LINK_SOURCE,
  THE_YEAR_SOURCE,
  THIS_SOURCE,
  YEAR_DIGITS,
  YEAR_NOUN_SOURCE,
} from '../patterns';
import { gregorianToHijri, hijriDay, hijriMonthSpan } from '../resolve-hijri';
import { dayValue, monthValue, spanValue } from '../resolve-values';
import { dayExists, resolveYear } from '../resolve-year';
import { wordBefore } from '../text-context';
import type { DateFields, DateValue } from '../types';

const NAME_HEADS = new Set(DATE_NAME_HEADS.map((h) => normalizeArabic(h.word)));
const CONTEXT_PREPOSITIONS = new Set(MONTH_CONTEXT_PREPOSITIONS.map(normalizeArabic));
const EPITHETS = new Set(HIJRI_MONTH_EPITHETS.map((e) => normalizeArabic(e.spelling)));

const MONTH_DATE = buildRegex(
  'temporal/month-date',
  `${CLITIC_START}` +
    `(?:${DAY_ARTICLE_SOURCE}(?<dayDigits>${DAY_DIGITS})(?:[.\\-/] ?| )(?:من )?(?:${MONTH_NOUN_SOURCE} )?|(?<firstDay>${FIRST_DAY_SOURCE})(?:${MONTH_NOUN_SOURCE} )?` +
    `|(?:(?<thisMonth>${THIS_SOURCE}) )?(?<monthNoun>${MONTH_NOUN_SOURCE}) |(?<thisMonthBare>${THIS_SOURCE}) |(?<of>(?:يوم )?من )(?:(?<ofNoun>${MONTH_NOUN_SOURCE}) )?)?` +
    // «شهر ثلاثة»: a month by its number in words, after «شهر».
    `(?:(?<month>${MONTH_NAME_SOURCE})|(?<=شهر )(?<monthNumber>${NUMBER_PHRASE_SOURCE}))` +
    `(?:(?: ?[،,])? (?:من )?(?:${YEAR_NOUN_SOURCE} )?(?<year>${YEAR_DIGITS})(?: ?(?<era>${ERA_SOURCE}))?` +
    `| (?:من )?(?:${YEAR_NOUN_SOURCE}) (?<yearDirection>${DIRECTION_SOURCE})` +
    `| (?:من )?(?<thisYear>${THIS_SOURCE}) ${THE_YEAR_SOURCE}` +
    `| (?<direction>${DIRECTION_SOURCE}))?` +
    WORD_END,
  'dy',
);
/**
 * How far before its month name a match can start (day, «من», «شهر», «هذا»…; the month number
 * read after «شهر » starts up to four units after the trigger «شهر»).
 */
const MONTH_DATE_WINDOW: TriggerWindow = {
  lead:
    Math.max(DAY_ARTICLE_LENGTH + 2 + 2 + 'من '.length, longestAlternative(FIRST_DAY_SOURCE), longestAlternative(THIS_SOURCE) + 1, 'يوم من '.length) +
    longestAlternative(MONTH_NOUN_SOURCE) +
    1,
  trail: 'شهر '.length,
};
/** What may stand between a month and a year written in words: «سبتمبر، ألفين»، «أكتوبر من عام ألفين وخمسة وعشرين». */
const ERA_AFTER = buildRegex('temporal/month-date-era', ` ?(${ERA_SOURCE})${WORD_END}`, 'y');

interface Parts {
  calendar: CalendarSystem;
  month: number;
  day?: number;
  year?: number;
  /** After the month: which one (the last, next or current «آب الماضي»). */
  direction?: -1 | 0 | 1;
  /** After a year noun: which year, counted from the reference's («آب من العام الماضي» is August of last year). */
  yearOffset?: -1 | 0 | 1;
}

/** «من يناير إلى مارس»، «بين يناير ومارس»: a month name linked to another is context for both. */
const LINKED_MONTH_AFTER = buildRegex('temporal/month-date-linked-after', `${RANGE_LINK_SOURCE}(?:(?:${MONTH_NOUN_SOURCE}) )?(?:${MONTH_NAME_SOURCE})${WORD_END}`, 'y');
const LINKED_MONTH_BEFORE = buildRegex('temporal/month-date-linked-before', `(?<=(?<![\\p{L}])(?:${MONTH_NAME_SOURCE})(?: ${YEAR_DIGITS})?${RANGE_LINK_SOURCE})`, 'y');
const DAY_NOUN_BEFORE = buildRegex('temporal/month-date-day-noun', `(?<![\\p{L}])(?:ال)?${DAY_NOUN} $`);

/** A month written as «شهر» and its number in words («شهر ثلاثة»). */
export function numberedMonth(words: string | undefined): { calendar: CalendarSystem; month: number } | null {
  const value = words === undefined ? null : parseArabicNumber(words);
  return value !== null && Number.isInteger(value) && value >= 1 && value <= 12 ? { calendar: 'gregory', month: value } : null;
}

/** The Hijri year whose `month` begins in Gregorian `year`, or `null`. */
function hijriYearOfMonthIn(year: number, month: number): number | null {
  const start = gregorianToHijri({ year, month: 1, day: 1 });
  if (!start) return null;
  for (const candidate of [start.year, start.year + 1]) {
    const span = hijriMonthSpan(candidate, month);
    if (span && span.from.year === year) return candidate;
  }
  return null;
}

/** A plausible year in the month's calendar; years in words must be close to now (not «ألف شخص»). */
function plausibleYear(value: number, calendar: CalendarSystem, inWords: boolean): boolean {
  if (!Number.isInteger(value)) return false;
  if (calendar === 'islamic-umalqura') return value >= 1300 && value <= 1600;
  return inWords ? value >= 1900 && value <= 2100 : value >= 1000 && value <= 2999;
}

/** Builds the value of resolved parts; `null` for a day the month does not have. */
export function monthDateValue(parts: Parts, context: ParserContext): DateValue | null {
  const { calendar, month, day } = parts;
  const known: DateFields = { month };
  if (day !== undefined) known.day = day;
  const implied: DateFields = {};
  let year = parts.year;
  if (year !== undefined) {
    known.year = year;
  } else {
    let reference: CivilDate = context.reference;
    if (calendar === 'islamic-umalqura') {
      try {
        reference = toHijri(context.reference);
      } catch {
        return null;
      }
    }
    // A Hijri 30th is read in a 29-day month too (below), so the year is the one nearest the 29th.
    const dayForYear = calendar === 'islamic-umalqura' && day === 30 ? 29 : day;
    const resolved = parts.yearOffset !== undefined ? reference.year + parts.yearOffset : resolveYear(calendar, month, dayForYear, reference, parts.direction, context.prefer);
    if (resolved === null) return null;
    year = resolved;
    implied.year = year;
  }
  if (calendar === 'gregory') {
    if (day === undefined) return monthValue(year, month, known, implied);
    if (!dayExists(calendar, year, month, day)) return null;
    return dayValue({ year, month, day }, known, implied);
  }
  const hijri: DateFields = { year, month };
  if (day === undefined) {
    const span = hijriMonthSpan(year, month);
    return span ? spanValue('month', span.from, span.to, known, implied, { calendar, hijri }) : null;
  }
  hijri.day = day;
  if (dayExists(calendar, year, month, day)) {
    const gregorian = hijriDay(year, month, day);
    return gregorian ? dayValue(gregorian, known, implied, { calendar, hijri }) : null;
  }
  // A sighted month can have the 30th that the Umm al-Qura table does not: the day after the 29th.
  const twentyNinth = day === 30 ? hijriDay(year, month, 29) : null;
  if (!twentyNinth) return null;
  const warnings = [`the Umm al-Qura month ${month} of ${year} has 29 days; the 30th is read as the day after the 29th`];
  return dayValue(addDays(twentyNinth, 1), known, implied, { calendar, hijri, warnings });
}

/** «15 تشرين الأول 2025», «الخامس عشر من تشرين الأول», «أكتوبر 2025», «تشرين الأول الماضي», «غرة رمضان»… */
export const monthDateParser: TemporalParser = {
  name: 'month-date',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(MONTH_DATE, text, triggerOffsets(MONTH_TRIGGER, text), MONTH_DATE_WINDOW, (match) => {
      const candidate = readMatch(match, text, context);
      if (candidate) out.push(candidate);
    });
    return out;
  },
};

/**
 * Whether a Gregorian month name at `index`…`end` is linked to another month name by a range word or
 * «و». Hijri months are left out: «رجب وشعبان» are as often two men as two months.
 */
function linkedToMonth(text: string, index: number, end: number, calendar: CalendarSystem): boolean {
  if (calendar !== 'gregory') return false;
  LINKED_MONTH_AFTER.lastIndex = end;
  LINKED_MONTH_BEFORE.lastIndex = index;
  return LINKED_MONTH_AFTER.test(text) || LINKED_MONTH_BEFORE.test(text);
}

function readMatch(match: RegExpExecArray, text: string, context: ParserContext): Candidate | null {
  const groups = match.groups ?? {};
  const indices = match.indices?.groups ?? {};
  const monthSpan = indices.month ?? indices.monthNumber;
  if (!monthSpan) return null;
  const month = groups.month !== undefined ? lookupMonth(groups.month) : numberedMonth(groups.monthNumber);
  if (!month) return null;
  let index = match.index;
  let end = match.index + match[0].length;
  let day: number | undefined;
  if (groups.dayDigits !== undefined) day = Number(groups.dayDigits);
  else if (groups.firstDay !== undefined) day = 1;
  else if (groups.monthNoun === undefined) {
    // «الخامس عشر من تشرين الأول»: an ordinal day written in words before «من».
    const ordinal = match.index > 0 ? ordinalEndingAt(text, match.index - 1) : null;
    if (ordinal && ordinal.value >= 1 && ordinal.value <= 31 && (groups.of !== undefined || text[match.index - 1] === ' ')) {
      day = ordinal.value;
      index = ordinal.index;
      // «اليوم الثالث من أكتوبر»
      const dayNoun = DAY_NOUN_BEFORE.exec(text.slice(Math.max(0, index - 8), index));
      if (dayNoun) index -= dayNoun[0].length;
    } else if (groups.of !== undefined) {
      index = (groups.ofNoun !== undefined ? indices.ofNoun?.[0] : monthSpan[0]) ?? monthSpan[0];
    }
  }
  let year: number | undefined;
  let direction: -1 | 0 | 1 | undefined;
  let yearOffset: -1 | 0 | 1 | undefined;
  let hasEra = false;
  if (groups.year !== undefined) {
    let read = Number(groups.year);
    const era = eraCalendar(groups.era);
    // «رمضان 2019»: a Hijri month in a Gregorian year is the one that begins in that year.
    if (month.calendar === 'islamic-umalqura' && era !== 'islamic-umalqura' && day === undefined && plausibleYear(read, 'gregory', true)) {
      read = hijriYearOfMonthIn(read, month.month) ?? read;
    }
    if (!plausibleYear(read, month.calendar, false) || (era !== undefined && era !== month.calendar && month.calendar === 'gregory')) {
      end = monthSpan[1];
    } else {
      year = read;
      hasEra = era !== undefined;
    }
  } else if (groups.yearDirection !== undefined) {
    yearOffset = directionOf(groups.yearDirection);
  } else if (groups.thisYear !== undefined) {
    yearOffset = 0;
  } else if (groups.direction !== undefined) {
    direction = directionOf(groups.direction);
  } else if (groups.thisMonth !== undefined || groups.thisMonthBare !== undefined) {
    // «هذا أيار»: the month of this year.
    direction = 0;
  } else {
    // A year in words: «في العاشر من سبتمبر، ألفين».
    const number = numberAfterYearLead(text, monthSpan[1]);
    if (number) {
      ERA_AFTER.lastIndex = number.end;
      const era = ERA_AFTER.exec(text);
      const eraCal = eraCalendar(era?.[1]);
      if (plausibleYear(number.value, month.calendar, eraCal === undefined) && (eraCal === undefined || eraCal === month.calendar)) {
        year = number.value;
        hasEra = eraCal !== undefined;
        end = era ? number.end + era[0].length : number.end;
      }
    }
  }
  const whole = index === 0 && end === text.length;
  const preposition = CONTEXT_PREPOSITIONS.has(wordBefore(text, index));
  const hasContext = whole || preposition || EPITHETS.has(groups.month ?? '') || day !== undefined || year !== undefined || hasEra || direction !== undefined || yearOffset !== undefined || groups.monthNoun !== undefined || groups.ofNoun !== undefined;
  if (!hasContext && !linkedToMonth(text, index, end, month.calendar)) return null;
  // «قوى 14 آذار» is a coalition, not a date.
  if (day !== undefined && year === undefined && NAME_HEADS.has(wordBefore(text, index))) return null;
  const parts: Parts = { calendar: month.calendar, month: month.month };
  if (day !== undefined) parts.day = day;
  if (year !== undefined) parts.year = year;
  if (direction !== undefined) parts.direction = direction;
  if (yearOffset !== undefined) parts.yearOffset = yearOffset;
  const value = monthDateValue(parts, context);
  if (!value) return null;
  return { index, end, kind: 'date', value, source: 'month-date' };
}
