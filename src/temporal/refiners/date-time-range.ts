import { buildRegex } from '../../text/regex';
import type { Candidate, TemporalRefiner } from '../parser';
import type { RangeValue } from '../types';
import { byStart, followedBy, isPinnedDate } from './adjacent';

const GAP = buildRegex('temporal/date-time-range', '(?: ?[،,])? ?', 'y');

/**
 * Gives a range of clock times the day written before it: «الخميس من الساعة التاسعة وحتى الساعة
 * الحادية عشرة صباحًا» is one range whose two times both carry Thursday.
 */
export const attachDateToTimeRange: TemporalRefiner = {
  name: 'date-time-range',
  refine(candidates: Candidate[], text: string): Candidate[] {
    const starts = byStart(candidates);
    const merged: Candidate[] = [];
    for (const first of candidates) {
      if (!isPinnedDate(first) || first.value.type !== 'date' || first.value.precision !== 'day') continue;
      const date = first.value;
      const found = followedBy(text, first.end, GAP, starts, (c) => c.value.type === 'range' && c.value.from.type === 'time' && c.value.to.type === 'time' && !c.value.from.date);
      if (!found || found.next.value.type !== 'range' || found.next.value.from.type !== 'time' || found.next.value.to.type !== 'time') continue;
      const { from, to } = found.next.value;
      const value: RangeValue = { type: 'range', from: { ...from, date }, to: { ...to, date } };
      merged.push({ index: first.index, end: found.next.end, kind: 'range', value, source: 'date-time-range' });
    }
    return merged.length > 0 ? [...candidates, ...merged] : candidates;
  },
};
