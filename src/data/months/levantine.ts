import type { MonthTable } from './types';

const LEVANT = ['SY', 'LB', 'JO', 'PS'] as const;

/**
 * Levantine (Syriac) month names, with the variants the press uses: the article
 * dropped (تشرين أول), spellings without hamza or madda (اذار، ايار، اب، ايلول) are
 * matched through normalization.
 *
 * @example
 * ```ts
 * LEVANTINE_MONTHS.entries.find((e) => e.month === 10 && e.preferred)?.spelling; // 'تشرين الأول'
 * ```
 */
export const LEVANTINE_MONTHS: MonthTable = {
  dialect: 'levantine',
  calendar: 'gregory',
  regions: LEVANT,
  cldrRegions: LEVANT,
  entries: [
    { spelling: 'كانون الثاني', month: 1, preferred: true },
    { spelling: 'كانون ثاني', month: 1 },
    { spelling: 'كانون التاني', month: 1 },
    { spelling: 'شباط', month: 2, preferred: true },
    { spelling: 'آذار', month: 3, preferred: true },
    { spelling: 'نيسان', month: 4, preferred: true },
    { spelling: 'أيار', month: 5, preferred: true },
    { spelling: 'حزيران', month: 6, preferred: true },
    { spelling: 'تموز', month: 7, preferred: true },
    { spelling: 'آب', month: 8, preferred: true },
    { spelling: 'أيلول', month: 9, preferred: true },
    { spelling: 'تشرين الأول', month: 10, preferred: true },
    { spelling: 'تشرين أول', month: 10 },
    { spelling: 'تشرين الثاني', month: 11, preferred: true },
    { spelling: 'تشرين ثاني', month: 11 },
    { spelling: 'تشرين التاني', month: 11 },
    { spelling: 'كانون الأول', month: 12, preferred: true },
    { spelling: 'كانون أول', month: 12 },
  ],
};
