/**
 * The weekend: «عطلة نهاية الأسبوع»، «عطلة نهاية الأسبوع المقبل»، «هذه العطلة الأسبوعية»، «الويكند».
 * It is the last two days of the week that holds the reference (or the next/last one): Saturday and
 * Sunday with the default ISO week, Friday and Saturday where the week starts on Saturday or Sunday
 * (a locale hint such as `ar-EG` or `ar-SA`), as in most Arab countries.
 */
import { addDays, startOfWeek } from '../../calendar/index';
import { WEEKEND_WORDS } from '../../data/relative-words';
import { normalizeArabic } from '../../text/normalize';
import { buildRegex, WORD_END, WORD_START } from '../../text/regex';
import { firstWordTrigger, longestAlternative, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { DIRECTION_SOURCE, directionOf, THIS_SOURCE, wordsSource } from '../patterns';
import { spanValue } from '../resolve-values';
import type { DateValue } from '../types';

const WEEKEND = buildRegex(
  'temporal/weekend',
  `${WORD_START}(?:(?<this>${THIS_SOURCE}) )?(?:${wordsSource(WEEKEND_WORDS, (w) => w.word)})(?: (?<direction>${DIRECTION_SOURCE}))?${WORD_END}`,
  'y',
);
/** The pattern is tried only near a weekend word, «هذا» before it. */
const WEEKEND_TRIGGER = firstWordTrigger('temporal/weekend-trigger', WEEKEND_WORDS.map((w) => normalizeArabic(w.word)));
const WEEKEND_WINDOW: TriggerWindow = { lead: longestAlternative(THIS_SOURCE) + 1, trail: 0 };

/** The weekend of the week `offset` weeks from the reference's. */
function weekendValue(offset: number, context: ParserContext): DateValue {
  const weekStart = startOfWeek(context.reference, context.weekStart);
  // Five days after the start: Saturday of a Monday week, Friday of a Sunday week; six after a Saturday start (Friday).
  const firstOffset = context.weekStart === 6 ? 6 : 5;
  const first = addDays(weekStart, 7 * offset + firstOffset);
  const last = addDays(first, 1);
  return spanValue('week', first, last, {}, { year: first.year, month: first.month, day: first.day }, { relative: { unit: 'week', offset } });
}

/** «عطلة نهاية الأسبوع»… */
export const weekendParser: TemporalParser = {
  name: 'weekend',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(WEEKEND, text, triggerOffsets(WEEKEND_TRIGGER, text), WEEKEND_WINDOW, (match) => {
      const offset = directionOf(match.groups?.direction) ?? 0;
      out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value: weekendValue(offset, context), source: 'weekend' });
    });
    return out;
  },
};
