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
  calendar: 'gregory',
  regions: GULF,
  cldrRegions: [],
  entries: [
    { spelling: 'يناير', month: 1, preferred: true },
    { spelling: 'فبراير', month: 2, preferred: true },
    { spelling: 'مارس', month: 3, preferred: true },
    { spelling: 'أبريل', month: 4, preferred: true },
    { spelling: 'إبريل', month: 4 },
    { spelling: 'مايو', month: 5, preferred: true },
    { spelling: 'يونيو', month: 6, preferred: true },
    { spelling: 'يوليو', month: 7, preferred: true },
    { spelling: 'أغسطس', month: 8, preferred: true },
    { spelling: 'سبتمبر', month: 9, preferred: true },
    { spelling: 'أكتوبر', month: 10, preferred: true },
    { spelling: 'نوفمبر', month: 11, preferred: true },
    { spelling: 'ديسمبر', month: 12, preferred: true },
  ],
};
