/**
 * A part of the day before a day: «مساء الخميس»، «صباح الأحد المقبل»، «عصر السبت 14 شباط»،
 * «مساء يوم الثلاثاء الماضي»، «ليلة الجمعة». The day keeps its value and records the part
 * (`DateValue.partOfDay`); the match starts at the part-of-day word. A relative day that the
 * relative-day parser read with its part («صباح اليوم»، «فجر أمس») records it the same way.
 *
 * «ليلة» before a weekday is the night before that weekday, as Arabic counts a night with the
 * day that follows it: «ليلة الجمعة» is Thursday night, so the value is Thursday and the
 * fields the text wrote for Friday become Thursday's implied ones; «عشية» (the eve) likewise: «عشية
 * الأحد» is Saturday evening. The other parts, and «ليلة»
 * before a relative day or a date («ليلة أمس»، «ليلة 14 شباط»), keep the day as written. A night
 * between two days («ليلة الخميس الجمعة»، «ليل الخميس - الجمعة») is the first day's night, one match.
 * A Hijri date keeps its day: the Islamic day begins at sunset, so its eve is already that day.
 *
 * @internal
 * @module
 */
import { addDays, parseIsoDate, toIsoDate } from '../../calendar/index';
import { NIGHT_BETWEEN_DAYS_JOINERS } from '../../data/times-of-day';
import { normalizeArabic } from '../../text/normalize';
import { alternation, buildRegex } from '../../text/regex';
import type { Candidate, ParserContext, TemporalRefiner } from '../parser';
import { DAY_NOUN } from '../patterns';
import { isWordChar, phraseAt, phraseBefore } from '../phrase-match';
import { DAY_PARTS, type DayPartMeaning } from '../times/lexicon';
import type { DateValue } from '../types';
import { byStart, followedBy, isPinnedDate } from './adjacent';

const DAY_NOUN_AND_SPACE = `${DAY_NOUN} `;

const NIGHT_JOINER = buildRegex('temporal/night-between-days', `(?: ?(?:${alternation(NIGHT_BETWEEN_DAYS_JOINERS.map(normalizeArabic))}) ?| )`, 'y');

/** The part of the day right before `index`, with «يوم» allowed between («مساء يوم الثلاثاء»). */
function partBefore(text: string, index: number): { start: number; meaning: DayPartMeaning } | null {
  const direct = phraseBefore(text, index, DAY_PARTS);
  if (direct) return direct;
  const noun = index - DAY_NOUN_AND_SPACE.length;
  if (noun < 0 || !text.startsWith(DAY_NOUN_AND_SPACE, noun) || isWordChar(text[noun - 1])) return null;
  return phraseBefore(text, noun, DAY_PARTS);
}

/** The evening's day of «ليلة» + a weekday: the day before, everything the text wrote now implied. */
function eveOf(value: DateValue): DateValue {
  const day = parseIsoDate(value.start ?? '');
  if (!day || value.calendar !== 'gregory') return value;
  const eve = addDays(day, -1);
  const weekday = ((value.known.weekday ?? value.implied.weekday ?? 1) + 5) % 7 + 1;
  const shifted: DateValue = { ...value, known: {}, implied: { year: eve.year, month: eve.month, day: eve.day, weekday }, start: toIsoDate(eve), end: toIsoDate(eve) };
  if (value.relative?.unit === 'day') shifted.relative = { unit: 'day', offset: value.relative.offset - 1 };
  return shifted;
}

/** The region of a locale hint (`ar-TN` → `TN`), if it has one. */
function localeRegion(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return new Intl.Locale(locale).region;
  } catch {
    return undefined; // an unknown tag is only a hint
  }
}

/** The day with its part recorded; in a region where the part names the day itself (Tunisian «عشية»), no eve. */
function withPart(value: DateValue, meaning: DayPartMeaning, region: string | undefined): DateValue {
  if (region !== undefined && meaning.sameDayIn?.regions.has(region)) return { ...value, partOfDay: meaning.sameDayIn.partOfDay };
  const day = meaning.eve && value.known.weekday !== undefined ? eveOf(value) : value;
  return { ...day, partOfDay: meaning.partOfDay };
}

/** The part-of-day refiner. */
export const partOfDayBeforeDay: TemporalRefiner = {
  name: 'part-of-day',
  refine(candidates: Candidate[], text: string, context: ParserContext): Candidate[] {
    const region = localeRegion(context.locale);
    const starts = byStart(candidates);
    const added: Candidate[] = [];
    const out = candidates.map((candidate) => {
      if (candidate.kind !== 'date' || !isPinnedDate(candidate) || candidate.value.precision !== 'day' || candidate.value.partOfDay !== undefined) return candidate;
      // «صباح اليوم», read whole by the relative-day parser.
      const inside = phraseAt(text, candidate.index, DAY_PARTS);
      if (inside && inside.end < candidate.end) return { ...candidate, value: withPart(candidate.value, inside.meaning, region) };
      const before = partBefore(text, candidate.index);
      if (!before) return candidate;
      // «ليلة الخميس الجمعة»، «ليل الخميس - الجمعة»: the one night between two days, the first day's.
      const weekday = candidate.value.known.weekday;
      const next =
        before.meaning.partOfDay === 'night' && weekday !== undefined
          ? followedBy(text, candidate.end, NIGHT_JOINER, starts, (c) => c.value.type === 'date' && c.value.precision === 'day' && c.value.known.weekday === (weekday % 7) + 1)
          : null;
      if (next) added.push({ ...candidate, index: before.start, end: next.next.end, value: { ...candidate.value, partOfDay: 'night' }, source: 'part-of-day' });
      else added.push({ ...candidate, index: before.start, value: withPart(candidate.value, before.meaning, region), source: 'part-of-day' });
      return candidate;
    });
    return added.length === 0 ? out : [...out, ...added];
  },
};
