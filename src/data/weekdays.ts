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
  /** ISO 3166 region codes of a colloquial spelling (`[]` = standard, everywhere). */
  readonly regions: readonly string[];
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
  { spelling: 'الاثنين', preferred: true, weekday: 1, regions: [] },
  { spelling: 'الإثنين', weekday: 1, regions: [] },
  { spelling: 'الأثنين', weekday: 1, regions: [] },
  { spelling: 'الاتنين', weekday: 1, regions: ['SY', 'LB', 'PS', 'JO', 'EG'] },
  { spelling: 'الثلاثاء', preferred: true, weekday: 2, regions: [] },
  { spelling: 'الثلاثا', weekday: 2, regions: [] },
  { spelling: 'الأربعاء', preferred: true, weekday: 3, regions: [] },
  { spelling: 'الأربعا', weekday: 3, regions: [] },
  { spelling: 'الخميس', preferred: true, weekday: 4, regions: [] },
  { spelling: 'الجمعة', preferred: true, weekday: 5, regions: [] },
  { spelling: 'السبت', preferred: true, weekday: 6, regions: [] },
  { spelling: 'الأحد', preferred: true, weekday: 7, regions: [] },
  { spelling: 'اثنين', weekday: 1, regions: [], afterPrefixOnly: true },
  { spelling: 'اتنين', weekday: 1, regions: ['SY', 'LB', 'PS', 'JO', 'EG'], afterPrefixOnly: true },
  { spelling: 'ثلاثاء', weekday: 2, regions: [], afterPrefixOnly: true },
  { spelling: 'أربعاء', weekday: 3, regions: [], afterPrefixOnly: true },
  { spelling: 'خميس', weekday: 4, regions: [], afterPrefixOnly: true },
  { spelling: 'جمعة', weekday: 5, regions: [], afterPrefixOnly: true },
  { spelling: 'سبت', weekday: 6, regions: [], afterPrefixOnly: true },
  { spelling: 'أحد', weekday: 7, regions: [], afterPrefixOnly: true },
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
