/**
 * Season names: «الصيف»، «صيف 2016»، «الربيع القادم»، «هذا الشتاء»، «فصل الخريف». Spellings as written;
 * normalized when the pattern is built. Seasons are the meteorological ones of the northern
 * hemisphere (whole months), which is where the Arabic-speaking world lives.
 *
 * @module
 */

/** One spelling of a season and the months it covers. */
export interface SeasonWord {
  readonly word: string;
  /** First month (1–12); the season covers three months from it (winter runs into the next year). */
  readonly firstMonth: 3 | 6 | 9 | 12;
  /** A region for a colloquial word; absent: `all` (Modern Standard Arabic, everywhere). */
  readonly region?: 'all' | 'levant' | 'egypt' | 'gulf' | 'iraq' | 'maghreb';
}

/** Season names, with and without the article. */
export const SEASON_WORDS: readonly SeasonWord[] = [
  { word: 'الربيع', firstMonth: 3 },
  { word: 'ربيع', firstMonth: 3 },
  { word: 'الصيف', firstMonth: 6 },
  { word: 'صيف', firstMonth: 6 },
  { word: 'الخريف', firstMonth: 9 },
  { word: 'خريف', firstMonth: 9 },
  { word: 'الشتاء', firstMonth: 12 },
  { word: 'شتاء', firstMonth: 12 },
  { word: 'الشتا', firstMonth: 12, region: 'levant' },
];

/** «فصل الصيف»: the noun «season» before a season name. */
export const SEASON_NOUNS: readonly string[] = ['فصل'];
