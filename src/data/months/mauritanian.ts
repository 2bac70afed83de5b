import type { MonthTable } from './types';

const MAURITANIA = ['MR'] as const;

/**
 * Mauritanian month names: إبريل، أغشت، شتمبر، دجمبر and the shared standard
 * names for the other months.
 *
 * @example
 * ```ts
 * MAURITANIAN_MONTHS.entries.find((e) => e.spelling === 'دجمبر')?.month; // 12
 * ```
 */
export const MAURITANIAN_MONTHS: MonthTable = {
  dialect: 'mauritanian',
  calendar: 'gregory',
  regions: MAURITANIA,
  cldrRegions: MAURITANIA,
  entries: [
    { spelling: 'يناير', month: 1, preferred: true },
    { spelling: 'فبراير', month: 2, preferred: true },
    { spelling: 'مارس', month: 3, preferred: true },
    { spelling: 'إبريل', month: 4, preferred: true },
    { spelling: 'مايو', month: 5, preferred: true },
    { spelling: 'يونيو', month: 6, preferred: true },
    { spelling: 'يوليو', month: 7, preferred: true },
    { spelling: 'أغشت', month: 8, preferred: true },
    { spelling: 'شتمبر', month: 9, preferred: true },
    { spelling: 'أكتوبر', month: 10, preferred: true },
    { spelling: 'نوفمبر', month: 11, preferred: true },
    { spelling: 'دجمبر', month: 12, preferred: true },
  ],
};
