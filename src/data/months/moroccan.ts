import type { MonthTable } from './types';

const MOROCCO = ['MA', 'EH'] as const;

/**
 * Moroccan month names: ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر and the shared
 * standard names for the other months.
 *
 * @example
 * ```ts
 * MOROCCAN_MONTHS.entries.find((e) => e.spelling === 'غشت')?.month; // 8
 * ```
 */
export const MOROCCAN_MONTHS: MonthTable = {
  dialect: 'moroccan',
  calendar: 'gregory',
  regions: MOROCCO,
  cldrRegions: ['MA'],
  entries: [
    { spelling: 'يناير', month: 1, preferred: true },
    { spelling: 'فبراير', month: 2, preferred: true },
    { spelling: 'مارس', month: 3, preferred: true },
    { spelling: 'أبريل', month: 4, preferred: true },
    { spelling: 'ماي', month: 5, preferred: true },
    { spelling: 'يونيو', month: 6, preferred: true },
    { spelling: 'يوليوز', month: 7, preferred: true },
    { spelling: 'غشت', month: 8, preferred: true },
    { spelling: 'شتنبر', month: 9, preferred: true },
    { spelling: 'أكتوبر', month: 10, preferred: true },
    { spelling: 'نونبر', month: 11, preferred: true },
    { spelling: 'دجنبر', month: 12, preferred: true },
  ],
};
