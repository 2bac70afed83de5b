import type { MonthTable } from './types';

const NILE = ['EG', 'SD'] as const;

/**
 * Egyptian month names: the standard names from French, with the Egyptian
 * spellings إبريل، يونيه، يوليه.
 *
 * @example
 * ```ts
 * EGYPTIAN_MONTHS.entries.find((e) => e.spelling === 'يونيه')?.month; // 6
 * ```
 */
export const EGYPTIAN_MONTHS: MonthTable = {
  dialect: 'egyptian',
  regions: NILE,
  cldrRegions: ['EG'],
  entries: [
    { spelling: 'يناير', calendar: 'gregory', month: 1, regions: NILE, preferred: true },
    { spelling: 'فبراير', calendar: 'gregory', month: 2, regions: NILE, preferred: true },
    { spelling: 'مارس', calendar: 'gregory', month: 3, regions: NILE, preferred: true },
    { spelling: 'أبريل', calendar: 'gregory', month: 4, regions: NILE, preferred: true },
    { spelling: 'إبريل', calendar: 'gregory', month: 4, regions: NILE },
    { spelling: 'مايو', calendar: 'gregory', month: 5, regions: NILE, preferred: true },
    { spelling: 'يونيو', calendar: 'gregory', month: 6, regions: NILE, preferred: true },
    { spelling: 'يونيه', calendar: 'gregory', month: 6, regions: NILE },
    { spelling: 'يوليو', calendar: 'gregory', month: 7, regions: NILE, preferred: true },
    { spelling: 'يوليه', calendar: 'gregory', month: 7, regions: NILE },
    { spelling: 'أغسطس', calendar: 'gregory', month: 8, regions: NILE, preferred: true },
    { spelling: 'سبتمبر', calendar: 'gregory', month: 9, regions: NILE, preferred: true },
    { spelling: 'أكتوبر', calendar: 'gregory', month: 10, regions: NILE, preferred: true },
    { spelling: 'نوفمبر', calendar: 'gregory', month: 11, regions: NILE, preferred: true },
    { spelling: 'ديسمبر', calendar: 'gregory', month: 12, regions: NILE, preferred: true },
  ],
};
