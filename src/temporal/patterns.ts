/**
 * Pattern fragments and lookups shared by the date parsers, all built from the data tables
 * (normalized), so a new spelling in a table reaches every parser.
 *
 * @internal
 * @module
 */
import { CURRENT_MONTH_WORDS, DIRECTION_WORDS, PERIOD_WORDS, RANGE_WORDS, THIS_WORDS, type PeriodUnit } from '../data/relative-words';
import { DAY_DIGIT_ARTICLES } from '../data/date-prepositions';
import { CONJUNCTION_CLITICS, PREPOSITION_CLITICS } from '../data/clitics';
import { DAY_NOUN_FORMS, ERA_MARKERS, FIRST_DAY_OF_WORDS, FIRST_DAY_WORDS, MONTH_NOUNS, YEAR_NOUNS } from '../data/era-markers';
import { normalizeArabic } from '../text/normalize';
import { alternation, WORD_START } from '../text/regex';

/** Normalizes every spelling and builds a lookup from normalized spelling to a value. */
export function lookupFrom<T>(entries: readonly T[], spelling: (entry: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) {
    const key = normalizeArabic(spelling(entry));
    if (!map.has(key)) map.set(key, entry);
  }
  return map;
}

/** Alternation of the normalized spellings of a table. */
export function wordsSource<T>(entries: readonly T[], spelling: (entry: T) => string): string {
  return alternation(entries.map((entry) => normalizeArabic(spelling(entry))));
}

/** A day of the month in digits, 1–31 (leading zero allowed). */
export const DAY_DIGITS = '(?:0?[1-9]|[12][0-9]|3[01])';
/** A month in digits, 1–12. */
export const MONTH_DIGITS = '(?:0?[1-9]|1[0-2])';
/** A year in four digits. */
export const YEAR_DIGITS = '(?:[12][0-9]{3})';

const DIRECTIONS = lookupFrom(DIRECTION_WORDS, (w) => w.word);
/** «الماضي»، «المقبل»، «الجاري»… */
export const DIRECTION_SOURCE = wordsSource(DIRECTION_WORDS, (w) => w.word);
/** −1, 0 or +1 for a normalized direction word. */
export function directionOf(normalizedWord: string | undefined): -1 | 0 | 1 | undefined {
  return normalizedWord === undefined ? undefined : DIRECTIONS.get(normalizedWord)?.direction;
}

/** «هذا»، «هذه»… */
export const THIS_SOURCE = wordsSource(THIS_WORDS, (w) => w.word);

const ERAS = lookupFrom(ERA_MARKERS, (e) => e.marker);
/** «م»، «هـ»، «ميلادي»، «للهجرة»… */
export const ERA_SOURCE = wordsSource(ERA_MARKERS, (e) => e.marker);
/** The calendar an era marker names. */
export function eraCalendar(normalizedMarker: string | undefined): 'gregory' | 'islamic-umalqura' | undefined {
  return normalizedMarker === undefined ? undefined : ERAS.get(normalizedMarker.trim())?.calendar;
}

/** «عام»، «سنة»، «لعام»… before a year. */
export const YEAR_NOUN_SOURCE = alternation(YEAR_NOUNS.map(normalizeArabic));
/** «شهر»، «الشهر»… before a month name. */
export const MONTH_NOUN_SOURCE = alternation(MONTH_NOUNS.map(normalizeArabic));
/** «العام»، «السنة»: the year nouns with the article (the year of the reference, with a direction or «هذا»). */
export const THE_YEAR_SOURCE = alternation(YEAR_NOUNS.filter((noun) => noun.startsWith('ال')).map(normalizeArabic));
/** The normalized spellings of a period noun of PERIOD_WORDS («الاسبوع» for `week`). */
export function periodNouns(unit: PeriodUnit): string[] {
  return [...new Set(PERIOD_WORDS.filter((w) => w.unit === unit).map((w) => normalizeArabic(w.word)))];
}
/** «الأسبوع». */
export const THE_WEEK_SOURCE = alternation(periodNouns('week'));
/** «الشهر». */
export const THE_MONTH_SOURCE = alternation(periodNouns('month'));
/** «الجاري»، «الحالي» after «الشهر»: the current month. */
export const CURRENT_MONTH_SOURCE = wordsSource(CURRENT_MONTH_WORDS, (w) => w.word);
/** The article before a day in digits, «الـ15» (normalized «ال15») or «الـ 15»; optional, so `''` matches too. */
export const DAY_ARTICLE_SOURCE = `(?:(?:${alternation(DAY_DIGIT_ARTICLES.map(normalizeArabic))}) ?)?`;
/** The longest text {@link DAY_ARTICLE_SOURCE} takes, for trigger windows. */
export const DAY_ARTICLE_LENGTH = Math.max(...DAY_DIGIT_ARTICLES.map((a) => normalizeArabic(a).length)) + 1;

/** «غرة » and «الفاتح من » (the first day of a month), each with what follows it before the month. */
export const FIRST_DAY_SOURCE = `(?:${alternation(FIRST_DAY_WORDS.map(normalizeArabic))}) |(?:${alternation(FIRST_DAY_OF_WORDS.map(normalizeArabic))}) من `;

/**
 * A word start, or the start of a word after the conjunction «و»/«ف», the preposition «ب»/«ل», or
 * a conjunction and a preposition, written joined to it («و15 أكتوبر»، «بالأمس»، «والأسبوع
 * الماضي»، «وبالأمس»): the clitics stay out of the match.
 */
export const CLITIC_START = `(?:${WORD_START}|(?<=(?<![\\p{L}\\p{N}\\p{M}])(?:[${CONJUNCTION_CLITICS.join('')}][${PREPOSITION_CLITICS.join('')}]?|[${PREPOSITION_CLITICS.join('')}])))`;

/**
 * What links the two ends of a range or a pair: a dash, a «to» word of `RANGE_WORDS` («إلى»، «حتى»…) or
 * «و» (glued or not): «يناير إلى مارس»، «2020 و2024»، «2020-2024».
 */
export const RANGE_LINK_SOURCE = `(?: ?[-–] ?| (?:${wordsSource(
  RANGE_WORDS.filter((w) => w.role === 'to' || w.role === 'and'),
  (w) => w.word,
)}) ?)`;

/** «يوم», normalized. */
export const DAY_NOUN = normalizeArabic(DAY_NOUN_FORMS.singular);
/** «أيام», normalized («ايام»). */
export const DAYS_NOUN = normalizeArabic(DAY_NOUN_FORMS.plural);
