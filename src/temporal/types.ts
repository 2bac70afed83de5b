/**
 * The values that ziyara's temporal parsers return.
 *
 * The schemas layer describes exactly these shapes (`DateValue`, `DurationValue`,
 * `TemporalMatch`), so extractor output validates against them.
 *
 * @module
 */
import type { CalendarSystem } from '../calendar/types';

/**
 * How much of the calendar a date value covers.
 *
 * @example
 * ```ts
 * // «تشرين الأول الماضي» is a month, not a day
 * const precision: Precision = 'month';
 * ```
 */
export type Precision = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/**
 * Parts of a date, each present only when it was written (in `known`) or inferred (in `implied`).
 * Values are in the calendar of the text (`hijri` months for a Hijri date).
 * `weekday` is ISO: 1 = Monday (الاثنين) … 7 = Sunday (الأحد).
 *
 * @example
 * ```ts
 * // «15 تشرين الأول الماضي»: the text wrote the day and the month
 * const known: DateFields = { day: 15, month: 10 };
 * ```
 */
export interface DateFields {
  /** The year, in the text's calendar (1447 for a Hijri date). */
  year?: number;
  /** The month, 1–12, in the text's calendar (9 = رمضان for a Hijri date). */
  month?: number;
  /** The day of the month. */
  day?: number;
  /** ISO weekday: 1 = الاثنين … 7 = الأحد. */
  weekday?: number;
}

/**
 * A part of a period: its start, middle or end (`مطلع`، `منتصف`، `أواخر`).
 *
 * @example
 * ```ts
 * // «أواخر الشهر الماضي»
 * const modifier: PeriodModifier = 'end';
 * ```
 */
export type PeriodModifier = 'start' | 'middle' | 'end';

/**
 * The side of the reference date a vague date is on.
 *
 * @example
 * ```ts
 * // «في الأيام القليلة المقبلة»
 * const side: VagueSide = 'future';
 * ```
 */
export type VagueSide = 'past' | 'future';

/**
 * How a date is relative to the reference date.
 *
 * @example
 * ```ts
 * // «الأسبوع المقبل»
 * const relative: RelativeAnchor = { unit: 'week', offset: 1 };
 * ```
 */
export interface RelativeAnchor {
  /** The unit counted from the reference (`day` for أمس, `month` for الشهر الماضي). */
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'hour' | 'minute' | 'second' | 'decade' | 'century';
  /** How many units after (positive) or before (negative) the reference; fractional for «ونصف». */
  offset: number;
}

/**
 * A date or a period: a day, a week, a month, a quarter, a year…
 *
 * Days listed with «و» that are not a range are one date value each («يومي 12 و15 آذار»: 12 March,
 * then 15 March). A weekday that recurs («تفتح المتاحف أيام الجمعة والسبت»، «كل يوم خميس») is no date
 * value: `findTemporal` reports nothing there.
 *
 * @example
 * ```ts
 * // «15 تشرين الأول الماضي», reference 2026-01-28
 * const value: DateValue = {
 *   type: 'date', calendar: 'gregory', precision: 'day',
 *   known: { day: 15, month: 10 }, implied: { year: 2025 },
 *   start: '2025-10-15', end: '2025-10-15',
 * };
 * ```
 */
export interface DateValue {
  /** Tells a date value from the other kinds. */
  type: 'date';
  /** The calendar the text used. */
  calendar: CalendarSystem;
  /** How much of the calendar it covers: a day, a week, a month… */
  precision: Precision;
  /** What the text wrote. */
  known: DateFields;
  /** What was inferred (from the reference date, «الماضي», a Hijri conversion…). */
  implied: DateFields;
  /** First Gregorian day covered, `YYYY-MM-DD`; absent when `vague`. */
  start?: string;
  /** Last Gregorian day covered (inclusive), `YYYY-MM-DD`; absent when `vague`. */
  end?: string;
  /** The Hijri date as written, when the text was Hijri. */
  hijri?: DateFields;
  /** Present when the text was relative to the reference date. */
  relative?: RelativeAnchor;
  /** A part of the period (`مطلع`، `منتصف`، `أواخر`). */
  modifier?: PeriodModifier;
  /** `true` when the text does not pin a day (`قبل أيام`، `في الآونة الأخيرة`). */
  vague?: true;
  /**
   * With `vague`: the side of the reference date the text places it on, `past` for `قبل أيام`،
   * `مؤخرا`، `قبل بضعة أشهر`, `future` for `في الأيام المقبلة`، `قريبا`، `بعد عدة أسابيع`.
   */
  vagueSide?: VagueSide;
  /** Problems found while reading it, e.g. the two halves of a `الموافق` double date disagree. */
  warnings?: string[];
  /**
   * The part of the day written before a day (`مساء الخميس`، `فجر اليوم`، `صباح الغد`); the day's
   * other fields are those of the day alone. «ليلة» before a weekday is the night before it, as
   * Arabic reckons a night with the day that follows (`ليلة الجمعة` is Thursday night): the value is
   * the evening's day (Thursday) with `partOfDay: 'night'`, and the fields the text wrote for Friday
   * move to `implied` as Thursday's. Before any other day (`ليلة أمس`، `ليلة 14 شباط`) it is that day's
   * night, and so is the night between two days (`ليلة الخميس الجمعة` is Thursday's). «عشية» (the eve)
   * reads like «ليلة» in the evening (`عشية الأحد` is Saturday evening), except with an `ar-TN`, `ar-DZ`
   * or `ar-LY` locale, whose press means the afternoon of that day. A Hijri date keeps
   * its day (`ليلة الجمعة 5 رمضان`): the Islamic day begins at sunset, so that night is already 5 Ramadan.
   *
   * @example
   * ```ts
   * parseDate('مساء الخميس', { reference: '2026-01-28' });
   * // { …the value of «الخميس» (start '2026-01-22')…, partOfDay: 'evening' }
   * parseDate('ليلة الجمعة', { reference: '2026-01-28' });
   * // start '2026-01-22' (Thursday), known {}, implied { year: 2026, month: 1, day: 22, weekday: 4 }, partOfDay: 'night'
   * ```
   */
  partOfDay?: PartOfDay;
}

/**
 * A part of the day, written before a day (`مساء الخميس`، `صباح الغد`) or with a clock time
 * (`الساعة العاشرة صباحًا`). One union for {@link DateValue.partOfDay} and {@link TimeValue.partOfDay}.
 *
 * @example
 * ```ts
 * // «عصر السبت 14 شباط»
 * const part: PartOfDay = 'afternoon';
 * ```
 */
export type PartOfDay = 'dawn' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

/**
 * A time of day, attached to a date when the text gave one.
 *
 * @example
 * ```ts
 * // «الساعة 10:30 مساء»
 * const value: TimeValue = { type: 'time', hour: 22, minute: 30 };
 * ```
 */
export interface TimeValue {
  /** Tells a time value from the other kinds. */
  type: 'time';
  /** 0–23. */
  hour: number;
  /** 0–59. */
  minute: number;
  /** 0–59, when written. */
  second?: number;
  /** The part of day the text named (`صباحا`، `مساء`…). */
  partOfDay?: PartOfDay;
  /**
   * The IANA time zone the text gave the time in (`بتوقيت مكة المكرمة` → `Asia/Riyadh`,
   * `بتوقيت غرينتش`/`GMT` → `UTC`). Absent when the text named none, and for `بالتوقيت المحلي`
   * (the local time of the place, which is what a time without a zone means anyway).
   */
  timeZone?: string;
  /** The date the time belongs to, when the text gave one. */
  date?: DateValue;
}

/**
 * A range between two dates or two times (`من 12 إلى 15 تشرين الأول`).
 *
 * @example
 * ```ts
 * // «بين 12 و15 أكتوبر 2025»
 * const range = parseDate('بين 12 و15 أكتوبر 2025');
 * // range.from.start === '2025-10-12', range.to.start === '2025-10-15'
 * ```
 */
export interface RangeValue {
  /** Tells a range from the other kinds. */
  type: 'range';
  /** The first end of the range (`من 12` in `من 12 إلى 15 تشرين الأول`). */
  from: DateValue | TimeValue;
  /** The last end of the range, inclusive (`15 تشرين الأول`). */
  to: DateValue | TimeValue;
}

/**
 * Amounts of each unit in a duration; fractional amounts allowed (`{ months: 3.5 }`).
 *
 * @example
 * ```ts
 * // «عام وثلاثة أشهر»
 * const parts: DurationParts = { years: 1, months: 3 };
 * ```
 */
export interface DurationParts {
  /** Number of centuries (قرن); may be fractional. */
  centuries?: number;
  /** Number of decades (عقد); may be fractional. */
  decades?: number;
  /** Number of years (عام/سنة); may be fractional. */
  years?: number;
  /** Number of months (شهر); may be fractional. */
  months?: number;
  /** Number of weeks (أسبوع); may be fractional. */
  weeks?: number;
  /** Number of days (يوم); may be fractional. */
  days?: number;
  /** Number of hours (ساعة); may be fractional. */
  hours?: number;
  /** Number of minutes (دقيقة); may be fractional. */
  minutes?: number;
  /** Number of seconds (ثانية); may be fractional. */
  seconds?: number;
}

/**
 * How a duration is bounded or hedged by the text.
 *
 * @example
 * ```ts
 * // «أقل من 4 أشهر»
 * const qualifier: DurationQualifier = 'less-than';
 * ```
 */
export type DurationQualifier = 'less-than' | 'more-than' | 'about' | 'at-least' | 'at-most' | 'only' | 'within';

/**
 * A length of time.
 *
 * @example
 * ```ts
 * // «ثلاثة أشهر ونصف»
 * const value: DurationValue = { type: 'duration', iso: 'P3.5M', parts: { months: 3.5 }, qualifier: null };
 * ```
 */
export interface DurationValue {
  /** Tells a duration from the other kinds. */
  type: 'duration';
  /** ISO 8601 duration (`P3.5M`, `P2D`, `P1Y3M`, `PT1.5H`). */
  iso: string;
  /** The amount of each unit the text gave. */
  parts: DurationParts;
  /**
   * How the text bounded or hedged it (`أقل من`، `فقط`، `نحو`…), or `null`. A vague amount
   * (`بضعة أيام`، `عدة أشهر`، `سنوات عديدة`) is `at-least` the least count of an Arabic plural,
   * three: `{ iso: 'P3D', parts: { days: 3 }, qualifier: 'at-least' }`.
   */
  qualifier: DurationQualifier | null;
}

/**
 * Any temporal value.
 *
 * @example
 * ```ts
 * const value: TemporalValue | null = parseDate('أمس', { reference: '2026-01-28' });
 * ```
 */
export type TemporalValue = DateValue | RangeValue | DurationValue | TimeValue;

/**
 * The kind of a temporal match.
 *
 * @example
 * ```ts
 * // «يومين فقط»
 * const kind: TemporalKind = 'duration';
 * ```
 */
export type TemporalKind = TemporalValue['type'];

/**
 * One temporal expression found in running text.
 *
 * @example
 * ```ts
 * const [m] = findTemporal('زار موسكو أمس', { reference: '2026-01-28' });
 * // m.kind === 'date', m.text === 'أمس', m.index === 10, m.end === 13
 * ```
 */
export interface TemporalMatch {
  /** The kind of expression; equals `value.type`. */
  kind: TemporalKind;
  /** The matched text, exactly as in the input (`input.slice(index, end)`). */
  text: string;
  /** UTF-16 offset of the first unit in the input. */
  index: number;
  /** UTF-16 offset after the last unit in the input. */
  end: number;
  /** What the expression means. */
  value: TemporalValue;
}

/**
 * Options for the temporal parsers.
 *
 * @example
 * ```ts
 * const options: TemporalOptions = { reference: '2026-01-28', timeZone: 'Asia/Damascus', prefer: 'past', locale: 'ar-SY' };
 * findTemporal('وصل الوفد أمس', options); // «أمس» → 2026-01-27
 * ```
 */
export interface TemporalOptions {
  /** The day the text was written: a `Date` (read in `timeZone`) or `YYYY-MM-DD`. Default: today. */
  reference?: Date | string;
  /** IANA time zone used to read a `Date` reference. Default `UTC`. */
  timeZone?: string;
  /**
   * Which reading to choose for a year, month or week the text left out. Default `past` (news mostly
   * reports what happened); when it is not given, a date in a clause after a future marker
   * (`FUTURE_MARKERS`: «سوف»، «من المقرر»، «ستعقد»، «سيزور»…) up to the clause's end is read as the coming
   * one: «ستعقد القمة في 15 ديسمبر» written on 30 November 2026 is 2026-12-15; the clause goes on past a
   * comma before «ثم»، «على أن»، «حيث»… After a present-tense verb of a scheduled event
   * (`PRESENT_SCHEDULE_MARKERS`: «تبدأ»، «يصل»، «تعقد»…) it is the nearer of the last and the coming one:
   * «تبدأ الزيارة في 3 ديسمبر» is 2026-12-03. A date after «منذ» stays past. A value given here applies
   * everywhere.
   */
  prefer?: 'past' | 'future' | 'nearest';
  /** A locale hint such as `ar-MA`, for the first day of the week and dialect ties. */
  locale?: string;
  /**
   * How «مطلع/بداية» and «أواخر/نهاية» narrow a period. `thirds` (default, Duckling's convention):
   * a month's start is days 1–10 and its end days 21 to the last; a year's start is January–April.
   * `halves` (Microsoft Recognizers-Text's convention): a month's start is days 1–15 and its end
   * days 16 to the last; a year's start is January–June. «منتصف» is the middle third either way.
   */
  periodParts?: 'thirds' | 'halves';
}
