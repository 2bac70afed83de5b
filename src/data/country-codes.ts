/**
 * ISO 3166-1 alpha-2 country codes and their Arabic and English names.
 *
 * The list is not written by hand: it is every two-letter region code that the
 * runtime's `Intl.DisplayNames` (CLDR) can name, minus the codes that are not
 * assigned countries in ISO 3166-1 (listed below with the reason). Names come
 * from CLDR too, so they follow the runtime's locale data. zod-free.
 *
 * @module
 */

/**
 * Region codes that CLDR names but ISO 3166-1 does not assign to a country:
 * user-assigned codes (CLDR uses them for pseudo-locales, Kosovo and "unknown")
 * and exceptionally reserved codes (unions, islands reserved at a member's request).
 * Deprecated codes (`SU`, `YU`, `UK`…) are removed separately: CLDR canonicalizes them
 * to their successor.
 */
export const NON_COUNTRY_REGION_CODES: readonly string[] = [
  // user-assigned (ISO 3166-1 §8.1.3): pseudo-locales, Kosovo, outlying Oceania, unknown
  'QO', 'XA', 'XB', 'XK', 'ZZ',
  // exceptionally reserved: Ascension, Clipperton, Sark, Diego Garcia, Ceuta & Melilla,
  // European Union, Eurozone, Canary Islands, Tristan da Cunha, United Nations
  'AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'TA', 'UN',
];

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

let cachedCodes: readonly string[] | null = null;
let cachedCodeSet: ReadonlySet<string> | null = null;
const namesByLanguage = new Map<string, Intl.DisplayNames>();

function displayNames(language: 'ar' | 'en'): Intl.DisplayNames {
  let names = namesByLanguage.get(language);
  if (!names) {
    names = new Intl.DisplayNames(language, { type: 'region', fallback: 'none' });
    namesByLanguage.set(language, names);
  }
  return names;
}

/** `true` when CLDR rewrites `und-XX` to another region, i.e. `code` is a deprecated alias. */
function isDeprecatedAlias(code: string): boolean {
  return Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`;
}

/**
 * Every ISO 3166-1 alpha-2 country code known to the runtime, sorted
 * (249 with current CLDR data). Computed once, on first use.
 *
 * @returns the codes, e.g. `['AD', 'AE', 'AF', …, 'ZW']`.
 * @example
 * ```ts
 * countryCodes().includes('SY'); // true — سوريا
 * countryCodes().includes('EU'); // false — الاتحاد الأوروبي is not a country
 * ```
 */
export function countryCodes(): readonly string[] {
  if (cachedCodes) return cachedCodes;
  const english = displayNames('en');
  const excluded = new Set(NON_COUNTRY_REGION_CODES);
  const codes: string[] = [];
  for (const first of ALPHABET) {
    for (const second of ALPHABET) {
      const code = first + second;
      if (excluded.has(code) || english.of(code) === undefined || isDeprecatedAlias(code)) continue;
      codes.push(code);
    }
  }
  cachedCodes = Object.freeze(codes);
  return cachedCodes;
}

/**
 * Whether `value` is an ISO 3166-1 alpha-2 country code (upper case, as ISO writes it).
 *
 * @param value - any string.
 * @returns `true` for `'RU'`, `false` for `'ru'`, `'EU'`, `'XK'` or `'روسيا'`.
 * @example
 * ```ts
 * isCountryCode('SY'); // true — سوريا
 * isCountryCode('سوريا'); // false: a name, not a code
 * ```
 */
export function isCountryCode(value: string): boolean {
  if (!cachedCodeSet) cachedCodeSet = new Set(countryCodes());
  return cachedCodeSet.has(value);
}

/**
 * The Arabic name of a country, from CLDR (`روسيا`، `سوريا`، `المغرب`).
 *
 * @param code - an ISO 3166-1 alpha-2 code.
 * @returns the Arabic name, or `undefined` when `code` is not a country code.
 * @example
 * ```ts
 * arabicCountryName('RU'); // 'روسيا'
 * arabicCountryName('EU'); // undefined
 * ```
 */
export function arabicCountryName(code: string): string | undefined {
  return isCountryCode(code) ? displayNames('ar').of(code) : undefined;
}

/**
 * The English name of a country, from CLDR (`Russia`, `Syria`, `Morocco`).
 *
 * @param code - an ISO 3166-1 alpha-2 code.
 * @returns the English name, or `undefined` when `code` is not a country code.
 * @example
 * ```ts
 * englishCountryName('SY'); // 'Syria' — سوريا
 * ```
 */
export function englishCountryName(code: string): string | undefined {
  return isCountryCode(code) ? displayNames('en').of(code) : undefined;
}
