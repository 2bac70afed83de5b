import type { MonthTable } from './types';

const IRAQ = ['IQ'] as const;

/**
 * Iraqi month names: the Syriac names shared with the Levant, plus the Iraqi
 * مايس for May.
 *
 * @example
 * ```ts
 * IRAQI_MONTHS.entries.find((e) => e.spelling === 'مايس')?.month; // 5
 * ```
 */
export const IRAQI_MONTHS: MonthTable = {
  dialect: 'iraqi',
  regions: IRAQ,
  cldrRegions: IRAQ,
  entries: [
    { spelling: 'كانون الثاني', calendar: 'gregory', month: 1, regions: IRAQ, preferred: true },
    { spelling: 'كانون ثاني', calendar: 'gregory', month: 1, regions: IRAQ },
    { spelling: 'شباط', calendar: 'gregory', month: 2, regions: IRAQ, preferred: true },
    { spelling: 'آذار', calendar: 'gregory', month: 3, regions: IRAQ, preferred: true },
    { spelling: 'نيسان', calendar: 'gregory', month: 4, regions: IRAQ, preferred: true },
    { spelling: 'أيار', calendar: 'gregory', month: 5, regions: IRAQ, preferred: true },
    { spelling: 'مايس', calendar: 'gregory', month: 5, regions: IRAQ },
    { spelling: 'حزيران', calendar: 'gregory', month: 6, regions: IRAQ, preferred: true },
    { spelling: 'تموز', calendar: 'gregory', month: 7, regions: IRAQ, preferred: true },
    { spelling: 'آب', calendar: 'gregory', month: 8, regions: IRAQ, preferred: true },
    { spelling: 'أيلول', calendar: 'gregory', month: 9, regions: IRAQ, preferred: true },
    { spelling: 'تشرين الأول', calendar: 'gregory', month: 10, regions: IRAQ, preferred: true },
    { spelling: 'تشرين أول', calendar: 'gregory', month: 10, regions: IRAQ },
    { spelling: 'تشرين الثاني', calendar: 'gregory', month: 11, regions: IRAQ, preferred: true },
    { spelling: 'تشرين ثاني', calendar: 'gregory', month: 11, regions: IRAQ },
    { spelling: 'كانون الأول', calendar: 'gregory', month: 12, regions: IRAQ, preferred: true },
    { spelling: 'كانون أول', calendar: 'gregory', month: 12, regions: IRAQ },
  ],
};
