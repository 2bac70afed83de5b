/**
 * Lookups built once from the times-of-day tables, on normalized spellings.
 *
 * @internal
 * @module
 */
import {
  DAY_PART_PREFIXES,
  HOUR_INTRODUCERS,
  HOUR_TEEN_HEADS,
  HOUR_WORD_SPELLINGS,
  MINUTE_UNIT_SPELLINGS,
  MINUTES_BEFORE_HOUR_WORDS,
  PART_OF_DAY_ECHOES,
  MINUTE_WORD_SPELLINGS,
  NAMED_TIME_SPELLINGS,
  PART_OF_DAY_SPELLINGS,
  TIME_RANGE_WORDS,
  type NamedTimeSpelling,
  type PartOfDay,
} from '../../data/times-of-day';
import { ORDINAL_WORDS } from '../../data/ordinal-words';
import { normalizeArabic } from '../../text/normalize';
import { phrases } from '../durations/lexicon';
import type { Phrase } from '../phrase-match';

/** A part of the day, and whether it is a one-letter abbreviation (`م`، `ص`). */
export interface PartOfDayMeaning {
  readonly partOfDay: PartOfDay;
  readonly abbreviation: boolean;
}

const meaningOf = (e: (typeof PART_OF_DAY_SPELLINGS)[number]): PartOfDayMeaning => ({ partOfDay: e.partOfDay, abbreviation: e.abbreviation === true });

/** Parts of the day written after the hour (`صباحا`، `في الليل`، `م`). */
export const PARTS_OF_DAY_AFTER: readonly Phrase<PartOfDayMeaning>[] = phrases(PART_OF_DAY_SPELLINGS.filter((e) => e.position !== 'before'), meaningOf);

/** Parts of the day written before the hour (`مساء 7`، `بعد الظهر الساعة 7`). */
export const PARTS_OF_DAY_BEFORE: readonly Phrase<PartOfDayMeaning>[] = phrases(PART_OF_DAY_SPELLINGS.filter((e) => e.position !== 'after'), meaningOf);

/** A part of the day before a day (`مساء الخميس`), and whether it names the eve of a weekday (`ليلة`). */
export interface DayPartMeaning {
  readonly partOfDay: PartOfDay;
  readonly eve: boolean;
  /** Where it names a part of the day itself rather than its eve (`عشية` in Tunisia), and which part. */
  readonly sameDayIn?: { readonly regions: ReadonlySet<string>; readonly partOfDay: PartOfDay };
}

/** Parts of the day written before a day (`صباح الغد`، `ليلة الجمعة`). */
export const DAY_PARTS: readonly Phrase<DayPartMeaning>[] = phrases(DAY_PART_PREFIXES, (e) => ({
  partOfDay: e.partOfDay,
  eve: e.eve === true,
  ...(e.sameDayIn ? { sameDayIn: { regions: new Set(e.sameDayIn.regions), partOfDay: e.sameDayIn.partOfDay } } : {}),
}));

/** Fractions of an hour after it (`والنصف`، `إلا ربعا`), in minutes. */
export const MINUTE_WORDS: readonly Phrase<number>[] = phrases(MINUTE_WORD_SPELLINGS, (e) => e.minutes);

/** Named times (`منتصف الليل`), with the hyphenated spelling too (`منتصف-الليل`). */
export const NAMED_TIMES: readonly Phrase<NamedTimeSpelling>[] = phrases(
  NAMED_TIME_SPELLINGS.flatMap((e) => (e.spelling.includes(' ') ? [e, { ...e, spelling: e.spelling.replaceAll(' ', '-') }] : [e])),
  (e) => e,
);

/** Words before an hour that make it a clock time; `clockWord` ones (`الساعة`) also accept a cardinal. */
export const HOUR_INTRODUCER_PHRASES: readonly Phrase<boolean>[] = phrases(HOUR_INTRODUCERS, (e) => e.clockWord);

/** Non-ordinal hour words (`الواحدة`). */
export const HOUR_WORDS: ReadonlyMap<string, number> = new Map(HOUR_WORD_SPELLINGS.map((e) => [normalizeArabic(e.spelling), e.hour]));

/** `دقيقة`، `دقائق`. */
export const MINUTE_UNITS: ReadonlySet<string> = new Set(MINUTE_UNIT_SPELLINGS.map(normalizeArabic));

/** Range words by role. */
export const TIME_RANGE_ROLES: ReadonlyMap<string, 'from' | 'between' | 'to' | 'and'> = new Map(TIME_RANGE_WORDS.map((e) => [normalizeArabic(e.spelling), e.role]));

/** The normalized clock word `الساعة`. */
export const CLOCK_WORD = normalizeArabic(HOUR_INTRODUCERS.find((e) => e.clockWord && !e.spelling.includes(' '))?.spelling ?? '');

/**
 * Feminine ordinals that name an hour, with and without ال (`الثالثة`، `ثامنة`), from
 * the ordinal table; «الأولى» is left out (one o'clock is «الواحدة»).
 */
export const ORDINAL_HOURS: ReadonlyMap<string, number> = new Map(
  ORDINAL_WORDS.filter((e) => e.gender === 'feminine' && e.kind === 'unit' && e.value >= 2).flatMap((e) => {
    const word = normalizeArabic(e.spelling);
    return [[word, e.value] as const, [`ال${word}`, e.value] as const];
  }),
);

/** First words of the feminine ordinals 11 and 12 (`الحادية`، `الثانية` before `عشرة`). */
export const ORDINAL_HOUR_TEEN_HEADS: ReadonlyMap<string, number> = new Map(
  HOUR_TEEN_HEADS.flatMap((e) => {
    const word = normalizeArabic(e.spelling);
    return [[word, e.hour] as const, [`ال${word}`, e.hour] as const];
  }),
);

/** The second word of 11 and 12 (`عشرة`، and `عشر` as many write it). */
export const TEEN_TENS: ReadonlySet<string> = new Set(['عشره', 'عشر']);

/** Words that repeat a part of the day after it (`وقت الغداء`). */
export const ECHOES: readonly Phrase<true>[] = phrases(PART_OF_DAY_ECHOES, () => true);

/** `قبل`، `حتى` between a number of minutes and an hour. */
export const MINUTES_BEFORE_WORDS: ReadonlySet<string> = new Set(MINUTES_BEFORE_HOUR_WORDS.map(normalizeArabic));

/**
 * Words a clock time can start with (besides digits): `الساعة`, ISO `T`, the hour
 * words and the first word of each named time. The time reader skips every other token.
 */
export const TIME_STARTERS: ReadonlySet<string> = new Set([
  CLOCK_WORD,
  'T',
  ...ORDINAL_HOURS.keys(),
  ...ORDINAL_HOUR_TEEN_HEADS.keys(),
  ...HOUR_WORDS.keys(),
  ...NAMED_TIMES.map((phrase) => phrase.text.split(/[ -]/u)[0]!),
]);
