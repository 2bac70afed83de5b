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
  regions: LEVANT,
  cldrRegions: LEVANT,
  entries: [
    { spelling: 'كانون الثاني', calendar: 'gregory', month: 1, regions: LEVANT, preferred: true },
    { spelling: 'كانون ثاني', calendar: 'gregory', month: 1, regions: LEVANT },
    { spelling: 'كانون التاني', calendar: 'gregory', month: 1, regions: LEVANT },
    { spelling: 'شباط', calendar: 'gregory', month: 2, regions: LEVANT, preferred: true },
    { spelling: 'آذار', calendar: 'gregory', month: 3, regions: LEVANT, preferred: true },
    { spelling: 'نيسان', calendar: 'gregory', month: 4, regions: LEVANT, preferred: true },
    { spelling: 'أيار', calendar: 'gregory', month: 5, regions: LEVANT, preferred: true },
    { spelling: 'حزيران', calendar: 'gregory', month: 6, regions: LEVANT, preferred: true },
    { spelling: 'تموز', calendar: 'gregory', month: 7, regions: LEVANT, preferred: true },
    { spelling: 'آب', calendar: 'gregory', month: 8, regions: LEVANT, preferred: true },
    { spelling: 'أيلول', calendar: 'gregory', month: 9, regions: LEVANT, preferred: true },
    { spelling: 'تشرين الأول', calendar: 'gregory', month: 10, regions: LEVANT, preferred: true },
    { spelling: 'تشرين أول', calendar: 'gregory', month: 10, regions: LEVANT },
    { spelling: 'تشرين الثاني', calendar: 'gregory', month: 11, regions: LEVANT, preferred: true },
    { spelling: 'تشرين ثاني', calendar: 'gregory', month: 11, regions: LEVANT },
    { spelling: 'تشرين التاني', calendar: 'gregory', month: 11, regions: LEVANT },
    { spelling: 'كانون الأول', calendar: 'gregory', month: 12, regions: LEVANT, preferred: true },
    { spelling: 'كانون أول', calendar: 'gregory', month: 12, regions: LEVANT },
  ],
};
