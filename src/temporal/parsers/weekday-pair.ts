/**
 * Weekdays joined by «و» after «يومي» or «أيام»: «يومي الأحد والاثنين»، «يومي الخميس والجمعة
 * المقبلين»، «أيام الجمعة والسبت والأحد المقبلة». Days that follow each other are a range of the
 * first to the last; other days («يومي الأحد والخميس المقبلين») are one date each, read only with a
 * direction word, which says which week. In order: after a past direction («الماضيين») the last day
 * is the most recent one and each day before it comes earlier; otherwise the first is resolved and
 * each next day comes after it.
 *
 * Without «يومي», two weekdays joined by «و» are a pair only when a dual direction word follows
 * («الثلاثاء والأربعاء المقبلين»).
 *
 * «أيام» before weekdays without a direction is a schedule that recurs («تفتح المتاحف أيام الجمعة
 * والسبت»): no date is read (the weekday parser skips weekdays after {@link RECURRING_DAY_WORDS}).
 */
import { lookupWeekday, WEEKDAY_SOURCE } from '../../calendar/index';
import { DAY_LIST_WORDS, DIRECTION_WORDS } from '../../data/relative-words';
import { WEEKDAYS } from '../../data/weekdays';
import { normalizeArabic } from '../../text/normalize';
import { buildRegex, WORD_END } from '../../text/regex';
import { firstWordTrigger, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { CLITIC_START, DIRECTION_SOURCE, directionOf, lookupFrom, wordsSource } from '../patterns';
import type { RangeValue } from '../types';
import { listedDays, nextWeekday } from './listed-weekdays';

/** At most this many weekdays after the first («أيام الأحد والاثنين والثلاثاء…»). */
const MAX_MORE_WEEKDAYS = 6;
const LIST_WORDS = lookupFrom(DAY_LIST_WORDS, (w) => w.word);
const WEEKDAY_LIST = buildRegex(
  'temporal/weekday-pair',
  `${CLITIC_START}(?<opener>${wordsSource(DAY_LIST_WORDS, (w) => w.word)}) (?<first>${WEEKDAY_SOURCE})(?<more>(?: و ?(?:${WEEKDAY_SOURCE})){1,${MAX_MORE_WEEKDAYS}})(?: (?<direction>${DIRECTION_SOURCE}))?${WORD_END}`,
  'dy',
);
/** One weekday after «و» in the list's tail. */
const MORE_WEEKDAY = buildRegex('temporal/weekday-pair-more', ` و ?(?<weekday>${WEEKDAY_SOURCE})`, 'dg');
/** A match starts at «يومي»/«أيام» itself (after a glued proclitic): the pattern is tried only there. */
const DAY_LIST_TRIGGER = firstWordTrigger('temporal/weekday-pair-trigger', LIST_WORDS.keys());
const AT_TRIGGER: TriggerWindow = { lead: 0, trail: 0 };
const DUAL_DIRECTIONS = DIRECTION_WORDS.filter((w) => w.dual);
/** «الثلاثاء والأربعاء المقبلين»: two weekdays without «يومي», which a dual direction word makes a pair. */
const DUAL_PAIR = buildRegex(
  'temporal/weekday-pair-dual',
  `${CLITIC_START}(?<first>${WEEKDAY_SOURCE})(?<more> و ?(?:${WEEKDAY_SOURCE})) (?<direction>${wordsSource(DUAL_DIRECTIONS, (w) => w.word)})${WORD_END}`,
  'dy',
);
/** The pair's first weekday, without «ال», triggers it; the match may start at «ال» or a glued proclitic before it. */
const WEEKDAY_TRIGGER = firstWordTrigger('temporal/weekday-pair-dual-trigger', WEEKDAYS.map((w) => normalizeArabic(w.spelling).replace(/^ال/u, '')));
const BEFORE_WEEKDAY: TriggerWindow = { lead: 'ال'.length + 1, trail: 0 };

function read(match: RegExpExecArray, context: ParserContext): Candidate[] {
  const g = match.groups ?? {};
  const spans = match.indices?.groups;
  // No opener: a pair the dual direction word made (DUAL_PAIR).
  const days = g.opener === undefined ? 'two' : LIST_WORDS.get(g.opener)?.days;
  const first = lookupWeekday(g.first ?? '');
  if (!days || first === null || !spans?.first || !spans.more) return [];
  const weekdays = [first];
  const starts = [spans.first[0]];
  const ends = [spans.first[1]];
  for (const more of (g.more ?? '').matchAll(MORE_WEEKDAY)) {
    const weekday = lookupWeekday(more.groups?.weekday ?? '');
    const span = more.indices?.groups?.weekday;
    if (weekday === null || !span) return [];
    weekdays.push(weekday);
    starts.push(spans.more[0] + span[0]);
    ends.push(spans.more[0] + span[1]);
  }
  const direction = directionOf(g.direction);
  if (days === 'two' && weekdays.length !== 2) return [];
  // «تفتح المتاحف أيام الجمعة والسبت»: a schedule, not dates.
  if (days === 'two-or-more' && direction === undefined) return [];
  const consecutive = weekdays.every((weekday, i) => i === 0 || weekday === nextWeekday(weekdays[i - 1]!));
  if (!consecutive && direction === undefined) return [];
  const values = listedDays(weekdays, direction, context);
  if (!values) return [];
  const end = match.index + match[0].length;
  if (consecutive) {
    const value: RangeValue = { type: 'range', from: values[0]!, to: values[values.length - 1]! };
    return [{ index: match.index, end, kind: 'range', value, source: 'weekday-pair' }];
  }
  return values.map((value, i) => ({ index: starts[i]!, end: i === values.length - 1 ? end : ends[i]!, kind: 'date', value, source: 'weekday-pair' }));
}

/** «يومي الأحد والاثنين المقبلين»، «أيام الجمعة والسبت والأحد المقبلة»… */
export const weekdayPairParser: TemporalParser = {
  name: 'weekday-pair',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(WEEKDAY_LIST, text, triggerOffsets(DAY_LIST_TRIGGER, text), AT_TRIGGER, (match) => {
      for (const candidate of read(match, context)) out.push(candidate);
    });
    scanNear(DUAL_PAIR, text, triggerOffsets(WEEKDAY_TRIGGER, text), BEFORE_WEEKDAY, (match) => {
      for (const candidate of read(match, context)) out.push(candidate);
    });
    return out;
  },
};
