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
 * An IANA zone and the places whose time a text gives in it (`بتوقيت القاهرة`).
 *
 * @example
 * ```ts
 * const entry: TimeZonePlaces = { zone: 'Asia/Riyadh', region: 'gulf', spellings: ['مكة المكرمة', 'مكة', 'الرياض'] };
 * ```
 */
export interface TimeZonePlaces {
  /** The IANA zone (`UTC` for Greenwich). */
  readonly zone: string;
  /** Where the places are. */
  readonly region: TimeZoneRegion;
  /** Also stand right after a time without `بتوقيت` (`14:00 GMT`، `الساعة 9 ت.غ`). */
  readonly bare?: true;
  /** The places (cities, countries) as written; parsers normalize them. */
  readonly spellings: readonly string[];
}

/**
 * Every zone with its places. «عمان» is Amman (`Asia/Amman`): in `بتوقيت عمان` news means Jordan's
 * capital far more often than Oman, which is written `سلطنة عمان` or `مسقط` (`Asia/Muscat`). «طرابلس»
 * is Libya's capital (`Africa/Tripoli`); Lebanon's Tripoli keeps Beirut's time and is named so.
 */
export const TIME_ZONE_PLACES: readonly TimeZonePlaces[] = [
  // Greenwich and universal time
  { zone: 'UTC', region: 'all', spellings: ['غرينتش', 'غرينيتش', 'جرينتش', 'جرينيتش', 'غرنتش', 'جرنتش'] },
  { zone: 'UTC', region: 'all', bare: true, spellings: ['GMT', 'UTC', 'gmt', 'utc', 'ت.غ'] },
  // Arabian Peninsula
  { zone: 'Asia/Riyadh', region: 'gulf', spellings: ['مكة المكرمة', 'مكة', 'الرياض', 'السعودية'] },
  { zone: 'Asia/Qatar', region: 'gulf', spellings: ['الدوحة', 'قطر'] },
  { zone: 'Asia/Dubai', region: 'gulf', spellings: ['أبوظبي', 'أبو ظبي', 'دبي', 'الإمارات'] },
  { zone: 'Asia/Kuwait', region: 'gulf', spellings: ['الكويت'] },
  { zone: 'Asia/Bahrain', region: 'gulf', spellings: ['المنامة', 'البحرين'] },
  { zone: 'Asia/Muscat', region: 'gulf', spellings: ['مسقط', 'سلطنة عمان'] },
  { zone: 'Asia/Aden', region: 'yemen', spellings: ['صنعاء', 'عدن', 'اليمن'] },
  // Levant and Iraq
  { zone: 'Asia/Jerusalem', region: 'levant', spellings: ['القدس'] },
  { zone: 'Asia/Beirut', region: 'levant', spellings: ['بيروت', 'لبنان'] },
  { zone: 'Asia/Damascus', region: 'levant', spellings: ['دمشق', 'سوريا', 'سورية'] },
  { zone: 'Asia/Amman', region: 'levant', spellings: ['عمان', 'الأردن'] },
  { zone: 'Asia/Baghdad', region: 'iraq', spellings: ['بغداد', 'العراق'] },
  // Egypt and Sudan
  { zone: 'Africa/Cairo', region: 'egypt', spellings: ['القاهرة', 'مصر'] },
  { zone: 'Africa/Khartoum', region: 'sudan', spellings: ['الخرطوم', 'السودان'] },
  // Maghreb
  { zone: 'Africa/Algiers', region: 'maghreb', spellings: ['الجزائر'] },
  { zone: 'Africa/Tunis', region: 'maghreb', spellings: ['تونس'] },
  { zone: 'Africa/Casablanca', region: 'maghreb', spellings: ['الرباط', 'الدار البيضاء', 'المغرب'] },
  { zone: 'Africa/Tripoli', region: 'maghreb', spellings: ['طرابلس', 'ليبيا'] },
  { zone: 'Africa/Nouakchott', region: 'maghreb', spellings: ['نواكشوط', 'موريتانيا'] },
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
