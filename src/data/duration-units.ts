/**
 * Spellings of the units of a duration, from the second to the century.
 *
 * One entry per spelling. Parsers build their lookup maps from this table
 * (normalized), and the formatter takes the first spelling of each
 * (unit, form) pair — so adding a spelling is a one-line change, and the
 * order of the lines decides what `formatArabicDuration` writes.
 *
 * @module
 */

/**
 * A unit of a duration.
 *
 * @example
 * ```ts
 * // «ثلاثة أشهر»
 * const unit: DurationUnit = 'month';
 * ```
 */
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/**
 * The grammatical form of a unit spelling.
 *
 * - `singular`: one unit (`شهر`, `سنة`), also the genitive after 100, 1000…
 * - `accusative`: the singular as tamyiz after 11–99 (`شهرًا`, `يومًا`).
 * - `dual-nominative` / `dual-oblique`: two units (`شهران` / `شهرين`).
 * - `plural`: after 3–10 (`أشهر`, `أيام`).
 *
 * @example
 * ```ts
 * // «يومين»
 * const form: DurationUnitForm = 'dual-oblique';
 * ```
 */
export type DurationUnitForm = 'singular' | 'accusative' | 'dual-nominative' | 'dual-oblique' | 'plural';

/**
 * Where a spelling is used: `standard` (Modern Standard Arabic, all regions),
 * or the region whose everyday writing uses it.
 *
 * @example
 * ```ts
 * // «سنين» is the everyday plural in the Levant, Egypt and the Gulf
 * const usage: DurationUsage = 'colloquial';
 * ```
 */
export type DurationUsage = 'standard' | 'colloquial' | 'levantine' | 'egyptian' | 'gulf' | 'iraqi' | 'maghrebi';

/**
 * One spelling of a duration unit.
 *
 * @example
 * ```ts
 * const entry: DurationUnitSpelling = { spelling: 'أشهر', unit: 'month', form: 'plural' };
 * ```
 */
export interface DurationUnitSpelling {
  /** The spelling as written in careful text (with hamza, ة, tanwin); parsers normalize it. */
  readonly spelling: string;
  /** The unit it names. */
  readonly unit: DurationUnit;
  /** Its grammatical form. */
  readonly form: DurationUnitForm;
  /** Where it is used; absent: `['standard']` (Modern Standard Arabic, every region). */
  readonly usage?: readonly DurationUsage[];
  /** A value other than one unit: `لحظة` is read as one second (as Duckling does). */
  readonly amount?: number;
}

/** Every spelling of every duration unit. The first spelling of each (unit, form) is the one the formatter writes. */
export const DURATION_UNIT_SPELLINGS: readonly DurationUnitSpelling[] = [
  // second
  { spelling: 'ثانية', unit: 'second', form: 'singular' },
  { spelling: 'ثانيةً', unit: 'second', form: 'accusative' },
  { spelling: 'ثانيتان', unit: 'second', form: 'dual-nominative' },
  { spelling: 'ثانيتين', unit: 'second', form: 'dual-oblique' },
  { spelling: 'ثوانٍ', unit: 'second', form: 'plural' },
  { spelling: 'ثواني', unit: 'second', form: 'plural', usage: ['colloquial'] },
  { spelling: 'لحظة', unit: 'second', form: 'singular', amount: 1 },
  // minute
  { spelling: 'دقيقة', unit: 'minute', form: 'singular' },
  { spelling: 'دقيقةً', unit: 'minute', form: 'accusative' },
  { spelling: 'دقيقتان', unit: 'minute', form: 'dual-nominative' },
  { spelling: 'دقيقتين', unit: 'minute', form: 'dual-oblique' },
  { spelling: 'دقائق', unit: 'minute', form: 'plural' },
  { spelling: 'دقايق', unit: 'minute', form: 'plural', usage: ['colloquial'] },
  // hour
  { spelling: 'ساعة', unit: 'hour', form: 'singular' },
  { spelling: 'ساعةً', unit: 'hour', form: 'accusative' },
  { spelling: 'ساعتان', unit: 'hour', form: 'dual-nominative' },
  { spelling: 'ساعتين', unit: 'hour', form: 'dual-oblique' },
  { spelling: 'ساعات', unit: 'hour', form: 'plural' },
  // day
  { spelling: 'يوم', unit: 'day', form: 'singular' },
  { spelling: 'يومًا', unit: 'day', form: 'accusative' },
  { spelling: 'يومان', unit: 'day', form: 'dual-nominative' },
  { spelling: 'يومين', unit: 'day', form: 'dual-oblique' },
  { spelling: 'أيام', unit: 'day', form: 'plural' },
  // week
  { spelling: 'أسبوع', unit: 'week', form: 'singular' },
  { spelling: 'أسبوعًا', unit: 'week', form: 'accusative' },
  { spelling: 'أسبوعان', unit: 'week', form: 'dual-nominative' },
  { spelling: 'أسبوعين', unit: 'week', form: 'dual-oblique' },
  { spelling: 'أسابيع', unit: 'week', form: 'plural' },
  { spelling: 'جمعة', unit: 'week', form: 'singular', usage: ['maghrebi'] },
  // month
  { spelling: 'شهر', unit: 'month', form: 'singular' },
  { spelling: 'شهرًا', unit: 'month', form: 'accusative' },
  { spelling: 'شهران', unit: 'month', form: 'dual-nominative' },
  { spelling: 'شهرين', unit: 'month', form: 'dual-oblique' },
  { spelling: 'أشهر', unit: 'month', form: 'plural' },
  { spelling: 'شهور', unit: 'month', form: 'plural', usage: ['standard', 'colloquial'] },
  // year
  { spelling: 'عام', unit: 'year', form: 'singular' },
  { spelling: 'عامًا', unit: 'year', form: 'accusative' },
  { spelling: 'عامان', unit: 'year', form: 'dual-nominative' },
  { spelling: 'عامين', unit: 'year', form: 'dual-oblique' },
  { spelling: 'أعوام', unit: 'year', form: 'plural' },
  { spelling: 'سنة', unit: 'year', form: 'singular' },
  { spelling: 'سنةً', unit: 'year', form: 'accusative' },
  { spelling: 'سنتان', unit: 'year', form: 'dual-nominative' },
  { spelling: 'سنتين', unit: 'year', form: 'dual-oblique' },
  { spelling: 'سنوات', unit: 'year', form: 'plural' },
  { spelling: 'سنين', unit: 'year', form: 'plural', usage: ['colloquial'] },
  // decade
  { spelling: 'عقد', unit: 'decade', form: 'singular' },
  { spelling: 'عقدًا', unit: 'decade', form: 'accusative' },
  { spelling: 'عقدان', unit: 'decade', form: 'dual-nominative' },
  { spelling: 'عقدين', unit: 'decade', form: 'dual-oblique' },
  { spelling: 'عقود', unit: 'decade', form: 'plural' },
  // century
  { spelling: 'قرن', unit: 'century', form: 'singular' },
  { spelling: 'قرنًا', unit: 'century', form: 'accusative' },
  { spelling: 'قرنان', unit: 'century', form: 'dual-nominative' },
  { spelling: 'قرنين', unit: 'century', form: 'dual-oblique' },
  { spelling: 'قرون', unit: 'century', form: 'plural' },
];

/**
 * The grammatical gender of each unit's singular noun. Numbers 3–10 take the
 * opposite gender (`ثلاثة أشهر` but `ثلاث سنوات`), so the formatter needs it.
 * `year` is written with `عام` (masculine) by the formatter.
 */
export const DURATION_UNIT_GENDER: Readonly<Record<DurationUnit, 'masculine' | 'feminine'>> = {
  second: 'feminine',
  minute: 'feminine',
  hour: 'feminine',
  day: 'masculine',
  week: 'masculine',
  month: 'masculine',
  year: 'masculine',
  decade: 'masculine',
  century: 'masculine',
};

/**
 * Words that, right after a bare unit, show it is not a length of time
 * (`ساعة الصفر` "zero hour", `ساعة متأخرة` "a late hour", `عقد اجتماع` "held a meeting").
 */
export const NOT_A_DURATION_AFTER: readonly { readonly unit: DurationUnit; readonly follower: string }[] = [
  { unit: 'hour', follower: 'الصفر' },
  { unit: 'hour', follower: 'متأخرة' },
  { unit: 'hour', follower: 'مبكرة' },
  { unit: 'hour', follower: 'يد' },
];
