/**
 * The one error class of the calendar layer.
 *
 * @module
 */

/**
 * Thrown by calendar constructors and converters for a value outside its valid
 * range: an impossible civil date, a Hijri date outside the Umm al-Qura table,
 * an unknown time zone. The message names the value and the valid range.
 * Parsers never throw it: they return `null`.
 *
 * @example
 * ```ts
 * try {
 *   toHijri('1900-01-01'); // «قبل جدول أم القرى»
 * } catch (error) {
 *   error instanceof CalendarRangeError; // true
 *   (error as CalendarRangeError).message; // 'Invalid Gregorian date "1900-01-01": valid range is 1924-08-01 … 2077-11-16'
 * }
 * ```
 */
export class CalendarRangeError extends RangeError {
  /** The offending value, as given. */
  readonly value: unknown;
  /** The valid range, in words (`1–12`, `1924-08-01 … 2077-11-16`). */
  readonly validRange: string;

  /**
   * Builds the message `Invalid <what> <value>: valid range is <validRange>`.
   *
   * @param what - what the value is (`month`, `Hijri date`).
   * @param value - the offending value.
   * @param validRange - the valid range, in words.
   * @example
   * ```ts
   * new CalendarRangeError('Hijri month', 13, '1–12').message; // 'Invalid Hijri month 13: valid range is 1–12' — «الشهر الثالث عشر»
   * ```
   */
  constructor(what: string, value: unknown, validRange: string) {
    super(`Invalid ${what} ${describe(value)}: valid range is ${validRange}`);
    this.name = 'CalendarRangeError';
    this.value = value;
    this.validRange = validRange;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}
