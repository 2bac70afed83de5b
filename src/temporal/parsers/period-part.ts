/**
 * The start, middle or end of a period: «مطلع العام»، «أواخر الشهر الماضي»، «منتصف آذار»، «بداية
 * شهر 3»، «نهاية 2025»، «نهاية الثمانينات»، «أوائل الأسبوع المقبل».
 */
import { lookupMonth, MONTH_NAME_SOURCE } from '../../calendar/index';
import { PERIOD_MODIFIER_WORDS } from '../../data/relative-words';
import { NUMBER_PHRASE_SOURCE } from '../../text/index';
import { buildRegex, WORD_END } from '../../text/regex';
import { phraseTrigger, scanNear, triggerOffsets, type TriggerWindow } from '../anchors';
import type { Candidate, ParserContext, TemporalParser } from '../parser';
import { CLITIC_START, DIRECTION_SOURCE, ERA_SOURCE, eraCalendar, directionOf, lookupFrom, MONTH_NOUN_SOURCE, THIS_SOURCE, wordsSource, YEAR_DIGITS, YEAR_NOUN_SOURCE } from '../patterns';
import { narrowToPart } from '../resolve-values';
import type { DateValue } from '../types';
import { DECADE_SOURCE, decadeWordValue, LAST_CENTURY_SOURCE } from './decade';
import { monthDateValue, numberedMonth } from './month-date';
import { NEW_YEAR_SOURCE, newYearOffset, PERIOD_SOURCE, periodUnitOf, relativePeriodValue } from './relative-period';
import { SEASON_SOURCE, seasonValue } from './season';
import { wholeYearValue } from './year';

const MODIFIERS = lookupFrom(PERIOD_MODIFIER_WORDS, (w) => w.word);
const PERIOD_PART = buildRegex(
  'temporal/period-part',
  `${CLITIC_START}(?<modifier>${wordsSource(PERIOD_MODIFIER_WORDS, (w) => w.word)}) (?:` +
    // A month name before a period noun: «الشهر الفضيل» (Ramadan) and «الشهر العاشر» begin with «الشهر».
    `(?:${MONTH_NOUN_SOURCE} )?(?:(?<month>${MONTH_NAME_SOURCE})|(?<=شهر )(?<monthNumber>${NUMBER_PHRASE_SOURCE}))(?:(?: ?[،,])? (?:${YEAR_NOUN_SOURCE} )?(?<monthYear>${YEAR_DIGITS})(?: ?${ERA_SOURCE})?| (?<monthDirection>${DIRECTION_SOURCE}))?` +
    `|(?:(?<this>${THIS_SOURCE}) )?(?<period>${PERIOD_SOURCE})(?: (?<periodDirection>${DIRECTION_SOURCE})| (?<newYear>${NEW_YEAR_SOURCE}))?` +
    `|(?:${YEAR_NOUN_SOURCE} )?(?<year>${YEAR_DIGITS})(?: ?(?<yearEra>${ERA_SOURCE}))?` +
    `|(?<decade>${DECADE_SOURCE})(?<lastCentury>${LAST_CENTURY_SOURCE})?` +
    // «منتصف الصيف»: the modifier is the context a bare season lacks; not «نهاية الربيع العربي»,
    // «نهاية ربيع دمشق» (a season followed by an adjective or in a construct is a name).
    `|(?<season>${SEASON_SOURCE})(?: (?<seasonDirection>${DIRECTION_SOURCE})| (?:${YEAR_NOUN_SOURCE} )?(?<seasonYear>${YEAR_DIGITS})|(?= (?!ال)|[^ \\p{L}]|$))` +
    `)${WORD_END}`,
  'y',
);
/** A match starts at a modifier (after a glued «و/ف/ب/ل»), read literally: the pattern is tried only where one stands. */
const MODIFIER_TRIGGER = phraseTrigger('temporal/period-part-trigger', MODIFIERS.keys());
const AT_TRIGGER: TriggerWindow = { lead: 0, trail: 0 };

function targetValue(g: Record<string, string | undefined>, context: ParserContext): DateValue | null {
  if (g.period !== undefined) {
    const unit = periodUnitOf(g.period);
    if (unit === undefined) return null;
    // «مطلع الأسبوع الجديد»: only a year is «new» in its own way; another period is the current one, as without the word.
    const direction = g.newYear !== undefined ? (newYearOffset(unit, context) ?? 0) : (directionOf(g.periodDirection) ?? 0);
    return relativePeriodValue(unit, g.this !== undefined ? 0 : direction, context);
  }
  if (g.month !== undefined || g.monthNumber !== undefined) {
    const month = g.month !== undefined ? lookupMonth(g.month) : numberedMonth(g.monthNumber);
    if (!month) return null;
    const parts: Parameters<typeof monthDateValue>[0] = { calendar: month.calendar, month: month.month };
    if (g.monthYear !== undefined) parts.year = Number(g.monthYear);
    const direction = directionOf(g.monthDirection);
    if (direction !== undefined) parts.direction = direction;
    return monthDateValue(parts, context);
  }
  // «مطلع عام 1448هـ»: the era marker, which belongs to the span, names the year's calendar.
  if (g.year !== undefined) return wholeYearValue(Number(g.year), eraCalendar(g.yearEra) ?? 'gregory');
  if (g.decade !== undefined) return decadeWordValue(g.decade, g.lastCentury !== undefined, context);
  if (g.season !== undefined && g.seasonYear === undefined && g.seasonDirection === undefined && !g.season.startsWith('ال')) return null;
  if (g.season !== undefined) return seasonValue(g.season, g.seasonYear !== undefined ? Number(g.seasonYear) : undefined, directionOf(g.seasonDirection) ?? 0, context);
  return null;
}

/** «مطلع العام»، «منتصف آذار»، «نهاية الثمانينات»… */
export const periodPartParser: TemporalParser = {
  name: 'period-part',
  find(text: string, context: ParserContext): Candidate[] {
    const out: Candidate[] = [];
    scanNear(PERIOD_PART, text, triggerOffsets(MODIFIER_TRIGGER, text), AT_TRIGGER, (match) => {
      const g = match.groups ?? {};
      const modifier = MODIFIERS.get(g.modifier ?? '');
      const target = modifier ? targetValue(g, context) : null;
      if (!modifier || !target) return;
      // «النصف الأول من العام» is a half-year period, read by year-part.
      if (modifier.split === 'halves' && target.precision === 'year') return;
      out.push({ index: match.index, end: match.index + match[0].length, kind: 'date', value: narrowToPart(target, modifier.modifier, modifier.split ?? context.periodParts), source: 'period-part' });
    });
    return out;
  },
};
