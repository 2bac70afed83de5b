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
  regions: MOROCCO,
  cldrRegions: ['MA'],
  entries: [
    { spelling: 'يناير', calendar: 'gregory', month: 1, regions: MOROCCO, preferred: true },
    { spelling: 'فبراير', calendar: 'gregory', month: 2, regions: MOROCCO, preferred: true },
    { spelling: 'مارس', calendar: 'gregory', month: 3, regions: MOROCCO, preferred: true },
    { spelling: 'أبريل', calendar: 'gregory', month: 4, regions: MOROCCO, preferred: true },
    { spelling: 'ماي', calendar: 'gregory', month: 5, regions: MOROCCO, preferred: true },
    { spelling: 'يونيو', calendar: 'gregory', month: 6, regions: MOROCCO, preferred: true },
    { spelling: 'يوليوز', calendar: 'gregory', month: 7, regions: MOROCCO, preferred: true },
    { spelling: 'غشت', calendar: 'gregory', month: 8, regions: MOROCCO, preferred: true },
    { spelling: 'شتنبر', calendar: 'gregory', month: 9, regions: MOROCCO, preferred: true },
    { spelling: 'أكتوبر', calendar: 'gregory', month: 10, regions: MOROCCO, preferred: true },
    { spelling: 'نونبر', calendar: 'gregory', month: 11, regions: MOROCCO, preferred: true },
    { spelling: 'دجنبر', calendar: 'gregory', month: 12, regions: MOROCCO, preferred: true },
  ],
};
