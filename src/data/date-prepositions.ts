/**
 * Words that may stand before a date without changing it (`في 15 أكتوبر`، `بتاريخ 2025-10-15`):
 * `parseDate` lets the whole string start with them. Spellings as written; they are normalized
 * when the pattern is built.
 *
 * @module
 */

/** One leading preposition or filler word, with where it is used. */
export interface DatePreposition {
  readonly word: string;
  /** `all` for Modern Standard Arabic used everywhere, else a region. */
  readonly region: 'all' | 'levant' | 'egypt' | 'gulf' | 'iraq' | 'maghreb';
}

/** Leading prepositions and filler accepted by `parseDate`. */
export const DATE_PREPOSITIONS: readonly DatePreposition[] = [
  { word: 'في', region: 'all' },
  { word: 'فى', region: 'egypt' },
  { word: 'يوم', region: 'all' },
  { word: 'بتاريخ', region: 'all' },
  { word: 'تاريخ', region: 'all' },
  { word: 'منذ', region: 'all' },
  { word: 'مذ', region: 'all' },
  { word: 'خلال', region: 'all' },
  { word: 'بحلول', region: 'all' },
  { word: 'قبل', region: 'all' },
  { word: 'بعد', region: 'all' },
  { word: 'حتى', region: 'all' },
  { word: 'الموافق', region: 'all' },
  { word: 'عند', region: 'all' },
  { word: 'قرابة', region: 'all' },
  { word: 'حوالي', region: 'all' },
  { word: 'بحدود', region: 'levant' },
  { word: 'نحو', region: 'all' },
];
