/**
 * Clock times (`الساعة العاشرة صباحا`، `الساعة 10:30 مساء`، `3:04 م`،
 * `الثانية عشرة إلا ربعا`، `العاشرة والنصف`) and time ranges (`من 5 إلى 6 مساءً`).
 * The date-time refiner attaches a time to the date next to it.
 *
 * @internal
 * @module
 */
import type { Candidate, TemporalParser } from '../parser';
import { readTimeRanges, readTimes } from '../times/read';

/** The clock-time parser. */
export const timeParser: TemporalParser = {
  name: 'time',
  find(text: string): Candidate[] {
    const candidates: Candidate[] = readTimes(text).map((reading) => ({
      index: reading.start,
      end: reading.end,
      kind: 'time',
      value: reading.value,
      source: 'time',
    }));
    for (const range of readTimeRanges(text)) {
      candidates.push({ index: range.start, end: range.end, kind: 'range', value: { type: 'range', from: range.from, to: range.to }, source: 'time' });
    }
    return candidates;
  },
};
