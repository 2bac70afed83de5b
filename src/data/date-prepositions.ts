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
  /** A region for a colloquial word; absent: `all` (Modern Standard Arabic, everywhere). */
  readonly region?: 'all' | 'levant' | 'egypt' | 'gulf' | 'iraq' | 'maghreb';
  /** «منذ 3 ديسمبر»: the date it introduces lies before the text, even in a clause about the future. */
  readonly since?: true;
}

/** Leading prepositions and filler accepted by `parseDate`. */
export const DATE_PREPOSITIONS: readonly DatePreposition[] = [
  { word: 'في' },
  { word: 'فى', region: 'egypt' },
  { word: 'يوم' },
  { word: 'يومه', region: 'maghreb' },
  { word: 'بتاريخ' },
  { word: 'تاريخ' },
  { word: 'منذ', since: true },
  { word: 'مذ', since: true },
  { word: 'خلال' },
  { word: 'بحلول' },
  { word: 'قبل' },
  { word: 'بعد' },
  { word: 'حتى' },
  { word: 'الموافق' },
  { word: 'عند' },
  { word: 'قرابة' },
  { word: 'حوالي' },
  { word: 'بحدود', region: 'levant' },
  { word: 'نحو' },
  // «في هذا اليوم»: the demonstrative before «اليوم» (which alone is the match) changes nothing.
  { word: 'هذا' },
];

/**
 * Prepositions that give a bare month name date context in running text: «في أكتوبر»، «خلال رمضان»،
 * «منذ آذار». Without one (or a day, a year, «شهر», a direction word), a month name that is also a
 * word or a name («مارس ضغوطا»، «رجب») is not read.
 */
export const MONTH_CONTEXT_PREPOSITIONS: readonly string[] = ['في', 'خلال', 'منذ', 'حتى', 'بحلول', 'قبيل', 'عقب', 'طوال'];

/**
 * The article written before a day in digits, joined by a tatweel or a space: «في الـ15 من الشهر
 * الجاري»، «يوم الـ 20 من نوفمبر» (Gulf and Egyptian press). Normalization drops the tatweel, so
 * the pattern sees «ال15».
 */
export const DAY_DIGIT_ARTICLES: readonly string[] = ['الـ'];
