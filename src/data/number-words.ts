/**
 * Arabic number words: cardinals, fractions, scales and the words that build
 * number phrases, each tagged with the register or dialect that writes it.
 *
 * Spellings may carry hamza, ة and ى as people write them; the parsers
 * normalize every spelling when they build their lookup maps and patterns, so
 * adding a spelling is a one-line change here.
 *
 * @module
 */

/**
 * Where a spelling is used: Modern Standard Arabic, a colloquial form shared
 * by several regions, or one region's dialect.
 */
export type NumberRegister = 'standard' | 'colloquial' | 'egyptian' | 'levantine' | 'iraqi' | 'gulf' | 'maghrebi';

/**
 * The role a word plays in a number phrase.
 *
 * - `unit`: 0–10 on its own (`ثلاثة`, `ثلاث`, `اثنين`).
 * - `teen-head`: a first word of 11/12 that is not a number alone (`أحد`, `إحدى`, `اثنا`).
 * - `teen-ten`: the `عشر`/`عشرة` that closes 11–19.
 * - `teen`: 11–19 in one word (Egyptian `حداشر`).
 * - `ten`: 20–90 (`عشرون`, `عشرين`).
 * - `hundred`: 100–900 in one word (`مائة`, `ثلاثمائة`, `تلتمية`).
 * - `hundred-word`: the `مائة`/`مئة` written after a unit (`ثلاث مئة`).
 * - `scale`: a power of a thousand, alone or after a multiplier (`ألف`, `مليون`, `ألفاً`).
 * - `scale-plural`: a plural power of a thousand; a number only after a multiplier
 *   (`ثلاثة آلاف`), since alone it is vague (`آلاف المتظاهرين`).
 * - `scale-dual`: two of a scale in one word (`ألفان`, `مليونين`); takes no multiplier.
 * - `fraction`: a fraction on its own (`نصف`, `ربع`, `ثلثان`).
 * - `fraction-plural`: a plural denominator after a numerator (`ثلاثة أرباع`).
 * - `decimal-point`: the spoken decimal separator (`فاصلة`).
 * - `negative`: a word that negates the number after it (`سالب`, `ناقص`).
 * - `ratio`: a word between numerator and denominator (`واحد على مائة`, `واحد من ثلاثة`).
 */
export type NumberWordKind =
  | 'unit'
  | 'teen-head'
  | 'teen-ten'
  | 'teen'
  | 'ten'
  | 'hundred'
  | 'hundred-word'
  | 'scale'
  | 'scale-plural'
  | 'scale-dual'
  | 'fraction'
  | 'fraction-plural'
  | 'decimal-point'
  | 'negative'
  | 'ratio';

/** One spelling of one number word. */
export interface NumberWord {
  /** The word as written (hamza, ة, ى allowed; normalized when the lookup is built). */
  readonly spelling: string;
  /** The role of the word in a phrase. */
  readonly kind: NumberWordKind;
  /**
   * The value: the number for units, teens, tens, hundreds, fractions and
   * duals; the multiplier for scales; the denominator for plural fractions;
   * `0` for the joining words (`decimal-point`, `negative`, `ratio`).
   */
  readonly value: number;
  /** Who writes it this way. */
  readonly register: NumberRegister;
  /**
   * `false` for spellings that in running text usually mean something else
   * when they stand alone (`نص` "text", `ثمن` "price"); they still count
   * inside a phrase (`ثلاثة ونص`) and when a whole string is parsed.
   */
  readonly standalone?: boolean;
  /**
   * `month` for a spelling that is also a month name (`صفر`, the Hijri
   * month): alone in running text next to digits (`10 صفر 1447`) or after
   * `شهر` it is the month, not the number.
   */
  readonly homonym?: 'month';
}

const w = (
  spelling: string,
  kind: NumberWordKind,
  value: number,
  register: NumberRegister = 'standard',
  standalone?: boolean,
): NumberWord => (standalone === undefined ? { spelling, kind, value, register } : { spelling, kind, value, register, standalone });

/** Every number word ziyara reads, one spelling per entry. */
export const NUMBER_WORDS: readonly NumberWord[] = [
  // 0–10, masculine and feminine, nominative and oblique
  { spelling: 'صفر', kind: 'unit', value: 0, register: 'standard', homonym: 'month' },
  w('واحد', 'unit', 1),
  w('واحدة', 'unit', 1),
  w('اثنان', 'unit', 2),
  w('اثنين', 'unit', 2),
  w('اثنتان', 'unit', 2),
  w('اثنتين', 'unit', 2),
  w('ثنتان', 'unit', 2),
  w('ثنتين', 'unit', 2),
  w('اتنين', 'unit', 2, 'egyptian'),
  w('اتنان', 'unit', 2, 'egyptian'),
  w('تنين', 'unit', 2, 'levantine'),
  w('ثنين', 'unit', 2, 'gulf'),
  w('جوج', 'unit', 2, 'maghrebi'),
  w('ثلاث', 'unit', 3),
  w('ثلاثة', 'unit', 3),
  w('تلات', 'unit', 3, 'colloquial'),
  w('تلاتة', 'unit', 3, 'colloquial'),
  w('أربع', 'unit', 4),
  w('أربعة', 'unit', 4),
  w('ربعة', 'unit', 4, 'maghrebi'),
  w('خمس', 'unit', 5),
  w('خمسة', 'unit', 5),
  w('ست', 'unit', 6),
  w('ستة', 'unit', 6),
  w('سبع', 'unit', 7),
  w('سبعة', 'unit', 7),
  w('ثمان', 'unit', 8),
  w('ثماني', 'unit', 8),
  w('ثمانية', 'unit', 8),
  w('تمان', 'unit', 8, 'colloquial'),
  w('تمانية', 'unit', 8, 'colloquial'),
  w('تمنية', 'unit', 8, 'colloquial'),
  w('تسع', 'unit', 9),
  w('تسعة', 'unit', 9),
  w('تسعود', 'unit', 9, 'maghrebi'),
  w('عشر', 'unit', 10),
  w('عشرة', 'unit', 10),

  // first words of 11 and 12 that are not numbers alone
  w('أحد', 'teen-head', 1),
  w('إحدى', 'teen-head', 1),
  w('اثنا', 'teen-head', 2),
  w('اثني', 'teen-head', 2),
  w('اثنتا', 'teen-head', 2),
  w('اثنتي', 'teen-head', 2),

  // the second word of 11–19
  w('عشر', 'teen-ten', 10),
  w('عشرة', 'teen-ten', 10),

  // 11–19 in one word
  w('حداشر', 'teen', 11, 'egyptian'),
  w('اتناشر', 'teen', 12, 'egyptian'),
  w('تلتاشر', 'teen', 13, 'egyptian'),
  w('اربعتاشر', 'teen', 14, 'egyptian'),
  w('خمستاشر', 'teen', 15, 'egyptian'),
  w('ستاشر', 'teen', 16, 'egyptian'),
  w('سبعتاشر', 'teen', 17, 'egyptian'),
  w('تمنتاشر', 'teen', 18, 'egyptian'),
  w('تسعتاشر', 'teen', 19, 'egyptian'),
  w('حدعش', 'teen', 11, 'levantine'),
  w('اتنعش', 'teen', 12, 'levantine'),
  w('تلتعش', 'teen', 13, 'levantine'),
  w('اربعتعش', 'teen', 14, 'levantine'),
  w('خمستعش', 'teen', 15, 'levantine'),
  w('ستعش', 'teen', 16, 'levantine'),
  w('سبعتعش', 'teen', 17, 'levantine'),
  w('تمنتعش', 'teen', 18, 'levantine'),
  w('تسعتعش', 'teen', 19, 'levantine'),
  w('احدعش', 'teen', 11, 'iraqi'),
  w('اثنعش', 'teen', 12, 'iraqi'),
  w('ثلطعش', 'teen', 13, 'iraqi'),
  w('اربعطعش', 'teen', 14, 'iraqi'),
  w('خمسطعش', 'teen', 15, 'iraqi'),
  w('سطعش', 'teen', 16, 'iraqi'),
  w('سبعطعش', 'teen', 17, 'iraqi'),
  w('ثمنطعش', 'teen', 18, 'iraqi'),
  w('تسعطعش', 'teen', 19, 'iraqi'),
  w('حداش', 'teen', 11, 'maghrebi'),
  w('طناش', 'teen', 12, 'maghrebi'),
  w('تلطاش', 'teen', 13, 'maghrebi'),
  w('ربعطاش', 'teen', 14, 'maghrebi'),
  w('خمسطاش', 'teen', 15, 'maghrebi'),
  w('سطاش', 'teen', 16, 'maghrebi'),
  w('سبعطاش', 'teen', 17, 'maghrebi'),
  w('تمنطاش', 'teen', 18, 'maghrebi'),
  w('تسعطاش', 'teen', 19, 'maghrebi'),

  // 20–90, nominative (-ون) and oblique (-ين)
  w('عشرون', 'ten', 20),
  w('عشرين', 'ten', 20),
  w('ثلاثون', 'ten', 30),
  w('ثلاثين', 'ten', 30),
  w('تلاتين', 'ten', 30, 'colloquial'),
  w('أربعون', 'ten', 40),
  w('أربعين', 'ten', 40),
  w('خمسون', 'ten', 50),
  w('خمسين', 'ten', 50),
  w('ستون', 'ten', 60),
  w('ستين', 'ten', 60),
  w('سبعون', 'ten', 70),
  w('سبعين', 'ten', 70),
  w('ثمانون', 'ten', 80),
  w('ثمانين', 'ten', 80),
  w('تمانين', 'ten', 80, 'colloquial'),
  w('تسعون', 'ten', 90),
  w('تسعين', 'ten', 90),

  // 100–900 in one word
  w('مائة', 'hundred', 100),
  w('مئة', 'hundred', 100),
  w('مية', 'hundred', 100, 'colloquial'),
  w('ميت', 'hundred', 100, 'egyptian', false),
  w('ميا', 'hundred', 100, 'maghrebi'),
  w('مائتان', 'hundred', 200),
  w('مائتين', 'hundred', 200),
  w('مئتان', 'hundred', 200),
  w('مئتين', 'hundred', 200),
  w('مائتي', 'hundred', 200), // construct: مائتي ألف
  w('مئتي', 'hundred', 200),
  w('متين', 'hundred', 200, 'egyptian'),
  w('ميتين', 'hundred', 200, 'colloquial'),
  w('ثلاثمائة', 'hundred', 300),
  w('ثلاثمئة', 'hundred', 300),
  w('ثلثمائة', 'hundred', 300),
  w('تلتمية', 'hundred', 300, 'colloquial'),
  w('أربعمائة', 'hundred', 400),
  w('أربعمئة', 'hundred', 400),
  w('ربعمية', 'hundred', 400, 'colloquial'),
  w('أربعمية', 'hundred', 400, 'colloquial'),
  w('خمسمائة', 'hundred', 500),
  w('خمسمئة', 'hundred', 500),
  w('خمسمية', 'hundred', 500, 'colloquial'),
  w('ستمائة', 'hundred', 600),
  w('ستمئة', 'hundred', 600),
  w('ستمية', 'hundred', 600, 'colloquial'),
  w('سبعمائة', 'hundred', 700),
  w('سبعمئة', 'hundred', 700),
  w('سبعمية', 'hundred', 700, 'colloquial'),
  w('ثمانمائة', 'hundred', 800),
  w('ثمانمئة', 'hundred', 800),
  w('ثمانيمائة', 'hundred', 800),
  w('ثمانيمئة', 'hundred', 800),
  w('تمنمية', 'hundred', 800, 'colloquial'),
  w('تسعمائة', 'hundred', 900),
  w('تسعمئة', 'hundred', 900),
  w('تسعمية', 'hundred', 900, 'colloquial'),

  // مائة after a separate unit: ثلاث مائة
  w('مائة', 'hundred-word', 100),
  w('مئة', 'hundred-word', 100),
  w('مية', 'hundred-word', 100, 'colloquial'),

  // powers of a thousand; accusative -اً forms appear after 11–99 (أحد عشر ألفاً)
  w('ألف', 'scale', 1e3),
  w('ألفا', 'scale', 1e3),
  w('آلاف', 'scale-plural', 1e3),
  w('ألوف', 'scale-plural', 1e3),
  w('تلاف', 'scale-plural', 1e3, 'colloquial'),
  w('مليون', 'scale', 1e6),
  w('مليونا', 'scale', 1e6),
  w('ملايين', 'scale-plural', 1e6),
  w('مليار', 'scale', 1e9),
  w('مليارا', 'scale', 1e9),
  w('مليارات', 'scale-plural', 1e9),
  w('بليون', 'scale', 1e9),
  w('بليونا', 'scale', 1e9),
  w('بلايين', 'scale-plural', 1e9),
  w('تريليون', 'scale', 1e12),
  w('تريليونا', 'scale', 1e12),
  w('تريليونات', 'scale-plural', 1e12),
  w('ترليون', 'scale', 1e12),

  // two of a scale in one word
  w('ألفان', 'scale-dual', 2e3),
  w('ألفين', 'scale-dual', 2e3),
  w('مليونان', 'scale-dual', 2e6),
  w('مليونين', 'scale-dual', 2e6),
  w('ملياران', 'scale-dual', 2e9),
  w('مليارين', 'scale-dual', 2e9),
  w('بليونان', 'scale-dual', 2e9),
  w('بليونين', 'scale-dual', 2e9),
  w('ألفي', 'scale-dual', 2e3), // construct: ألفي دولار
  w('مليوني', 'scale-dual', 2e6),
  w('ملياري', 'scale-dual', 2e9),
  w('تريليونان', 'scale-dual', 2e12),
  w('تريليونين', 'scale-dual', 2e12),

  // fractions on their own
  w('نصف', 'fraction', 1 / 2),
  w('نص', 'fraction', 1 / 2, 'colloquial', false),
  w('ثلث', 'fraction', 1 / 3),
  w('تلت', 'fraction', 1 / 3, 'colloquial', false), // also تلت "followed" (وتلت ذلك زيارة)
  w('ثلثان', 'fraction', 2 / 3),
  w('ثلثين', 'fraction', 2 / 3),
  w('ثلثا', 'fraction', 2 / 3),
  w('ثلثي', 'fraction', 2 / 3),
  w('ربع', 'fraction', 1 / 4),
  w('خمس', 'fraction', 1 / 5),
  w('سدس', 'fraction', 1 / 6),
  w('سبع', 'fraction', 1 / 7),
  w('ثمن', 'fraction', 1 / 8, 'standard', false),
  w('تسع', 'fraction', 1 / 9),
  w('عشر', 'fraction', 1 / 10),

  // plural denominators after a numerator: ثلاثة أرباع
  w('أثلاث', 'fraction-plural', 3),
  w('أرباع', 'fraction-plural', 4),
  w('أخماس', 'fraction-plural', 5),
  w('أسداس', 'fraction-plural', 6),
  w('أسباع', 'fraction-plural', 7),
  w('أثمان', 'fraction-plural', 8),
  w('أتساع', 'fraction-plural', 9),
  w('أعشار', 'fraction-plural', 10),

  // joining words
  w('فاصلة', 'decimal-point', 0),
  w('فاصل', 'decimal-point', 0, 'colloquial'),
  w('سالب', 'negative', 0),
  w('ناقص', 'negative', 0),
  w('على', 'ratio', 0),
  w('من', 'ratio', 0),
];

/**
 * Words after which a bare `واحد`/`واحدة` is a pronoun ("any one", "each
 * one"), not the number one.
 */
export const PRONOUN_ONE_CONTEXT: readonly string[] = ['أي', 'كل', 'ولا'];

/** Words before a month name (`شهر صفر`) that make a number homonym the month. */
export const MONTH_CONTEXT: readonly string[] = ['شهر'];
