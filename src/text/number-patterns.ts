/**
 * Pattern sources that match one number or ordinal phrase in normalized
 * text, built from the number and ordinal tables, for other parsers to embed
 * (`(${NUMBER_PHRASE_SOURCE}) ${UNIT}`) before they read the captured text
 * with `parseArabicNumber` / `parseArabicOrdinal`.
 *
 * @module
 */
import { DEFINITE_ARTICLE, JOINING_CONJUNCTION } from '../data/clitics';
import type { NumberWord, NumberWordKind } from '../data/number-words';
import { ORDINAL_WORDS } from '../data/ordinal-words';
import { normalizeArabic } from './normalize';
import { spellingsOf } from './number-lexicon';
import { alternation, WORD_END } from './regex';

const NOT_WORD = '[\\p{L}\\p{N}\\p{M}]';

/** A word alternation from the table, closed by a word end. */
function words(kinds: readonly NumberWordKind[], filter?: (e: NumberWord) => boolean): string {
  return `${alternation(spellingsOf(kinds, filter))}${WORD_END}`;
}

const smallUnit = (e: NumberWord): boolean => e.value >= 1 && e.value <= 9;

const UNIT = words(['unit']);
const UNIT_1_9 = words(['unit'], smallUnit);
const TEEN_HEAD = words(['teen-head']);
const TEEN_TEN = words(['teen-ten']);
const TEEN = words(['teen']);
const TEN = words(['ten']);
const HUNDRED = words(['hundred']);
const HUNDRED_WORD = words(['hundred-word']);
const SCALE = words(['scale', 'scale-plural']);
const SCALE_ALONE = words(['scale']);
const SCALE_DUAL = words(['scale-dual']);
const FRACTION = words(['fraction']);
const FRACTION_PLURAL = words(['fraction-plural']);
const DECIMAL_POINT = words(['decimal-point']);
const NEGATIVE = words(['negative']);

/** `و` joining two parts, attached or spaced: ` وعشرون`, ` و عشرون`. */
const JOIN = ` ${JOINING_CONJUNCTION} ?`;
/** After hundreds Egyptian may drop the `و`: `متين تلاتة وستين`. */
const JOIN_OPTIONAL = `(?:${JOIN}| )`;
/** A digit group not glued to letters after it: `2025`, `1,000,000`, `2.5`, `.77`, `25799,52`. */
const DIGITS =
  '(?:\\d{1,3}(?:[,\\u060C]\\d{3}){1,4}(?:\\.\\d{1,6}|,\\d{1,2})?|\\d{0,15}\\.\\d{1,6}|\\d{1,15}(?:,\\d{1,2})?)(?![\\d\\p{L}])';

const BELOW_100 = `(?:${TEEN}|(?:${UNIT_1_9}|${TEEN_HEAD}) ${TEEN_TEN}|${UNIT_1_9}${JOIN}${TEN}|${TEN}${JOIN}${UNIT_1_9}|${TEN}|${UNIT})`;
const HUNDREDS = `(?:${UNIT_1_9} ${HUNDRED_WORD}|${HUNDRED})`;
const SMALL = `(?:${HUNDREDS}(?:${JOIN_OPTIONAL}${BELOW_100})?|${BELOW_100}|${DIGITS})`;
const GROUP = `(?:(?:${SMALL}|${FRACTION}) ${SCALE}|${SCALE_DUAL}|${SCALE_ALONE}|${SMALL})`;
const INTEGER = `${GROUP}(?:${JOIN}${GROUP}){0,4}(?:${JOIN}${FRACTION})?`;

/** Where a phrase may start: at a word start, or after a clitic (و ف ب ل) when at least three letters follow. */
const PHRASE_START = `(?:(?<!${NOT_WORD})|(?<=(?<!${NOT_WORD})(?:[وف][بل]?|[بل]))(?=\\p{L}{3}))`;
const DIGITS_START = '(?<![\\d.,])(?=\\.?\\d)';

/**
 * Matches one cardinal number phrase in normalized text (see
 * `normalizeArabic`): digits, words, digits with scale words, `ونصف`/`وربع`
 * after a number, `ثلاثة أرباع`, spoken decimals with `فاصلة`, and a leading
 * `سالب`/`ناقص`. It has no capturing groups and only bounded repetition;
 * wrap it in your own group and read the capture with `parseArabicNumber`.
 * A clitic before the first word (`و ف ب ل`) stays outside the match.
 * Ratios (`واحد على مائة`) are left out, since `من` after a number usually
 * starts something else. Alternatives are ordered so the longest reading
 * comes first.
 *
 * @example
 * ```ts
 * const days = buildRegex('example/days', `(${NUMBER_PHRASE_SOURCE}) (?:ايام|يوما)`);
 * days.exec(normalizeArabic('بعد خمسة وعشرين يوماً'))?.[1]; // 'خمسه وعشرين'
 * ```
 */
export const NUMBER_PHRASE_SOURCE = `(?:${DIGITS_START}|${PHRASE_START})(?:${NEGATIVE} )?(?:${SMALL} ${FRACTION_PLURAL}|${SMALL} ${DECIMAL_POINT} ${SMALL}|${INTEGER}|${FRACTION})`;

const ordinalSpellings = (filter: (value: number, kind: string) => boolean): string[] =>
  ORDINAL_WORDS.filter((o) => filter(o.value, o.kind)).map((o) => normalizeArabic(o.spelling));
const ORDINAL_UNIT = `${alternation(ordinalSpellings((_, kind) => kind === 'unit'))}${WORD_END}`;
const ORDINAL_COMPOUND_FIRST = `${alternation(ordinalSpellings((value) => value <= 9))}${WORD_END}`;
const ARTICLE = `(?:${DEFINITE_ARTICLE})?`;

/**
 * Matches one ordinal phrase in normalized text: `الاول`/`اول` … `العاشره`,
 * `الحادي عشر` … `التاسعه عشره`, `الحادي والعشرون` … `التاسع والتسعون`,
 * `العشرون` … `التسعون`, `المائه`, `الالف`, `المليون`. No capturing groups,
 * bounded repetition; read the capture with `parseArabicOrdinal`. A clitic
 * before it (`و ف ب ل`) stays outside the match.
 *
 * @example
 * ```ts
 * const visit = buildRegex('example/nth-visit', `(${ORDINAL_PHRASE_SOURCE}) له`);
 * visit.exec(normalizeArabic('هي الزيارة الثانية له'))?.[1]; // 'الثانيه'
 * ```
 */
export const ORDINAL_PHRASE_SOURCE = `${PHRASE_START}(?:${ARTICLE}${ORDINAL_COMPOUND_FIRST} ${ARTICLE}${TEEN_TEN}|${ARTICLE}${ORDINAL_COMPOUND_FIRST}${JOIN}${ARTICLE}${TEN}|${ARTICLE}${ORDINAL_UNIT}|${DEFINITE_ARTICLE}(?:${TEN}|${HUNDRED}|${SCALE_ALONE}))`;
