/**
 * Time zones named after a clock time (`الساعة 10 صباحًا بتوقيت مكة المكرمة`،
 * `الساعة 14:00 بتوقيت غرينتش`، `الثالثة عصرًا بالتوقيت المحلي`): the places, with the IANA
 * zone each names, and the words that introduce them. The time reader builds its lookups
 * from these tables (normalized); adding a city is a one-line change.
 *
 * @module
 */

/** Where a place is (`all` for Greenwich and the UTC abbreviations). */
export type TimeZoneRegion = 'levant' | 'iraq' | 'gulf' | 'yemen' | 'egypt' | 'sudan' | 'maghreb' | 'all';

/**
 * A place whose time a text gives (`بتوقيت القاهرة`), and its IANA zone.
 *
 * @example
 * ```ts
 * const entry: TimeZonePlace = { spelling: 'مكة المكرمة', zone: 'Asia/Riyadh', region: 'gulf' };
 * ```
 */
export interface TimeZonePlace {
  /** The place as written; parsers normalize it. */
  readonly spelling: string;
  /** The IANA zone (`UTC` for Greenwich). */
  readonly zone: string;
  /** Where the place is. */
  readonly region: TimeZoneRegion;
  /** Also stands right after a time without `بتوقيت` (`14:00 GMT`، `الساعة 9 ت.غ`). */
  readonly bare?: true;
}

/**
 * Every place. «عمان» is Amman (`Asia/Amman`): in `بتوقيت عمان` news means Jordan's capital far
 * more often than Oman, which is written `سلطنة عمان` or `مسقط` (`Asia/Muscat`). «طرابلس» is
 * Libya's capital (`Africa/Tripoli`); Lebanon's Tripoli keeps Beirut's time and is named so.
 */
export const TIME_ZONE_PLACES: readonly TimeZonePlace[] = [
  // Greenwich and universal time
  { spelling: 'غرينتش', zone: 'UTC', region: 'all' },
  { spelling: 'غرينيتش', zone: 'UTC', region: 'all' },
  { spelling: 'جرينتش', zone: 'UTC', region: 'all' },
  { spelling: 'جرينيتش', zone: 'UTC', region: 'all' },
  { spelling: 'غرنتش', zone: 'UTC', region: 'all' },
  { spelling: 'جرنتش', zone: 'UTC', region: 'all' },
  { spelling: 'GMT', zone: 'UTC', region: 'all', bare: true },
  { spelling: 'UTC', zone: 'UTC', region: 'all', bare: true },
  { spelling: 'ت.غ', zone: 'UTC', region: 'all', bare: true },
  // Arabian Peninsula
  { spelling: 'مكة المكرمة', zone: 'Asia/Riyadh', region: 'gulf' },
  { spelling: 'مكة', zone: 'Asia/Riyadh', region: 'gulf' },
  { spelling: 'الرياض', zone: 'Asia/Riyadh', region: 'gulf' },
  { spelling: 'السعودية', zone: 'Asia/Riyadh', region: 'gulf' },
  { spelling: 'الدوحة', zone: 'Asia/Qatar', region: 'gulf' },
  { spelling: 'قطر', zone: 'Asia/Qatar', region: 'gulf' },
  { spelling: 'أبوظبي', zone: 'Asia/Dubai', region: 'gulf' },
  { spelling: 'أبو ظبي', zone: 'Asia/Dubai', region: 'gulf' },
  { spelling: 'دبي', zone: 'Asia/Dubai', region: 'gulf' },
  { spelling: 'الإمارات', zone: 'Asia/Dubai', region: 'gulf' },
  { spelling: 'الكويت', zone: 'Asia/Kuwait', region: 'gulf' },
  { spelling: 'المنامة', zone: 'Asia/Bahrain', region: 'gulf' },
  { spelling: 'البحرين', zone: 'Asia/Bahrain', region: 'gulf' },
  { spelling: 'مسقط', zone: 'Asia/Muscat', region: 'gulf' },
  { spelling: 'سلطنة عمان', zone: 'Asia/Muscat', region: 'gulf' },
  { spelling: 'صنعاء', zone: 'Asia/Aden', region: 'yemen' },
  { spelling: 'عدن', zone: 'Asia/Aden', region: 'yemen' },
  { spelling: 'اليمن', zone: 'Asia/Aden', region: 'yemen' },
  // Levant and Iraq
  { spelling: 'القدس', zone: 'Asia/Jerusalem', region: 'levant' },
  { spelling: 'بيروت', zone: 'Asia/Beirut', region: 'levant' },
  { spelling: 'لبنان', zone: 'Asia/Beirut', region: 'levant' },
  { spelling: 'دمشق', zone: 'Asia/Damascus', region: 'levant' },
  { spelling: 'سوريا', zone: 'Asia/Damascus', region: 'levant' },
  { spelling: 'سورية', zone: 'Asia/Damascus', region: 'levant' },
  { spelling: 'عمان', zone: 'Asia/Amman', region: 'levant' },
  { spelling: 'الأردن', zone: 'Asia/Amman', region: 'levant' },
  { spelling: 'بغداد', zone: 'Asia/Baghdad', region: 'iraq' },
  { spelling: 'العراق', zone: 'Asia/Baghdad', region: 'iraq' },
  // Egypt and Sudan
  { spelling: 'القاهرة', zone: 'Africa/Cairo', region: 'egypt' },
  { spelling: 'مصر', zone: 'Africa/Cairo', region: 'egypt' },
  { spelling: 'الخرطوم', zone: 'Africa/Khartoum', region: 'sudan' },
  { spelling: 'السودان', zone: 'Africa/Khartoum', region: 'sudan' },
  // Maghreb
  { spelling: 'الجزائر', zone: 'Africa/Algiers', region: 'maghreb' },
  { spelling: 'تونس', zone: 'Africa/Tunis', region: 'maghreb' },
  { spelling: 'الرباط', zone: 'Africa/Casablanca', region: 'maghreb' },
  { spelling: 'الدار البيضاء', zone: 'Africa/Casablanca', region: 'maghreb' },
  { spelling: 'المغرب', zone: 'Africa/Casablanca', region: 'maghreb' },
  { spelling: 'طرابلس', zone: 'Africa/Tripoli', region: 'maghreb' },
  { spelling: 'ليبيا', zone: 'Africa/Tripoli', region: 'maghreb' },
  { spelling: 'نواكشوط', zone: 'Africa/Nouakchott', region: 'maghreb' },
  { spelling: 'موريتانيا', zone: 'Africa/Nouakchott', region: 'maghreb' },
];

/**
 * Words after a time that introduce its zone: `place` ones take a place of
 * {@link TIME_ZONE_PLACES} after them (`بتوقيت القدس`); `local` and `utc` ones are whole
 * (`بالتوقيت المحلي` is the local time of the place, which sets no zone; `بالتوقيت العالمي` is UTC).
 *
 * @example
 * ```ts
 * const entry: TimeZoneLead = { spelling: 'بتوقيت', then: 'place' };
 * ```
 */
export interface TimeZoneLead {
  /** The words as written; parsers normalize them. */
  readonly spelling: string;
  /** What the words name: a `place` follows, the `local` time, or `utc`. */
  readonly then: 'place' | 'local' | 'utc';
}

/** Every zone lead. */
export const TIME_ZONE_LEADS: readonly TimeZoneLead[] = [
  { spelling: 'بتوقيت', then: 'place' },
  { spelling: 'توقيت', then: 'place' },
  { spelling: 'حسب توقيت', then: 'place' },
  { spelling: 'بحسب توقيت', then: 'place' },
  { spelling: 'وفق توقيت', then: 'place' },
  { spelling: 'وفقًا لتوقيت', then: 'place' },
  { spelling: 'على توقيت', then: 'place' },
  { spelling: 'بالتوقيت المحلي', then: 'local' },
  { spelling: 'بتوقيت محلي', then: 'local' },
  { spelling: 'حسب التوقيت المحلي', then: 'local' },
  { spelling: 'بحسب التوقيت المحلي', then: 'local' },
  { spelling: 'وفق التوقيت المحلي', then: 'local' },
  { spelling: 'وفقًا للتوقيت المحلي', then: 'local' },
  { spelling: 'بالتوقيت العالمي الموحد', then: 'utc' },
  { spelling: 'بالتوقيت العالمي', then: 'utc' },
  { spelling: 'بتوقيت عالمي', then: 'utc' },
];
