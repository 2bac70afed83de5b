/**
 * Ranges of days within one month: «من 12 إلى 15 تشرين الأول»، «بين 12 و15 أكتوبر»، «12-15 أكتوبر
 * 2025»، «بداية من الخامس إلى 13 ماي». Ranges whose ends each carry a month («من 28 أيلول إلى 3
 * تشرين الأول») are joined by the `merge-range` refiner instead.
 */
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
    scanNear(DAY_RANGE, text, months, DAY_RANGE_WINDOW, (match) => {
      const candidate = readRange(match, text, context);
      if (candidate) out.push(candidate);
    });
    scanNear(MONTH_FIRST_RANGE, text, months, MONTH_FIRST_WINDOW, (match) => {
      const candidate = readRange(match, text, context);
      if (candidate) out.push(candidate);
    });
    scanNear(TO_WORD, text, triggerOffsets(TO_TRIGGER, text), AT_WORD, (match) => {
      const candidate = readOrdinalRange(match, text, context);
      if (candidate) out.push(candidate);
    });
    scanNear(BETWEEN_WORD, text, triggerOffsets(BETWEEN_TRIGGER, text), AT_WORD, (match) => {
      const candidate = readBetweenOrdinals(match, text, context);
      if (candidate) out.push(candidate);
    });
    return out;
  },
};

/** «بين الخامس عشر والتاسع عشر من نوفمبر»: two ordinals in words joined by «و» after «بين». */
function readBetweenOrdinals(match: RegExpExecArray, text: string, context: ParserContext): Candidate | null {
  const first = ordinalStartingAt(text, match.index + match[0].length);
  if (!first || !text.startsWith(' و', first.end)) return null;
  const afterAnd = first.end + 2 + (text[first.end + 2] === ' ' ? 1 : 0);
  const last = ordinalStartingAt(text, afterAnd);
  if (!last) return null;
  ORDINAL_MONTH_TAIL.lastIndex = last.end;
  const tail = ORDINAL_MONTH_TAIL.exec(text);
  if (!tail) return null;
  const groups: Record<string, string | undefined> = { ...(tail.groups ?? {}), d1: String(first.value), d2: String(last.value), sep: 'و', opener: match.groups?.opener };
  return rangeOf(groups, match.index, last.end + tail[0].length, context);
}

function readOrdinalRange(match: RegExpExecArray, text: string, context: ParserContext): Candidate | null {
  const afterTo = match.index + match[0].length;
  const last = ordinalStartingAt(text, afterTo);
  const first = match.index > 0 ? ordinalEndingAt(text, match.index - 1) : null;
  if (!last || !first) return null;
  ORDINAL_MONTH_TAIL.lastIndex = last.end;
  const tail = ORDINAL_MONTH_TAIL.exec(text);
  if (!tail) return null;
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

function readRange(match: RegExpExecArray, text: string, context: ParserContext): Candidate | null {
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
    if (!ordinal) return null;
    g.d1 = String(ordinal.value);
    let index = ordinal.index;
    const before = OPENER_BEFORE.exec(text.slice(Math.max(0, index - 24), index));
    if (before) {
      g.opener = before.groups?.opener;
      index -= before[0].length;
    }
    return rangeOf(g, index, end, context);
  }
  return rangeOf(g, match.index, end, context);
}

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

function rangeOf(g: Record<string, string | undefined>, index: number, end: number, context: ParserContext): Candidate | null {
  const month = g.month !== undefined ? lookupMonth(g.month) : relativeMonth(g, context);
  if (!month) return null;
  const opener = g.opener ?? g.innerOpener;
  const firstDay = Number(g.d1);
  const lastDay = Number(g.d2);
  if (!(firstDay >= 1 && firstDay < lastDay)) return null;
  const separator = (g.sep ?? '').trim();
  const role = opener === undefined ? undefined : OPENER_ROLES.get(opener)?.role;
  const listed = role === 'two' || role === 'two-or-more';
  // «12 و15» is a range only after «بين»; after «يومي»/«أيام» the days must follow each other
  // («يومي 12 و13»، «أيام 5 و6 و7»), and «يومي» names exactly two.
  if (separator === 'و' && role !== 'between' && !listed) return null;
  if (g.middle !== undefined && role !== 'two-or-more') return null;
  if (listed && (separator !== 'و' || !consecutive([firstDay, ...daysIn(g.middle), lastDay]))) return null;
  const era = eraCalendar(g.era);
  if (era !== undefined && era !== month.calendar) return null;
  const common = { calendar: month.calendar, month: month.month };
  const direction = directionOf(g.direction);
  const yearOf = 'year' in month ? month.year : g.year !== undefined ? Number(g.year) : undefined;
  const last = monthDateValue({ ...common, day: lastDay, ...(yearOf !== undefined ? { year: yearOf } : {}), ...(direction !== undefined ? { direction } : {}) }, context);
  if (!last) return null;
  const year = yearOf ?? (last.implied.year as number);
  const first = monthDateValue({ ...common, day: firstDay, year }, context);
  if (!first) return null;
  if (g.year === undefined) moveYearToImplied(first);
  const value: RangeValue = { type: 'range', from: first, to: last };
  return { index, end, kind: 'range', value, source: 'day-range' };
}

/** «هذا الشهر»، «الشهر المقبل» as a month with its year. */
function relativeMonth(g: Record<string, string | undefined>, context: ParserContext): { calendar: 'gregory'; month: number; year: number } | null {
  if (g.thisMonth === undefined && g.monthDirection === undefined) return null;
  const first = addMonths({ year: context.reference.year, month: context.reference.month, day: 1 }, directionOf(g.monthDirection) ?? 0);
  return { calendar: 'gregory', month: first.month, year: first.year };
}

/** The first end borrowed the second end's implied year: say so. */
function moveYearToImplied(value: DateValue): void {
  if (value.known.year !== undefined) {
    value.implied.year = value.known.year;
    delete value.known.year;
  }
}
