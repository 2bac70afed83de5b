/**
 * Weekdays, resolved against the reference: «الأربعاء الماضي»، «يوم الخميس المقبل»، a bare «الجمعة»
 * by `prefer`, «هذا الاثنين», the weekday of a named week («الأحد من الأسبوع الماضي»، «ثلاثاء الأسبوع
 * الفائت»), and a weekday with its day of the month («السبت السادس عشر»). «الاثنين» ("the two") and
 * «الأحد» («الأحد عشر») need context first. A weekday after «أيام» or «كل» recurs («تفتح المتاحف أيام
 * الجمعة»، «كل يوم خميس»): it is not read as a date.
 */
import { addDays, addMonths, daysInMonth, lookupWeekday, startOfWeek, WEEKDAY_SOURCE, weekdayOf } from '../../calendar/index';
import type { CivilDate } from '../../calendar/types';
import { DAY_PART_PREFIXES } from '../../data/times-of-day';
import { WEEKDAY_PREFIXES, WEEKDAYS } from '../../data/weekdays';
import { PARTICLES_AFTER_DATE, RECURRING_DAY_WORDS, WEEKDAY_CONTEXT_WORDS, WEEKDAYS_NEEDING_CONTEXT } from '../../data/relative-words';
import { normalizeArabic } from '../../text/normalize';
import { alternation, buildRegex, WORD_END, WORD_START } from '../../text/regex';
import { ordinalStartingAt } from '../number-context';
import { firstWordTrigger, longestAlternative, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { CURRENT_MONTH_SOURCE, DAY_DIGITS, DIRECTION_SOURCE, directionOf, periodNouns, THE_MONTH_SOURCE, THE_WEEK_SOURCE, THIS_SOURCE } from '../patterns';
import { dayValue } from '../resolve-values';
import { wordAfter, wordBefore } from '../text-context';
import type { DateValue } from '../types';

/** Weekday names without the article, read only before «الأسبوع» («ثلاثاء الأسبوع الفائت»). */
const BARE_NAMES = alternation(WEEKDAYS.map((w) => normalizeArabic(w.spelling).replace(/^ال/u, '')));
const WEEK_WORD = THE_WEEK_SOURCE;
const WEEKDAY = buildRegex(
  'temporal/weekday',
  `${WORD_START}(?:(?<this>${THIS_SOURCE}) )?(?:(?<weekday>${WEEKDAY_SOURCE})|(?<bare>${BARE_NAMES})(?= ${WEEK_WORD}))` +
    `(?: (?<direction>${DIRECTION_SOURCE})| (?:من )?(?:(?<weekThis>${THIS_SOURCE}) )?(?<week>${WEEK_WORD})(?: (?<weekDirection>${DIRECTION_SOURCE}))?)?${WORD_END}`,
  'y',
);
/** «الأسبوع القادم يوم الجمعة»: the week first, then its weekday. */
const WEEK_THEN_WEEKDAY = buildRegex(
  'temporal/week-weekday',
  `${WORD_START}(?:(?<weekThis>${THIS_SOURCE}) )?${WEEK_WORD}(?: (?<weekDirection>${DIRECTION_SOURCE}))? (?:يوم )?(?<weekday>${WEEKDAY_SOURCE})${WORD_END}`,
  'y',
);
/** Every weekday name holds its stem (the spelling without ال): the patterns run only near one, or near «الأسبوع». */
const WEEKDAY_TRIGGER = firstWordTrigger('temporal/weekday-trigger', WEEKDAYS.map((w) => normalizeArabic(w.spelling).replace(/^ال/u, '')));
const WEEK_TRIGGER = firstWordTrigger('temporal/week-weekday-trigger', periodNouns('week'));
/** «هذا», «يوم» and «ال» may stand before the stem. */
const WEEKDAY_WINDOW: TriggerWindow = { lead: longestAlternative(THIS_SOURCE) + 1 + Math.max(...WEEKDAY_PREFIXES.map((p) => normalizeArabic(p).length)) + 1 + 'ال'.length, trail: 0 };
const WEEK_WINDOW: TriggerWindow = { lead: longestAlternative(THIS_SOURCE) + 1, trail: 0 };
/** A day in digits after a weekday, not followed by a counted noun («الجمعة 22 قتيلا») — a particle may follow («الأربعاء 27 مع…»). */
const DAY_AFTER = buildRegex(
  'temporal/weekday-day-after',
  ` (?:في )?(?:(?<digits>${DAY_DIGITS})(?![\\p{L}\\p{N}\\p{M}/.\\-]| (?!${alternation(PARTICLES_AFTER_DATE.map(normalizeArabic))}${WORD_END})[\\p{L}]))?`,
  'y',
);
const OF_THIS_MONTH = buildRegex('temporal/weekday-of-this-month', ` من (?:${THIS_SOURCE} ${THE_MONTH_SOURCE}|${THE_MONTH_SOURCE} ${CURRENT_MONTH_SOURCE})${WORD_END}`, 'y');
const DATE_AFTER = buildRegex('temporal/weekday-date-after', '^[،,]? ?[0-9]');
const NEEDS_CONTEXT = new Set(WEEKDAYS_NEEDING_CONTEXT.map(normalizeArabic));
/** The context words, and the last word of each part of the day («مساء»، «ليل» of «منتصف ليل»). */
const CONTEXT_WORDS = new Set([...WEEKDAY_CONTEXT_WORDS, ...DAY_PART_PREFIXES.map((p) => p.spelling.slice(p.spelling.lastIndexOf(' ') + 1))].map(normalizeArabic));
const RECURRING_WORDS = new Set(RECURRING_DAY_WORDS.map((w) => normalizeArabic(w.word)));

/** Is the word before `index` (a glued «و» or «ف» aside) one of `words`? */
export function hasWordBefore(text: string, index: number, words: ReadonlySet<string>): boolean {
  const before = wordBefore(text, index);
  return words.has(before) || ((before[0] === 'و' || before[0] === 'ف') && words.has(before.slice(1)));
}

/**
 * Days from the reference to the chosen `weekday`: strictly before (−1), strictly after (+1), this week's (0), or by `prefer`.
 *
 * «الأحد القادم» (+1) is the coming Sunday, the first one after the reference day (on Monday 2016-11-07:
 * 2016-11-13), which is what an Arabic news writer means; Recognizers-Text reads it as the Sunday of next
 * week (2016-11-20), an English "next Sunday" habit. «الأحد الماضي» (−1) is the last one before the reference.
 */
function weekdayOffset(weekday: number, context: ParserContext, direction: -1 | 0 | 1 | undefined): number {
  const today = weekdayOf(context.reference);
  const back = (today - weekday + 7) % 7; // 0 when today is that weekday
  const ahead = (weekday - today + 7) % 7;
  if (direction === -1) return back === 0 ? -7 : -back;
  if (direction === 1) return ahead === 0 ? 7 : ahead;
  if (direction === 0) {
    const weekStartOffset = (today - context.weekStart + 7) % 7;
    return ((weekday - context.weekStart + 7) % 7) - weekStartOffset;
  }
  if (context.prefer === 'past') return -back;
  if (context.prefer === 'future') return ahead;
  return ahead < back ? ahead : -back;
}

/** The day value of `date`, a `weekday` the text named, with its offset from the reference day. */
export function weekdayDateValue(date: CivilDate, weekday: number, context: ParserContext): DateValue {
  const offset = Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(context.reference.year, context.reference.month - 1, context.reference.day)) / 86_400_000);
  return dayValue(date, { weekday }, { year: date.year, month: date.month, day: date.day }, { relative: { unit: 'day', offset } });
}

/** The day value of a weekday resolved against the reference. */
export function weekdayValue(weekday: number, context: ParserContext, direction: -1 | 0 | 1 | undefined): DateValue {
  return weekdayDateValue(addDays(context.reference, weekdayOffset(weekday, context, direction)), weekday, context);
}

/** The day `day` of a month near the reference that falls on `weekday` («السبت السادس عشر»). */
function weekdayWithDay(weekday: number, day: number, context: ParserContext, thisMonthOnly: boolean): DateValue | null {
  const first = { year: context.reference.year, month: context.reference.month, day: 1 };
  const step = context.prefer === 'past' ? -1 : 1;
  for (let i = 0; i < (thisMonthOnly ? 1 : 24); i++) {
    const month = addMonths(first, i * step);
    if (day > daysInMonth(month.year, month.month)) continue;
    const date = { ...month, day };
    if (weekdayOf(date) === weekday) {
      const value = weekdayDateValue(date, weekday, context);
      value.known = { day, weekday };
      value.implied = { year: date.year, month: date.month };
      return value;
    }
  }
  return null;
}

/** The `n`th `weekday` of the reference month, or `null` when the month has no such day. */
function nthWeekdayOfMonth(weekday: number, n: number, context: ParserContext): DateValue | null {
  const first = { year: context.reference.year, month: context.reference.month, day: 1 };
  const date = addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
  if (date.month !== first.month) return null;
  const value = weekdayDateValue(date, weekday, context);
  value.known = { weekday };
  return value;
}

function hasWeekdayContext(text: string, index: number, end: number): boolean {
  const next = text.slice(end, end + 3);
  if (DATE_AFTER.test(next) || next.startsWith('،') || next.startsWith(',')) return true;
  return CONTEXT_WORDS.has(wordBefore(text, index)) || CONTEXT_WORDS.has(wordAfter(text, end));
}

function read(match: RegExpExecArray, text: string, context: ParserContext): Candidate[] {
  const g = match.groups ?? {};
  const name = g.weekday ?? `ال${g.bare ?? ''}`;
  const weekday = lookupWeekday(name);
  // «أيام الجمعة»، «وكل يوم خميس»: a day that recurs is not one date.
  if (weekday === null || hasWordBefore(text, match.index, RECURRING_WORDS)) return [];
  const found: Candidate[] = [];
  let end = match.index + match[0].length;
  const bare = name.includes(' ') ? name.slice(name.indexOf(' ') + 1) : name;
  // «يوم الخميس»: «يوم» gives context but, like «في», stays out of the span.
  // «هذا يوم الجمعة»: after a demonstrative the whole phrase is the span.
  const index = g.weekday !== undefined && bare !== name && g.this === undefined ? match.index + match[0].indexOf(bare) : match.index;
  const prefixed = bare !== name || g.this !== undefined;
  if (g.week !== undefined) {
    // «الأحد من الأسبوع الماضي»: the weekday inside that week.
    const offset = g.weekThis !== undefined ? 0 : (directionOf(g.weekDirection) ?? 0);
    const weekStart = addDays(startOfWeek(context.reference, context.weekStart), 7 * offset);
    const date = addDays(weekStart, (weekday - context.weekStart + 7) % 7);
    return [{ index, end, kind: 'date', value: weekdayDateValue(date, weekday, context), source: 'weekday' }];
  }
  const direction = directionOf(g.direction);
  if (direction === undefined && g.this === undefined) {
    // «السبت السادس عشر»، «الجمعة في 22»: the weekday with its day of the month.
    DAY_AFTER.lastIndex = end;
    const after = DAY_AFTER.exec(text);
    const dayStart = after ? end + after[0].length - (after.groups?.digits?.length ?? 0) : end + 1;
    const ordinal = after?.groups?.digits !== undefined
      ? { value: Number(after.groups.digits), end: end + after[0].length }
      : after
        ? ordinalStartingAt(text, dayStart)
        : null;
    if (ordinal && ordinal.value >= 1 && ordinal.value <= 31) {
      OF_THIS_MONTH.lastIndex = ordinal.end;
      const ofThisMonth = OF_THIS_MONTH.exec(text);
      // «الأحد الثاني» (a word ordinal up to the fifth) is the second Sunday of the reference month;
      // «السبت السادس عشر» or «الجمعة 22» is the weekday that falls on that day.
      const nth = after?.groups?.digits === undefined && ofThisMonth === null && ordinal.value <= 5;
      const value = nth ? nthWeekdayOfMonth(weekday, ordinal.value, context) : weekdayWithDay(weekday, ordinal.value, context, ofThisMonth !== null);
      // Kept beside the plain weekday: «الثلاثاء الأولى من أكتوبر» is read by merging the weekday with the date.
      if (value) found.push({ index, end: ofThisMonth ? ordinal.end + ofThisMonth[0].length : ordinal.end, kind: 'date', value, source: 'weekday' });
    }
  }
  const whole = match.index === 0 && end === text.length;
  if (NEEDS_CONTEXT.has(bare) && !prefixed && direction === undefined && !whole && !hasWeekdayContext(text, match.index, end)) return found;
  // «هذا الاثنين»: the coming one (today included), as Duckling reads it.
  const value = g.this !== undefined ? weekdayDateValue(addDays(context.reference, (weekday - weekdayOf(context.reference) + 7) % 7), weekday, context) : weekdayValue(weekday, context, direction);
  found.push({ index, end, kind: 'date', value, source: 'weekday' });
  return found;
}

/** «الأربعاء الماضي»، «يوم الخميس المقبل»، «الجمعة»… */
export const weekdayParser: TemporalParser = {
  name: 'weekday',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(WEEKDAY, text, triggerOffsets(WEEKDAY_TRIGGER, text), WEEKDAY_WINDOW, (match) => {
      out.push(...read(match, text, context));
    });
    scanNear(WEEK_THEN_WEEKDAY, text, triggerOffsets(WEEK_TRIGGER, text), WEEK_WINDOW, (match) => {
      const g = match.groups ?? {};
      if (g.weekThis === undefined && g.weekDirection === undefined) return;
      const weekday = lookupWeekday(g.weekday ?? '');
      if (weekday === null) return;
      const offset = g.weekThis !== undefined ? 0 : (directionOf(g.weekDirection) ?? 0);
      const date = addDays(addDays(startOfWeek(context.reference, context.weekStart), 7 * offset), (weekday - context.weekStart + 7) % 7);
      out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value: weekdayDateValue(date, weekday, context), source: 'weekday' });
    });
    return out;
  },
};
