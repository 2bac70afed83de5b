/**
 * Words that bound or hedge a duration (`أقل من 4 أشهر`، `يومين فقط`، `نحو عامين`).
 *
 * Parsers build their lookup from this table (normalized); adding a spelling
 * is a one-line change.
 *
 * @module
 */
import type { DurationQualifier } from '../temporal/types';
import type { DurationUsage } from './duration-units';

/**
 * One spelling of a duration qualifier and where it stands.
 *
 * @example
 * ```ts
 * const entry: DurationQualifierSpelling = { spelling: 'أقل من', qualifier: 'less-than', position: 'before', usage: ['standard'] };
 * ```
 */
export interface DurationQualifierSpelling {
  /** The words as written in careful text; parsers normalize them. */
  readonly spelling: string;
  /** What it says about the duration. */
  readonly qualifier: DurationQualifier;
  /** `before` the duration (`أقل من`) or `after` it (`فقط`). */
  readonly position: 'before' | 'after';
  /** Where it is used. */
  readonly usage: readonly DurationUsage[];
}

/** Every qualifier spelling. */
export const DURATION_QUALIFIER_SPELLINGS: readonly DurationQualifierSpelling[] = [
  // less than
  { spelling: 'أقل من', qualifier: 'less-than', position: 'before', usage: ['standard'] },
  { spelling: 'ما يقل عن', qualifier: 'less-than', position: 'before', usage: ['standard'] },
  { spelling: 'دون', qualifier: 'less-than', position: 'before', usage: ['standard'] },
  // more than
  { spelling: 'أكثر من', qualifier: 'more-than', position: 'before', usage: ['standard'] },
  { spelling: 'ما يزيد على', qualifier: 'more-than', position: 'before', usage: ['standard'] },
  { spelling: 'ما يزيد عن', qualifier: 'more-than', position: 'before', usage: ['standard'] },
  { spelling: 'ما يربو على', qualifier: 'more-than', position: 'before', usage: ['standard'] },
  { spelling: 'ما يفوق', qualifier: 'more-than', position: 'before', usage: ['standard'] },
  { spelling: 'أزيد من', qualifier: 'more-than', position: 'before', usage: ['maghrebi'] },
  // about
  { spelling: 'نحو', qualifier: 'about', position: 'before', usage: ['standard'] },
  { spelling: 'حوالي', qualifier: 'about', position: 'before', usage: ['standard'] },
  { spelling: 'حوالى', qualifier: 'about', position: 'before', usage: ['standard'] },
  { spelling: 'قرابة', qualifier: 'about', position: 'before', usage: ['standard'] },
  { spelling: 'زهاء', qualifier: 'about', position: 'before', usage: ['standard'] },
  { spelling: 'ما يقارب', qualifier: 'about', position: 'before', usage: ['standard'] },
  { spelling: 'ما يناهز', qualifier: 'about', position: 'before', usage: ['standard'] },
  { spelling: 'تقريبًا', qualifier: 'about', position: 'after', usage: ['standard'] },
  // only
  { spelling: 'فقط', qualifier: 'only', position: 'after', usage: ['standard'] },
  { spelling: 'لا غير', qualifier: 'only', position: 'after', usage: ['standard'] },
  // at least
  { spelling: 'على الأقل', qualifier: 'at-least', position: 'before', usage: ['standard'] },
  { spelling: 'على الأقل', qualifier: 'at-least', position: 'after', usage: ['standard'] },
  { spelling: 'ما لا يقل عن', qualifier: 'at-least', position: 'before', usage: ['standard'] },
  { spelling: 'لا يقل عن', qualifier: 'at-least', position: 'before', usage: ['standard'] },
  // at most
  { spelling: 'على الأكثر', qualifier: 'at-most', position: 'before', usage: ['standard'] },
  { spelling: 'على الأكثر', qualifier: 'at-most', position: 'after', usage: ['standard'] },
  { spelling: 'ما لا يزيد على', qualifier: 'at-most', position: 'before', usage: ['standard'] },
  { spelling: 'ما لا يزيد عن', qualifier: 'at-most', position: 'before', usage: ['standard'] },
  { spelling: 'لا يزيد على', qualifier: 'at-most', position: 'before', usage: ['standard'] },
  // within
  { spelling: 'خلال', qualifier: 'within', position: 'before', usage: ['standard'] },
  { spelling: 'في غضون', qualifier: 'within', position: 'before', usage: ['standard'] },
  { spelling: 'في ظرف', qualifier: 'within', position: 'before', usage: ['standard'] },
];

/**
 * Words that introduce a length of time without bounding it (`لمدة ثلاثة أشهر`,
 * `طوال يوم`). They let a bare unit (`لمدة شهر`) be read as a duration; the ones
 * marked `included` ("throughout": `طوال`، `على مدى`) are part of the match.
 */
export const DURATION_INTRODUCERS: readonly {
  readonly spelling: string;
  /** Part of the match («طوال يوم»). */
  readonly included?: true;
  /** Also before a definite unit, meaning the whole of it («طوال اليوم» = one day); «على مدار الساعة» is an idiom, so not for all. */
  readonly beforeDefinite?: true;
  readonly usage: readonly DurationUsage[];
}[] = [
  { spelling: 'لمدة', usage: ['standard'] },
  { spelling: 'مدة', usage: ['standard'] },
  { spelling: 'طوال', included: true, beforeDefinite: true, usage: ['standard'] },
  { spelling: 'طيلة', included: true, beforeDefinite: true, usage: ['standard'] },
  { spelling: 'على مدى', included: true, usage: ['standard'] },
  { spelling: 'على مدار', included: true, usage: ['standard'] },
  { spelling: 'في', usage: ['standard'] },
  { spelling: 'بعد', usage: ['standard'] },
  { spelling: 'قبل', usage: ['standard'] },
  { spelling: 'منذ', usage: ['standard'] },
];

/**
 * Words after a singular unit that make it exactly one whole unit
 * (`عام واحد`، `شهر كامل`، `سنة كاملة`، `شهرًا إضافيًا`).
 */
export const ONE_UNIT_FOLLOWERS: readonly string[] = ['واحد', 'واحدة', 'واحدًا', 'كامل', 'كاملة', 'كاملًا', 'كاملةً', 'بأكمله', 'بأكملها', 'إضافي', 'إضافية', 'إضافيًا', 'إضافيةً'];
