/**
 * `findArabicNumbers` and `findArabicOrdinals`: every number or ordinal in
 * running text, with offsets into the original string.
 *
 * @module
 */
import { NumberGrammar } from './number-grammar';
import { isLetter, MINUS_SIGNS, tokenize, type TextToken } from './number-tokens';
import { normalizeWithMap, originalSpan, type NormalizedText } from './normalize';
import { OrdinalGrammar } from './ordinal-grammar';

/**
 * A number or ordinal found in running text, with its span in the input.
 *
 * @example
 * ```ts
 * const [match]: NumberMatch[] = findArabicNumbers('غادر ثلاثة وزراء');
 * match; // { text: 'ثلاثة', index: 5, end: 10, value: 3 }
 * ```
 */
export interface NumberMatch {
  /** The matched text, exactly as it appears in the input. */
  readonly text: string;
  /** Start index in the input (UTF-16 units). */
  readonly index: number;
  /** End index (exclusive) in the input. */
  readonly end: number;
  /** The value (`3.5` for `ثلاثة ونصف`, `2` for `الثانية`). */
  readonly value: number;
}

function toMatch(n: NormalizedText, from: number, to: number, value: number): NumberMatch {
  const { index, end } = originalSpan(n, from, to);
  return { text: n.original.slice(index, end), index, end, value };
}

/** A `-` right before a digit group, not after a digit or letter (`-5`, not `10-15`). */
function minusBefore(text: string, tokens: readonly TextToken[], i: number): boolean {
  const t = tokens[i];
  const p = tokens[i - 1];
  if (!t || !p || t.kind !== 'digits' || !MINUS_SIGNS.has(p.text) || p.end !== t.start) return false;
  const before = text[p.start - 1];
  return before === undefined || before === ' ' || (!isLetter(before) && !(before >= '0' && before <= '9'));
}

/**
 * Finds every number in running Arabic text: digits of any system, number
 * words, and both mixed (`3 ملايين`), with fractions and `ونصف`.
 *
 * The longest phrase wins (`خمسة وعشرون` is one number, not two); matches are
 * sorted and never overlap. A clitic before the first word (`و`, `ف`, `ب`, `ل`)
 * is not part of the match (`وثلاثة` → `ثلاثة`), but `ونصف` after a number is.
 * Digits glued to letters after them (`20دولار`) are not numbers; a lone `واحد`
 * after `أي`/`كل` is a pronoun; `نص` ("text") and `ثمن` ("price") alone are
 * not numbers; `خمس`/`سبع`/`تسع`/`عشر` before a definite noun are fractions.
 * Duals of nouns (`يومين`) are left to the temporal layer.
 *
 * @param text - any string.
 * @returns the numbers with `text`, `index`, `end` (exclusive) in `text`, and `value` (none beyond
 *   `Number.MAX_SAFE_INTEGER`); `[]` when none; never throws.
 * @example
 * ```ts
 * findArabicNumbers('وصل وفد من خمسة وعشرين شخصاً بعد ٣ أيام');
 * // [ { text: 'خمسة وعشرين', index: 11, end: 22, value: 25 },
 * //   { text: '٣', index: 33, end: 34, value: 3 } ]
 * ```
 */
export function findArabicNumbers(text: string): NumberMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const n = normalizeWithMap(text);
  const tokens = tokenize(n.text);
  const grammar = new NumberGrammar(tokens, { inText: true });
  const matches: NumberMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const reading = grammar.read(i);
    if (!reading) {
      i++;
      continue;
    }
    const last = tokens[reading.next - 1] as TextToken;
    // Beyond the exact integers the value is not what was written: no number there.
    if (Math.abs(reading.value) > Number.MAX_SAFE_INTEGER) {
      i = reading.next;
      continue;
    }
    const negative = minusBefore(n.text, tokens, i);
    const from = negative ? (tokens[i - 1] as TextToken).start : reading.start;
    matches.push(toMatch(n, from, last.end, negative ? -reading.value : reading.value));
    i = reading.next;
  }
  return matches;
}

/**
 * Finds every ordinal in running Arabic text (`الأول`, `الثانية`, `الحادي
 * عشر`, `الخامس والعشرون`, bare `أول`/`ثالث`), with offsets into the input.
 * A clitic before it (`و`, `ف`, `ب`, `ل`) is not part of the match.
 *
 * @param text - any string.
 * @returns the ordinals with `text`, `index`, `end` (exclusive) and `value`; `[]` when none; never throws.
 * @example
 * ```ts
 * findArabicOrdinals('هي الزيارة الثانية له، والحادية عشرة للوفد');
 * // [ { text: 'الثانية', index: 11, end: 18, value: 2 },
 * //   { text: 'الحادية عشرة', index: 24, end: 36, value: 11 } ]
 * ```
 */
export function findArabicOrdinals(text: string): NumberMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const n = normalizeWithMap(text);
  const tokens = tokenize(n.text);
  const grammar = new OrdinalGrammar(tokens);
  const matches: NumberMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const reading = grammar.read(i);
    if (!reading) {
      i++;
      continue;
    }
    const last = tokens[reading.next - 1] as TextToken;
    matches.push(toMatch(n, reading.start, last.end, reading.value));
    i = reading.next;
  }
  return matches;
}
