/**
 * Words of clock times: parts of the day (`صباحا`، `مساءً`، `م`), the minute
 * words that follow an hour (`والنصف`، `إلا ربعا`) and named times
 * (`منتصف الليل`). The time parser builds its lookups from these tables
 * (normalized); adding a spelling is a one-line change. One entry per normalized
 * form: `صباحا`، `صباحاً` and `صباحًا` are the same word to the parser, so only one is listed.
 *
 * @module
 */
import type { PartOfDay } from '../temporal/types';
import type { DurationUsage } from './duration-units';

export type { PartOfDay };

/**
 * One spelling of a part of the day that qualifies a clock hour.
 *
 * @example
 * ```ts
 * const entry: PartOfDaySpelling = { spelling: 'مساءً', partOfDay: 'evening', position: 'after' };
 * ```
 */
export interface PartOfDaySpelling {
  /** The words as written; parsers normalize them. */
  readonly spelling: string;
  /** The part of the day. */
  readonly partOfDay: PartOfDay;
  /** Whether it may stand `after` the hour (`8 صباحًا`), `before` it (`مساء 7`) or `both`. */
  readonly position: 'after' | 'before' | 'both';
  /** Only after an hour written `h:mm` or after `الساعة N`: a one-letter abbreviation (`م`، `ص`). */
  readonly abbreviation?: true;
  /** Where it is used; absent: `['standard']` (Modern Standard Arabic, every region). */
  readonly usage?: readonly DurationUsage[];
}

/** Every part-of-day spelling. */
export const PART_OF_DAY_SPELLINGS: readonly PartOfDaySpelling[] = [
  // morning (a.m.)
  { spelling: 'صباحًا', partOfDay: 'morning', position: 'after' },
  { spelling: 'ص', partOfDay: 'morning', position: 'after', abbreviation: true },
  { spelling: 'الصبح', partOfDay: 'morning', position: 'after', usage: ['colloquial'] },
  { spelling: 'الصباح', partOfDay: 'morning', position: 'after' },
  { spelling: 'في الصباح', partOfDay: 'morning', position: 'both' },
  { spelling: 'هذا الصباح', partOfDay: 'morning', position: 'after' },
  { spelling: 'من صباح', partOfDay: 'morning', position: 'after' },
  { spelling: 'قبل الظهر', partOfDay: 'morning', position: 'both' },
  { spelling: 'فجرًا', partOfDay: 'dawn', position: 'after' },
  { spelling: 'الفجر', partOfDay: 'dawn', position: 'after' },
  { spelling: 'من فجر', partOfDay: 'dawn', position: 'after' },
  // noon and afternoon (p.m. from 1 o'clock)
  { spelling: 'ظهرًا', partOfDay: 'noon', position: 'after' },
  { spelling: 'الظهر', partOfDay: 'noon', position: 'both' },
  { spelling: 'وقت الغداء', partOfDay: 'noon', position: 'both' },
  { spelling: 'بعد الظهر', partOfDay: 'afternoon', position: 'both' },
  { spelling: 'بعد الظهيرة', partOfDay: 'afternoon', position: 'both' },
  { spelling: 'عصرًا', partOfDay: 'afternoon', position: 'after' },
  { spelling: 'العصر', partOfDay: 'afternoon', position: 'after' },
  { spelling: 'بعد العصر', partOfDay: 'afternoon', position: 'after' },
  // evening (p.m.)
  { spelling: 'مساءً', partOfDay: 'evening', position: 'both' },
  { spelling: 'مساءا', partOfDay: 'evening', position: 'after', usage: ['colloquial'] },
  { spelling: 'م', partOfDay: 'evening', position: 'after', abbreviation: true },
  { spelling: 'المساء', partOfDay: 'evening', position: 'after' },
  { spelling: 'في المساء', partOfDay: 'evening', position: 'both' },
  { spelling: 'هذا المساء', partOfDay: 'evening', position: 'after' },
  { spelling: 'من مساء', partOfDay: 'evening', position: 'after' },
  { spelling: 'قبل المغرب', partOfDay: 'evening', position: 'after' },
  { spelling: 'بعد المغرب', partOfDay: 'evening', position: 'after' },
  { spelling: 'العشاء', partOfDay: 'evening', position: 'after' },
  // night
  { spelling: 'ليلًا', partOfDay: 'night', position: 'after' },
  { spelling: 'في الليل', partOfDay: 'night', position: 'both' },
  { spelling: 'الليلة', partOfDay: 'night', position: 'after' },
  { spelling: 'هذه الليلة', partOfDay: 'night', position: 'after' },
  { spelling: 'بعد منتصف الليل', partOfDay: 'night', position: 'after' },
  { spelling: 'منتصف الليل', partOfDay: 'night', position: 'after' },
];

/**
 * Words that may follow a part of the day and repeat it (`الساعة 12 ظهرًا وقت الغداء`).
 * They are part of the match and change nothing.
 */
export const PART_OF_DAY_ECHOES: readonly { readonly spelling: string; readonly usage?: readonly DurationUsage[] }[] = [
  { spelling: 'وقت الغداء' },
  { spelling: 'وقت الظهيرة' },
];

/**
 * Words between a number of minutes and the hour they count back from
 * (`ثلاث دقائق قبل الثامنة`، `خمس دقائق حتى السابعة`).
 */
export const MINUTES_BEFORE_HOUR_WORDS: readonly string[] = ['قبل', 'حتى', 'إلى'];

/**
 * Minutes added to (or taken from) the hour by a word after it.
 *
 * @example
 * ```ts
 * const entry: MinuteWordSpelling = { spelling: 'إلا ربعًا', minutes: -15 };
 * ```
 */
export interface MinuteWordSpelling {
  /** The words as written; parsers normalize them. */
  readonly spelling: string;
  /** Minutes after the hour (negative: before it). */
  readonly minutes: number;
  /** Where it is used; absent: `['standard']` (Modern Standard Arabic, every region). */
  readonly usage?: readonly DurationUsage[];
}

/** Every fraction-of-an-hour spelling that follows an hour (`العاشرة والنصف`، `الثانية عشرة إلا ربعا`). */
export const MINUTE_WORD_SPELLINGS: readonly MinuteWordSpelling[] = [
  { spelling: 'والنصف', minutes: 30 },
  { spelling: 'ونصف', minutes: 30 },
  { spelling: 'و نصف', minutes: 30, usage: ['colloquial'] },
  { spelling: 'والربع', minutes: 15 },
  { spelling: 'وربع', minutes: 15 },
  { spelling: 'و ربع', minutes: 15, usage: ['colloquial'] },
  { spelling: 'والثلث', minutes: 20 },
  { spelling: 'وثلث', minutes: 20 },
  { spelling: 'وثلاثة أرباع', minutes: 45 },
  { spelling: 'و ثلاثة أرباع', minutes: 45, usage: ['colloquial'] },
  { spelling: 'إلا ربعًا', minutes: -15 },
  { spelling: 'إلا ربع', minutes: -15, usage: ['colloquial'] },
  { spelling: 'إلا الربع', minutes: -15 },
  { spelling: 'إلا ثلثًا', minutes: -20 },
  { spelling: 'إلا ثلث', minutes: -20, usage: ['colloquial'] },
  { spelling: 'إلا الثلث', minutes: -20 },
  { spelling: 'إلا خمسًا', minutes: -5 },
  { spelling: 'إلا خمس دقائق', minutes: -5 },
  { spelling: 'إلا عشر دقائق', minutes: -10 },
  { spelling: 'إلا خمسة', minutes: -5, usage: ['colloquial'] },
  { spelling: 'إلا عشرة', minutes: -10, usage: ['colloquial'] },
];

/**
 * A named time of day (`منتصف الليل` is 00:00).
 *
 * @example
 * ```ts
 * const entry: NamedTimeSpelling = { spelling: 'منتصف الليل', hour: 0, minute: 0, partOfDay: 'night' };
 * ```
 */
export interface NamedTimeSpelling {
  /** The words as written; parsers normalize them (a hyphen may stand for the space). */
  readonly spelling: string;
  readonly hour: number;
  readonly minute: number;
  readonly partOfDay: PartOfDay;
  /** Where it is used; absent: `['standard']` (Modern Standard Arabic, every region). */
  readonly usage?: readonly DurationUsage[];
}

/** Every named time. */
export const NAMED_TIME_SPELLINGS: readonly NamedTimeSpelling[] = [
  { spelling: 'منتصف الليل', hour: 0, minute: 0, partOfDay: 'night' },
  { spelling: 'منتصف النهار', hour: 12, minute: 0, partOfDay: 'noon' },
  { spelling: 'منتصف الظهر', hour: 14, minute: 0, partOfDay: 'afternoon' },
  { spelling: 'منتصف الصباح', hour: 10, minute: 0, partOfDay: 'morning' },
  { spelling: 'وقت الظهيرة', hour: 12, minute: 0, partOfDay: 'noon' },
  { spelling: 'الظهيرة', hour: 12, minute: 0, partOfDay: 'noon' },
];

/** First words of the hours 11 and 12, without the article: «الحادية عشرة»، «الثانية عشرة»، «الاثنتي عشرة». */
export const HOUR_TEEN_HEADS: readonly { readonly spelling: string; readonly hour: 11 | 12 }[] = [
  { spelling: 'حادية', hour: 11 },
  { spelling: 'ثانية', hour: 12 },
  { spelling: 'اثنتي', hour: 12 },
];

/**
 * Words before an hour that make a bare hour a clock time
 * (`الساعة 7`، `عند السابعة`، `في تمام الثامنة`). `الساعة` alone also lets a
 * cardinal word be an hour (`الساعة ثلاثة`).
 */
export const HOUR_INTRODUCERS: readonly { readonly spelling: string; readonly clockWord: boolean; readonly usage?: readonly DurationUsage[] }[] = [
  { spelling: 'الساعة', clockWord: true },
  { spelling: 'تمام الساعة', clockWord: true },
  { spelling: 'في تمام الساعة', clockWord: true },
  { spelling: 'عند الساعة', clockWord: true },
  { spelling: 'في تمام', clockWord: false },
  { spelling: 'عند', clockWord: false },
  { spelling: 'في', clockWord: false },
  { spelling: 'حتى', clockWord: false },
  { spelling: 'بحدود', clockWord: false },
];

/**
 * Hour words that are not ordinals: `الواحدة` (one o'clock) is a cardinal,
 * unlike `الثانية`، `الثالثة`… which the ordinal parser reads.
 */
export const HOUR_WORD_SPELLINGS: readonly { readonly spelling: string; readonly hour: number; readonly usage?: readonly DurationUsage[] }[] = [
  { spelling: 'الواحدة', hour: 1 },
  { spelling: 'واحدة', hour: 1 },
];

/** Words after `و` that mark the number before them as minutes (`الثالثة و18 دقيقة`). */
export const MINUTE_UNIT_SPELLINGS: readonly string[] = ['دقيقة', 'دقائق', 'دقايق'];

/** Words that join the two ends of a time range (`من 5 إلى 6 مساءً`، `بين الساعة 5 و6`). */
export const TIME_RANGE_WORDS: readonly { readonly spelling: string; readonly role: 'from' | 'between' | 'to' | 'and'; readonly usage?: readonly DurationUsage[] }[] = [
  { spelling: 'من', role: 'from' },
  { spelling: 'بين', role: 'between' },
  { spelling: 'إلى', role: 'to' },
  { spelling: 'الى', role: 'to', usage: ['colloquial'] },
  { spelling: 'حتى', role: 'to' },
  { spelling: 'وحتى', role: 'to' },
  { spelling: 'لغاية', role: 'to' },
  { spelling: '-', role: 'to' },
  { spelling: 'و', role: 'and' },
];

/**
 * Words that may stand between a date and the time attached to it
 * (`غدًا الساعة 8`، `الخميس، عند الساعة 10`، `الساعة 8 من يوم الخميس`); an empty gap
 * or punctuation alone also joins them.
 */
export const DATE_TIME_JOINERS: readonly { readonly spelling: string; readonly order: 'date-time' | 'time-date'; readonly usage?: readonly DurationUsage[] }[] = [
  { spelling: 'في', order: 'date-time' },
  { spelling: 'عند', order: 'date-time' },
  { spelling: 'على', order: 'date-time' },
  { spelling: 'من', order: 'time-date' },
  { spelling: 'يوم', order: 'time-date' },
  { spelling: 'من يوم', order: 'time-date' },
];

/**
 * Words that open a day with its part (`مساء اليوم`، `صباح الغد`، `فجر الخميس`، `ليلة الجمعة`):
 * the day's value records the part (`DateValue.partOfDay`), and a time attached to such a day
 * without a part of its own takes this one (`مساء اليوم الساعة 8` → 20:00). The relative-day
 * parser and the part-of-day refiner read this one list.
 */
export const DAY_PART_PREFIXES: readonly {
  readonly spelling: string;
  readonly partOfDay: PartOfDay;
  /** Before a weekday it names the night before that day (`ليلة الجمعة` is Thursday night). */
  readonly eve?: true;
  /** Where (locale regions) it names a part of the day itself, not its eve: Tunisian «عشية الأحد» is Sunday afternoon. */
  readonly sameDayIn?: { readonly regions: readonly string[]; readonly partOfDay: PartOfDay };
  readonly usage?: readonly DurationUsage[];
}[] = [
  { spelling: 'صباح', partOfDay: 'morning' },
  { spelling: 'صبيحة', partOfDay: 'morning' },
  { spelling: 'فجر', partOfDay: 'dawn' },
  { spelling: 'ظهر', partOfDay: 'noon' },
  { spelling: 'ظهيرة', partOfDay: 'noon' },
  { spelling: 'بعد ظهر', partOfDay: 'afternoon' },
  { spelling: 'قبل ظهر', partOfDay: 'morning' },
  { spelling: 'قبيل ظهر', partOfDay: 'morning' },
  { spelling: 'عصر', partOfDay: 'afternoon' },
  { spelling: 'مساء', partOfDay: 'evening' },
  { spelling: 'ليلة', partOfDay: 'night', eve: true },
  // «عشية الأحد» is the eve of Sunday: Saturday evening, as «ليلة»; in the Tunisian, Algerian and Libyan press it is Sunday afternoon.
  { spelling: 'عشية', partOfDay: 'evening', eve: true, sameDayIn: { regions: ['TN', 'DZ', 'LY'], partOfDay: 'afternoon' } },
  // «ليل الخميس» is Thursday's own night (Levantine «ليل الخميس - الجمعة»), unlike «ليلة الخميس».
  { spelling: 'ليل', partOfDay: 'night' },
  { spelling: 'منتصف ليل', partOfDay: 'night' },
];

/**
 * Words between two consecutive weekdays after «ليلة»/«ليل» that make them one night, the first
 * day's (`ليلة الخميس الجمعة`، `ليل الخميس - الجمعة`، `ليلة الخميس على الجمعة`); a space alone also does.
 */
export const NIGHT_BETWEEN_DAYS_JOINERS: readonly string[] = ['-', '/', 'إلى', 'على'];
