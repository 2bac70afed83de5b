/**
 * The nth or last weekday, day or week of a month: «أول ثلاثاء من شهر تشرين الأول»، «الأربعاء الثانية
 * من شهر أكتوبر في سنة 2014»، «آخر اثنين من الشهر القادم»، «اليوم الأخير من شهر عشرة سنة 2015»،
 * «الأسبوع الأول من شهر عشرة 2014»، «أول جمعة من رمضان». A week of a Gregorian month is a whole week inside
 * the month (starting on the context's first day of the week); a week of a Hijri month counts from its
 * first day.
 */
import { addDays, addMonths, daysBetween, daysInMonth, lookupMonth, lookupWeekday, MONTH_NAME_SOURCE, parseIsoDate, weekdayOf } from '../../calendar/index';
import { CURRENT_MONTH_WORDS, LAST_WORDS } from '../../data/relative-words';
import { WEEKDAYS } from '../../data/weekdays';
import { NUMBER_PHRASE_SOURCE, parseArabicNumber, parseArabicOrdinal } from '../../text/index';
import { normalizeArabic } from '../../text/normalize';
import { ORDINAL_LEXICON } from '../../text/number-lexicon';
import { alternation, buildRegex, WORD_END, WORD_START } from '../../text/regex';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { DAY_ARTICLE_LENGTH, DAY_ARTICLE_SOURCE, DAY_DIGITS, DAY_NOUN, DAYS_NOUN, DIRECTION_SOURCE, directionOf, periodNouns, THE_WEEK_SOURCE, THE_YEAR_SOURCE, THIS_SOURCE, YEAR_DIGITS, YEAR_NOUN_SOURCE } from '../patterns';
import { firstWordTrigger, longestAlternative, MONTH_TRIGGER, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import { ordinalEndingAt } from '../number-context';
import { dayValue, spanValue, weekValue } from '../resolve-values';
import { monthDateValue } from './month-date';
import { resolveYear } from '../resolve-year';
import type { DateValue } from '../types';

const LAST = new Set(LAST_WORDS.map((w) => normalizeArabic(w.word)));
const NAMES = alternation(WEEKDAYS.map((w) => normalizeArabic(w.spelling)));
const BARE_NAMES = alternation(WEEKDAYS.map((w) => normalizeArabic(w.spelling).replace(/^ال/u, '')));
/** One word: an ordinal of the text layer's lexicon («ثالث», «الثانية», «أول»), or «آخر»/«الأخير». */
const ORDINAL_WORD = `(?:ال)?${alternation([...ORDINAL_LEXICON.keys()])}|${alternation(LAST)}`;
/** The two unit nouns besides the weekdays: «اليوم الأخير من», «الأسبوع الأول من». */
const WEEK_NOUNS = new Set(periodNouns('week').map((noun) => noun.replace(/^ال/u, '')));
const WEEK_NOUN = alternation(WEEK_NOUNS);
const UNIT_AFTER = `(?:${DAY_NOUN} )?(?<unitA>${BARE_NAMES}|${NAMES}|${DAY_NOUN}|${WEEK_NOUN})`;
const UNIT_BEFORE = `(?<unitB>${NAMES}|ال${DAY_NOUN}|ال${WEEK_NOUN})`;
const MONTH_TARGET =
  `(?:(?:شهر|الشهر) )?(?:(?<month>${MONTH_NAME_SOURCE})|(?<=شهر )(?<monthNumber>${NUMBER_PHRASE_SOURCE})|الشهر (?<monthDirection>${DIRECTION_SOURCE})|(?<thisMonth>${THIS_SOURCE}) الشهر)` +
  `(?: (?:من |في |ل|ب)?(?:${YEAR_NOUN_SOURCE}) ?(?<year>${YEAR_DIGITS})| (?<bareYear>${YEAR_DIGITS})| ${THE_YEAR_SOURCE} (?<yearDirection>${DIRECTION_SOURCE}))?`;
const NTH = buildRegex(
  'temporal/nth-of-month',
  // «أول أيام شهر رمضان»، «آخر أيام الشهر الجاري»: an ordinal before «أيام» in construct, with no «من».
  `${WORD_START}(?:(?:(?<ordA>${ORDINAL_WORD}) ${UNIT_AFTER}|${UNIT_BEFORE} (?<ordB>${ORDINAL_WORD})) (?:من|في|ب) ?|(?<ordC>${ORDINAL_WORD}) ${DAYS_NOUN} )${MONTH_TARGET}${WORD_END}`,
  'y',
);
/** How far before its month name (or «الشهر»/«شهر») a match can start: the ordinal, «يوم», the weekday or unit, «من», «شهر» or «هذا». */
const NTH_WINDOW: TriggerWindow = {
  lead:
    'ال'.length + Math.max(longestAlternative(alternation([...ORDINAL_LEXICON.keys()])), longestAlternative(alternation(LAST))) + 1 +
    DAY_NOUN.length + 1 + Math.max(longestAlternative(NAMES), longestAlternative(THE_WEEK_SOURCE)) + 1 + 'من '.length + 'الشهر '.length + longestAlternative(THIS_SOURCE) + 1,
  trail: 'شهر '.length,
};

/** The ordinal a word gives (1…5), `-1` for «آخر»/«الأخير», or `null`. */
function ordinalOf(word: string | undefined): number | null {
  if (word === undefined) return null;
  if (LAST.has(word)) return -1;
  const value = parseArabicOrdinal(word);
  return value !== null && value >= 1 && value <= 31 ? value : null;
}

function monthOf(g: Record<string, string | undefined>, context: ParserContext): { year: number; month: number; yearKnown: boolean } | null {
  if (g.monthDirection !== undefined || g.thisMonth !== undefined) {
    const first = addMonths({ year: context.reference.year, month: context.reference.month, day: 1 }, directionOf(g.monthDirection) ?? 0);
    return { year: first.year, month: first.month, yearKnown: false };
  }
  let month: number | null = null;
  if (g.month !== undefined) {
    const found = lookupMonth(g.month);
    month = found && found.calendar === 'gregory' ? found.month : null;
  } else if (g.monthNumber !== undefined) {
    const value = parseArabicNumber(g.monthNumber);
    month = value !== null && Number.isInteger(value) && value >= 1 && value <= 12 ? value : null;
  }
  if (month === null) return null;
  const written = g.year ?? g.bareYear;
  if (written !== undefined) return { year: Number(written), month, yearKnown: true };
  const yearDirection = directionOf(g.yearDirection);
  if (yearDirection !== undefined) return { year: context.reference.year + yearDirection, month, yearKnown: false };
  const year = resolveYear('gregory', month, undefined, context.reference, undefined, context.prefer);
  return year === null ? null : { year, month, yearKnown: false };
}

/**
 * The Hijri month a match names («رمضان»، «شهر رمضان 1447»), as the month-date parser reads it
 * (year written, or resolved against the reference by `prefer`), or `null`.
 */
function hijriMonthOf(g: Record<string, string | undefined>, context: ParserContext): DateValue | null {
  const found = g.month === undefined ? null : lookupMonth(g.month);
  if (!found || found.calendar !== 'islamic-umalqura' || g.yearDirection !== undefined) return null;
  const written = g.year ?? g.bareYear;
  return monthDateValue({ calendar: found.calendar, month: found.month, ...(written !== undefined ? { year: Number(written) } : {}) }, context);
}

/** What the ordinal counts: days, weeks, or one weekday (ISO number). */
type Unit = { kind: 'day' } | { kind: 'week' } | { kind: 'weekday'; weekday: number };

function unitOf(written: string): Unit | null {
  const bare = written.startsWith('ال') ? written.slice(2) : written;
  if (bare === DAY_NOUN) return { kind: 'day' };
  if (WEEK_NOUNS.has(bare)) return { kind: 'week' };
  const weekday = lookupWeekday(written.startsWith('ال') ? written : `ال${written}`);
  return weekday === null ? null : { kind: 'weekday', weekday };
}

/**
 * Days from a month's first day to its `n`th (`-1`: last) `weekday`, or `null` when the month has
 * none; the month starts on `firstWeekday` and has `length` days. Gregorian and Hijri months alike.
 */
function nthWeekdayOffset(firstWeekday: number, length: number, weekday: number, n: number): number | null {
  if (n > 5) return null;
  const lastWeekday = ((firstWeekday - 1 + length - 1) % 7) + 1;
  const offset = n === -1 ? length - 1 - ((lastWeekday - weekday + 7) % 7) : ((weekday - firstWeekday + 7) % 7) + 7 * (n - 1);
  return offset < length ? offset : null;
}

/**
 * A day, week or weekday of a Hijri month. Its weeks count from its first day (1–7, 8–14…; the
 * last week is its last seven days), as «الأسبوع الأول من رمضان» is meant.
 */
function readHijri(month: DateValue, n: number, unit: Unit): DateValue | null {
  const { hijri } = month;
  const first = month.start === undefined ? null : parseIsoDate(month.start);
  const last = month.end === undefined ? null : parseIsoDate(month.end);
  if (!hijri || !first || !last || hijri.month === undefined || hijri.year === undefined) return null;
  const length = daysBetween(first, last) + 1;
  const extras = { calendar: month.calendar, hijri: { year: hijri.year, month: hijri.month } };
  if (unit.kind === 'week') {
    if (n > 4) return null;
    const offset = n === -1 ? length - 7 : 7 * (n - 1);
    return spanValue('week', addDays(first, offset), addDays(first, offset + 6), month.known, month.implied, extras);
  }
  const offset = unit.kind === 'day' ? (n === -1 ? length - 1 : n - 1) : nthWeekdayOffset(weekdayOf(first), length, unit.weekday, n);
  if (offset === null || offset >= length) return null;
  const day = offset + 1;
  const known = unit.kind === 'day' ? { ...month.known, day } : { ...month.known, weekday: unit.weekday };
  const implied = unit.kind === 'day' ? month.implied : { ...month.implied, day };
  return dayValue(addDays(first, offset), known, implied, { ...extras, hijri: { ...extras.hijri, day } });
}

function read(match: RegExpExecArray, context: ParserContext): DateValue | null {
  const g = match.groups ?? {};
  const n = ordinalOf(g.ordA ?? g.ordB ?? g.ordC);
  const unit: Unit | null = g.ordC !== undefined ? { kind: 'day' } : unitOf(g.unitA ?? g.unitB ?? '');
  if (n === null || unit === null) return null;
  const hijriMonth = hijriMonthOf(g, context);
  if (hijriMonth) return readHijri(hijriMonth, n, unit);
  const target = monthOf(g, context);
  if (!target) return null;
  const { year, month } = target;
  const first = { year, month, day: 1 };
  const length = daysInMonth(year, month);
  const known = { month, ...(target.yearKnown ? { year } : {}) };
  const implied = target.yearKnown ? {} : { year };
  if (unit.kind === 'day') {
    const day = n === -1 ? length : n;
    if (day > length) return null;
    return dayValue({ year, month, day }, { ...known, day }, implied);
  }
  if (unit.kind === 'week') {
    if (n > 5) return null;
    const firstStart = addDays(first, (context.weekStart - weekdayOf(first) + 7) % 7);
    let start = addDays(firstStart, 7 * (n === -1 ? 0 : n - 1));
    if (n === -1) while (addDays(start, 13).month === month) start = addDays(start, 7);
    if (addDays(start, 6).month !== month) return null;
    return weekValue(start, known, { ...implied, day: start.day });
  }
  const { weekday } = unit;
  // «الثلاثاء الثالث من أيلول» when 3 September is a Tuesday is that day, not the third Tuesday.
  if (g.ordB !== undefined && n > 0 && n <= length && weekdayOf({ year, month, day: n }) === weekday) return null;
  const offset = nthWeekdayOffset(weekdayOf(first), length, weekday, n);
  if (offset === null) return null;
  const date = addDays(first, offset);
  return dayValue(date, { ...known, weekday }, { ...implied, day: date.day });
}

/**
 * «20 من الشهر القادم»، «العشرين من الشهر المقبل»، «31 من هذا الشهر»، «5 الشهر المقبل»، and after a day the
 * current-month word alone: «15 الجاري»، «العشرين من الجاري». Without «من/في» the day must be digits
 * («الاجتماع الأول الشهر المقبل» is the first meeting).
 */
const CURRENT_MONTH = CURRENT_MONTH_WORDS.map((w) => normalizeArabic(w.word));
const DAY_OF_RELATIVE_MONTH = buildRegex(
  'temporal/day-of-relative-month',
  `${WORD_START}(?:${DAY_ARTICLE_SOURCE}(?<day>${DAY_DIGITS}) (?:(?:من|في) )?|(?:من|في) )(?:(?<thisMonth>${THIS_SOURCE}) الشهر|الشهر (?<monthDirection>${DIRECTION_SOURCE})|(?<current>${alternation(CURRENT_MONTH)}))${WORD_END}`,
  'y',
);
/** How far before «الشهر» (or the current-month word) a day of a relative month can start: the day, «من», «هذا». */
const RELATIVE_MONTH_WINDOW: TriggerWindow = { lead: DAY_ARTICLE_LENGTH + 2 + 1 + 'من '.length + longestAlternative(THIS_SOURCE) + 1, trail: 0 };
const CURRENT_TRIGGER = firstWordTrigger('temporal/day-of-current-month-trigger', CURRENT_MONTH);

function dayOfRelativeMonth(text: string, context: ParserContext): Candidate[] {
  const out: Candidate[] = [];
  const read = (match: RegExpExecArray): void => {
    const g = match.groups ?? {};
    let index = match.index;
    let day = g.day !== undefined ? Number(g.day) : undefined;
    if (day === undefined) {
      const ordinal = match.index > 0 ? ordinalEndingAt(text, match.index - 1) : null;
      if (!ordinal) return;
      day = ordinal.value;
      index = ordinal.index;
    }
    const first = addMonths({ year: context.reference.year, month: context.reference.month, day: 1 }, directionOf(g.monthDirection) ?? 0);
    if (day < 1 || day > daysInMonth(first.year, first.month)) return;
    const value = dayValue({ ...first, day }, { day }, { year: first.year, month: first.month });
    out.push({ index, end: match.index + match[0].length, kind: 'date', value, source: 'nth-of-month' });
  };
  scanNear(DAY_OF_RELATIVE_MONTH, text, triggerOffsets(MONTH_TRIGGER, text), RELATIVE_MONTH_WINDOW, read);
  scanNear(DAY_OF_RELATIVE_MONTH, text, triggerOffsets(CURRENT_TRIGGER, text), RELATIVE_MONTH_WINDOW, (match) => {
    // Only the bare current-month form: the «الشهر» forms were read by the scan above.
    if (match.groups?.current !== undefined) read(match);
  });
  return out;
}

/** «آخر اثنين من شهر آذار»، «الأسبوع الأول من شهر عشرة 2014»… */
export const nthOfMonthParser: TemporalParser = {
  name: 'nth-of-month',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(NTH, text, triggerOffsets(MONTH_TRIGGER, text), NTH_WINDOW, (match) => {
      const value = read(match, context);
      if (value) out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value, source: 'nth-of-month' });
      else return match.index + 1;
      return undefined;
    });
    out.push(...dayOfRelativeMonth(text, context));
    return out;
  },
};
