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

/**
 * Cardinal number words after «شهر», as in «شهر عشرة» (October), «شهر تلاتة»
 * (March, Levantine speech). Month 1 has none: «شهر واحد» means "one month".
 */
const CARDINALS: ReadonlyArray<{ readonly month: number; readonly words: readonly string[]; readonly regions: readonly string[] }> = [
  { month: 2, words: ['اثنين', 'اتنين'], regions: [] },
  { month: 3, words: ['ثلاثة', 'ثلاث'], regions: [] },
  { month: 3, words: ['تلاتة', 'تلات'], regions: ['SY', 'LB', 'JO', 'PS', 'EG'] },
  { month: 4, words: ['أربعة', 'أربع'], regions: [] },
  { month: 5, words: ['خمسة', 'خمس'], regions: [] },
  { month: 6, words: ['ستة', 'ست'], regions: [] },
  { month: 7, words: ['سبعة', 'سبع'], regions: [] },
  { month: 8, words: ['ثمانية', 'ثماني', 'ثمان'], regions: [] },
  { month: 8, words: ['تمانية', 'تمنية'], regions: ['SY', 'LB', 'JO', 'PS', 'EG'] },
  { month: 9, words: ['تسعة', 'تسع'], regions: [] },
  { month: 10, words: ['عشرة', 'عشر'], regions: [] },
  { month: 11, words: ['أحد عشر', 'إحدى عشر', 'إحدى عشرة'], regions: [] },
  { month: 11, words: ['حداش', 'حداعش'], regions: ['SY', 'LB', 'JO', 'PS'] },
  { month: 12, words: ['اثنا عشر', 'اثني عشر', 'اثنتا عشرة'], regions: [] },
  { month: 12, words: ['اتناعش', 'طنعش'], regions: ['SY', 'LB', 'JO', 'PS'] },
];

/** «الشهر العاشر», then «شهر 10», «الشهر 10», «شهر 01» (digits are ASCII after normalization), then «شهر عشرة». */
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
  for (const { month, words, regions } of CARDINALS) {
    for (const word of words) entries.push({ spelling: `شهر ${word}`, calendar: 'gregory', month, regions });
  }
  return entries;
}

/**
 * Months named by their number: «الشهر العاشر», «شهر 10», «الشهر 10», «شهر 01»,
 * «شهر عشرة», «شهر تلاتة».
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
