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
 * const entry: DurationQualifierSpelling = { spelling: 'أقل من', qualifier: 'less-than', position: 'before' };
 * ```
 */
export interface DurationQualifierSpelling {
  /** The words as written in careful text; parsers normalize them. */
  readonly spelling: string;
  /** What it says about the duration. */
  readonly qualifier: DurationQualifier;
  /** `before` the duration (`أقل من`) or `after` it (`فقط`). */
  readonly position: 'before' | 'after';
  /** Where it is used; absent: `['standard']` (Modern Standard Arabic, every region). */
  readonly usage?: readonly DurationUsage[];
}

/** Every qualifier spelling. */
export const DURATION_QUALIFIER_SPELLINGS: readonly DurationQualifierSpelling[] = [
  // less than
  { spelling: 'أقل من', qualifier: 'less-than', position: 'before' },
  { spelling: 'ما يقل عن', qualifier: 'less-than', position: 'before' },
  { spelling: 'دون', qualifier: 'less-than', position: 'before' },
  // more than
  { spelling: 'أكثر من', qualifier: 'more-than', position: 'before' },
  { spelling: 'ما يزيد على', qualifier: 'more-than', position: 'before' },
  { spelling: 'ما يزيد عن', qualifier: 'more-than', position: 'before' },
  { spelling: 'ما يربو على', qualifier: 'more-than', position: 'before' },
  { spelling: 'ما يفوق', qualifier: 'more-than', position: 'before' },
  { spelling: 'أزيد من', qualifier: 'more-than', position: 'before', usage: ['maghrebi'] },
  // about
  { spelling: 'نحو', qualifier: 'about', position: 'before' },
  { spelling: 'حوالي', qualifier: 'about', position: 'before' },
  { spelling: 'قرابة', qualifier: 'about', position: 'before' },
  { spelling: 'زهاء', qualifier: 'about', position: 'before' },
  { spelling: 'ما يقارب', qualifier: 'about', position: 'before' },
  { spelling: 'ما يناهز', qualifier: 'about', position: 'before' },
  { spelling: 'تقريبًا', qualifier: 'about', position: 'after' },
  // only
  { spelling: 'فقط', qualifier: 'only', position: 'after' },
  { spelling: 'لا غير', qualifier: 'only', position: 'after' },
  // at least
  { spelling: 'على الأقل', qualifier: 'at-least', position: 'before' },
  { spelling: 'على الأقل', qualifier: 'at-least', position: 'after' },
  { spelling: 'ما لا يقل عن', qualifier: 'at-least', position: 'before' },
  { spelling: 'لا يقل عن', qualifier: 'at-least', position: 'before' },
  // at most
  { spelling: 'على الأكثر', qualifier: 'at-most', position: 'before' },
  { spelling: 'على الأكثر', qualifier: 'at-most', position: 'after' },
  { spelling: 'ما لا يزيد على', qualifier: 'at-most', position: 'before' },
  { spelling: 'ما لا يزيد عن', qualifier: 'at-most', position: 'before' },
  { spelling: 'لا يزيد على', qualifier: 'at-most', position: 'before' },
  // within
  { spelling: 'خلال', qualifier: 'within', position: 'before' },
  { spelling: 'في غضون', qualifier: 'within', position: 'before' },
  { spelling: 'في ظرف', qualifier: 'within', position: 'before' },
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
  /** Where it is used; absent: `['standard']` (Modern Standard Arabic, every region). */
  readonly usage?: readonly DurationUsage[];
  /** A verb of lasting or spending: its definite subject may stand before the unit («ودامت الجلسة ساعة»). */
  readonly verb?: true;
}[] = [
  { spelling: 'لمدة' },
  { spelling: 'مدة' },
  { spelling: 'طوال', included: true, beforeDefinite: true },
  { spelling: 'طيلة', included: true, beforeDefinite: true },
  { spelling: 'على مدى', included: true },
  { spelling: 'على مدار', included: true },
  { spelling: 'في' },
  { spelling: 'بعد' },
  { spelling: 'قبل' },
  { spelling: 'منذ' },
  // Verbs of lasting and spending: «دامت أسبوعا»، «استغرقت ساعة»، «أمضى شهرا».
  ...['دام', 'دامت', 'يدوم', 'تدوم', 'استمر', 'استمرت', 'يستمر', 'تستمر', 'استغرق', 'استغرقت', 'يستغرق', 'تستغرق', 'امتد', 'امتدت', 'يمتد', 'تمتد'].map((spelling) => ({ spelling, verb: true as const })),
  ...['أمضى', 'أمضت', 'يمضي', 'تمضي', 'قضى', 'قضت', 'مكث', 'مكثت'].map((spelling) => ({ spelling, verb: true as const })),
];

/**
 * Words after a singular unit that make it exactly one whole unit
 * (`عام واحد`، `شهر كامل`، `سنة كاملة`، `شهرًا إضافيًا`).
 */
export const ONE_UNIT_FOLLOWERS: readonly string[] = ['واحد', 'واحدة', 'واحدًا', 'كامل', 'كاملة', 'كاملًا', 'بأكمله', 'بأكملها', 'إضافي', 'إضافية', 'إضافيًا'];
