/**
 * Weekday names, ISO-numbered (1 = Monday … 7 = Sunday).
 *
 * @module
 */

/**
 * One spelling of one weekday.
 *
 * @example
 * ```ts
 * const entry: WeekdayEntry = { spelling: 'الاتنين', weekday: 1, regions: ['SY', 'LB', 'EG'] };
 * ```
 */
export interface WeekdayEntry {
  /** The spelling (normalized when matched, so hamza forms need not be listed twice). */
  readonly spelling: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** ISO 3166 region codes of a colloquial spelling; absent: standard, everywhere. */
  readonly regions?: readonly string[];
  /** True for the one standard spelling per weekday (CLDR's), used when formatting. */
  readonly preferred?: boolean;
  /** True for a name without the article, a weekday only after «يوم» (`يوم اثنين`): alone, اثنين is "two" and أحد is "someone". */
  readonly afterPrefixOnly?: boolean;
}

/**
 * Weekday spellings. Hamza variants (الإثنين، الأثنين، الاربعاء) are matched
 * through normalization; the spellings that differ in letters are listed.
 *
 * @example
 * ```ts
 * WEEKDAYS.find((e) => e.spelling === 'الجمعة')?.weekday; // 5
 * ```
 */
export const WEEKDAYS: readonly WeekdayEntry[] = [
  { spelling: 'الاثنين', preferred: true, weekday: 1 },
  { spelling: 'الاتنين', weekday: 1, regions: ['SY', 'LB', 'PS', 'JO', 'EG'] },
  { spelling: 'الثلاثاء', preferred: true, weekday: 2 },
  { spelling: 'الثلاثا', weekday: 2 },
  { spelling: 'الأربعاء', preferred: true, weekday: 3 },
  { spelling: 'الأربعا', weekday: 3 },
  { spelling: 'الخميس', preferred: true, weekday: 4 },
  { spelling: 'الجمعة', preferred: true, weekday: 5 },
  { spelling: 'السبت', preferred: true, weekday: 6 },
  { spelling: 'الأحد', preferred: true, weekday: 7 },
  { spelling: 'اثنين', weekday: 1, afterPrefixOnly: true },
  { spelling: 'اتنين', weekday: 1, regions: ['SY', 'LB', 'PS', 'JO', 'EG'], afterPrefixOnly: true },
  { spelling: 'ثلاثاء', weekday: 2, afterPrefixOnly: true },
  { spelling: 'أربعاء', weekday: 3, afterPrefixOnly: true },
  { spelling: 'خميس', weekday: 4, afterPrefixOnly: true },
  { spelling: 'جمعة', weekday: 5, afterPrefixOnly: true },
  { spelling: 'سبت', weekday: 6, afterPrefixOnly: true },
  { spelling: 'أحد', weekday: 7, afterPrefixOnly: true },
];

/**
 * Words that may stand before a weekday name: «يوم الخميس», and the Moroccan
 * administrative «يومه الخميس».
 *
 * @example
 * ```ts
 * WEEKDAY_PREFIXES.includes('يومه'); // true
 * ```
 */
export const WEEKDAY_PREFIXES: readonly string[] = ['يوم', 'يومه'];
