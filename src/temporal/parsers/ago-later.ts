/**
 * A duration counted from the reference day: `قبل يومين`، `منذ 3 سنوات`،
 * `بعد أسبوعين` → a date value with `relative`.
 *
 * A bounded duration (`منذ أكثر من عامين`) stays a duration: the bound makes
 * the day unknowable, so the duration parser reports it with its qualifier.
 * A vague amount (`قبل بضعة أيام`، `بعد عدة أشهر`) pins no day either: it is a
 * `vague: true` date in the grain of its unit, like «قبل أيام». A duration followed by «من»/«على»
 * and an event (`بعد أسبوعين من توقيع الاتفاق`) is counted from that event, not from the reference:
 * no date is read, and the duration parser reports the length.
 *
 * @internal
 * @module
 */
import { anchoredDate, relativeAnchor } from '../durations/anchor';
import { ANCHORS, ANCHORS_AFTER, EVENT_LINKS } from '../durations/lexicon';
import { phraseBefore, readDurations } from '../durations/read';
import { isWordChar, phraseAfter } from '../phrase-match';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import type { DateValue, DurationParts } from '../types';

/** «قبل بضعة أيام»: a date in the grain of its unit (clock units speak in days) that pins no day. */
function vagueDate(parts: DurationParts, direction: -1 | 1): DateValue {
  const { unit } = relativeAnchor(parts, 1);
  const precision = unit === 'hour' || unit === 'minute' || unit === 'second' ? 'day' : unit;
  return { type: 'date', calendar: 'gregory', precision, known: {}, implied: {}, vague: true, vagueSide: direction < 0 ? 'past' : 'future' };
}

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
      if ((reading.qualifier !== null && !reading.vague) || reading.outerStart !== reading.start) continue;
      const before = phraseBefore(text, reading.start, ANCHORS);
      const anchor = before && (!before.meaning.clauseStart || atClauseStart(text, before.start)) ? before : null;
      // «بعد أسبوعين من الآن»، «شهر و 21 يوم من الآن»: "from now" after the duration.
      const after = phraseAfter(text, reading.end, ANCHORS_AFTER);
      if (!anchor && !after) continue;
      // «بعد أسبوعين من توقيع الاتفاق»: counted from the event, not from the reference.
      if (!after && phraseAfter(text, reading.end, EVENT_LINKS)) continue;
      const direction = anchor ? anchor.meaning.direction : after!.meaning;
      if (anchor && after && after.meaning !== direction) continue;
      const value = reading.vague ? vagueDate(reading.parts, direction) : anchoredDate(context.reference, reading.parts, direction);
      if (value) candidates.push({ index: anchor ? anchor.start : reading.start, end: after ? after.end : reading.end, kind: 'date', value, source: 'ago-later' });
    }
    return candidates;
  },
};
