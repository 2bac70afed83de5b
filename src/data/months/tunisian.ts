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
  regions: TUNISIA,
  cldrRegions: TUNISIA,
  entries: [
    { spelling: 'جانفي', calendar: 'gregory', month: 1, regions: TUNISIA, preferred: true },
    { spelling: 'فيفري', calendar: 'gregory', month: 2, regions: TUNISIA, preferred: true },
    { spelling: 'مارس', calendar: 'gregory', month: 3, regions: TUNISIA, preferred: true },
    { spelling: 'أفريل', calendar: 'gregory', month: 4, regions: TUNISIA, preferred: true },
    { spelling: 'ماي', calendar: 'gregory', month: 5, regions: TUNISIA, preferred: true },
    { spelling: 'جوان', calendar: 'gregory', month: 6, regions: TUNISIA, preferred: true },
    { spelling: 'جويلية', calendar: 'gregory', month: 7, regions: TUNISIA, preferred: true },
    { spelling: 'أوت', calendar: 'gregory', month: 8, regions: TUNISIA, preferred: true },
    { spelling: 'سبتمبر', calendar: 'gregory', month: 9, regions: TUNISIA, preferred: true },
    { spelling: 'أكتوبر', calendar: 'gregory', month: 10, regions: TUNISIA, preferred: true },
    { spelling: 'نوفمبر', calendar: 'gregory', month: 11, regions: TUNISIA, preferred: true },
    { spelling: 'ديسمبر', calendar: 'gregory', month: 12, regions: TUNISIA, preferred: true },
  ],
};
