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
  calendar: 'gregory',
  regions: NILE,
  cldrRegions: ['EG'],
  entries: [
    { spelling: 'يناير', month: 1, preferred: true },
    { spelling: 'فبراير', month: 2, preferred: true },
    { spelling: 'مارس', month: 3, preferred: true },
    { spelling: 'أبريل', month: 4, preferred: true },
    { spelling: 'إبريل', month: 4 },
    { spelling: 'مايو', month: 5, preferred: true },
    { spelling: 'يونيو', month: 6, preferred: true },
    { spelling: 'يونيه', month: 6 },
    { spelling: 'يوليو', month: 7, preferred: true },
    { spelling: 'يوليه', month: 7 },
    { spelling: 'أغسطس', month: 8, preferred: true },
    { spelling: 'سبتمبر', month: 9, preferred: true },
    { spelling: 'أكتوبر', month: 10, preferred: true },
    { spelling: 'نوفمبر', month: 11, preferred: true },
    { spelling: 'ديسمبر', month: 12, preferred: true },
  ],
};
