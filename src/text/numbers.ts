/**
 * `parseArabicNumber`: one whole number phrase to its value.
 *
 * @module
 */
import { NumberGrammar } from './number-grammar';
import { exact, isDigitString, MAX_PHRASE_LENGTH, MINUS_SIGNS, readDigits, tokenize } from './number-tokens';
import { normalizeArabic } from './normalize';

/** `a/b` written with digits: Duckling reads `١١/١٠` as 1.1 when it is the whole input. */
function readSlashFraction(text: string): number | null {
  const slash = text.indexOf('/');
  if (slash <= 0 || slash !== text.lastIndexOf('/')) return null;
  const top = text.slice(0, slash);
  const bottom = text.slice(slash + 1);
  if (!isDigitString(top) || !isDigitString(bottom)) return null;
  const denominator = Number(bottom);
  return denominator === 0 ? null : Number(top) / denominator;
}

/**
 * Reads one whole Arabic number phrase and returns its value.
 *
 * Accepts Arabic-Indic (٠–٩), Extended Arabic-Indic (۰–۹) and ASCII digits,
 * with `٫`/`.` decimals and `٬`/`,`/`،` thousands separators; cardinal words
 * from zero to trillions in every gender and case form, joined with `و` in the
 * orders the language allows (`خمسة وعشرون`, `ثلاثمائة وخمسين`,
 * `عشرين وخمسة`); digits with scale words (`3 ملايين`, `٢٫٥ مليار`);
 * fractions (`نصف`, `ثلثان`, `ثلاثة أرباع`, `ونصف` after a number, `واحد على
 * مائة`); spoken decimals (`واحد فاصلة خمسة`); negatives (`سالب`, `ناقص`,
 * `-`); and Egyptian, Levantine, Iraqi, Gulf and Maghrebi spellings
 * (`تلتمية`, `حداشر`, `اربعطعش`, `طناش`). Works on raw or normalized text.
 * Duals of nouns (`يومين`) are not numbers here.
 *
 * @param text - the phrase, alone (surrounding spaces are ignored; text over 2,000 characters is not one phrase).
 * @returns the value, or `null` when the whole text is not one number phrase or its value is beyond
 *   `Number.MAX_SAFE_INTEGER` (no exact integer); never throws.
 * @example
 * ```ts
 * parseArabicNumber('ثلاثمائة وخمسين'); // 350
 * parseArabicNumber('٢٫٥ مليار'); // 2500000000
 * parseArabicNumber('ثلاثة أشهر'); // null (not a number alone)
 * parseArabicNumber('تلتمية وخمسين'); // 350 (Egyptian)
 * parseArabicNumber('مليون ونصف'); // 1500000
 * ```
 */
export function parseArabicNumber(text: string): number | null {
  if (typeof text !== 'string' || text.length > MAX_PHRASE_LENGTH) return null;
  // Only short keys are kept: a long slice may hold on to the whole text it came from.
  if (text.length > MAX_REMEMBERED_LENGTH) return readNumberPhrase(text);
  const known = readings.get(text);
  if (known !== undefined) return known;
  const value = readNumberPhrase(text);
  // The temporal readers ask for the same few phrases («ثلاثة»، «عشرين») again and again.
  if (readings.size >= MAX_REMEMBERED) readings.clear();
  readings.set(text, value);
  return value;
}

/** Answers already given, keyed by the input as passed; cleared when full, so memory stays bounded. */
const readings = new Map<string, number | null>();
const MAX_REMEMBERED = 4096;
const MAX_REMEMBERED_LENGTH = 12;

function readNumberPhrase(text: string): number | null {
  const normalized = normalizeArabic(text).trim();
  if (normalized === '') return null;
  const negative = MINUS_SIGNS.has(normalized[0] as string);
  const body = negative ? normalized.slice(1) : normalized;
  const slash = readSlashFraction(body);
  if (slash !== null) return negative ? -slash : slash;
  const tokens = tokenize(body);
  if (tokens.length === 0) return null;
  if (negative && tokens[0]?.kind !== 'digits') return null;
  if (tokens.length === 1 && tokens[0]?.kind === 'digits') {
    const value = readDigits(tokens[0].text);
    return value === null ? null : negative ? -value : value;
  }
  const reading = new NumberGrammar(tokens, { inText: false }).read(0);
  if (!reading || reading.next !== tokens.length) return null;
  return exact(negative ? -reading.value : reading.value);
}
