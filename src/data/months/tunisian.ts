import { ALGERIAN_MONTHS } from './algerian';
import type { MonthTable } from './types';

const TUNISIA = ['TN'] as const;

/**
 * Tunisian month names, from French (the same as Algeria's: جانفي، فيفري … أوت).
 *
 * @example
 * ```ts
 * TUNISIAN_MONTHS.entries.find((e) => e.spelling === 'أوت')?.month; // 8
 * ```
 */
export const TUNISIAN_MONTHS: MonthTable = {
  dialect: 'tunisian',
  calendar: 'gregory',
  regions: TUNISIA,
  cldrRegions: TUNISIA,
  // Tunisia writes the same French-derived names as Algeria, so the two share one list.
  entries: ALGERIAN_MONTHS.entries,
};
