/**
 * Two consecutive weekdays after «يومي»: «يومي الأحد والاثنين»، «يومي الخميس والجمعة المقبلين» — a
 * range of the two days. The pair must be consecutive: «يومي الأحد والخميس» is two days, not the
 * days between them, so it is left to the weekday parser.
 */
import { addDays, lookupWeekday, parseIsoDate, WEEKDAY_SOURCE } from '../../calendar/index';
import { DAY_LIST_WORDS } from '../../data/relative-words';
import { buildRegex, WORD_END } from '../../text/regex';
import { firstWordTrigger, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { CLITIC_START, DIRECTION_SOURCE, directionOf, wordsSource } from '../patterns';
import type { RangeValue } from '../types';
import { weekdayDateValue, weekdayValue } from './weekday';

/** Only the dual «يومي»: «أيام الجمعة والسبت» are recurring days. */
const DAY_PAIR_WORDS = DAY_LIST_WORDS.filter((w) => w.days === 'two');
const DAY_PAIR_SOURCE = wordsSource(DAY_PAIR_WORDS, (w) => w.word);
const WEEKDAY_PAIR = buildRegex(
  'temporal/weekday-pair',
  `${CLITIC_START}(?:${DAY_PAIR_SOURCE}) (?<first>${WEEKDAY_SOURCE}) و ?(?<second>${WEEKDAY_SOURCE})(?: (?<direction>${DIRECTION_SOURCE}))?${WORD_END}`,
  'y',
);
/** A match starts at «يومي» itself (after a glued proclitic): the pattern is tried only there. */
const DAY_PAIR_TRIGGER = firstWordTrigger('temporal/weekday-pair-trigger', DAY_PAIR_WORDS.map((w) => w.word));
const AT_TRIGGER: TriggerWindow = { lead: 0, trail: 0 };

/** ISO weekday after `weekday` (Sunday, 7, is followed by Monday, 1). */
function nextWeekday(weekday: number): number {
  return (weekday % 7) + 1;
}

/** «يومي الأحد والاثنين المقبلين»… */
export const weekdayPairParser: TemporalParser = {
  name: 'weekday-pair',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(WEEKDAY_PAIR, text, triggerOffsets(DAY_PAIR_TRIGGER, text), AT_TRIGGER, (match) => {
      const g = match.groups ?? {};
      const first = lookupWeekday(g.first ?? '');
      const second = lookupWeekday(g.second ?? '');
      if (first === null || second === null || second !== nextWeekday(first)) return;
      const from = weekdayValue(first, context, directionOf(g.direction));
      const firstDay = from.start === undefined ? null : parseIsoDate(from.start);
      if (!firstDay) return;
      const value: RangeValue = { type: 'range', from, to: weekdayDateValue(addDays(firstDay, 1), second, context) };
      out.push({ index: match.index, end: match.index + match[0].length, kind: 'range', value, source: 'weekday-pair' });
    });
    return out;
  },
};
