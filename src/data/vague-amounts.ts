/**
 * Words that give a plural unit an unstated count: «بضعة أيام»، «عدة أشهر»، «أيام قليلة»، «سنوات
 * عديدة». Parsers build their lookups from this table (normalized); adding a spelling is a one-line
 * change.
 *
 * @module
 */
import type { DurationUsage } from './duration-units';

/**
 * One spelling of a vague amount and where it stands.
 *
 * @example
 * ```ts
 * // «بضعة أيام»
 * const entry: VagueAmountSpelling = { spelling: 'بضعة', position: 'before' };
 * ```
 */
export interface VagueAmountSpelling {
  /** The word as written in careful text; parsers normalize it. */
  readonly spelling: string;
  /** `before` the plural unit (`بضعة أيام`) or `after` it, as its adjective (`أيام قليلة`). */
  readonly position: 'before' | 'after';
  /** Where it is used; absent: `['standard']` (Modern Standard Arabic, every region). */
  readonly usage?: readonly DurationUsage[];
}

/**
 * The least count a vague amount can stand for. Arabic counts two with the dual («يومين»), so a
 * plural unit is at least three («بضعة» is three to nine): «بضعة أيام» is read as at least 3 days.
 */
export const VAGUE_AMOUNT_MINIMUM = 3;

/** Every vague-amount spelling. */
export const VAGUE_AMOUNT_SPELLINGS: readonly VagueAmountSpelling[] = [
  { spelling: 'بضع', position: 'before' },
  { spelling: 'بضعة', position: 'before' },
  { spelling: 'عدة', position: 'before' },
  { spelling: 'قليلة', position: 'after' },
  { spelling: 'قلائل', position: 'after' },
  { spelling: 'عديدة', position: 'after' },
  { spelling: 'معدودة', position: 'after' },
  { spelling: 'معدودات', position: 'after' },
  { spelling: 'كثيرة', position: 'after' },
  { spelling: 'شوية', position: 'before', usage: ['egyptian', 'levantine'] },
];
