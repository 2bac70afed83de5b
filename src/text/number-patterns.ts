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
import { WORD_END } from './regex';
import { wordTrie } from './word-trie';

const NOT_WORD = '[\\p{L}\\p{N}\\p{M}]';

/** The table's words of the given kinds as a trie, closed by a word end. */
function words(kinds: readonly NumberWordKind[], filter?: (e: NumberWord) => boolean): string {
  return `${wordTrie(spellingsOf(kinds, filter))}${WORD_END}`;
}

/** Words that can open a phrase: not the ones that only continue one (`عشر` of 13 is also 10, so it stays). */
const FIRST_WORD = words(['unit', 'teen-head', 'teen', 'ten', 'hundred', 'scale', 'scale-dual', 'fraction']);
/** Words that can continue a phrase after a space or `و`. */
const NEXT_WORD = words([
  'unit',
  'teen-head',
  'teen-ten',
  'teen',
  'ten',
  'hundred',
  'hundred-word',
  'scale',
  'scale-plural',
  'scale-dual',
  'fraction',
  'fraction-plural',
  'decimal-point',
]);
const NEGATIVE = words(['negative']);
/** After digits only a scale word continues the phrase (`3 ملايين`); `2024 ثلاث` is two numbers. */
const SCALE_WORD = words(['scale', 'scale-plural']);

/** `و` joining two parts, attached or spaced: ` وعشرون`, ` و عشرون`. */
const JOIN = ` ${JOINING_CONJUNCTION} ?`;
/** A digit group not glued to letters after it: `2025`, `1,000,000`, `2.5`, `.77`, `25799,52`, `9,2321312`. */
const DIGITS =
  '(?:\\d{1,3}(?:[,\\u060C]\\d{3}){1,4}(?:\\.\\d{1,6}|,\\d{1,2})?|\\d{0,15}\\.\\d{1,6}|\\d{1,15}(?:,\\d{1,6})?)(?![\\d\\p{L}])';
/** The most words a phrase may have: `تسعمائة وتسعة وتسعون ملياراً وتسعمائة …` has 16. */
const MAX_WORDS = 24;

/** Where a phrase may start: at a word start, or after a clitic (و ف ب ل) when at least three letters follow. */
const PHRASE_START = `(?:(?<!${NOT_WORD})|(?<=(?<!${NOT_WORD})(?:[وف][بل]?|[بل]))(?=\\p{L}{3}))`;
const DIGITS_START = '(?<![\\d.,])(?=\\.?\\d)';

/**
 * Matches one cardinal number phrase in normalized text (see
 * `normalizeArabic`): digits or number words, joined by a space or `و`
 * (`خمسه وعشرين`, `3 ملايين`, `مليون ونصف`, `ثلاثه ارباع`, `واحد فاصله
 * خمسه`; after digits only a scale word follows without `و`), with an optional leading `سالب`/`ناقص`. It has no capturing groups
 * and only bounded repetition (at most 24 words); wrap it in your own group
 * and read the capture with `parseArabicNumber`. A clitic before the first
 * word (`و ف ب ل`) stays outside the match.
 *
 * The pattern reads the run of number words, not its grammar, so that it
 * stays fast (a grammar-shaped pattern backtracks through thousands of
 * readings): in the rare run that is two numbers side by side (`خمسه سته`)
 * `parseArabicNumber` returns `null` for the capture. Ratios (`واحد على
 * مائة`) are left out, since `من`/`على` after a number usually start
 * something else. `findArabicNumbers` reads running text with the full
 * grammar.
 *
 * @example
 * ```ts
 * const days = buildRegex('example/days', `(${NUMBER_PHRASE_SOURCE}) (?:ايام|يوما)`);
 * days.exec(normalizeArabic('بعد خمسة وعشرين يوماً'))?.[1]; // 'خمسه وعشرين'
 * ```
 */
export const NUMBER_PHRASE_SOURCE = `(?:${PHRASE_START}${NEGATIVE} )?(?:${DIGITS_START}${DIGITS}|${PHRASE_START}${FIRST_WORD})(?:${JOIN}(?:${DIGITS}|${NEXT_WORD})|(?<=\\d) ${SCALE_WORD}|(?<!\\d) ${NEXT_WORD}){0,${MAX_WORDS - 1}}`;

const TEEN_TEN = words(['teen-ten']);
const TEN = words(['ten']);
const HUNDRED = words(['hundred']);
const SCALE_ALONE = words(['scale']);

const ordinalSpellings = (filter: (value: number, kind: string) => boolean): string[] =>
  ORDINAL_WORDS.filter((o) => filter(o.value, o.kind)).map((o) => normalizeArabic(o.spelling));
const ORDINAL_UNIT = `${wordTrie(ordinalSpellings((_, kind) => kind === 'unit'))}${WORD_END}`;
const ORDINAL_COMPOUND_FIRST = `${wordTrie(ordinalSpellings((value) => value <= 9))}${WORD_END}`;
const ARTICLE = `(?:${DEFINITE_ARTICLE})?`;

/** 1st–99th: a teen, a compound with و, a unit, or a definite ten. */
const ORDINAL_BELOW_100 = `(?:${ARTICLE}${ORDINAL_COMPOUND_FIRST} ${ARTICLE}${TEEN_TEN}|${ARTICLE}${ORDINAL_COMPOUND_FIRST}${JOIN}${ARTICLE}${TEN}|${ARTICLE}${ORDINAL_UNIT}|${DEFINITE_ARTICLE}${TEN})`;

/**
 * Matches one ordinal phrase in normalized text: `الاول`/`اول` … `العاشره`,
 * `الحادي عشر` … `التاسعه عشره`, `الحادي والعشرون` … `التاسع والتسعون`,
 * `العشرون` … `التسعون`, `المائه`, `الالف`, `المليون`, and a hundred or
 * more joined to a smaller ordinal (`المائه والخامسه والعشرون`). No
 * capturing groups, bounded repetition; read the capture with
 * `parseArabicOrdinal`. A clitic before it (`و ف ب ل`) stays outside the
 * match. Unlike `findArabicOrdinals`, the pattern does not look at the
 * words around it: `في المائه` (per cent) and `30 ثانيه` (seconds) match
 * too, so embed it where the context makes an ordinal likely.
 *
 * @example
 * ```ts
 * const visit = buildRegex('example/nth-visit', `(${ORDINAL_PHRASE_SOURCE}) له`);
 * visit.exec(normalizeArabic('هي الزيارة الثانية له'))?.[1]; // 'الثانيه'
 * ```
 */
export const ORDINAL_PHRASE_SOURCE = `${PHRASE_START}(?:${DEFINITE_ARTICLE}(?:${HUNDRED}|${SCALE_ALONE})(?:${JOIN}${ORDINAL_BELOW_100})?|${ORDINAL_BELOW_100})`;
