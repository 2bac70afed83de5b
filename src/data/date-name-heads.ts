/**
 * Nouns that turn a following day and month into a proper name rather than a date:
 * «قوى 14 آذار» is a Lebanese coalition, «تيار 14 آذار» the same camp. A day and month after
 * one of these, with no year, is not reported as a date; nor is an event named by its day («ثورة 25 يناير»). Spellings as written (normalized when used).
 *
 * @module
 */

/** One noun heading a name made of a date, with the region where such names are common. */
export interface DateNameHead {
  readonly word: string;
  /** A region for a colloquial word; absent: `all` (Modern Standard Arabic, everywhere). */
  readonly region?: 'all' | 'levant' | 'egypt' | 'gulf' | 'iraq' | 'maghreb';
}

/** Heads of names made of a day and a month. */
export const DATE_NAME_HEADS: readonly DateNameHead[] = [
  { word: 'قوى', region: 'levant' },
  { word: 'تحالف' },
  { word: 'تيار' },
  { word: 'حركة' },
  { word: 'فريق', region: 'levant' },
  { word: 'معسكر' },
  { word: 'جماعة' },
  { word: 'ائتلاف' },
  { word: 'شارع' },
  { word: 'ساحة' },
  { word: 'جسر' },
  { word: 'ميدان' },
  { word: 'مدرسة' },
  { word: 'مستشفى' },
  // Events named by their day: «ثورة 25 يناير»، «ثورة 30 يونيو»، «انتفاضة 17 تشرين»، «حراك 22 فبراير».
  { word: 'ثورة', region: 'egypt' },
  { word: 'انتفاضة', region: 'levant' },
  { word: 'حراك', region: 'maghreb' },
  { word: 'حرب', region: 'egypt' },
  { word: 'هجمات' },
  { word: 'مدينة', region: 'egypt' },
];
