import * as z from 'zod';
import { buildRegex } from '../text/regex';
import { Country } from './country';
import { type Evidence, evidenceField } from './evidence';
import { LocalizedName } from './localized-name';
import type { IsExact } from './exact';
import { field, named } from './registry';

const WIKIDATA_ITEM = buildRegex('schemas/wikidata-item', '^Q[1-9][0-9]{0,11}$');

/**
 * A person named in a report.
 *
 * @example
 * ```ts
 * const putin: Person = { name: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' }, wikidata: 'Q7747', country: 'RU', gender: 'male' };
 * ```
 */
export interface Person {
  /** The name of the person as written. */
  name: LocalizedName;
  /** The Wikidata item id (`Q7747`). */
  wikidata?: string;
  /** The country the person represents (ISO 3166-1 alpha-2). */
  country?: Country;
  /** The gender the text shows (`وزيرة` → `female`), when it shows one. */
  gender?: 'male' | 'female';
  /** Where the text names the person. */
  evidence?: Evidence;
}

const personSchema = z.object({
    name: field(LocalizedName, {
      en: ['Name', 'The name of the person as written.'],
      ar: ['الاسم', 'اسم الشخص كما ورد.'],
    }),
    wikidata: field(z.string().regex(WIKIDATA_ITEM).optional(), {
      en: ['Wikidata item', 'The Wikidata item id of the person (Q followed by digits).'],
      ar: ['معرف ويكي بيانات', 'معرف الشخص في ويكي بيانات (الحرف Q تليه أرقام).'],
    }),
    country: field(Country.optional(), {
      en: ['Country', 'The country the person represents.'],
      ar: ['الدولة', 'الدولة التي يمثلها الشخص.'],
    }),
    gender: field(z.enum(['male', 'female']).optional(), {
      en: ['Gender', 'The grammatical gender the text shows for the person, when it shows one.'],
      ar: ['الجنس', 'جنس الشخص كما يظهر من صيغة النص إن ظهر.'],
    }),
    evidence: evidenceField({ en: 'the person', ar: 'ذكر الشخص' }),
  });
true satisfies IsExact<z.output<typeof personSchema>, Person>;
true satisfies IsExact<z.input<typeof personSchema>, Person>;

/**
 * Schema of {@link Person}: a name; optionally a Wikidata item id (`Q…`), a country and the
 * gender the text shows (`وزيرة` shows `female`).
 *
 * @example
 * ```ts
 * Person.parse({ name: { ar: 'أحمد الشرع' }, country: 'SY' });
 * ```
 */
export const Person: z.ZodType<Person, Person> = named(personSchema, 'Person', {
    en: ['Person', 'A person named in the report.'],
    ar: ['الشخص', 'شخص ورد اسمه في الخبر.'],
  });
