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
  calendar: 'gregory',
  regions: IRAQ,
  cldrRegions: IRAQ,
  entries: [
    { spelling: 'كانون الثاني', month: 1, preferred: true },
    { spelling: 'كانون ثاني', month: 1 },
    { spelling: 'شباط', month: 2, preferred: true },
    { spelling: 'آذار', month: 3, preferred: true },
    { spelling: 'نيسان', month: 4, preferred: true },
    { spelling: 'أيار', month: 5, preferred: true },
    { spelling: 'مايس', month: 5 },
    { spelling: 'حزيران', month: 6, preferred: true },
    { spelling: 'تموز', month: 7, preferred: true },
    { spelling: 'آب', month: 8, preferred: true },
    { spelling: 'أيلول', month: 9, preferred: true },
    { spelling: 'تشرين الأول', month: 10, preferred: true },
    { spelling: 'تشرين أول', month: 10 },
    { spelling: 'تشرين الثاني', month: 11, preferred: true },
    { spelling: 'تشرين ثاني', month: 11 },
    { spelling: 'كانون الأول', month: 12, preferred: true },
    { spelling: 'كانون أول', month: 12 },
  ],
};
