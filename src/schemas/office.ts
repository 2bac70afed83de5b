import * as z from 'zod';
import { OFFICE_CODES, PORTFOLIO_CODES, type OfficeCode, type Portfolio } from '../data/offices';
import { Country } from './country';
import { type Evidence, evidenceField } from './evidence';
import { Organization } from './organization';
import type { IsExact } from './exact';
import { field, named } from './registry';

/**
 * An office: the title as written and its normalized code from the office table.
 *
 * @example
 * ```ts
 * const office: Office = { title: 'وزير الخارجية والمغتربين', code: 'minister', portfolio: 'foreign', country: 'SY' };
 * ```
 */
export interface Office {
  /** The title as written (`وزير الخارجية`، `المتحدث باسم الكرملين`). */
  title: string;
  /** The normalized office code from `src/data/offices.ts`. */
  code: OfficeCode;
  /** For ministers and ministries: the portfolio. */
  portfolio?: Portfolio;
  /** The organization the office belongs to. */
  organization?: Organization;
  /** The country of the office (ISO 3166-1 alpha-2). */
  country?: Country;
  /** Where the text gives the title. */
  evidence?: Evidence;
}

const officeSchema = z.object({
    title: field(z.string().trim().min(1), {
      en: ['Title', 'The title as written in the text (وزير الخارجية، المتحدث باسم الكرملين).'],
      ar: ['المسمى', 'المسمى الوظيفي كما ورد في النص (وزير الخارجية، المتحدث باسم الكرملين).'],
    }),
    code: field(z.enum(OFFICE_CODES), {
      en: ['Office code', 'The normalized office: head of state, king, emir, minister, spokesperson, ambassador…'],
      ar: ['رمز المنصب', 'المنصب الموحد: رئيس دولة، ملك، أمير، وزير، متحدث رسمي، سفير…'],
    }),
    portfolio: field(z.enum(PORTFOLIO_CODES).optional(), {
      en: ['Portfolio', 'For ministers and ministries: the portfolio (foreign, defence, interior…).'],
      ar: ['الحقيبة', 'الحقيبة الوزارية للوزير أو الوزارة (الخارجية، الدفاع، الداخلية…).'],
    }),
    organization: field(Organization.optional(), {
      en: ['Organization', 'The organization the office belongs to (الكرملين، رئاسة الجمهورية).'],
      ar: ['الجهة', 'الجهة التي يتبع لها المنصب (الكرملين، رئاسة الجمهورية).'],
    }),
    country: field(Country.optional(), {
      en: ['Country', 'The country of the office.'],
      ar: ['الدولة', 'الدولة التي يتبع لها المنصب.'],
    }),
    evidence: evidenceField({ en: 'the title', ar: 'المسمى' }),
  });
true satisfies IsExact<z.output<typeof officeSchema>, Office>;
true satisfies IsExact<z.input<typeof officeSchema>, Office>;

/**
 * Schema of {@link Office}: `code` and `portfolio` are closed enums from `src/data/offices.ts`.
 *
 * @example
 * ```ts
 * Office.parse({ title: 'المتحدث باسم الكرملين', code: 'spokesperson', country: 'RU' });
 * ```
 */
export const Office: z.ZodType<Office, Office> = named(officeSchema, 'Office', {
    en: ['Office', 'A post held by a person, as written and as a normalized code.'],
    ar: ['المنصب', 'منصب يشغله شخص، كما ورد في النص وبرمز موحد.'],
  });
