import { EQUIVALENCE_WORDS } from '../../data/relative-words';
import { buildRegex } from '../../text/regex';
import type { Candidate, TemporalRefiner } from '../parser';
import { wordsSource } from '../patterns';
import type { DateValue } from '../types';
import { byStart, followedBy, isoDaysBetween, isPinnedDate } from './adjacent';

const CONNECTOR = buildRegex(
  'temporal/merge-double-date',
  `(?: ?[،,])? ?(?:\\( ?)?(?:${wordsSource(EQUIVALENCE_WORDS, (w) => w.word)}) ?(?:ل ?|ليوم )?`,
  'y',
);
/** The connector without a lam of its own: in «الموافق للتاسع والعشرين» the lam is the ordinal's, read with it. */
const CONNECTOR_BEFORE_LAM = buildRegex('temporal/merge-double-date-before-lam', `(?: ?[،,])? ?(?:\\( ?)?(?:${wordsSource(EQUIVALENCE_WORDS.filter((w) => !w.word.includes(' ')), (w) => w.word)}) ?`, 'y');
const CLOSE = buildRegex('temporal/merge-double-date-close', ' ?\\)', 'y');

/**
 * Joins a Hijri and a Gregorian date written as one («23 ربيع الآخر 1447 هـ الموافق 15 تشرين الأول
 * 2025», either order) into one match: `start`/`end` from the Gregorian half, `hijri` from the Hijri
 * half, `calendar` that of the first half. When the halves are more than a day apart, the match says
 * so in `warnings`.
 */
export const mergeDoubleDate: TemporalRefiner = {
  name: 'merge-double-date',
  refine(candidates: Candidate[], text: string): Candidate[] {
    const starts = byStart(candidates);
    const merged: Candidate[] = [];
    for (const first of candidates) {
      if (!isPinnedDate(first)) continue;
      const a = first.value;
      const otherCalendar = (c: Candidate): boolean => isPinnedDate(c) && c.value.type === 'date' && c.value.calendar !== a.calendar;
      const found = followedBy(text, first.end, CONNECTOR, starts, otherCalendar) ?? followedBy(text, first.end, CONNECTOR_BEFORE_LAM, starts, otherCalendar);
      if (!found || found.next.value.type !== 'date') continue;
      const b = found.next.value;
      const gregorian = a.calendar === 'gregory' ? a : b;
      const hijri = a.calendar === 'gregory' ? b : a;
      const value: DateValue = { ...a, start: gregorian.start, end: gregorian.end, precision: gregorian.precision };
      if (hijri.hijri) value.hijri = hijri.hijri;
      if (a.calendar !== 'gregory') {
        // The Gregorian half was written: its fields are known, not implied.
        value.implied = {};
      }
      const gap = Math.abs(isoDaysBetween(gregorian.start as string, hijri.start as string));
      if (gap > 1) {
        value.warnings = [...(a.warnings ?? []), ...(b.warnings ?? []), `the Hijri date is ${hijri.start} in the Umm al-Qura calendar, ${gap} days from the Gregorian date ${gregorian.start}`];
      }
      let end = found.next.end;
      if (found.connector[0].includes('(')) {
        CLOSE.lastIndex = end;
        const close = CLOSE.exec(text);
        if (close) end += close[0].length;
      }
      merged.push({ index: first.index, end, kind: 'date', value, source: 'merge-double-date' });
    }
    return merged.length > 0 ? [...candidates, ...merged] : candidates;
  },
};
