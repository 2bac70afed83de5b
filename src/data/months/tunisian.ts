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
  entries: [
    { spelling: 'جانفي', month: 1, preferred: true },
    { spelling: 'فيفري', month: 2, preferred: true },
    { spelling: 'مارس', month: 3, preferred: true },
    { spelling: 'أفريل', month: 4, preferred: true },
    { spelling: 'ماي', month: 5, preferred: true },
    { spelling: 'جوان', month: 6, preferred: true },
    { spelling: 'جويلية', month: 7, preferred: true },
    { spelling: 'أوت', month: 8, preferred: true },
    { spelling: 'سبتمبر', month: 9, preferred: true },
    { spelling: 'أكتوبر', month: 10, preferred: true },
    { spelling: 'نوفمبر', month: 11, preferred: true },
    { spelling: 'ديسمبر', month: 12, preferred: true },
  ],
};
