/**
 * `parseArabicOrdinal`: one whole ordinal phrase to its value.
 *
 * @module
 */
import { normalizeArabic } from './normalize';
import { tokenize } from './number-tokens';
import { OrdinalGrammar } from './ordinal-grammar';

/**
 * Reads one whole Arabic ordinal phrase and returns its value.
 *
 * Accepts masculine and feminine forms, with and without `ال`: `الأول`/
 * `الأولى`/`أول` … `العاشر`/`العاشرة`; `الحادي عشر`/`الحادية عشرة` …
 * `التاسع عشر`; `العشرون`/`العشرين` … `التسعون`; compounds joined with `و`
 * (`الحادي والعشرون`, `الخامسة و العشرين`, `الثان والسبعون`); `المائة`,
 * `الألف`, `المليون`. Egyptian `التالت`/`التامن` too. Works on raw or
 * normalized text.
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
  if (typeof text !== 'string') return null;
  const tokens = tokenize(normalizeArabic(text).trim());
  if (tokens.length === 0) return null;
  const reading = new OrdinalGrammar(tokens).read(0);
  return reading && reading.next === tokens.length && reading.start === tokens[0]?.start ? reading.value : null;
}
