import * as z from 'zod';
import { countryCodes } from '../data/country-codes';
import { named } from './registry';

/**
 * An ISO 3166-1 alpha-2 country code (`SY`, `RU`, `MA`). The Arabic and English names
 * come from `Intl.DisplayNames`: see `arabicCountryName` and `englishCountryName`.
 *
 * @example
 * ```ts
 * const syria: Country = 'SY'; // سوريا
 * ```
 */
export type Country = string;

/**
 * Schema of a country: an ISO 3166-1 alpha-2 code, upper case, checked against the
 * codes the runtime's CLDR data names (no `EU`, `XK` or deprecated `SU`).
 *
 * @example
 * ```ts
 * Country.parse('RU'); // 'RU' — روسيا
 * Country.safeParse('روسيا').success; // false: a name, not a code
 * ```
 */
export const Country = named(z.enum(countryCodes() as [string, ...string[]]), 'Country', {
  en: ['Country', 'An ISO 3166-1 alpha-2 country code, upper case (SY, RU, MA).'],
  ar: ['الدولة', 'رمز الدولة المؤلف من حرفين لاتينيين كبيرين وفق معيار ISO 3166-1 (مثل SY لسوريا وRU لروسيا).'],
}) as z.ZodType<Country, string>;
