/**
 * Types shared by the calendar layer.
 *
 * @module
 */

/**
 * A calendar day with no time and no time zone: what a date in a news report means.
 *
 * @example
 * ```ts
 * // «15 تشرين الأول 2025»
 * const day: CivilDate = { year: 2025, month: 10, day: 15 };
 * ```
 */
export interface CivilDate {
  /** The year (Gregorian or Hijri, depending on context). */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–31. */
  readonly day: number;
}

/**
 * The calendar a date was written in.
 *
 * @example
 * ```ts
 * // «23 ربيع الآخر 1447 هـ»
 * const calendar: CalendarSystem = 'islamic-umalqura';
 * ```
 */
export type CalendarSystem = 'gregory' | 'islamic-umalqura';
