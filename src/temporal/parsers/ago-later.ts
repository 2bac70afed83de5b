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
import { isWordChar } from '../phrase-match';
import type { Candidate, ParserContext, TemporalParser } from '../parser';

/** Is `offset` at the start of the text or right after punctuation (`،`، `.`)? */
function atClauseStart(text: string, offset: number): boolean {
  let i = offset - 1;
  if (i >= 0 && text.charCodeAt(i) === 32) i--;
  return i < 0 || !isWordChar(text[i]);
}

/** The ago/later parser. */
export const agoLaterParser: TemporalParser = {
  name: 'ago-later',
  find(text: string, context: ParserContext): Candidate[] {
    const candidates: Candidate[] = [];
    for (const reading of readDurations(text)) {
      if (reading.qualifier !== null || reading.outerStart !== reading.start) continue;
      const anchor = phraseBefore(text, reading.start, ANCHORS);
      if (!anchor || (anchor.meaning.clauseStart && !atClauseStart(text, anchor.start))) continue;
      const value = anchoredDate(context.reference, reading.parts, anchor.meaning.direction);
      if (value) candidates.push({ index: anchor.start, end: reading.end, kind: 'date', value, source: 'ago-later' });
    }
    return candidates;
  },
};
