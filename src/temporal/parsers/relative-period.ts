/**
 * Calendar periods relative to the reference: «الأسبوع الماضي»، «الشهر الجاري»، «العام المقبل»،
 * «السنة الماضية»، «هذا العام»، «الربع المقبل».
 */
import { addMonths, startOfWeek, addDays } from '../../calendar/index';
import { LAST_N_WORDS, LAST_WORDS, NEW_YEAR_WORDS, PERIOD_DUAL_WORDS, PERIOD_PLURAL_WORDS, PERIOD_WORDS, REST_OF_WORDS, TWO_AWAY_WORDS, type PeriodUnit } from '../../data/relative-words';
import { normalizeArabic } from '../../text/normalize';
import { ORDINAL_LEXICON } from '../../text/number-lexicon';
import { buildRegex, WORD_END, WORD_START } from '../../text/regex';
import { firstWordTrigger, longestAlternative, phraseTrigger, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { CLITIC_START, DIRECTION_SOURCE, directionOf, lookupFrom, THIS_SOURCE, wordsSource } from '../patterns';
import { dayValue, decadeValue, monthsValue, monthValue, weekValue, yearValue } from '../resolve-values';
import { numberAloneAt, numberStartingAt } from '../number-context';
import { wordBefore } from '../text-context';
import type { DateValue, RangeValue } from '../types';

const PERIODS = lookupFrom(PERIOD_WORDS, (w) => w.word);
/** Period nouns, for other parsers («مطلع العام»، «الربع الأول من العام»). */
export const PERIOD_SOURCE = wordsSource(PERIOD_WORDS, (w) => w.word);
/** «الجديد» after a year noun: see {@link newYearOffset}. */
export const NEW_YEAR_SOURCE = wordsSource(NEW_YEAR_WORDS, (w) => w.word);
const RELATIVE_PERIOD = buildRegex(
  'temporal/relative-period',
  `${CLITIC_START}(?:(?<this>${THIS_SOURCE}) )?(?<period>${PERIOD_SOURCE})(?: (?<direction>${DIRECTION_SOURCE})| (?<twoAway>${wordsSource(TWO_AWAY_WORDS, (w) => w.word)})| (?<newYear>${NEW_YEAR_SOURCE}))?${WORD_END}`,
  'y',
);
/** Period nouns that are also adjectives («العام» “general”). */
const ADJECTIVES = new Set(PERIOD_WORDS.filter((w) => w.adjective).map((w) => normalizeArabic(w.word)));
const TWO_AWAY = lookupFrom(TWO_AWAY_WORDS, (w) => w.word);
const PLURALS = lookupFrom(PERIOD_PLURAL_WORDS, (w) => w.word);
const PLURAL_HEAD = buildRegex('temporal/relative-periods', `${CLITIC_START}(?<plural>${wordsSource(PERIOD_PLURAL_WORDS, (w) => w.word)}) (?=[0-9\\p{L}])`, 'y');
const DUALS = lookupFrom(PERIOD_DUAL_WORDS, (w) => w.word);
const DUAL_PERIODS = buildRegex(
  'temporal/relative-dual-periods',
  `${CLITIC_START}(?<dual>${wordsSource(PERIOD_DUAL_WORDS, (w) => w.word)}) (?<direction>${DIRECTION_SOURCE})${WORD_END}`,
  'y',
);
/** The plural without its article, after a count in digits: «3 أيام». */
const COUNTED = lookupFrom(PERIOD_PLURAL_WORDS, (w) => w.word.replace(/^ال/u, ''));
const COUNTED_PERIODS = buildRegex(
  'temporal/relative-counted-periods',
  `${WORD_START}(?:(?<last>${wordsSource(LAST_N_WORDS, (w) => w.word)}) )?(?<count>[0-9]{1,3}) (?<plural>${wordsSource(PERIOD_PLURAL_WORDS, (w) => w.word.replace(/^ال/u, ''))})(?: (?<direction>${DIRECTION_SOURCE}))?${WORD_END}`,
  'y',
);
/** Each pattern is tried only near the words it needs (see `anchors`): at them, or after «هذا» or «آخر» and a count. */
const PERIOD_TRIGGER = firstWordTrigger('temporal/relative-period-trigger', PERIODS.keys());
const LAST_AFTER_NOUN = LAST_WORDS.filter((w) => w.placement === 'after-noun');
const PLURAL_TRIGGER = firstWordTrigger('temporal/relative-periods-trigger', PLURALS.keys());
const DUAL_TRIGGER = firstWordTrigger('temporal/relative-dual-periods-trigger', DUALS.keys());
const COUNTED_TRIGGER = firstWordTrigger('temporal/relative-counted-periods-trigger', COUNTED.keys());
/** «ما تبقى من» is read literally: the whole phrase, not every «ما», is its trigger. */
const REST_TRIGGER = phraseTrigger('temporal/rest-of-period-trigger', REST_OF_WORDS.map((w) => normalizeArabic(w.word)));
const AT_TRIGGER: TriggerWindow = { lead: 0, trail: 0 };
const AFTER_THIS: TriggerWindow = { lead: longestAlternative(THIS_SOURCE) + 1, trail: 0 };
const AFTER_COUNT: TriggerWindow = { lead: longestAlternative(wordsSource(LAST_N_WORDS, (w) => w.word)) + 1 + 3 + 1, trail: 0 };
/**
 * The direction after the count; «الأخيرة» is the last N too («السنوات العشر الأخيرة»), but not before
 * «من» («الأيام العشرة الأخيرة من رمضان» is the end of Ramadan).
 */
const PLURAL_DIRECTION = buildRegex(
  'temporal/relative-periods-direction',
  ` (?:(?<direction>${DIRECTION_SOURCE})|(?<last>${wordsSource(LAST_AFTER_NOUN, (w) => w.word)})(?! من${WORD_END}))${WORD_END}`,
  'y',
);

const REST_OF = buildRegex(
  'temporal/rest-of-period',
  `${WORD_START}(?:${wordsSource(REST_OF_WORDS, (w) => w.word)}) (?:(?<this>${THIS_SOURCE}) )?(?<period>${PERIOD_SOURCE})(?: (?<direction>${DIRECTION_SOURCE}))?${WORD_END}`,
  'y',
);

/** «بقية الأسبوع»، «باقي العام»: from the reference day to the end of the period. */
function restOfPeriods(text: string, context: ParserContext): Candidate[] {
  const out: Candidate[] = [];
  scanNear(REST_OF, text, triggerOffsets(REST_TRIGGER, text), AT_TRIGGER, (match) => {
    const g = match.groups ?? {};
    const unit = periodUnitOf(g.period ?? '');
    if (unit === undefined || (g.direction !== undefined && directionOf(g.direction) !== 0)) return;
    const from = unitValue('day', 0, context);
    const value: RangeValue = { type: 'range', from, to: relativePeriodValue(unit, 0, context) };
    out.push({ index: match.index, end: match.index + match[0].length, kind: 'range', value, source: 'relative-period' });
  });
  return out;
}

/** The day or period `offset` units from the reference. */
function unitValue(unit: PeriodUnit | 'day', offset: number, context: ParserContext): DateValue {
  if (unit !== 'day') return relativePeriodValue(unit, offset, context);
  const date = addDays(context.reference, offset);
  return dayValue(date, {}, { year: date.year, month: date.month, day: date.day }, { relative: { unit: 'day', offset } });
}

/** The next (or last) `count` periods, as a range of the first and last. */
function nextOrLastPeriods(unit: PeriodUnit | 'day' | 'hour', count: number, direction: -1 | 1, context: ParserContext): RangeValue {
  if (unit === 'hour') {
    // «الساعات الـ24 الماضية»: the time of day is unknown, so the days the hours may touch, the reference day included.
    const days = Math.ceil(count / 24);
    return { type: 'range', from: unitValue('day', direction > 0 ? 0 : -days, context), to: unitValue('day', direction > 0 ? days : 0, context) };
  }
  const first = direction > 0 ? 1 : -count;
  const last = direction > 0 ? count : -1;
  return { type: 'range', from: unitValue(unit, first, context), to: unitValue(unit, last, context) };
}

/** «في الأسابيع الثلاثة الماضية»: «في» belongs to the span of a stretch of periods (as in Recognizers' specs). */
function withLeadingIn(text: string, index: number): number {
  return index >= 3 && text.startsWith('في ', index - 3) && (index === 3 || text[index - 4] === ' ') ? index - 3 : index;
}

/**
 * «الأسابيع الثلاثة القادمة»، «الأشهر 3 القادمة»، «السنوات العشر الأخيرة»، «العقدين الماضيين»، «3 أيام القادمة»، «آخر 3 سنوات»:
 * the next (or last) N periods, as a range of the first and last.
 */
function pluralPeriods(text: string, context: ParserContext): Candidate[] {
  const out: Candidate[] = [];
  scanNear(PLURAL_HEAD, text, triggerOffsets(PLURAL_TRIGGER, text), AT_TRIGGER, (match) => {
    const unit = PLURALS.get(match.groups?.plural ?? '')?.unit;
    const at = match.index + match[0].length;
    // «الأسابيع الثلاثة»: the count takes the article.
    const count = numberStartingAt(text, at) ?? (text.startsWith('ال', at) ? numberAloneAt(text, at + 2) : null);
    if (!unit || !count || !Number.isInteger(count.value) || count.value < 2 || count.value > 100) return;
    PLURAL_DIRECTION.lastIndex = count.end;
    const tail = PLURAL_DIRECTION.exec(text);
    const direction = tail?.groups?.last !== undefined ? -1 : directionOf(tail?.groups?.direction);
    if (!tail || direction === undefined || direction === 0) return;
    const value = nextOrLastPeriods(unit, count.value, direction, context);
    out.push({ index: withLeadingIn(text, match.index), end: count.end + tail[0].length, kind: 'range', value, source: 'relative-period' });
  });
  scanNear(DUAL_PERIODS, text, triggerOffsets(DUAL_TRIGGER, text), AT_TRIGGER, (match) => {
    const unit = DUALS.get(match.groups?.dual ?? '')?.unit;
    const direction = directionOf(match.groups?.direction);
    if (!unit || direction === undefined || direction === 0) return;
    out.push({ index: match.index, end: match.index + match[0].length, kind: 'range', value: nextOrLastPeriods(unit, 2, direction, context), source: 'relative-period' });
  });
  scanNear(COUNTED_PERIODS, text, triggerOffsets(COUNTED_TRIGGER, text), AFTER_COUNT, (match) => {
    const g = match.groups ?? {};
    const unit = COUNTED.get(g.plural ?? '')?.unit;
    const count = Number(g.count);
    // «آخر 3 سنوات» is the last three; «3 أيام القادمة» the next three; «3 أيام» alone is a duration.
    const direction = g.last !== undefined ? -1 : directionOf(g.direction);
    if (!unit || !(count >= 2 && count <= 100) || direction === undefined || direction === 0 || (g.last !== undefined && g.direction !== undefined)) return;
    out.push({ index: match.index, end: match.index + match[0].length, kind: 'range', value: nextOrLastPeriods(unit, count, direction, context), source: 'relative-period' });
  });
  return out;
}

/** «العام الجديد»: the coming year when written from July on, the current one before; no other period is «new». */
export function newYearOffset(unit: PeriodUnit | undefined, context: ParserContext): 0 | 1 | undefined {
  if (unit !== 'year') return undefined;
  return context.reference.month >= 7 ? 1 : 0;
}

/** The unit a normalized period noun names. */
export function periodUnitOf(normalizedWord: string): PeriodUnit | undefined {
  return PERIODS.get(normalizedWord)?.unit;
}

/** The period `offset` units away from the one holding the reference day. */
export function relativePeriodValue(unit: PeriodUnit, offset: number, context: ParserContext): DateValue {
  const reference = context.reference;
  const relative = { relative: { unit, offset } };
  if (unit === 'week') {
    const first = addDays(startOfWeek(reference, context.weekStart), 7 * offset);
    return weekValue(first, {}, { year: first.year, month: first.month, day: first.day }, relative);
  }
  if (unit === 'month') {
    const first = addMonths({ year: reference.year, month: reference.month, day: 1 }, offset);
    return monthValue(first.year, first.month, {}, { year: first.year, month: first.month }, relative);
  }
  if (unit === 'quarter') {
    const first = addMonths({ year: reference.year, month: Math.floor((reference.month - 1) / 3) * 3 + 1, day: 1 }, 3 * offset);
    return monthsValue('quarter', first.year, first.month, 3, {}, { year: first.year, month: first.month }, relative);
  }
  if (unit === 'decade') {
    const first = Math.floor(reference.year / 10) * 10 + 10 * offset;
    return decadeValue(first, {}, { year: first }, relative);
  }
  const year = reference.year + offset;
  return yearValue(year, {}, { year }, relative);
}

/** «الأسبوع الماضي»، «هذا العام»… */
export const relativePeriodParser: TemporalParser = {
  name: 'relative-period',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(RELATIVE_PERIOD, text, triggerOffsets(PERIOD_TRIGGER, text), AFTER_THIS, (match) => {
      const groups = match.groups ?? {};
      const unit = periodUnitOf(groups.period ?? '');
      const twoAway = TWO_AWAY.get(groups.twoAway ?? '')?.offset;
      const direction = groups.this !== undefined ? 0 : (twoAway ?? (groups.newYear !== undefined ? newYearOffset(unit, context) : directionOf(groups.direction)));
      if (unit === undefined || direction === undefined) return;
      // «الأمين العام السابق»: after a definite noun, «العام» is the adjective "general".
      // An ordinal before it is no such noun: «الأسبوع الثالث العام المقبل».
      const before = wordBefore(text, match.index);
      if (groups.this === undefined && ADJECTIVES.has(groups.period ?? '') && before.startsWith('ال') && !ORDINAL_LEXICON.has(before.slice(2))) return;
      out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value: relativePeriodValue(unit, direction, context), source: 'relative-period' });
    });
    out.push(...pluralPeriods(text, context), ...restOfPeriods(text, context));
    return out;
  },
};
