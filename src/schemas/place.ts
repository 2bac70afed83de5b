import * as z from 'zod';
import { Country } from './country';
import { type Evidence, evidenceField } from './evidence';
import { LocalizedName } from './localized-name';
import type { IsExact } from './exact';
import { field, named } from './registry';

/**
 * The kinds of place a visit report names.
 *
 * @example
 * ```ts
 * // «قصر الإليزيه»
 * const kind: PlaceKind = 'palace';
 * ```
 */
export const PLACE_KINDS = ['capital', 'city', 'airport', 'palace', 'military-base', 'region', 'country', 'building', 'port', 'other'] as const;

/**
 * A kind of {@link PLACE_KINDS}.
 *
 * @example
 * ```ts
 * const kind: PlaceKind = 'airport'; // «مطار فنوكوفو»
 * ```
 */
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * A place: a capital, a city, an airport, a palace…
 *
 * @example
 * ```ts
 * const moscow: Place = { name: { ar: 'موسكو', en: 'Moscow' }, kind: 'capital', country: 'RU' };
 * ```
 */
export interface Place {
  /** The name of the place as written. */
  name: LocalizedName;
  /** What the place is. */
  kind: PlaceKind;
  /** The country the place is in (ISO 3166-1 alpha-2). */
  country?: Country;
  /** Where the text names the place. */
  evidence?: Evidence;
}

const placeSchema = z.object({
    name: field(LocalizedName, {
      en: ['Name', 'The name of the place as written.'],
      ar: ['الاسم', 'اسم المكان كما ورد.'],
    }),
    kind: field(z.enum(PLACE_KINDS), {
      en: ['Kind', 'What the place is: capital, city, airport, palace, military base, region…'],
      ar: ['النوع', 'نوع المكان: عاصمة أو مدينة أو مطار أو قصر أو قاعدة عسكرية أو منطقة…'],
    }),
    country: field(Country.optional(), {
      en: ['Country', 'The country the place is in.'],
      ar: ['الدولة', 'الدولة التي يقع فيها المكان.'],
    }),
    evidence: evidenceField({ en: 'the place', ar: 'ذكر المكان' }),
  });
true satisfies IsExact<z.output<typeof placeSchema>, Place>;
true satisfies IsExact<z.input<typeof placeSchema>, Place>;

/**
 * Schema of {@link Place}.
 *
 * @example
 * ```ts
 * Place.parse({ name: { ar: 'قصر الاتحادية' }, kind: 'palace', country: 'EG' });
 * ```
 */
export const Place: z.ZodType<Place, Place> = named(placeSchema, 'Place', {
    en: ['Place', 'A place named in the report: a capital, a city, an airport, a palace…'],
    ar: ['المكان', 'مكان ورد في الخبر: عاصمة أو مدينة أو مطار أو قصر…'],
  });
