/**
 * The number words a formatter needs to count things in Arabic: the masculine
 * and feminine forms of 1–10, the first words of 11 and 12, the tens in both
 * cases, the hundreds, and the fraction words. (Reading numbers uses the larger
 * `number-words` table; writing needs each word's gender and case, which this
 * table gives.)
 *
 * @module
 */

/** The word for `n` when the counted noun is masculine or feminine. */
export interface GenderedWord {
  /** Used with a masculine noun (for 3–10 the number itself is feminine: `ثلاثة أشهر`). */
  readonly masculine: string;
  /** Used with a feminine noun (`ثلاث ساعات`). */
  readonly feminine: string;
}

/** 1–10 by the noun's gender, nominative (index = the number). Index 0 is unused. */
export const UNIT_WORDS: readonly GenderedWord[] = [
  { masculine: '', feminine: '' },
  { masculine: 'واحد', feminine: 'واحدة' },
  { masculine: 'اثنان', feminine: 'اثنتان' },
  { masculine: 'ثلاثة', feminine: 'ثلاث' },
  { masculine: 'أربعة', feminine: 'أربع' },
  { masculine: 'خمسة', feminine: 'خمس' },
  { masculine: 'ستة', feminine: 'ست' },
  { masculine: 'سبعة', feminine: 'سبع' },
  { masculine: 'ثمانية', feminine: 'ثماني' },
  { masculine: 'تسعة', feminine: 'تسع' },
  { masculine: 'عشرة', feminine: 'عشر' },
];

/** 2 in the oblique case (`اثنين`، `اثنتين`), used in compounds after a preposition. */
export const TWO_OBLIQUE: GenderedWord = { masculine: 'اثنين', feminine: 'اثنتين' };

/** The first word of 11 and 12 (index 1 and 2), nominative. */
export const TEEN_HEADS: readonly GenderedWord[] = [
  { masculine: '', feminine: '' },
  { masculine: 'أحد', feminine: 'إحدى' },
  { masculine: 'اثنا', feminine: 'اثنتا' },
];

/** The first word of 12 in the oblique case. */
export const TWELVE_HEAD_OBLIQUE: GenderedWord = { masculine: 'اثني', feminine: 'اثنتي' };

/** The second word of 11–19 (`عشر` with a masculine noun, `عشرة` with a feminine one). */
export const TEEN_TEN: GenderedWord = { masculine: 'عشر', feminine: 'عشرة' };

/** The tens 20–90 (index = tens digit) in the nominative and oblique cases. */
export const TENS_WORDS: readonly { readonly nominative: string; readonly oblique: string }[] = [
  { nominative: '', oblique: '' },
  { nominative: '', oblique: '' },
  { nominative: 'عشرون', oblique: 'عشرين' },
  { nominative: 'ثلاثون', oblique: 'ثلاثين' },
  { nominative: 'أربعون', oblique: 'أربعين' },
  { nominative: 'خمسون', oblique: 'خمسين' },
  { nominative: 'ستون', oblique: 'ستين' },
  { nominative: 'سبعون', oblique: 'سبعين' },
  { nominative: 'ثمانون', oblique: 'ثمانين' },
  { nominative: 'تسعون', oblique: 'تسعين' },
];

/** The hundreds 100–900 (index = hundreds digit); 200 in the construct state before a noun. */
export const HUNDREDS_WORDS: readonly string[] = ['', 'مئة', 'مئتا', 'ثلاثمئة', 'أربعمئة', 'خمسمئة', 'ستمئة', 'سبعمئة', 'ثمانمئة', 'تسعمئة'];

/** 200 when a number follows it (`مئتان وخمسون`) rather than the noun. */
export const TWO_HUNDRED_ALONE = 'مئتان';

/** Fractions the formatter writes as words, by value. */
export const FRACTION_WORDS: readonly { readonly value: number; readonly word: string }[] = [
  { value: 0.5, word: 'نصف' },
  { value: 0.25, word: 'ربع' },
  { value: 0.75, word: 'ثلاثة أرباع' },
  { value: 1 / 3, word: 'ثلث' },
  { value: 2 / 3, word: 'ثلثا' },
];
