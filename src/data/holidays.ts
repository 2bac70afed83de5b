/**
 * Holidays the Arabic press dates events by («في عيد الفطر»، «عشية عيد الميلاد»), with the rule that
 * fixes their day: a Hijri day (Umm al-Qura), a Gregorian day, or a computed feast. Spellings as
 * written; normalized when the pattern is built.
 *
 * @module
 */

/** How a holiday's day is found each year. */
export type HolidayRule =
  | { readonly calendar: 'islamic-umalqura' | 'gregory'; readonly month: number; readonly day: number }
  | { readonly computed: 'western-easter' };

/** One spelling of one holiday. */
export interface HolidayEntry {
  readonly name: string;
  readonly rule: HolidayRule;
  /** Where the name or the day is particular to a region; absent: `all` (everywhere). */
  readonly region?: 'all' | 'levant' | 'egypt' | 'gulf' | 'iraq' | 'maghreb';
}

const hijri = (month: number, day: number): HolidayRule => ({ calendar: 'islamic-umalqura', month, day });
const gregorian = (month: number, day: number): HolidayRule => ({ calendar: 'gregory', month, day });

/** Holidays read as dates. */
export const HOLIDAYS: readonly HolidayEntry[] = [
  { name: 'عيد الفطر', rule: hijri(10, 1) },
  { name: 'عيد الفطر المبارك', rule: hijri(10, 1) },
  { name: 'عيد الأضحى', rule: hijri(12, 10) },
  { name: 'عيد الأضحى المبارك', rule: hijri(12, 10) },
  { name: 'العيد الكبير', rule: hijri(12, 10), region: 'maghreb' },
  { name: 'يوم عرفة', rule: hijri(12, 9) },
  { name: 'رأس السنة الهجرية', rule: hijri(1, 1) },
  { name: 'عاشوراء', rule: hijri(1, 10) },
  { name: 'المولد النبوي', rule: hijri(3, 12) },
  { name: 'المولد النبوي الشريف', rule: hijri(3, 12) },
  { name: 'ليلة القدر', rule: hijri(9, 27) },
  { name: 'الإسراء والمعراج', rule: hijri(7, 27) },
  { name: 'عيد الميلاد', rule: gregorian(12, 25) },
  { name: 'عيد الميلاد المجيد', rule: gregorian(12, 25) },
  { name: 'الكريسماس', rule: gregorian(12, 25) },
  { name: 'كريسماس', rule: gregorian(12, 25) },
  { name: 'عيد الفصح', rule: { computed: 'western-easter' } },
  { name: 'رأس السنة الميلادية', rule: gregorian(1, 1) },
  { name: 'عيد العمال', rule: gregorian(5, 1) },
  { name: 'عيد الأم', rule: gregorian(3, 21) },
];
