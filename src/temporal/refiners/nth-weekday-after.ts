import { addDays, lookupWeekday, parseIsoDate, weekdayOf } from '../../calendar/index';
import { DURATION_ANCHOR_SPELLINGS } from '../../data/duration-anchors';
import { WEEKDAYS } from '../../data/weekdays';
import { parseArabicOrdinal } from '../../text/index';
import { normalizeArabic } from '../../text/normalize';
import { alternation, buildRegex } from '../../text/regex';
import type { Candidate, TemporalRefiner } from '../parser';
import { dayValue } from '../resolve-values';
import { isPinnedDate } from './adjacent';

const NAMES = alternation(WEEKDAYS.flatMap((w) => [normalizeArabic(w.spelling), normalizeArabic(w.spelling).replace(/^ال/u, '')]));
/** «بعد»/«قبل» before the day, by their normalized spelling, with their direction. */
const ANCHOR_DIRECTIONS = new Map(DURATION_ANCHOR_SPELLINGS.filter((a) => a.ofDay).map((a) => [normalizeArabic(a.spelling), a.direction]));
const ANCHOR_ENDINGS = [...ANCHOR_DIRECTIONS.keys()].map((word) => `${word} `);
const BEFORE = buildRegex('temporal/nth-weekday-after', `(?<![\\p{L}])(?<ord>\\p{L}{2,9}) (?:يوم )?(?<weekday>${NAMES}) (?<after>${alternation(ANCHOR_DIRECTIONS.keys())}) $`);

/**
 * «ثالث ثلاثاء بعد كريسماس 2014»: the nth weekday after (or before) a day read by another parser.
 */
export const nthWeekdayAfter: TemporalRefiner = {
  name: 'nth-weekday-after',
  refine(candidates: Candidate[], text: string): Candidate[] {
    const merged: Candidate[] = [];
    for (const anchor of candidates) {
      if (!isPinnedDate(anchor) || anchor.value.type !== 'date' || anchor.value.precision !== 'day' || anchor.index < 8) continue;
      // The pattern ends with «بعد »/«قبل » right before the day: test that first, without a slice or a pattern run.
      if (!ANCHOR_ENDINGS.some((ending) => text.endsWith(ending, anchor.index))) continue;
      const from = Math.max(0, anchor.index - 40);
      const match = BEFORE.exec(text.slice(from, anchor.index));
      const g = match?.groups;
      if (!match || !g) continue;
      const n = parseArabicOrdinal(g.ord ?? '');
      const name = g.weekday ?? '';
      const weekday = lookupWeekday(name.startsWith('ال') ? name : `ال${name}`);
      const day = parseIsoDate(anchor.value.start as string);
      if (n === null || n < 1 || n > 10 || weekday === null || !day) continue;
      const sign = ANCHOR_DIRECTIONS.get(g.after ?? '') ?? 1;
      const firstStep = sign > 0 ? (weekday - weekdayOf(day) + 7) % 7 || 7 : -((weekdayOf(day) - weekday + 7) % 7 || 7);
      const date = addDays(day, firstStep + sign * 7 * (n - 1));
      const value = dayValue(date, { weekday }, { year: date.year, month: date.month, day: date.day });
      merged.push({ index: from + match.index, end: anchor.end, kind: 'date', value, source: 'nth-weekday-after' });
    }
    return merged.length > 0 ? [...candidates, ...merged] : candidates;
  },
};
