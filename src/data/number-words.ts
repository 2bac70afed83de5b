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

const numberWord = (
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
  numberWord('واحد', 'unit', 1),
  numberWord('واحدة', 'unit', 1),
  numberWord('اثنان', 'unit', 2),
  numberWord('اثنين', 'unit', 2),
  numberWord('اثنتان', 'unit', 2),
  numberWord('اثنتين', 'unit', 2),
  numberWord('ثنتان', 'unit', 2),
  numberWord('ثنتين', 'unit', 2),
  numberWord('اتنين', 'unit', 2, 'egyptian'),
  numberWord('اتنان', 'unit', 2, 'egyptian'),
  numberWord('تنين', 'unit', 2, 'levantine'),
  numberWord('ثنين', 'unit', 2, 'gulf'),
  numberWord('جوج', 'unit', 2, 'maghrebi'),
  numberWord('ثلاث', 'unit', 3),
  numberWord('ثلاثة', 'unit', 3),
  numberWord('تلات', 'unit', 3, 'colloquial'),
  numberWord('تلاتة', 'unit', 3, 'colloquial'),
  numberWord('أربع', 'unit', 4),
  numberWord('أربعة', 'unit', 4),
  numberWord('ربعة', 'unit', 4, 'maghrebi'),
  numberWord('خمس', 'unit', 5),
  numberWord('خمسة', 'unit', 5),
  numberWord('ست', 'unit', 6),
  numberWord('ستة', 'unit', 6),
  numberWord('سبع', 'unit', 7),
  numberWord('سبعة', 'unit', 7),
  numberWord('ثمان', 'unit', 8),
  numberWord('ثماني', 'unit', 8),
  numberWord('ثمانية', 'unit', 8),
  numberWord('تمان', 'unit', 8, 'colloquial'),
  numberWord('تمانية', 'unit', 8, 'colloquial'),
  numberWord('تمنية', 'unit', 8, 'colloquial'),
  numberWord('تسع', 'unit', 9),
  numberWord('تسعة', 'unit', 9),
  numberWord('تسعود', 'unit', 9, 'maghrebi'),
  numberWord('عشر', 'unit', 10),
  numberWord('عشرة', 'unit', 10),

  // first words of 11 and 12 that are not numbers alone
  numberWord('أحد', 'teen-head', 1),
  numberWord('إحدى', 'teen-head', 1),
  numberWord('اثنا', 'teen-head', 2),
  numberWord('اثني', 'teen-head', 2),
  numberWord('اثنتا', 'teen-head', 2),
  numberWord('اثنتي', 'teen-head', 2),

  // the second word of 11–19
  numberWord('عشر', 'teen-ten', 10),
  numberWord('عشرة', 'teen-ten', 10),

  // 11–19 in one word
  numberWord('حداشر', 'teen', 11, 'egyptian'),
  numberWord('اتناشر', 'teen', 12, 'egyptian'),
  numberWord('تلتاشر', 'teen', 13, 'egyptian'),
  numberWord('اربعتاشر', 'teen', 14, 'egyptian'),
  numberWord('خمستاشر', 'teen', 15, 'egyptian'),
  numberWord('ستاشر', 'teen', 16, 'egyptian'),
  numberWord('سبعتاشر', 'teen', 17, 'egyptian'),
  numberWord('تمنتاشر', 'teen', 18, 'egyptian'),
  numberWord('تسعتاشر', 'teen', 19, 'egyptian'),
  numberWord('حدعش', 'teen', 11, 'levantine'),
  numberWord('اتنعش', 'teen', 12, 'levantine'),
  numberWord('تلتعش', 'teen', 13, 'levantine'),
  numberWord('اربعتعش', 'teen', 14, 'levantine'),
  numberWord('خمستعش', 'teen', 15, 'levantine'),
  numberWord('ستعش', 'teen', 16, 'levantine'),
  numberWord('سبعتعش', 'teen', 17, 'levantine'),
  numberWord('تمنتعش', 'teen', 18, 'levantine'),
  numberWord('تسعتعش', 'teen', 19, 'levantine'),
  numberWord('احدعش', 'teen', 11, 'iraqi'),
  numberWord('اثنعش', 'teen', 12, 'iraqi'),
  numberWord('ثلطعش', 'teen', 13, 'iraqi'),
  numberWord('اربعطعش', 'teen', 14, 'iraqi'),
  numberWord('خمسطعش', 'teen', 15, 'iraqi'),
  numberWord('سطعش', 'teen', 16, 'iraqi'),
  numberWord('سبعطعش', 'teen', 17, 'iraqi'),
  numberWord('ثمنطعش', 'teen', 18, 'iraqi'),
  numberWord('تسعطعش', 'teen', 19, 'iraqi'),
  numberWord('حداش', 'teen', 11, 'maghrebi'),
  numberWord('طناش', 'teen', 12, 'maghrebi'),
  numberWord('تلطاش', 'teen', 13, 'maghrebi'),
  numberWord('ربعطاش', 'teen', 14, 'maghrebi'),
  numberWord('خمسطاش', 'teen', 15, 'maghrebi'),
  numberWord('سطاش', 'teen', 16, 'maghrebi'),
  numberWord('سبعطاش', 'teen', 17, 'maghrebi'),
  numberWord('تمنطاش', 'teen', 18, 'maghrebi'),
  numberWord('تسعطاش', 'teen', 19, 'maghrebi'),

  // 20–90, nominative (-ون) and oblique (-ين)
  numberWord('عشرون', 'ten', 20),
  numberWord('عشرين', 'ten', 20),
  numberWord('ثلاثون', 'ten', 30),
  numberWord('ثلاثين', 'ten', 30),
  numberWord('تلاتين', 'ten', 30, 'colloquial'),
  numberWord('أربعون', 'ten', 40),
  numberWord('أربعين', 'ten', 40),
  numberWord('خمسون', 'ten', 50),
  numberWord('خمسين', 'ten', 50),
  numberWord('ستون', 'ten', 60),
  numberWord('ستين', 'ten', 60),
  numberWord('سبعون', 'ten', 70),
  numberWord('سبعين', 'ten', 70),
  numberWord('ثمانون', 'ten', 80),
  numberWord('ثمانين', 'ten', 80),
  numberWord('تمانين', 'ten', 80, 'colloquial'),
  numberWord('تسعون', 'ten', 90),
  numberWord('تسعين', 'ten', 90),

  // 100–900 in one word
  numberWord('مائة', 'hundred', 100),
  numberWord('مئة', 'hundred', 100),
  numberWord('مية', 'hundred', 100, 'colloquial'),
  numberWord('ميت', 'hundred', 100, 'egyptian', false),
  numberWord('ميا', 'hundred', 100, 'maghrebi'),
  numberWord('مائتان', 'hundred', 200),
  numberWord('مائتين', 'hundred', 200),
  numberWord('مئتان', 'hundred', 200),
  numberWord('مئتين', 'hundred', 200),
  numberWord('مائتي', 'hundred', 200), // construct: مائتي ألف
  numberWord('مئتي', 'hundred', 200),
  numberWord('متين', 'hundred', 200, 'egyptian'),
  numberWord('ميتين', 'hundred', 200, 'colloquial'),
  numberWord('ثلاثمائة', 'hundred', 300),
  numberWord('ثلاثمئة', 'hundred', 300),
  numberWord('ثلثمائة', 'hundred', 300),
  numberWord('تلتمية', 'hundred', 300, 'colloquial'),
  numberWord('أربعمائة', 'hundred', 400),
  numberWord('أربعمئة', 'hundred', 400),
  numberWord('ربعمية', 'hundred', 400, 'colloquial'),
  numberWord('أربعمية', 'hundred', 400, 'colloquial'),
  numberWord('خمسمائة', 'hundred', 500),
  numberWord('خمسمئة', 'hundred', 500),
  numberWord('خمسمية', 'hundred', 500, 'colloquial'),
  numberWord('ستمائة', 'hundred', 600),
  numberWord('ستمئة', 'hundred', 600),
  numberWord('ستمية', 'hundred', 600, 'colloquial'),
  numberWord('سبعمائة', 'hundred', 700),
  numberWord('سبعمئة', 'hundred', 700),
  numberWord('سبعمية', 'hundred', 700, 'colloquial'),
  numberWord('ثمانمائة', 'hundred', 800),
  numberWord('ثمانمئة', 'hundred', 800),
  numberWord('ثمانيمائة', 'hundred', 800),
  numberWord('ثمانيمئة', 'hundred', 800),
  numberWord('تمنمية', 'hundred', 800, 'colloquial'),
  numberWord('تسعمائة', 'hundred', 900),
  numberWord('تسعمئة', 'hundred', 900),
  numberWord('تسعمية', 'hundred', 900, 'colloquial'),

  // مائة after a separate unit: ثلاث مائة
  numberWord('مائة', 'hundred-word', 100),
  numberWord('مئة', 'hundred-word', 100),
  numberWord('مية', 'hundred-word', 100, 'colloquial'),

  // powers of a thousand; accusative -اً forms appear after 11–99 (أحد عشر ألفاً)
  numberWord('ألف', 'scale', 1e3),
  numberWord('ألفا', 'scale', 1e3),
  numberWord('آلاف', 'scale-plural', 1e3),
  numberWord('ألوف', 'scale-plural', 1e3),
  numberWord('تلاف', 'scale-plural', 1e3, 'colloquial'),
  numberWord('مليون', 'scale', 1e6),
  numberWord('مليونا', 'scale', 1e6),
  numberWord('ملايين', 'scale-plural', 1e6),
  numberWord('مليار', 'scale', 1e9),
  numberWord('مليارا', 'scale', 1e9),
  numberWord('مليارات', 'scale-plural', 1e9),
  numberWord('بليون', 'scale', 1e9),
  numberWord('بليونا', 'scale', 1e9),
  numberWord('بلايين', 'scale-plural', 1e9),
  numberWord('تريليون', 'scale', 1e12),
  numberWord('تريليونا', 'scale', 1e12),
  numberWord('تريليونات', 'scale-plural', 1e12),
  numberWord('ترليون', 'scale', 1e12),

  // two of a scale in one word
  numberWord('ألفان', 'scale-dual', 2e3),
  numberWord('ألفين', 'scale-dual', 2e3),
  numberWord('مليونان', 'scale-dual', 2e6),
  numberWord('مليونين', 'scale-dual', 2e6),
  numberWord('ملياران', 'scale-dual', 2e9),
  numberWord('مليارين', 'scale-dual', 2e9),
  numberWord('بليونان', 'scale-dual', 2e9),
  numberWord('بليونين', 'scale-dual', 2e9),
  numberWord('ألفي', 'scale-dual', 2e3), // construct: ألفي دولار
  numberWord('مليوني', 'scale-dual', 2e6),
  numberWord('ملياري', 'scale-dual', 2e9),
  numberWord('تريليونان', 'scale-dual', 2e12),
  numberWord('تريليونين', 'scale-dual', 2e12),

  // fractions on their own
  numberWord('نصف', 'fraction', 1 / 2),
  numberWord('نص', 'fraction', 1 / 2, 'colloquial', false),
  numberWord('ثلث', 'fraction', 1 / 3),
  numberWord('تلت', 'fraction', 1 / 3, 'colloquial', false), // also تلت "followed" (وتلت ذلك زيارة)
  numberWord('ثلثان', 'fraction', 2 / 3),
  numberWord('ثلثين', 'fraction', 2 / 3),
  numberWord('ثلثا', 'fraction', 2 / 3),
  numberWord('ثلثي', 'fraction', 2 / 3),
  numberWord('ربع', 'fraction', 1 / 4),
  numberWord('خمس', 'fraction', 1 / 5),
  numberWord('سدس', 'fraction', 1 / 6),
  numberWord('سبع', 'fraction', 1 / 7),
  numberWord('ثمن', 'fraction', 1 / 8, 'standard', false),
  numberWord('تسع', 'fraction', 1 / 9),
  numberWord('عشر', 'fraction', 1 / 10),

  // plural denominators after a numerator: ثلاثة أرباع
  numberWord('أثلاث', 'fraction-plural', 3),
  numberWord('أرباع', 'fraction-plural', 4),
  numberWord('أخماس', 'fraction-plural', 5),
  numberWord('أسداس', 'fraction-plural', 6),
  numberWord('أسباع', 'fraction-plural', 7),
  numberWord('أثمان', 'fraction-plural', 8),
  numberWord('أتساع', 'fraction-plural', 9),
  numberWord('أعشار', 'fraction-plural', 10),

  // joining words
  numberWord('فاصلة', 'decimal-point', 0),
  numberWord('فاصل', 'decimal-point', 0, 'colloquial'),
  numberWord('سالب', 'negative', 0),
  numberWord('ناقص', 'negative', 0),
  numberWord('على', 'ratio', 0),
  numberWord('من', 'ratio', 0),
];

/**
 * Words after which a bare `واحد`/`واحدة` is a pronoun ("any one", "each
 * one"), not the number one.
 */
export const PRONOUN_ONE_CONTEXT: readonly string[] = ['أي', 'كل', 'ولا'];

/** Words before a month name (`شهر صفر`) that make a number homonym the month. */
export const MONTH_CONTEXT: readonly string[] = ['شهر'];
