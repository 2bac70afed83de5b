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
const CARDINALS: ReadonlyArray<{ readonly month: number; readonly words: readonly string[]; readonly regions?: readonly string[] }> = [
  { month: 2, words: ['اثنين', 'اتنين'] },
  { month: 3, words: ['ثلاثة', 'ثلاث'] },
  { month: 3, words: ['تلاتة', 'تلات'], regions: ['SY', 'LB', 'JO', 'PS', 'EG'] },
  { month: 4, words: ['أربعة', 'أربع'] },
  { month: 5, words: ['خمسة', 'خمس'] },
  { month: 6, words: ['ستة', 'ست'] },
  { month: 7, words: ['سبعة', 'سبع'] },
  { month: 8, words: ['ثمانية', 'ثماني', 'ثمان'] },
  { month: 8, words: ['تمانية', 'تمنية'], regions: ['SY', 'LB', 'JO', 'PS', 'EG'] },
  { month: 9, words: ['تسعة', 'تسع'] },
  { month: 10, words: ['عشرة', 'عشر'] },
  { month: 11, words: ['أحد عشر', 'إحدى عشر', 'إحدى عشرة'] },
  { month: 11, words: ['حداش', 'حداعش'], regions: ['SY', 'LB', 'JO', 'PS'] },
  { month: 12, words: ['اثنا عشر', 'اثني عشر', 'اثنتا عشرة'] },
  { month: 12, words: ['اتناعش', 'طنعش'], regions: ['SY', 'LB', 'JO', 'PS'] },
];

/** «الشهر العاشر», then «شهر 10», «الشهر 10», «شهر 01» (digits are ASCII after normalization), then «شهر عشرة». */
function numberedEntries(): MonthNameEntry[] {
  const entries: MonthNameEntry[] = [];
  ORDINALS.forEach((ordinal, index) => {
    const month = index + 1;
    entries.push({ spelling: `الشهر ${ordinal}`, month, preferred: true });
    const digitForms = month < 10 ? [String(month), `0${month}`] : [String(month)];
    for (const digits of digitForms) {
      entries.push({ spelling: `شهر ${digits}`, month });
      entries.push({ spelling: `الشهر ${digits}`, month });
    }
  });
  for (const { month, words, regions } of CARDINALS) {
    for (const word of words) entries.push(regions ? { spelling: `شهر ${word}`, month, regions } : { spelling: `شهر ${word}`, month });
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
  calendar: 'gregory',
  regions: [],
  cldrRegions: [],
  entries: numberedEntries(),
};
