import { DIRECTION_WORDS, RANGE_WORDS } from '../../data/relative-words';
import { buildRegex } from '../../text/regex';
import type { Candidate, ParserContext, TemporalRefiner } from '../parser';
import { listedDays } from '../parsers/listed-weekdays';
import { directionOf, lookupFrom, wordsSource } from '../patterns';
import { shiftDateValue } from '../resolve-values';
import type { DateValue, RangeValue } from '../types';
import { wordBefore } from '../text-context';
import { byStart, followedBy, isPinnedDate } from './adjacent';

const OPENERS = RANGE_WORDS.filter((w) => w.role === 'from' || w.role === 'between');
const OPENER_ROLES = lookupFrom(OPENERS, (w) => w.word);
const OPENER_BEFORE = buildRegex('temporal/merge-range-opener', `(?<![\\p{L}])(?<opener>${wordsSource(OPENERS, (w) => w.word)}) $`);
const CONNECTOR = buildRegex(
  'temporal/merge-range',
  `(?: ?[-–] ?| (?<to>${wordsSource(
    RANGE_WORDS.filter((w) => w.role === 'to'),
    (w) => w.word,
  )}) | (?<and>و) ?)`,
  'y',
);

/** A dual direction word ending the second end: it places both ends («بين شهري جويلية وأوت المقبلين»). */
const DUAL_DIRECTION_AT_END = buildRegex('temporal/merge-range-dual-direction', ` (${wordsSource(DIRECTION_WORDS.filter((w) => w.dual), (w) => w.word)})$`);

/** A weekday alone, with nothing but its name written («الأحد»، «الثلاثاء المقبلين» counts its direction apart). */
function bareWeekday(value: DateValue): number | undefined {
  const { known } = value;
  return known.weekday !== undefined && known.day === undefined && known.month === undefined && known.year === undefined ? known.weekday : undefined;
}

/**
 * «من الأحد إلى الثلاثاء المقبلين»: a dual direction after two bare weekdays places both, the
 * first by the direction and the second after it (the Sunday and Tuesday of next week, not last
 * Sunday to the coming Tuesday).
 */
function weekdaysPlacedTogether(from: DateValue, to: DateValue, fromHasDirection: boolean, direction: -1 | 0 | 1 | undefined, context: ParserContext): [DateValue, DateValue] | null {
  const first = bareWeekday(from);
  const last = bareWeekday(to);
  if (first === undefined || last === undefined || fromHasDirection || direction === undefined) return null;
  const days = listedDays([first, last], direction, context);
  return days ? [days[0]!, days[1]!] : null;
}


/**
 * Puts both ends of a date range in order, moving an end whose year or week the text left out.
 * `yearOfBoth`: a dual direction word after the second end places the first as well.
 */
function ordered(from: DateValue, to: DateValue, yearOfBoth: boolean): [DateValue, DateValue] | null {
  // «من 13 تموز الى 15 تموز 2013»: the first end takes the second's year, or the year before
  // («من نوفمبر إلى فبراير 2027»), whichever keeps the range in order.
  const sharedYear = to.known.year ?? (yearOfBoth ? to.implied.year : undefined);
  if (sharedYear !== undefined && from.implied.year !== undefined && from.known.year === undefined && from.calendar === 'gregory' && from.implied.year !== sharedYear) {
    for (const year of [sharedYear, sharedYear - 1]) {
      const moved = shiftDateValue(from, 0, year - from.implied.year);
      if (moved && (moved.start as string) <= (to.start as string)) return [moved, to];
    }
  }
  if ((from.start as string) <= (to.start as string)) return [from, to];
  if (to.known.weekday !== undefined && to.known.day === undefined) {
    const moved = shiftDateValue(to, 7, 0);
    return moved ? [from, moved] : null;
  }
  if (to.implied.year !== undefined && to.known.year === undefined) {
    const moved = shiftDateValue(to, 0, 1);
    return moved ? [from, moved] : null;
  }
  if (from.implied.year !== undefined && from.known.year === undefined) {
    const moved = shiftDateValue(from, 0, -1);
    return moved ? [moved, to] : null;
  }
  return null;
}

/**
 * Joins two readings into a range: «من 28 أيلول إلى 3 تشرين الأول»، «من الأحد إلى الخميس»،
 * «بين 2024 و2026»، «15-17 أكتوبر» is handled by the `day-range` parser. «و» joins only after «بين».
 */
export const mergeRange: TemporalRefiner = {
  name: 'merge-range',
  refine(candidates: Candidate[], text: string, context: ParserContext): Candidate[] {
    const starts = byStart(candidates);
    const merged: Candidate[] = [];
    for (const first of candidates) {
      const isDate = isPinnedDate(first);
      if (!isDate && first.value.type !== 'time') continue;
      const found = followedBy(text, first.end, CONNECTOR, starts, (c) => (isDate ? isPinnedDate(c) : c.value.type === 'time'));
      if (!found) continue;
      const opener = OPENER_BEFORE.exec(text.slice(Math.max(0, first.index - 24), first.index));
      const role = opener ? OPENER_ROLES.get(opener.groups?.opener ?? '')?.role : undefined;
      if (found.connector.groups?.and !== undefined && role !== 'between') continue;
      let value: RangeValue;
      if (isDate && first.value.type === 'date' && found.next.value.type === 'date') {
        const dual = DUAL_DIRECTION_AT_END.exec(text.slice(found.next.index, found.next.end));
        const fromHasDirection = directionOf(wordBefore(text, first.end)) !== undefined;
        const ends =
          (dual ? weekdaysPlacedTogether(first.value, found.next.value, fromHasDirection, directionOf(dual[1]), context) : null) ??
          ordered(first.value, found.next.value, dual !== null);
        if (!ends) continue;
        value = { type: 'range', from: ends[0], to: ends[1] };
      } else if (first.value.type === 'time' && found.next.value.type === 'time') {
        value = { type: 'range', from: first.value, to: found.next.value };
      } else continue;
      const index = opener ? first.index - opener[0].length : first.index;
      merged.push({ index, end: found.next.end, kind: 'range', value, source: 'merge-range' });
    }
    return merged.length > 0 ? [...candidates, ...merged] : candidates;
  },
};
