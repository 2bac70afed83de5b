/**
 * A duration counted from the reference day: `قبل يومين`، `منذ 3 سنوات`،
 * `بعد أسبوعين` → a date value with `relative`.
 *
 * A bounded duration (`منذ أكثر من عامين`) stays a duration: the bound makes
 * the day unknowable, so the duration parser reports it with its qualifier.
 *
 * @internal
 * @module
 */
import { anchoredDate } from '../durations/anchor';
import { ANCHORS } from '../durations/lexicon';
import { phraseBefore, readDurations } from '../durations/read';
import type { Candidate, ParserContext, TemporalParser } from '../parser';

/** The ago/later parser. */
export const agoLaterParser: TemporalParser = {
  name: 'ago-later',
  find(text: string, context: ParserContext): Candidate[] {
    const candidates: Candidate[] = [];
    for (const reading of readDurations(text)) {
      if (reading.qualifier !== null || reading.outerStart !== reading.start) continue;
      const anchor = phraseBefore(text, reading.start, ANCHORS);
      if (!anchor) continue;
      const value = anchoredDate(context.reference, reading.parts, anchor.meaning);
      if (value) candidates.push({ index: anchor.start, end: reading.end, kind: 'date', value, source: 'ago-later' });
    }
    return candidates;
  },
};
