/**
 * Shapes of the month-name tables.
 *
 * @module
 */
import type { CalendarSystem } from '../../calendar/types';

/**
 * A family of month names, named after the region or calendar that uses it.
 *
 * | dialect | names | regions |
 * | --- | --- | --- |
 * | `levantine` | كانون الثاني، شباط، آذار … | Syria, Lebanon, Jordan, Palestine |
 * | `iraqi` | the same Syriac names, and مايس | Iraq |
 * | `egyptian` | يناير، فبراير … يونيه، يوليه | Egypt, Sudan |
 * | `gulf` | يناير، فبراير … (the pan-Arab standard names) | Gulf states, Yemen, Libya, pan-Arab press |
 * | `algerian` / `tunisian` | جانفي، فيفري … جويلية، أوت | Algeria / Tunisia |
 * | `moroccan` | ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر | Morocco |
 * | `mauritanian` | إبريل، أغشت، شتمبر، دجمبر | Mauritania |
 * | `hijri` | محرم، صفر … ذو الحجة | the Islamic (Umm al-Qura) calendar |
 * | `numbered` | الشهر العاشر، شهر 10 | everywhere |
 *
 * @example
 * ```ts
 * const dialect: MonthDialect = 'levantine'; // «تشرين الأول»
 * ```
 */
export type MonthDialect =
  | 'levantine'
  | 'iraqi'
  | 'egyptian'
  | 'gulf'
  | 'algerian'
  | 'tunisian'
  | 'moroccan'
  | 'mauritanian'
  | 'hijri'
  | 'numbered';

/**
 * One spelling of one month.
 *
 * @example
 * ```ts
 * const entry: MonthNameEntry = { spelling: 'تشرين الأول', month: 10, preferred: true };
 * ```
 */
export interface MonthNameEntry {
  /** The spelling as written in the press (hamza and all; it is normalized when matched). */
  readonly spelling: string;
  /** The month number, 1–12, in the table's calendar. */
  readonly month: number;
  /** ISO 3166 region codes where this spelling is used, when fewer than the table's (`[]`: everywhere); absent: the table's regions. */
  readonly regions?: readonly string[];
  /** True for the one spelling per month that {@link MonthTable} lists as the dialect's name (used for formatting). */
  readonly preferred?: boolean;
}

/**
 * All spellings of the months of one dialect.
 *
 * @example
 * ```ts
 * const table: MonthTable = { dialect: 'iraqi', calendar: 'gregory', regions: ['IQ'], cldrRegions: ['IQ'], entries: [] };
 * ```
 */
export interface MonthTable {
  /** The dialect the table describes. */
  readonly dialect: MonthDialect;
  /** The calendar of every month in the table. */
  readonly calendar: CalendarSystem;
  /** ISO 3166 region codes where the dialect's names are used (`[]`: everywhere). */
  readonly regions: readonly string[];
  /** Regions whose CLDR locale (`ar-XX`) formats months with this table's preferred names. */
  readonly cldrRegions: readonly string[];
  /** The spellings; exactly one `preferred` entry per month. */
  readonly entries: readonly MonthNameEntry[];
}
