/**
 * `parseArabicOrdinal`: one whole ordinal phrase to its value.
 *
 * @module
 */
import { DEFINITE_ARTICLE } from '../data/clitics';
import { normalizeArabic } from './normalize';
import { NumberGrammar } from './number-grammar';
import { MAX_PHRASE_LENGTH, tokenize, type TextToken } from './number-tokens';
import { OrdinalGrammar } from './ordinal-grammar';

/** The smallest value written as `ال` + a cardinal phrase (`الثلاثة عشر`); below it `الثلاثة` means "the three". */
const FIRST_DEFINITE_CARDINAL_ORDINAL = 11;

/**
 * Some writers (and formatters such as n2words) make ordinals from 11 up by
 * putting `ال` on the cardinal phrase: `الثلاثة عشر`, `المائة وواحد`.
 */
function definiteCardinal(tokens: readonly TextToken[]): number | null {
  const first = tokens[0];
  if (!first || first.kind !== 'word' || !first.text.startsWith(DEFINITE_ARTICLE)) return null;
  const stripped = [{ ...first, text: first.text.slice(DEFINITE_ARTICLE.length) }, ...tokens.slice(1)];
  const reading = new NumberGrammar(stripped, { inText: false }).read(0);
  if (!reading || reading.next !== tokens.length) return null;
  return Number.isInteger(reading.value) && reading.value >= FIRST_DEFINITE_CARDINAL_ORDINAL ? reading.value : null;
}

/**
 * Reads one whole Arabic ordinal phrase and returns its value.
 *
 * Accepts masculine and feminine forms, with and without `ال`: `الأول`/
 * `الأولى`/`أول` … `العاشر`/`العاشرة`; `الحادي عشر`/`الحادية عشرة` …
 * `التاسع عشر`; `العشرون`/`العشرين` … `التسعون`; compounds joined with `و`
 * (`الحادي والعشرون`, `الخامسة و العشرين`, `الثان والسبعون`); `المائة`,
 * `الألف`, `المليون`, `المائة والخامسة والعشرون`; from 11 up also `ال` + a cardinal phrase
 * (`الثلاثة عشر`, `المائة وواحد وعشرون`). Egyptian `التالت`/`التامن` too.
 * Works on raw or normalized text.
 *
 * @param text - the ordinal, alone (surrounding spaces are ignored).
 * @returns the value (1 for `الأولى`), or `null` when the whole text is not one ordinal; never throws.
 * @example
 * ```ts
 * parseArabicOrdinal('الحادية عشرة'); // 11
 * parseArabicOrdinal('الخامس والعشرون'); // 25
 * parseArabicOrdinal('ثاني'); // 2
 * parseArabicOrdinal('المائة'); // 100
 * parseArabicOrdinal('ثلاثة'); // null (a cardinal)
 * ```
 */
export function parseArabicOrdinal(text: string): number | null {
  if (typeof text !== 'string' || text.length > MAX_PHRASE_LENGTH) return null;
  const tokens = tokenize(normalizeArabic(text).trim());
  if (tokens.length === 0) return null;
  const reading = new OrdinalGrammar(tokens).read(0);
  if (reading && reading.next === tokens.length && reading.start === tokens[0]?.start) return reading.value;
  return definiteCardinal(tokens);
}
