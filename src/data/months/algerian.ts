import type { MonthTable } from './types';

const ALGERIA = ['DZ'] as const;

/**
 * Algerian month names, from French (جانفي، فيفري … جويلية، أوت).
 *
 * @example
 * ```ts
 * ALGERIAN_MONTHS.entries.find((e) => e.spelling === 'جويلية')?.month; // 7
 * ```
 */
export const ALGERIAN_MONTHS: MonthTable = {
  dialect: 'algerian',
  regions: ALGERIA,
  cldrRegions: ALGERIA,
  entries: [
    { spelling: 'جانفي', calendar: 'gregory', month: 1, regions: ALGERIA, preferred: true },
    { spelling: 'فيفري', calendar: 'gregory', month: 2, regions: ALGERIA, preferred: true },
    { spelling: 'مارس', calendar: 'gregory', month: 3, regions: ALGERIA, preferred: true },
    { spelling: 'أفريل', calendar: 'gregory', month: 4, regions: ALGERIA, preferred: true },
    { spelling: 'ماي', calendar: 'gregory', month: 5, regions: ALGERIA, preferred: true },
    { spelling: 'جوان', calendar: 'gregory', month: 6, regions: ALGERIA, preferred: true },
    { spelling: 'جويلية', calendar: 'gregory', month: 7, regions: ALGERIA, preferred: true },
    { spelling: 'أوت', calendar: 'gregory', month: 8, regions: ALGERIA, preferred: true },
    { spelling: 'سبتمبر', calendar: 'gregory', month: 9, regions: ALGERIA, preferred: true },
    { spelling: 'أكتوبر', calendar: 'gregory', month: 10, regions: ALGERIA, preferred: true },
    { spelling: 'نوفمبر', calendar: 'gregory', month: 11, regions: ALGERIA, preferred: true },
    { spelling: 'ديسمبر', calendar: 'gregory', month: 12, regions: ALGERIA, preferred: true },
  ],
};
