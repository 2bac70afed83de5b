import type { MonthNameEntry, MonthTable } from './types';

/** Masculine ordinals 1–12, as in «الشهر العاشر» (شهر is masculine). */
const ORDINALS = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
  'الحادي عشر',
  'الثاني عشر',
] as const;

/** «الشهر العاشر», then «شهر 10», «الشهر 10», «شهر 01» (digits are ASCII after normalization). */
function numberedEntries(): MonthNameEntry[] {
  const entries: MonthNameEntry[] = [];
  ORDINALS.forEach((ordinal, index) => {
    const month = index + 1;
    entries.push({ spelling: `الشهر ${ordinal}`, calendar: 'gregory', month, regions: [], preferred: true });
    const digitForms = month < 10 ? [String(month), `0${month}`] : [String(month)];
    for (const digits of digitForms) {
      entries.push({ spelling: `شهر ${digits}`, calendar: 'gregory', month, regions: [] });
      entries.push({ spelling: `الشهر ${digits}`, calendar: 'gregory', month, regions: [] });
    }
  });
  return entries;
}

/**
 * Months named by their number: «الشهر العاشر», «شهر 10», «الشهر 10», «شهر 01».
 * Read as Gregorian months. In running text «الشهر الأول» is often "the first
 * month (of something)"; finders should want date context before trusting it.
 *
 * @example
 * ```ts
 * NUMBERED_MONTHS.entries.find((e) => e.spelling === 'شهر 10')?.month; // 10
 * ```
 */
export const NUMBERED_MONTHS: MonthTable = {
  dialect: 'numbered',
  regions: [],
  cldrRegions: [],
  entries: numberedEntries(),
};
