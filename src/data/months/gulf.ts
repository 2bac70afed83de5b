import type { MonthTable } from './types';

const GULF = ['SA', 'AE', 'BH', 'KW', 'OM', 'QA', 'YE', 'LY'] as const;

/**
 * Gulf and pan-Arab standard month names (the names of pan-Arab satellite
 * channels and news agencies), with the spellings the press varies (ابريل
 * without hamza is matched through normalization, as is اغسطس).
 *
 * @example
 * ```ts
 * GULF_MONTHS.entries.find((e) => e.month === 10 && e.preferred)?.spelling; // 'أكتوبر'
 * ```
 */
export const GULF_MONTHS: MonthTable = {
  dialect: 'gulf',
  regions: GULF,
  cldrRegions: [],
  entries: [
    { spelling: 'يناير', calendar: 'gregory', month: 1, regions: GULF, preferred: true },
    { spelling: 'فبراير', calendar: 'gregory', month: 2, regions: GULF, preferred: true },
    { spelling: 'مارس', calendar: 'gregory', month: 3, regions: GULF, preferred: true },
    { spelling: 'أبريل', calendar: 'gregory', month: 4, regions: GULF, preferred: true },
    { spelling: 'إبريل', calendar: 'gregory', month: 4, regions: GULF },
    { spelling: 'مايو', calendar: 'gregory', month: 5, regions: GULF, preferred: true },
    { spelling: 'يونيو', calendar: 'gregory', month: 6, regions: GULF, preferred: true },
    { spelling: 'يوليو', calendar: 'gregory', month: 7, regions: GULF, preferred: true },
    { spelling: 'أغسطس', calendar: 'gregory', month: 8, regions: GULF, preferred: true },
    { spelling: 'سبتمبر', calendar: 'gregory', month: 9, regions: GULF, preferred: true },
    { spelling: 'أكتوبر', calendar: 'gregory', month: 10, regions: GULF, preferred: true },
    { spelling: 'نوفمبر', calendar: 'gregory', month: 11, regions: GULF, preferred: true },
    { spelling: 'ديسمبر', calendar: 'gregory', month: 12, regions: GULF, preferred: true },
  ],
};
