/**
 * Words that anchor a duration to the reference date (`قبل يومين`، `منذ 3 سنوات`،
 * `بعد أسبوعين`): the duration is counted back (`-1`) or forward (`+1`) from it.
 *
 * @module
 */
import type { DurationUsage } from './duration-units';

/**
 * One spelling of an "ago" / "later" word.
 *
 * @example
 * ```ts
 * const entry: DurationAnchorSpelling = { spelling: 'قبل', direction: -1 };
 * ```
 */
export interface DurationAnchorSpelling {
  /** The word as written; parsers normalize it. */
  readonly spelling: string;
  /** `-1`: that long before the reference (ago); `1`: that long after it (later). */
  readonly direction: -1 | 1;
  /** Where it is used; absent: `['standard']` (Modern Standard Arabic, every region). */
  readonly usage?: readonly DurationUsage[];
  /** `after` for words written after the duration (`يومين من الآن`); `before` by default. */
  readonly position?: 'after';
  /**
   * Only at the start of the text or after punctuation: colloquial «من أسبوع»
   * ("a week ago") — elsewhere «من» is too often a plain preposition.
   */
  readonly clauseStart?: true;
  /** Also counts weekdays from a day written after it: «ثالث ثلاثاء بعد عيد الميلاد»، «ثاني جمعة قبل 1 مارس». */
  readonly ofDay?: true;
}

/** Every "ago" / "later" spelling. */
export const DURATION_ANCHOR_SPELLINGS: readonly DurationAnchorSpelling[] = [
  { spelling: 'قبل', direction: -1, ofDay: true },
  { spelling: 'منذ', direction: -1 },
  { spelling: 'مذ', direction: -1 },
  { spelling: 'بعد', direction: 1, ofDay: true },
  { spelling: 'من', direction: -1, usage: ['colloquial'], clauseStart: true },
  { spelling: 'من الآن', direction: 1, position: 'after' },
  { spelling: 'من اليوم', direction: 1, position: 'after' },
];

/**
 * Words after an "ago"/"later" duration that tie it to another event, not to the reference day:
 * «بعد أسبوعين من توقيع الاتفاق»، «قبل يومين من الانتخابات»، «بعد عام على الحرب». Such a
 * duration is a length of time; «من الآن»/«من اليوم» (in {@link DURATION_ANCHOR_SPELLINGS}) are
 * read before these.
 */
export const EVENT_LINK_WORDS: readonly string[] = ['من', 'على'];
