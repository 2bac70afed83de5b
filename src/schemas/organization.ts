import * as z from 'zod';
import { Country } from './country';
import { type Evidence, evidenceField } from './evidence';
import { LocalizedName } from './localized-name';
import type { IsExact } from './exact';
import { field, named } from './registry';

/**
 * The kinds of organization a report names.
 *
 * @example
 * ```ts
 * // «الكرملين»
 * const kind: OrganizationKind = 'presidency';
 * ```
 */
export const ORGANIZATION_KINDS = [
  'presidency',
  'royal-court',
  'government',
  'ministry',
  'parliament',
  'armed-forces',
  'intelligence',
  'embassy',
  'news-agency',
  'media-outlet',
  'international-organization',
  'political-party',
  'company',
  'other',
] as const;

/**
 * A kind of {@link ORGANIZATION_KINDS}.
 *
 * @example
 * ```ts
 * const kind: OrganizationKind = 'news-agency'; // «وكالة الأنباء السورية (سانا)»
 * ```
 */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * An organization: الكرملين، رئاسة الجمهورية، وزارة الخارجية، وكالة الأنباء…
 *
 * @example
 * ```ts
 * const kremlin: Organization = { name: { ar: 'الكرملين', en: 'Kremlin' }, kind: 'presidency', country: 'RU' };
 * ```
 */
export interface Organization {
  /** The name of the organization as written. */
  name: LocalizedName;
  /** What the organization is. */
  kind: OrganizationKind;
  /** The country the organization belongs to, when it belongs to one. */
  country?: Country;
  /** Where the text names the organization. */
  evidence?: Evidence;
}

const organizationSchema = z.object({
    name: field(LocalizedName, {
      en: ['Name', 'The name of the organization as written.'],
      ar: ['الاسم', 'اسم الجهة كما ورد.'],
    }),
    kind: field(z.enum(ORGANIZATION_KINDS), {
      en: ['Kind', 'What the organization is: presidency, ministry, parliament, news agency…'],
      ar: ['النوع', 'نوع الجهة: رئاسة أو وزارة أو برلمان أو وكالة أنباء…'],
    }),
    country: field(Country.optional(), {
      en: ['Country', 'The country the organization belongs to, when it belongs to one.'],
      ar: ['الدولة', 'الدولة التي تتبع لها الجهة إن كانت تتبع لدولة.'],
    }),
    evidence: evidenceField({ en: 'the organization', ar: 'ذكر الجهة' }),
  });
true satisfies IsExact<z.output<typeof organizationSchema>, Organization>;
true satisfies IsExact<z.input<typeof organizationSchema>, Organization>;

/**
 * Schema of {@link Organization}.
 *
 * @example
 * ```ts
 * Organization.parse({ name: { ar: 'وزارة الخارجية والمغتربين' }, kind: 'ministry', country: 'SY' });
 * ```
 */
export const Organization: z.ZodType<Organization, Organization> = named(organizationSchema, 'Organization', {
    en: ['Organization', 'An institution named in the report: a presidency, a ministry, a news agency…'],
    ar: ['الجهة', 'مؤسسة وردت في الخبر: رئاسة أو وزارة أو وكالة أنباء…'],
  });
