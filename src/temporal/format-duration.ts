import { FRACTION_WORDS, HUNDREDS_WORDS, TEEN_HEADS, TEEN_TEN, TENS_WORDS, TWELVE_HEAD_OBLIQUE, TWO_HUNDRED_ALONE, TWO_OBLIQUE, UNIT_WORDS } from '../data/counting-words';
import { DURATION_QUALIFIER_SPELLINGS } from '../data/duration-qualifiers';
import { DURATION_UNIT_GENDER, DURATION_UNIT_SPELLINGS, type DurationUnit, type DurationUnitForm } from '../data/duration-units';
import { NUMBER_WORDS } from '../data/number-words';
import { toArabicDigits } from '../text/digits';
import { buildRegex } from '../text/regex';
import type { DurationParts, DurationQualifier, DurationValue } from './types';

/** «صفر», from the number table: an empty duration is written as zero seconds. */
const ZERO_WORD = NUMBER_WORDS.find((w) => w.kind === 'unit' && w.value === 0)?.spelling ?? '0';

/**
 * Thrown by {@link formatArabicDuration} for a value it cannot write: an
 * invalid ISO 8601 duration, or an amount that is negative, not finite, or too large.
 *
 * @example
 * ```ts
 * try {
 *   formatArabicDuration('ثلاثة أشهر');
 * } catch (error) {
 *   error instanceof DurationFormatError; // true — an ISO string such as 'P3M' was expected
 * }
 * ```
 */
export class DurationFormatError extends RangeError {
  /** The value that could not be written. */
  readonly value: unknown;

  /**
   * @param value - the rejected value.
   * @param message - what is wrong and what is valid.
   */
  constructor(value: unknown, message: string) {
    super(message);
    this.name = 'DurationFormatError';
    this.value = value;
  }
}

/**
 * Options for {@link formatArabicDuration}.
 *
 * @example
 * ```ts
 * const options: FormatDurationOptions = { digits: 'arab', grammaticalCase: 'oblique', qualifier: true };
 * // formatArabicDuration('P15D', options) → '١٥ يومًا'
 * ```
 */
export interface FormatDurationOptions {
  /** Write amounts as words (default), Latin digits (`3 أشهر`) or Arabic-Indic digits (`٣ أشهر`). */
  digits?: 'words' | 'latn' | 'arab';
  /**
   * The case of duals and tens: `nominative` (`يومان`، `عشرون`, default) or `oblique`
   * (`يومين`، `عشرين`, after a preposition or as an object). A qualifier before the
   * duration (`أقل من`، `خلال`) always takes the oblique.
   */
  grammaticalCase?: 'nominative' | 'oblique';
  /** Write the qualifier of a {@link DurationValue} (`أقل من`، `فقط`). Default `true`. */
  qualifier?: boolean;
}

/** The largest amount written in words; larger amounts are written in digits. */
const MAX_WORDS = 999;
const MAX_AMOUNT = 1e9;

/** Parts from the largest unit to the smallest, with their unit. */
const ORDER: readonly [keyof DurationParts, DurationUnit][] = [
  ['centuries', 'century'],
  ['decades', 'decade'],
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
];

const NUMBER = '(\\d{1,12}(?:\\.\\d{1,12})?)';
const ISO = buildRegex('temporal/format-duration-iso', `^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`);

/** The first spelling of each (unit, form) in the table is the one written. */
function spelling(unit: DurationUnit, form: DurationUnitForm): string {
  return DURATION_UNIT_SPELLINGS.find((e) => e.unit === unit && e.form === form && e.amount === undefined)?.spelling ?? '';
}

function partsOfIso(iso: string): DurationParts {
  const match = ISO.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) {
    throw new DurationFormatError(iso, `"${iso}" is not an ISO 8601 duration such as "P3.5M", "P1Y3M", "P2W" or "PT1.5H"`);
  }
  const keys: (keyof DurationParts)[] = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];
  const parts: DurationParts = {};
  keys.forEach((key, i) => {
    const value = match[i + 1];
    if (value !== undefined) parts[key] = Number(value);
  });
  return parts;
}

/** The number `n` (1–999, an integer) as words counting a noun of `gender`. */
function numberWords(n: number, gender: 'masculine' | 'feminine', oblique: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds > 0) words.push(hundreds === 2 && rest > 0 ? TWO_HUNDRED_ALONE : HUNDREDS_WORDS[hundreds]!);
  if (rest > 0) {
    let restWords: string;
    if (rest <= 10) restWords = rest === 2 && oblique ? TWO_OBLIQUE[gender] : UNIT_WORDS[rest]![gender];
    else if (rest <= 12) restWords = `${rest === 12 && oblique ? TWELVE_HEAD_OBLIQUE[gender] : TEEN_HEADS[rest - 10]![gender]} ${TEEN_TEN[gender]}`;
    else if (rest < 20) restWords = `${UNIT_WORDS[rest - 10]![gender]} ${TEEN_TEN[gender]}`;
    else {
      const tens = TENS_WORDS[Math.floor(rest / 10)]![oblique ? 'oblique' : 'nominative'];
      const unit = rest % 10;
      restWords = unit === 0 ? tens : `${unit === 2 && oblique ? TWO_OBLIQUE[gender] : UNIT_WORDS[unit]![gender]} و${tens}`;
    }
    words.push(restWords);
  }
  return words.join(' و');
}

/** The noun form that follows a count `n`: 3–10 plural, 11–99 accusative singular, else singular. */
function nounAfter(n: number, unit: DurationUnit): string {
  const rest = n % 100;
  if (rest >= 3 && rest <= 10) return spelling(unit, 'plural');
  if (rest >= 11) return spelling(unit, 'accusative');
  return spelling(unit, 'singular');
}

function fractionWord(fraction: number): string | undefined {
  return FRACTION_WORDS.find((f) => Math.abs(f.value - fraction) < 1e-6)?.word;
}

function writeDigits(value: number, digits: 'latn' | 'arab'): string {
  const text = String(Number(value.toFixed(6)));
  return digits === 'arab' ? toArabicDigits(text) : text;
}

/** One part: `ثلاثة أشهر ونصف`، `يومان`، `نصف سنة`، `15 يومًا`. */
function writePart(amount: number, unit: DurationUnit, digits: 'words' | 'latn' | 'arab', oblique: boolean): string {
  const whole = Math.floor(amount + 1e-9);
  const fraction = amount - whole;
  const fractionText = fraction > 1e-9 ? fractionWord(fraction) : '';
  if (fractionText === undefined || (whole > MAX_WORDS && digits === 'words')) {
    // A fraction without a word (0.7) or a very large amount: digits and the noun that follows them.
    const written = writeDigits(amount, digits === 'arab' ? 'arab' : 'latn');
    return `${written} ${Number.isInteger(amount) ? nounAfter(amount, unit) : spelling(unit, amount >= 3 && amount <= 10 ? 'plural' : 'accusative')}`;
  }
  const gender = DURATION_UNIT_GENDER[unit];
  let text: string;
  if (whole === 0) return `${fractionText} ${spelling(unit, 'singular')}`;
  if (whole === 1) text = spelling(unit, 'singular');
  else if (whole === 2) text = spelling(unit, oblique ? 'dual-oblique' : 'dual-nominative');
  else {
    const count = digits === 'words' ? numberWords(whole, gender, oblique) : writeDigits(whole, digits);
    text = `${count} ${nounAfter(whole, unit)}`;
  }
  return fractionText ? `${text} و${fractionText}` : text;
}

function qualifierWords(qualifier: DurationQualifier): { text: string; position: 'before' | 'after' } {
  const entry = DURATION_QUALIFIER_SPELLINGS.find((e) => e.qualifier === qualifier)!;
  return { text: entry.spelling, position: entry.position };
}

/**
 * Writes a duration in Arabic with the agreement the language asks for: one
 * unit in the singular (`شهر`), two in the dual (`شهران`/`شهرين`), 3–10 with
 * the plural and the number in the opposite gender (`ثلاثة أشهر`، `ثلاث ساعات`),
 * 11–99 with the accusative singular (`خمسة عشر يومًا`، `إحدى عشرة ساعةً`),
 * halves, quarters and thirds as words (`ثلاثة أشهر ونصف`، `نصف سنة`), parts
 * joined by و (`عام وثلاثة أشهر`) and the qualifier of a parsed value (`أقل من
 * أربعة أشهر`، `يومان فقط`). Years are written with `عام`.
 *
 * @param value - a {@link DurationValue} (from `parseDuration` or `findTemporal`), its `parts`, or an ISO 8601 duration (`P3.5M`).
 * @param options - digits (`words`, `latn`, `arab`), grammatical case of duals and tens, whether to write the qualifier.
 * @returns the Arabic text.
 * @throws {@link DurationFormatError} when the ISO string is invalid or an amount is negative, not finite or above 1,000,000,000.
 * @example
 * ```ts
 * formatArabicDuration('P3.5M'); // 'ثلاثة أشهر ونصف'
 * formatArabicDuration('P2D'); // 'يومان'
 * formatArabicDuration('P2D', { grammaticalCase: 'oblique' }); // 'يومين'
 * formatArabicDuration('P15D', { digits: 'arab' }); // '١٥ يومًا'
 * formatArabicDuration(parseDuration('أقل من 4 أشهر')!); // 'أقل من أربعة أشهر'
 * ```
 */
export function formatArabicDuration(value: DurationValue | DurationParts | string, options: FormatDurationOptions = {}): string {
  let parts: DurationParts;
  let qualifier: DurationQualifier | null = null;
  if (typeof value === 'string') parts = partsOfIso(value);
  else if (value !== null && typeof value === 'object' && 'type' in value && value.type === 'duration') {
    parts = value.parts;
    qualifier = value.qualifier;
  } else if (value !== null && typeof value === 'object') parts = value as DurationParts;
  else throw new DurationFormatError(value, `${String(value)} is not a duration: give a DurationValue, its parts or an ISO 8601 string such as "P3M"`);
  const digits = options.digits ?? 'words';
  const writtenQualifier = qualifier !== null && options.qualifier !== false ? qualifierWords(qualifier) : null;
  const oblique = options.grammaticalCase === 'oblique' || writtenQualifier?.position === 'before';
  const written: string[] = [];
  for (const [key, unit] of ORDER) {
    const amount = parts[key];
    if (amount === undefined || amount === 0) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount > MAX_AMOUNT) {
      throw new DurationFormatError(amount, `${key} ${String(amount)} is not a finite amount between 0 and ${MAX_AMOUNT}`);
    }
    written.push(writePart(amount, unit, digits, oblique));
  }
  if (written.length === 0) written.push(`${digits === 'words' ? ZERO_WORD : writeDigits(0, digits)} ${spelling('second', 'singular')}`);
  const text = written.join(' و');
  if (!writtenQualifier) return text;
  return writtenQualifier.position === 'before' ? `${writtenQualifier.text} ${text}` : `${text} ${writtenQualifier.text}`;
}
