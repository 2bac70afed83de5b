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
  { word: 'يومه', region: 'maghreb' },
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

/**
 * Prepositions that give a bare month name date context in running text: «في أكتوبر»، «خلال رمضان»،
 * «منذ آذار». Without one (or a day, a year, «شهر», a direction word), a month name that is also a
 * word or a name («مارس ضغوطا»، «رجب») is not read.
 */
export const MONTH_CONTEXT_PREPOSITIONS: readonly string[] = ['في', 'خلال', 'منذ', 'حتى', 'بحلول', 'قبيل', 'عقب', 'طوال'];
