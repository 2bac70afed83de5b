import * as z from 'zod';
import { type Evidence, evidenceField } from './evidence';
import { Office } from './office';
import { Person } from './person';
import type { IsExact } from './exact';
import { field, named } from './registry';
import { raiseRule } from './rules';

/**
 * The roles of a delegation member.
 *
 * @example
 * ```ts
 * // «يرأس الوفد وزير الخارجية»
 * const role: DelegationRole = 'head';
 * ```
 */
export const DELEGATION_ROLES = ['head', 'member', 'accompanying'] as const;

/**
 * A role of {@link DELEGATION_ROLES}.
 *
 * @example
 * ```ts
 * const role: DelegationRole = 'accompanying'; // «يرافقه»
 * ```
 */
export type DelegationRole = (typeof DELEGATION_ROLES)[number];

/**
 * A member of a delegation: a person, an office, or both (many members are named only
 * by office: «وزيري الخارجية والدفاع»).
 *
 * @example
 * ```ts
 * const member: DelegationMember = {
 *   office: { title: 'وزير الدفاع', code: 'minister', portfolio: 'defence', country: 'SY' },
 *   role: 'member',
 * };
 * ```
 */
export interface DelegationMember {
  /** The member, when the text names them. */
  person?: Person;
  /** The office of the member (`وزير الخارجية`). */
  office?: Office;
  /** Role in the delegation. */
  role: DelegationRole;
  /** Where the text mentions the member. */
  evidence?: Evidence;
}

const delegationMemberSchema = z
    .object({
      person: field(Person.optional(), {
        en: ['Person', 'The member, when the text names them.'],
        ar: ['الشخص', 'العضو إن ذكر النص اسمه.'],
      }),
      office: field(Office.optional(), {
        en: ['Office', 'The office of the member (وزير الخارجية).'],
        ar: ['المنصب', 'منصب العضو (وزير الخارجية).'],
      }),
      role: field(z.enum(DELEGATION_ROLES), {
        en: ['Role', 'Role in the delegation: head, member or accompanying.'],
        ar: ['الدور', 'الدور في الوفد: رئيس أو عضو أو مرافق.'],
      }),
      evidence: evidenceField({ en: 'the member', ar: 'ذكر العضو' }),
    })
    .superRefine((member, ctx) => {
      if (!member.person && !member.office) raiseRule(ctx, 'member-unnamed', []);
    });
true satisfies IsExact<z.output<typeof delegationMemberSchema>, DelegationMember>;
true satisfies IsExact<z.input<typeof delegationMemberSchema>, DelegationMember>;

/**
 * Schema of {@link DelegationMember}. Rule: a member has a person or an office.
 *
 * @example
 * ```ts
 * DelegationMember.parse({ office: { title: 'الأمين العام لرئاسة الجمهورية', code: 'secretary-general' }, role: 'member' });
 * ```
 */
export const DelegationMember: z.ZodType<DelegationMember, DelegationMember> = named(delegationMemberSchema, 'DelegationMember', {
    en: ['Delegation member', 'A member of a delegation, named by person, office or both.'],
    ar: ['عضو الوفد', 'عضو في وفد، يُعرف بشخصه أو بمنصبه أو بهما.'],
  });

/**
 * What identifies a member for the "head is among the members" rule: the Wikidata id,
 * else the Arabic name, else the office code and title. Arabic is compared normalized.
 * @internal
 */
export function memberIdentity(member: DelegationMember, normalize: (text: string) => string): string {
  if (member.person?.wikidata) return `wikidata:${member.person.wikidata}`;
  if (member.person) return `name:${normalize(member.person.name.ar)}`;
  return `office:${member.office?.code ?? ''}:${normalize(member.office?.title ?? '')}`;
}
