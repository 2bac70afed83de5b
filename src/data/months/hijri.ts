import type { MonthNameEntry, MonthTable } from './types';

const EVERYWHERE = [] as const;
const GULF = ['SA', 'AE', 'KW', 'QA', 'BH', 'OM'] as const;

/**
 * Epithets that name a Hijri month in the press without its name: «الشهر الفضيل»، «الشهر الكريم»
 * and «شهر الصوم» are Ramadan. They need no other date context («يحل الشهر الفضيل»), and read like
 * the month's name («منتصف الشهر الفضيل»، «الشهر الكريم المقبل»). `regions` tags the press that
 * uses each most (`[]`: everywhere).
 *
 * @example
 * ```ts
 * HIJRI_MONTH_EPITHETS.find((e) => e.spelling === 'الشهر الفضيل')?.month; // 9
 * ```
 */
export const HIJRI_MONTH_EPITHETS: readonly MonthNameEntry[] = [
  { spelling: 'الشهر الفضيل', month: 9, regions: [...GULF, 'EG'] },
  { spelling: 'الشهر الكريم', month: 9, regions: EVERYWHERE },
  { spelling: 'الشهر المبارك', month: 9, regions: GULF },
  { spelling: 'شهر الصوم', month: 9, regions: EVERYWHERE },
  { spelling: 'شهر الصيام', month: 9, regions: EVERYWHERE },
];

/**
 * Hijri (Islamic) month names, with the alternative forms: المحرم، ربيع أول،
 * ربيع الثاني، جمادى الأول، جمادى الثانية، ذي القعدة/ذا القعدة (case forms of ذو).
 *
 * @example
 * ```ts
 * HIJRI_MONTHS.entries.find((e) => e.spelling === 'ربيع الثاني')?.month; // 4
 * ```
 */
export const HIJRI_MONTHS: MonthTable = {
  dialect: 'hijri',
  calendar: 'islamic-umalqura',
  regions: EVERYWHERE,
  cldrRegions: [],
  entries: [
    { spelling: 'محرم', month: 1, preferred: true },
    { spelling: 'المحرم', month: 1 },
    { spelling: 'محرم الحرام', month: 1 },
    { spelling: 'صفر', month: 2, preferred: true },
    { spelling: 'ربيع الأول', month: 3, preferred: true },
    { spelling: 'ربيع أول', month: 3 },
    { spelling: 'ربيع الآخر', month: 4, preferred: true },
    { spelling: 'ربيع الثاني', month: 4 },
    { spelling: 'ربيع ثاني', month: 4 },
    { spelling: 'ربيع آخر', month: 4 },
    { spelling: 'جمادى الأولى', month: 5, preferred: true },
    { spelling: 'جمادى الأول', month: 5 },
    { spelling: 'جمادى الآخرة', month: 6, preferred: true },
    { spelling: 'جمادى الثانية', month: 6 },
    { spelling: 'جمادى الثاني', month: 6 },
    { spelling: 'جمادى الآخر', month: 6 },
    { spelling: 'رجب', month: 7, preferred: true },
    { spelling: 'شعبان', month: 8, preferred: true },
    { spelling: 'شعبان المعظم', month: 8 },
    { spelling: 'رمضان', month: 9, preferred: true },
    // A month with its epithet, so that a day or a year after it still belongs to it («رمضان المبارك 1447»).
    { spelling: 'رمضان المبارك', month: 9 },
    { spelling: 'رمضان الكريم', month: 9 },
    { spelling: 'رمضان المعظم', month: 9 },
    { spelling: 'شوال', month: 10, preferred: true },
    { spelling: 'ذو القعدة', month: 11, preferred: true },
    { spelling: 'ذي القعدة', month: 11 },
    { spelling: 'ذا القعدة', month: 11 },
    { spelling: 'ذو الحجة', month: 12, preferred: true },
    { spelling: 'ذي الحجة', month: 12 },
    { spelling: 'ذا الحجة', month: 12 },
    ...HIJRI_MONTH_EPITHETS,
  ],
};
