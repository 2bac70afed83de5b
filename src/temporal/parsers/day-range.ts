/**
 * Ranges of days within one month: «من 12 إلى 15 تشرين الأول»، «بين 12 و15 أكتوبر»، «12-15 أكتوبر
 * 2025»، «بداية من الخامس إلى 13 ماي». Ranges whose ends each carry a month («من 28 أيلول إلى 3
 * تشرين الأول») are joined by the `merge-range` refiner instead.
 *
 * Days joined by «و» that are not a range are a list of dates, one match per day: «يومي 12 و15
 * آذار»، «أيام 5 و7 و9 أبريل»، «في 3 و10 و17 من الشهر المقبل». Each bare day's span is its number,
 * with the month and year of the last day (the month is `known`, as the text wrote it for the
 * list; a year borrowed from the last day is `implied`). A list is a range only after «بين» (two
 * days) or after «يومي»/«أيام» when each day follows the one before. A list needs «يومي»/«أيام» or a
 * preposition («في») before it, and its days in increasing order.
 */
import { MONTH_CONTEXT_PREPOSITIONS } from '../../data/date-prepositions';
import { DAY_LIST_WORDS, RANGE_WORDS } from '../../data/relative-words';
import { alternation, buildRegex, WORD_END, WORD_START } from '../../text/regex';
import { normalizeArabic } from '../../text/normalize';
import { firstWordTrigger, longestAlternative, MONTH_TRIGGER, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import { numberAfterYearLead, numberStartingAt, ordinalEndingAt, ordinalStartingAt } from '../number-context';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { addMonths, lookupMonth, MONTH_NAME_SOURCE } from '../../calendar/index';
import { DAY_DIGITS, THIS_SOURCE, DIRECTION_SOURCE, directionOf, ERA_SOURCE, eraCalendar, lookupFrom, MONTH_NOUN_SOURCE, wordsSource, YEAR_DIGITS, YEAR_NOUN_SOURCE } from '../patterns';
import type { DateValue, RangeValue } from '../types';
import { monthDateValue } from './month-date';
import { hasWordBefore } from './weekday';

/** Words before the first day: «من», «بين», and «يومي»/«أيام» before consecutive days («يومي 12 و13 مارس»). */
const OPENERS: readonly { readonly word: string; readonly role: 'from' | 'between' | 'two' | 'two-or-more' }[] = [
  ...RANGE_WORDS.flatMap((w) => (w.role === 'from' || w.role === 'between' ? [{ word: w.word, role: w.role }] : [])),
  ...DAY_LIST_WORDS.map((w) => ({ word: w.word, role: w.days })),
];
/** At most this many days between the first and the last of a list («أيام 5 و6 و7 و8 أبريل»). */
const MAX_MIDDLE_DAYS = 5;
const OPENER_ROLES = lookupFrom(OPENERS, (w) => w.word);
const OPENER_SOURCE = wordsSource(OPENERS, (w) => w.word);
const TO_SOURCE = wordsSource(
  RANGE_WORDS.filter((w) => w.role === 'to'),
  (w) => w.word,
);
const MONTH_TAIL =
  ` (?:(?:من|في) )?(?:(?:${MONTH_NOUN_SOURCE} )?(?<month>${MONTH_NAME_SOURCE})|(?<thisMonth>${THIS_SOURCE}) الشهر|الشهر (?<monthDirection>${DIRECTION_SOURCE}))` +
  `(?:(?: ?[،,])? (?:من )?(?:${YEAR_NOUN_SOURCE} )?(?<year>${YEAR_DIGITS})(?: ?(?<era>${ERA_SOURCE}))?| (?<direction>${DIRECTION_SOURCE}))?${WORD_END}`;
const DAY_RANGE = buildRegex(
  'temporal/day-range',
  `${WORD_START}(?:(?<opener>${OPENER_SOURCE}) )?(?:(?<d1>${DAY_DIGITS})(?<sep> ?[-–] ?| ${TO_SOURCE} | و ?)(?<middle>(?:${DAY_DIGITS} و ?){1,${MAX_MIDDLE_DAYS}})?|(?<to>${TO_SOURCE}) )(?<d2>${DAY_DIGITS})${MONTH_TAIL}`,
  'dy',
);
/** How far before its month name (or «الشهر») a range can start: opener, the days, the words between, «من», «شهر» or «هذا». */
const DAY_RANGE_WINDOW: TriggerWindow = {
  lead:
    longestAlternative(OPENER_SOURCE) + 1 + Math.max(2 + longestAlternative(TO_SOURCE) + 2, longestAlternative(TO_SOURCE) + 1) + MAX_MIDDLE_DAYS * '31 و '.length + 2 + 1 + 'من '.length +
    Math.max(longestAlternative(MONTH_NOUN_SOURCE), longestAlternative(THIS_SOURCE)) + 1,
  trail: 0,
};
/** «يوليو 13-15»، «تموز 13 الى 15»: the month first. */
const MONTH_FIRST_RANGE = buildRegex(
  'temporal/day-range-month-first',
  `${WORD_START}(?:(?<opener>${OPENER_SOURCE}) )?(?:(?:${MONTH_NOUN_SOURCE}) )?(?<month>${MONTH_NAME_SOURCE}) (?:(?<innerOpener>${OPENER_SOURCE}) )?(?<d1>${DAY_DIGITS})(?<sep> ?[-–] ?| ${TO_SOURCE} | و ?)(?<d2>${DAY_DIGITS})(?:(?: ?[،,])? (?<year>${YEAR_DIGITS}))?${WORD_END}`,
  'y',
);
/** How far before its month name a month-first range can start: an opener and «شهر». */
const MONTH_FIRST_WINDOW: TriggerWindow = { lead: longestAlternative(OPENER_SOURCE) + 1 + longestAlternative(MONTH_NOUN_SOURCE) + 1, trail: 0 };
/** «من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر»: both ends ordinals in words. */
const TO_WORD = buildRegex('temporal/day-range-to', `${WORD_START}(?:${TO_SOURCE}) `, 'y');
/** A match starts at a «to» word: the pattern is tried only where one starts. */
const TO_TRIGGER = firstWordTrigger(
  'temporal/day-range-to-trigger',
  RANGE_WORDS.filter((w) => w.role === 'to').map((w) => normalizeArabic(w.word)),
);
const AT_WORD: TriggerWindow = { lead: 0, trail: 0 };
const ORDINAL_MONTH_TAIL = buildRegex('temporal/day-range-tail', MONTH_TAIL.replace('(?:(?:من|في) )?', '(?:من )'), 'y');
const BETWEEN_WORDS = RANGE_WORDS.filter((w) => w.role === 'between').map((w) => normalizeArabic(w.word));
/** «بين » before two ordinals in words. */
const BETWEEN_WORD = buildRegex('temporal/day-range-between', `${WORD_START}(?<opener>${alternation(BETWEEN_WORDS)}) (?=\\p{L})`, 'y');
const BETWEEN_TRIGGER = firstWordTrigger('temporal/day-range-between-trigger', BETWEEN_WORDS);
const OPENER_BEFORE = buildRegex('temporal/day-range-opener', `(?<![\\p{L}])(?<opener>${OPENER_SOURCE}) $`);

/** «من 12 إلى 15 تشرين الأول»… */
export const dayRangeParser: TemporalParser = {
  name: 'day-range',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    const months = triggerOffsets(MONTH_TRIGGER, text);
    const add = (candidates: readonly Candidate[]): void => {
      for (const candidate of candidates) out.push(candidate);
    };
    scanNear(DAY_RANGE, text, months, DAY_RANGE_WINDOW, (match) => add(readRange(match, text, context)));
    scanNear(MONTH_FIRST_RANGE, text, months, MONTH_FIRST_WINDOW, (match) => add(readRange(match, text, context)));
    scanNear(TO_WORD, text, triggerOffsets(TO_TRIGGER, text), AT_WORD, (match) => add(readOrdinalRange(match, text, context)));
    scanNear(BETWEEN_WORD, text, triggerOffsets(BETWEEN_TRIGGER, text), AT_WORD, (match) => add(readBetweenOrdinals(match, text, context)));
    return out;
  },
};

/** «بين الخامس عشر والتاسع عشر من نوفمبر»: two ordinals in words joined by «و» after «بين». */
function readBetweenOrdinals(match: RegExpExecArray, text: string, context: ParserContext): Candidate[] {
  const first = ordinalStartingAt(text, match.index + match[0].length);
  if (!first || !text.startsWith(' و', first.end)) return [];
  const afterAnd = first.end + 2 + (text[first.end + 2] === ' ' ? 1 : 0);
  const last = ordinalStartingAt(text, afterAnd);
  if (!last) return [];
  ORDINAL_MONTH_TAIL.lastIndex = last.end;
  const tail = ORDINAL_MONTH_TAIL.exec(text);
  if (!tail) return [];
  const groups: Record<string, string | undefined> = { ...(tail.groups ?? {}), d1: String(first.value), d2: String(last.value), sep: 'و', opener: match.groups?.opener };
  return rangeOf(groups, match.index, last.end + tail[0].length, context);
}

function readOrdinalRange(match: RegExpExecArray, text: string, context: ParserContext): Candidate[] {
  const afterTo = match.index + match[0].length;
  const last = ordinalStartingAt(text, afterTo);
  const first = match.index > 0 ? ordinalEndingAt(text, match.index - 1) : null;
  if (!last || !first) return [];
  ORDINAL_MONTH_TAIL.lastIndex = last.end;
  const tail = ORDINAL_MONTH_TAIL.exec(text);
  if (!tail) return [];
  const groups: Record<string, string | undefined> = { ...(tail.groups ?? {}), d1: String(first.value), d2: String(last.value), sep: match[0] };
  let index = first.index;
  const before = OPENER_BEFORE.exec(text.slice(Math.max(0, index - 24), index));
  if (before) {
    groups.opener = before.groups?.opener;
    index -= before[0].length;
  }
  return rangeOf(groups, index, last.end + tail[0].length, context);
}

/** A plausible year written in words right after `end` («7 فبراير ألفين وثمانية عشر»), with its end. */
function wordYearAfter(text: string, end: number): { year: number; end: number } | null {
  const number = numberAfterYearLead(text, end);
  if (!number || !Number.isInteger(number.value) || number.value < 1900 || number.value > 2100) return null;
  return { year: number.value, end: number.end };
}

function readRange(match: RegExpExecArray, text: string, context: ParserContext): Candidate[] {
  const g: Record<string, string | undefined> = { ...(match.groups ?? {}) };
  let end = match.index + match[0].length;
  if (g.year === undefined && g.direction === undefined && g.month !== undefined) {
    const wordYear = wordYearAfter(text, end);
    if (wordYear) {
      g.year = String(wordYear.year);
      end = wordYear.end;
    }
  }
  if (g.d1 === undefined) {
    // «بداية من الخامس إلى 13 ماي»: the first day is an ordinal in words.
    const ordinal = match.index > 0 ? ordinalEndingAt(text, match.index - 1) : null;
    if (!ordinal) return [];
    g.d1 = String(ordinal.value);
    let index = ordinal.index;
    const before = OPENER_BEFORE.exec(text.slice(Math.max(0, index - 24), index));
    if (before) {
      g.opener = before.groups?.opener;
      index -= before[0].length;
    }
    return rangeOf(g, index, end, context);
  }
  return rangeOf(g, match.index, end, context, listContext(g, text, match.index) ? daySpans(match) : undefined);
}

/**
 * Has a «و» list of days date context: «يومي»/«أيام» before it, or a preposition («في 3 و10 و17 من
 * الشهر المقبل»، «وفي 12 و15 آذار»)? Without one, «زار 12 و15 أكتوبر» may count something else.
 */
function listContext(g: Record<string, string | undefined>, text: string, index: number): boolean {
  return g.opener !== undefined || hasWordBefore(text, index, LIST_PREPOSITIONS);
}

/** The span of each day number of a «و» list (first, middle…, last), from the match's group indices. */
function daySpans(match: RegExpExecArray): [number, number][] | undefined {
  const indices = match.indices?.groups;
  if (!indices?.d1 || !indices.d2) return undefined;
  const spans: [number, number][] = [indices.d1];
  const middle = indices.middle;
  if (middle) for (const day of (match.groups?.middle ?? '').matchAll(LISTED_DAY)) spans.push([middle[0] + day.index, middle[0] + day.index + day[0].length]);
  spans.push(indices.d2);
  return spans;
}

const LIST_PREPOSITIONS = new Set(MONTH_CONTEXT_PREPOSITIONS.map(normalizeArabic));

/** A day number inside a list's middle, which the pattern has already checked. */
const LISTED_DAY = buildRegex('temporal/day-range-listed-day', '[0-9]{1,2}', 'g');

/** The days of a list's middle («6 و7 و» → [6, 7]). */
function daysIn(middle: string | undefined): number[] {
  return middle === undefined ? [] : [...middle.matchAll(LISTED_DAY)].map((m) => Number(m[0]));
}

/** Does each day follow the one before? */
function consecutive(days: readonly number[]): boolean {
  return days.every((day, i) => i === 0 || day === days[i - 1]! + 1);
}

/**
 * The range, or the list of dates («يومي 12 و15 آذار»), of a match. `daySpans` are the spans of
 * the day numbers, known only for days in digits: without them a list is not read.
 */
function rangeOf(g: Record<string, string | undefined>, index: number, end: number, context: ParserContext, daySpans?: readonly (readonly [number, number])[]): Candidate[] {
  const month = g.month !== undefined ? lookupMonth(g.month) : relativeMonth(g, context);
  if (!month) return [];
  const opener = g.opener ?? g.innerOpener;
  const days = [Number(g.d1), ...daysIn(g.middle), Number(g.d2)];
  const firstDay = days[0]!;
  const lastDay = days[days.length - 1]!;
  if (!(firstDay >= 1 && days.every((day, i) => i === 0 || day > days[i - 1]!))) return [];
  const separator = (g.sep ?? '').trim();
  const role = opener === undefined ? undefined : OPENER_ROLES.get(opener)?.role;
  const listed = role === 'two' || role === 'two-or-more';
  // «12 و15» is a range only after «بين» (two days), or after «يومي»/«أيام» when the days follow
  // each other («يومي 12 و13»، «أيام 5 و6 و7»); «يومي» names exactly two. Other «و» lists are dates.
  if (g.middle !== undefined && (role === 'two' || role === 'between')) return [];
  const list = separator === 'و' && role !== 'between' && !(listed && consecutive(days));
  if (separator === 'و' && role === 'from') return [];
  if (listed && separator !== 'و') return [];
  if (list && daySpans?.length !== days.length) return [];
  const era = eraCalendar(g.era);
  if (era !== undefined && era !== month.calendar) return [];
  const common = { calendar: month.calendar, month: month.month };
  const direction = directionOf(g.direction);
  const yearOf = 'year' in month ? month.year : g.year !== undefined ? Number(g.year) : undefined;
  const last = monthDateValue({ ...common, day: lastDay, ...(yearOf !== undefined ? { year: yearOf } : {}), ...(direction !== undefined ? { direction } : {}) }, context);
  if (!last) return [];
  const year = yearOf ?? (last.implied.year as number);
  const earlier: DateValue[] = [];
  for (const day of list ? days.slice(0, -1) : [firstDay]) {
    const value = monthDateValue({ ...common, day, year }, context);
    if (!value) return [];
    if (g.year === undefined) moveYearToImplied(value);
    earlier.push(value);
  }
  // «من الشهر المقبل»: the text wrote no month or year, it implied them.
  if (g.month === undefined) for (const value of [...earlier, last]) moveMonthToImplied(value);
  if (!list) return [{ index, end, kind: 'range', value: { type: 'range', from: earlier[0]!, to: last } satisfies RangeValue, source: 'day-range' }];
  const items: Candidate[] = earlier.map((value, i) => ({ index: daySpans![i]![0], end: daySpans![i]![1], kind: 'date', value, source: 'day-range' }));
  items.push({ index: daySpans![days.length - 1]![0], end, kind: 'date', value: last, source: 'day-range' });
  return items;
}

/** «هذا الشهر»، «الشهر المقبل» as a month with its year. */
function relativeMonth(g: Record<string, string | undefined>, context: ParserContext): { calendar: 'gregory'; month: number; year: number } | null {
  if (g.thisMonth === undefined && g.monthDirection === undefined) return null;
  const first = addMonths({ year: context.reference.year, month: context.reference.month, day: 1 }, directionOf(g.monthDirection) ?? 0);
  return { calendar: 'gregory', month: first.month, year: first.year };
}

/** A month and year read from «الشهر المقبل» were implied, not written. */
function moveMonthToImplied(value: DateValue): void {
  moveYearToImplied(value);
  if (value.known.month !== undefined) {
    value.implied.month = value.known.month;
    delete value.known.month;
  }
}

/** The first end borrowed the second end's implied year: say so. */
function moveYearToImplied(value: DateValue): void {
  if (value.known.year !== undefined) {
    value.implied.year = value.known.year;
    delete value.known.year;
  }
}
