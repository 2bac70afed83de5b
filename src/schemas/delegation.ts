import * as z from 'zod';
import { normalizeArabic } from '../text/normalize';
import { Country } from './country';
import { DelegationMember, memberIdentity } from './delegation-member';
import { type Evidence, evidenceField } from './evidence';
import type { IsExact } from './exact';
import { field, named } from './registry';
import { raiseRule } from './rules';

/**
 * The kinds of delegation.
 *
 * @example
 * ```ts
 * // «وفد أمني رفيع»
 * const kind: DelegationKind = 'security';
 * ```
 */
export const DELEGATION_KINDS = [
  'official',
  'ministerial',
  'security',
  'military',
  'economic',
  'parliamentary',
  'diplomatic',
  'technical',
  'media',
  'unspecified',
] as const;

/**
 * A kind of {@link DELEGATION_KINDS}.
 *
 * @example
 * ```ts
 * const kind: DelegationKind = 'economic'; // «وفد اقتصادي»
 * ```
 */
export type DelegationKind = (typeof DELEGATION_KINDS)[number];

/**
 * Members the text mentions without naming them («عدد من كبار معاونيه»).
 *
 * @example
 * ```ts
 * const others: UnspecifiedMembers = { text: 'عدد من كبار المسؤولين' };
 * ```
 */
export interface UnspecifiedMembers {
  /** The phrase as written (`عدد من كبار معاونيه`). */
  text: string;
  /** What the phrase says, in English ("several senior aides"). */
  description?: string;
  /** Where the text says it. */
  evidence?: Evidence;
}

const unspecifiedMembersSchema = z.object({
    text: field(z.string().trim().min(1), {
      en: ['Text', 'The phrase as written (عدد من كبار معاونيه).'],
      ar: ['النص', 'العبارة كما وردت (عدد من كبار معاونيه).'],
    }),
    description: field(z.string().optional(), {
      en: ['Description', 'What the phrase says, in English ("several senior aides").'],
      ar: ['الوصف', 'معنى العبارة بالإنجليزية.'],
    }),
    evidence: evidenceField({ en: 'the phrase', ar: 'العبارة' }),
  });
true satisfies IsExact<z.output<typeof unspecifiedMembersSchema>, UnspecifiedMembers>;
true satisfies IsExact<z.input<typeof unspecifiedMembersSchema>, UnspecifiedMembers>;

/**
 * Schema of {@link UnspecifiedMembers}.
 *
 * @example
 * ```ts
 * UnspecifiedMembers.parse({ text: 'وعدد من المستشارين', description: 'several advisers' });
 * ```
 */
export const UnspecifiedMembers: z.ZodType<UnspecifiedMembers, UnspecifiedMembers> = named(unspecifiedMembersSchema, 'UnspecifiedMembers', {
    en: ['Unspecified members', 'Members the text mentions without naming them.'],
    ar: ['أعضاء غير مسمين', 'أعضاء ذكرهم النص دون تسميتهم.'],
  });

/**
 * A delegation: its country, kind, head, members and the unnamed rest.
 *
 * @example
 * ```ts
 * const delegation: Delegation = {
 *   country: 'SY', kind: 'official',
 *   members: [{ office: { title: 'وزير الخارجية', code: 'minister', portfolio: 'foreign' }, role: 'member' }],
 * };
 * ```
 */
export interface Delegation {
  /** The country the delegation represents. */
  country?: Country;
  /** What kind of delegation (default `unspecified`). */
  kind: DelegationKind;
  /** Who leads the delegation; one of the members. */
  head?: DelegationMember;
  /** The members the text names, by person or office. */
  members: DelegationMember[];
  /** Members mentioned without names (`عدد من كبار معاونيه`). */
  unspecified?: UnspecifiedMembers;
  /** Where the text mentions the delegation. */
  evidence?: Evidence;
}

/**
 * The input accepted by {@link Delegation} (`members` may be omitted).
 *
 * @example
 * ```ts
 * const input: DelegationInput = { country: 'IQ', kind: 'security' }; // «وفد أمني عراقي»
 * ```
 */
export interface DelegationInput extends Omit<Delegation, 'kind' | 'members'> {
  /** What kind of delegation; default `unspecified`. */
  kind?: DelegationKind | undefined;
  /** The members; default `[]`. */
  members?: DelegationMember[] | undefined;
}

const delegationSchema = z
    .object({
      country: field(Country.optional(), {
        en: ['Country', 'The country the delegation represents.'],
        ar: ['الدولة', 'الدولة التي يمثلها الوفد.'],
      }),
      kind: field(z.enum(DELEGATION_KINDS).default('unspecified'), {
        en: ['Kind', 'What kind of delegation: official, security, economic, parliamentary, military…'],
        ar: ['النوع', 'نوع الوفد: رسمي أو أمني أو اقتصادي أو برلماني أو عسكري…'],
      }),
      head: field(DelegationMember.optional(), {
        en: ['Head', 'Who leads the delegation; must be one of the members.'],
        ar: ['رئيس الوفد', 'من يرأس الوفد، ويجب أن يكون أحد أعضائه.'],
      }),
      members: field(z.array(DelegationMember).default(() => []), {
        en: ['Members', 'The members the text names, by person or office.'],
        ar: ['الأعضاء', 'الأعضاء الذين ذكرهم النص بأشخاصهم أو مناصبهم.'],
      }),
      unspecified: field(UnspecifiedMembers.optional(), {
        en: ['Unspecified members', 'Members mentioned without names (عدد من كبار معاونيه).'],
        ar: ['أعضاء غير مسمين', 'أعضاء ذُكروا دون أسماء (عدد من كبار معاونيه).'],
      }),
      evidence: evidenceField({ en: 'the delegation', ar: 'ذكر الوفد' }),
    })
    .superRefine((delegation, ctx) => {
      const identities = delegation.members.map((member) => memberIdentity(member, normalizeArabic));
      if (delegation.head) {
        const head = memberIdentity(delegation.head, normalizeArabic);
        if (!identities.includes(head)) {
          const label = delegation.head.person?.name.ar ?? delegation.head.office?.title ?? '?';
          raiseRule(ctx, 'head-not-member', ['head'], { head: label });
        }
      }
      const heads = delegation.members.filter((member) => member.role === 'head').length;
      if (heads > 1) raiseRule(ctx, 'several-heads', ['members'], { count: heads });
    });
true satisfies IsExact<z.output<typeof delegationSchema>, Delegation>;
true satisfies IsExact<z.input<typeof delegationSchema>, DelegationInput>;

/**
 * Schema of {@link Delegation}. Rules: the head, when given, is one of the members
 * (same Wikidata id, else same Arabic name, else same office); at most one member has
 * the role `head`.
 *
 * @example
 * ```ts
 * // «ويرافقه وفد رسمي»
 * Delegation.parse({ country: 'SY', kind: 'official', members: [] });
 * ```
 */
export const Delegation: z.ZodType<Delegation, DelegationInput> = named(delegationSchema, 'Delegation', {
    en: ['Delegation', 'The people who travel with or for a visitor, and who leads them.'],
    ar: ['الوفد', 'الأشخاص الذين يرافقون الزائر أو يمثلونه، ومن يرأسهم.'],
  });
