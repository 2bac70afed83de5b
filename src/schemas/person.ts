import * as z from 'zod';
import { buildRegex } from '../text/regex';
import { Country } from './country';
import { evidenceField } from './evidence';
import { LocalizedName } from './localized-name';
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
export type Person = z.infer<typeof Person>;

/**
 * Schema of {@link Person}: a name; optionally a Wikidata item id (`Q…`), a country and the
 * gender the text shows (`وزيرة` shows `female`).
 *
 * @example
 * ```ts
 * Person.parse({ name: { ar: 'أحمد الشرع' }, country: 'SY' });
 * ```
 */
export const Person = named(
  z.object({
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
  }),
  'Person',
  {
    en: ['Person', 'A person named in the report.'],
    ar: ['الشخص', 'شخص ورد اسمه في الخبر.'],
  },
);
