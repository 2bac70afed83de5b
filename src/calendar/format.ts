/**
 * Writing civil dates in Arabic: any dialect's month names (or two of them
 * combined), Arabic-Indic or Latin digits, Gregorian, Hijri or both.
 *
 * @module
 */
import { ERA_MARKERS } from '../data/era-markers';
import { EQUIVALENCE_WORDS } from '../data/relative-words';
import { WEEKDAYS } from '../data/weekdays';
import { toArabicDigits } from '../text/digits';
import { MONTH_TABLES } from '../data/months/index';
import { assertCivilDate, parseIsoDate } from './civil-date';
import { CalendarRangeError } from './errors';
import { toHijri } from './hijri';
import { monthNames } from './months';
import type { MonthDialect } from './months';
import type { CalendarSystem, CivilDate } from './types';
import { weekdayOf } from './week';

/**
 * How {@link formatArabicDate} writes a date.
 *
 * @example
 * ```ts
 * const options: FormatArabicDateOptions = { dialect: ['levantine', 'gulf'], digits: 'arab' }; // «١٥ تشرين الأول/أكتوبر ٢٠٢٥»
 * ```
 */
export interface FormatArabicDateOptions {
  /**
   * The month names: one dialect, or two to write the combined press form
   * «تشرين الأول/أكتوبر». Default: the `locale`'s CLDR names, else `gulf` (the
   * pan-Arab standard names). Ignored for Hijri months, which have one set of names.
   */
  readonly dialect?: MonthDialect | readonly [MonthDialect, MonthDialect];
  /** `arab` for ٠١٢٣٤٥٦٧٨٩, `latn` for 0123456789. Default: the `locale`'s digits, else `latn`. */
  readonly digits?: 'arab' | 'latn';
  /**
   * `gregory` (default unless the locale asks otherwise), `islamic-umalqura`
   * («23 ربيع الآخر 1447 هـ»), or `both`
   * («23 ربيع الآخر 1447 هـ الموافق 15 تشرين الأول 2025 م»).
   */
  readonly calendar?: CalendarSystem | 'both';
  /** Put the weekday first, as CLDR's full style does: «الأربعاء، 15 أكتوبر 2025». Default `false`. */
  readonly weekday?: boolean;
  /** An Arabic locale (`ar-SY`, `ar-MA` …) whose CLDR month names, digits and default calendar to use. */
  readonly locale?: string;
}

const WEEKDAY_NAMES: ReadonlyMap<number, string> = new Map(
  WEEKDAYS.filter((entry) => entry.preferred).map((entry) => [entry.weekday, entry.spelling] as const),
);
/** The preferred era markers («هـ»، «م») and word of equivalence («الموافق») of the data tables. */
const HIJRI_ERA = ERA_MARKERS.find((e) => e.preferred && e.calendar === 'islamic-umalqura')?.marker ?? '';
const GREGORIAN_ERA = ERA_MARKERS.find((e) => e.preferred && e.calendar === 'gregory')?.marker ?? '';
const EQUIVALENCE = EQUIVALENCE_WORDS.find((w) => w.preferred)?.word ?? '';

/** Region → the dialect whose preferred names that region's CLDR locale uses. */
const CLDR_DIALECT_BY_REGION: ReadonlyMap<string, MonthDialect> = new Map(
  MONTH_TABLES.flatMap((table) => table.cldrRegions.map((region) => [region, table.dialect] as const)),
);

interface LocaleDefaults {
  readonly dialect: MonthDialect;
  readonly digits: 'arab' | 'latn';
  readonly calendar: CalendarSystem;
}

const localeDefaults = new Map<string, LocaleDefaults>();

function defaultsFor(locale: string | undefined): LocaleDefaults {
  if (locale === undefined) return { dialect: 'gulf', digits: 'latn', calendar: 'gregory' };
  const cached = localeDefaults.get(locale);
  if (cached) return cached;
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale);
  } catch {
    throw new CalendarRangeError('locale', locale, 'a BCP 47 language tag such as "ar-SY"');
  }
  if (parsed.language !== 'ar') throw new CalendarRangeError('locale', locale, 'the Arabic locales (ar, ar-SY, ar-MA …)');
  const region = parsed.region ?? parsed.maximize().region ?? '';
  const numbering = new Intl.NumberFormat(locale).resolvedOptions().numberingSystem;
  const calendar = new Intl.DateTimeFormat(locale).resolvedOptions().calendar;
  const defaults: LocaleDefaults = {
    dialect: CLDR_DIALECT_BY_REGION.get(region) ?? 'gulf',
    digits: numbering === 'arab' ? 'arab' : 'latn',
    calendar: calendar === 'islamic-umalqura' ? 'islamic-umalqura' : 'gregory',
  };
  localeDefaults.set(locale, defaults);
  return defaults;
}

function gregorianMonthName(month: number, dialect: FormatArabicDateOptions['dialect'] & {}): string {
  if (typeof dialect === 'string') return monthName(dialect, month);
  const [first, second] = dialect as readonly [MonthDialect, MonthDialect];
  const a = monthName(first, month);
  const b = monthName(second, month);
  return a === b ? a : `${a}/${b}`;
}

function monthName(dialect: MonthDialect, month: number): string {
  if (dialect === 'hijri') throw new CalendarRangeError('month dialect for a Gregorian date', dialect, 'a Gregorian dialect (levantine, gulf, moroccan …)');
  return monthNames(dialect)[month - 1] as string;
}

/**
 * Writes a Gregorian civil date in Arabic, day first: «15 تشرين الأول 2025»,
 * «١٥ أكتوبر ٢٠٢٥», «15 تشرين الأول/أكتوبر 2025», «23 ربيع الآخر 1447 هـ», or
 * both calendars joined by «الموافق» with «هـ» and «م». With a `locale`, the
 * output equals `Intl.DateTimeFormat(locale, { dateStyle: 'long' })` (and
 * `dateStyle: 'full'` with `weekday: true`) for every Arabic locale of CLDR 48,
 * but the names come from ziyara's own tables.
 *
 * @param date - a Gregorian `{ year, month, day }` or ISO `YYYY-MM-DD` string.
 * @param options - dialect, digits, calendar, weekday, locale.
 * @returns the formatted date.
 * @throws CalendarRangeError when the date is invalid, a Hijri date is asked for outside 1924-08-01 … 2077-11-16, or the locale is not Arabic.
 * @example
 * ```ts
 * formatArabicDate('2025-10-15', { dialect: 'levantine' }); // '15 تشرين الأول 2025'
 * formatArabicDate('2025-10-15', { dialect: ['levantine', 'gulf'], digits: 'arab' }); // '١٥ تشرين الأول/أكتوبر ٢٠٢٥'
 * formatArabicDate('2025-10-15', { calendar: 'both', dialect: 'levantine' }); // '23 ربيع الآخر 1447 هـ الموافق 15 تشرين الأول 2025 م'
 * formatArabicDate('2025-08-15', { locale: 'ar-MA', weekday: true }); // 'الجمعة، 15 غشت 2025'
 * ```
 */
export function formatArabicDate(date: CivilDate | string, options: FormatArabicDateOptions = {}): string {
  const civil = typeof date === 'string' ? parseIsoDate(date) : date;
  if (civil === null) throw new CalendarRangeError('date', date, 'an ISO date YYYY-MM-DD of a real day, 0001-01-01 … 9999-12-31');
  assertCivilDate(civil, 'date');
  const defaults = defaultsFor(options.locale);
  const dialect = options.dialect ?? defaults.dialect;
  const digits = options.digits ?? defaults.digits;
  const calendar = options.calendar ?? defaults.calendar;

  const gregorian = `${civil.day} ${gregorianMonthName(civil.month, dialect)} ${civil.year}`;
  let text: string;
  if (calendar === 'gregory') {
    text = gregorian;
  } else {
    const hijri = toHijri(civil);
    const hijriText = `${hijri.day} ${monthNames('hijri')[hijri.month - 1]} ${hijri.year} ${HIJRI_ERA}`;
    text = calendar === 'both' ? `${hijriText} ${EQUIVALENCE} ${gregorian} ${GREGORIAN_ERA}` : hijriText;
  }
  if (options.weekday) text = `${WEEKDAY_NAMES.get(weekdayOf(civil))}، ${text}`;
  return digits === 'arab' ? toArabicDigits(text) : text;
}
