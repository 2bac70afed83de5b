import type { MonthTable } from './types';

const EVERYWHERE = [] as const;

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
  regions: EVERYWHERE,
  cldrRegions: [],
  entries: [
    { spelling: 'محرم', calendar: 'islamic-umalqura', month: 1, regions: EVERYWHERE, preferred: true },
    { spelling: 'المحرم', calendar: 'islamic-umalqura', month: 1, regions: EVERYWHERE },
    { spelling: 'صفر', calendar: 'islamic-umalqura', month: 2, regions: EVERYWHERE, preferred: true },
    { spelling: 'ربيع الأول', calendar: 'islamic-umalqura', month: 3, regions: EVERYWHERE, preferred: true },
    { spelling: 'ربيع أول', calendar: 'islamic-umalqura', month: 3, regions: EVERYWHERE },
    { spelling: 'ربيع الآخر', calendar: 'islamic-umalqura', month: 4, regions: EVERYWHERE, preferred: true },
    { spelling: 'ربيع الثاني', calendar: 'islamic-umalqura', month: 4, regions: EVERYWHERE },
    { spelling: 'ربيع ثاني', calendar: 'islamic-umalqura', month: 4, regions: EVERYWHERE },
    { spelling: 'ربيع آخر', calendar: 'islamic-umalqura', month: 4, regions: EVERYWHERE },
    { spelling: 'جمادى الأولى', calendar: 'islamic-umalqura', month: 5, regions: EVERYWHERE, preferred: true },
    { spelling: 'جمادى الأول', calendar: 'islamic-umalqura', month: 5, regions: EVERYWHERE },
    { spelling: 'جمادى الآخرة', calendar: 'islamic-umalqura', month: 6, regions: EVERYWHERE, preferred: true },
    { spelling: 'جمادى الثانية', calendar: 'islamic-umalqura', month: 6, regions: EVERYWHERE },
    { spelling: 'جمادى الثاني', calendar: 'islamic-umalqura', month: 6, regions: EVERYWHERE },
    { spelling: 'جمادى الآخر', calendar: 'islamic-umalqura', month: 6, regions: EVERYWHERE },
    { spelling: 'رجب', calendar: 'islamic-umalqura', month: 7, regions: EVERYWHERE, preferred: true },
    { spelling: 'شعبان', calendar: 'islamic-umalqura', month: 8, regions: EVERYWHERE, preferred: true },
    { spelling: 'رمضان', calendar: 'islamic-umalqura', month: 9, regions: EVERYWHERE, preferred: true },
    { spelling: 'شوال', calendar: 'islamic-umalqura', month: 10, regions: EVERYWHERE, preferred: true },
    { spelling: 'ذو القعدة', calendar: 'islamic-umalqura', month: 11, regions: EVERYWHERE, preferred: true },
    { spelling: 'ذي القعدة', calendar: 'islamic-umalqura', month: 11, regions: EVERYWHERE },
    { spelling: 'ذا القعدة', calendar: 'islamic-umalqura', month: 11, regions: EVERYWHERE },
    { spelling: 'ذو الحجة', calendar: 'islamic-umalqura', month: 12, regions: EVERYWHERE, preferred: true },
    { spelling: 'ذي الحجة', calendar: 'islamic-umalqura', month: 12, regions: EVERYWHERE },
    { spelling: 'ذا الحجة', calendar: 'islamic-umalqura', month: 12, regions: EVERYWHERE },
  ],
};
