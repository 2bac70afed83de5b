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
  calendar: 'gregory',
  regions: ALGERIA,
  cldrRegions: ALGERIA,
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
