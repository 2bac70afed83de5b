/**
 * Attaches a clock time to the day next to it: `غدًا الساعة 8 صباحًا`،
 * `الخميس 15 أكتوبر، عند الساعة العاشرة`، `الساعة 8 من مساء الخميس`، `الثامنة من صباح
 * الغد` (a day that starts inside the time's part of the day) become one
 * time match whose value carries the `date`.
 *
 * It adds the merged reading and leaves the parts: the overlap refiner keeps
 * the longest span, which is the merged one.
 *
 * @internal
 * @module
 */
import { DATE_TIME_JOINERS, type PartOfDay } from '../../data/times-of-day';
import { phraseAt } from '../phrase-match';
import { DAY_PARTS } from '../times/lexicon';
import { hourInPartOfDay } from '../times/read';
import { zoneAfter } from '../times/zone';
import { normalizeArabic } from '../../text/normalize';
import type { Candidate, TemporalRefiner } from '../parser';
import type { DateValue, TimeValue } from '../types';

const JOINERS_AFTER_DATE = new Set(['', ...DATE_TIME_JOINERS.filter((j) => j.order === 'date-time').map((j) => normalizeArabic(j.spelling))]);
const JOINERS_AFTER_TIME = new Set(['', ...DATE_TIME_JOINERS.filter((j) => j.order === 'time-date').map((j) => normalizeArabic(j.spelling))]);

/** A time without a part of the day takes the one of the day it is attached to («مساء اليوم الساعة 8»). */
function withDayPart(value: TimeValue, text: string, date: Candidate): TimeValue {
  if (value.partOfDay !== undefined) return value;
  const part: PartOfDay | undefined = phraseAt(text, date.index, DAY_PARTS)?.meaning.partOfDay;
  return part === undefined ? value : { ...value, hour: hourInPartOfDay(value.hour, part), partOfDay: part };
}

/** The longest gap that can join a date and a time («، من يوم »). */
const MAX_GAP = 12;

/** The gap text without spaces and commas at its ends. */
function joinerOf(gap: string): string {
  let from = 0;
  let to = gap.length;
  while (from < to && (gap[from] === ' ' || gap[from] === '،' || gap[from] === ',')) from++;
  while (to > from && (gap[to - 1] === ' ' || gap[to - 1] === '،' || gap[to - 1] === ',')) to--;
  return gap.slice(from, to);
}

/** A date that pins one day can take a time. */
function isDay(candidate: Candidate): candidate is Candidate & { value: DateValue } {
  return candidate.kind === 'date' && candidate.value.type === 'date' && candidate.value.precision === 'day' && !candidate.value.vague;
}

/** The date-time refiner. */
export const attachTimeToDate: TemporalRefiner = {
  name: 'date-time',
  refine(candidates: Candidate[], text: string): Candidate[] {
    const times = candidates.filter((c) => c.kind === 'time' && c.value.type === 'time');
    if (times.length === 0) return candidates;
    // The longest day ending (or starting) at each offset.
    const dayByEnd = new Map<number, Candidate & { value: DateValue }>();
    const dayByStart = new Map<number, Candidate & { value: DateValue }>();
    for (const c of candidates) {
      if (!isDay(c)) continue;
      const atEnd = dayByEnd.get(c.end);
      if (!atEnd || c.end - c.index > atEnd.end - atEnd.index) dayByEnd.set(c.end, c);
      const atStart = dayByStart.get(c.index);
      if (!atStart || c.end - c.index > atStart.end - atStart.index) dayByStart.set(c.index, c);
    }
    const merged: Candidate[] = [];
    for (const time of times) {
      const value = time.value as TimeValue;
      let date: (Candidate & { value: DateValue }) | undefined;
      let index = time.index;
      let end = time.end;
      for (let p = time.index; p >= Math.max(0, time.index - MAX_GAP) && !date; p--) {
        const before = dayByEnd.get(p);
        if (before && JOINERS_AFTER_DATE.has(joinerOf(text.slice(p, time.index)))) {
          date = before;
          index = before.index;
        }
      }
      // «الثامنة من صباح الغد»: the day («صباح الغد») starts inside the time, at its part of the day
      // (in «مساء 14 شباط» the day starts at the hour: an evening date, not 14:00).
      for (let p = time.index + 1; p < time.end && !date; p++) {
        const inside = dayByStart.get(p);
        if (inside && inside.end > time.end && phraseAt(text, p, DAY_PARTS)) {
          date = inside;
          end = inside.end;
        }
      }
      for (let p = time.end; p <= Math.min(text.length, time.end + MAX_GAP) && !date; p++) {
        const after = dayByStart.get(p);
        if (after && JOINERS_AFTER_TIME.has(joinerOf(text.slice(time.end, p)))) {
          date = after;
          end = after.end;
        }
      }
      if (!date) continue;
      // The part of the day moves to the time («مساء الخميس الساعة 8» → 20:00); the date is the day alone.
      const { partOfDay: _part, ...day } = date.value;
      const withPart = withDayPart(value, text, date);
      // «الساعة العاشرة من صباح الخميس بتوقيت القدس»: the zone after the day is the time's.
      const zone = end > time.end && value.timeZone === undefined ? zoneAfter(text, end) : null;
      if (zone) end = zone.end;
      const timeZone = zone?.zone === undefined ? {} : { timeZone: zone.zone };
      merged.push({ index, end, kind: 'time', value: { ...withPart, ...timeZone, date: day }, source: 'date-time' });
    }
    return merged.length === 0 ? candidates : [...candidates, ...merged];
  },
};
