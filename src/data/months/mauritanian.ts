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
  regions: MAURITANIA,
  cldrRegions: MAURITANIA,
  entries: [
    { spelling: 'يناير', calendar: 'gregory', month: 1, regions: MAURITANIA, preferred: true },
    { spelling: 'فبراير', calendar: 'gregory', month: 2, regions: MAURITANIA, preferred: true },
    { spelling: 'مارس', calendar: 'gregory', month: 3, regions: MAURITANIA, preferred: true },
    { spelling: 'إبريل', calendar: 'gregory', month: 4, regions: MAURITANIA, preferred: true },
    { spelling: 'مايو', calendar: 'gregory', month: 5, regions: MAURITANIA, preferred: true },
    { spelling: 'يونيو', calendar: 'gregory', month: 6, regions: MAURITANIA, preferred: true },
    { spelling: 'يوليو', calendar: 'gregory', month: 7, regions: MAURITANIA, preferred: true },
    { spelling: 'أغشت', calendar: 'gregory', month: 8, regions: MAURITANIA, preferred: true },
    { spelling: 'شتمبر', calendar: 'gregory', month: 9, regions: MAURITANIA, preferred: true },
    { spelling: 'أكتوبر', calendar: 'gregory', month: 10, regions: MAURITANIA, preferred: true },
    { spelling: 'نوفمبر', calendar: 'gregory', month: 11, regions: MAURITANIA, preferred: true },
    { spelling: 'دجمبر', calendar: 'gregory', month: 12, regions: MAURITANIA, preferred: true },
  ],
};
