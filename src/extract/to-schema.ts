/**
 * Turns what the extractor read into the shapes of the schemas
 * (`OfficialStatement`, `Delegation`, `Person`, `Office`, `Place`).
 *
 * @internal
 * @module
 */
import { ORGANIZATION_KIND_WORDS, type OrganizationKindCode } from '../data/attribution-phrases';
import { CAPITALS, INSTITUTIONS } from '../data/countries';
import type { Delegation } from '../schemas/delegation';
import type { DelegationMember } from '../schemas/delegation-member';
import type { Office } from '../schemas/office';
import type { OfficialStatementInput } from '../schemas/official-statement';
import type { Organization } from '../schemas/organization';
import type { Person } from '../schemas/person';
import type { Place } from '../schemas/place';
import { normalizeArabic } from '../text/normalize';
import type { CountryMention, ExtractedDelegation, ExtractedDelegationMember, ExtractedStatement, OfficeMention, PersonMention } from './types';

let kindWords: Array<[string, OrganizationKindCode]> | null = null;

/** The kind of an organization from its name (`وزارة …` → ministry, `الكرملين` → presidency). */
function organizationKind(name: string): OrganizationKindCode {
  const normalized = normalizeArabic(name);
  const institution = INSTITUTIONS.find((i) => normalizeArabic(i.name) === normalized);
  if (institution) return institution.kind === 'military' ? 'armed-forces' : institution.kind;
  kindWords ??= ORGANIZATION_KIND_WORDS.map((w): [string, OrganizationKindCode] => [normalizeArabic(w.word), w.kind]).sort((a, b) => b[0].length - a[0].length);
  for (const [word, kind] of kindWords) if (normalized.startsWith(word)) return kind;
  return 'other';
}

/** An organization named by a string. */
function organizationOf(name: string, country?: string): Organization {
  return { name: { ar: name }, kind: organizationKind(name), ...(country ? { country } : {}) };
}

/** The schema `Office` of an office mention. */
export function officeOf(mention: OfficeMention): Office {
  return {
    title: mention.title,
    code: mention.code,
    ...(mention.portfolio ? { portfolio: mention.portfolio } : {}),
    ...(mention.organization ? { organization: organizationOf(mention.organization, mention.country) } : {}),
    ...(mention.country ? { country: mention.country } : {}),
    evidence: mention.evidence,
  };
}

/** The schema `Person` of a person mention, or `undefined` when the text gave no name. */
export function personOf(person: PersonMention | undefined): Person | undefined {
  if (!person?.name) return undefined;
  return {
    name: { ar: person.name },
    ...(person.country ? { country: person.country } : {}),
    ...(person.gender ? { gender: person.gender } : {}),
    ...(person.mentions[0] ? { evidence: person.mentions[0] } : {}),
  };
}

let capitalNames: Map<string, string> | null = null;

/** The English name of a capital or city from the capitals table (`موسكو` → Moscow). */
function englishPlaceName(arabic: string): string | undefined {
  capitalNames ??= new Map(CAPITALS.map((c) => [normalizeArabic(c.name), c.en]));
  const normalized = normalizeArabic(arabic);
  // «وموسكو», «لموسكو»: a joined clitic is not part of the name.
  return capitalNames.get(normalized) ?? capitalNames.get(normalized.slice(1));
}

/** The schema `Place` of a country mention. */
export function placeOf(mention: CountryMention): Place {
  const kind = mention.kind === 'institution' ? 'palace' : mention.kind === 'name' || mention.kind === 'nisba' ? 'country' : mention.kind;
  const en = mention.kind === 'name' ? mention.nameEn : englishPlaceName(mention.evidence.text);
  return { name: { ar: mention.evidence.text, ...(en ? { en } : {}) }, kind, country: mention.code, evidence: mention.evidence };
}

/** The schema input of a statement. */
export function statementOf(statement: ExtractedStatement): OfficialStatementInput {
  const { speaker } = statement;
  const person = personOf(speaker.person);
  const hasSpeaker = Boolean(person || speaker.office || speaker.organization || speaker.country);
  const attribution = !hasSpeaker && (statement.attribution === 'named' || statement.attribution === 'spokesperson' || statement.attribution === 'joint') ? 'official-source' : statement.attribution;
  return {
    speaker: {
      ...(person ? { person } : {}),
      ...(speaker.office ? { office: officeOf(speaker.office) } : {}),
      ...(speaker.organization ? { organization: { ...organizationOf(speaker.organization, speaker.country), ...(speaker.evidence ? { evidence: speaker.evidence } : {}) } } : {}),
      ...(speaker.country ? { country: speaker.country } : {}),
    },
    attribution,
    verb: { text: statement.verb.text, code: statement.verb.code, evidence: statement.verb.evidence },
    content: { text: statement.content.text, mode: statement.content.kind, evidence: statement.content.evidence },
    topics: [...statement.topics],
    certainty: statement.certainty,
    evidence: statement.evidence,
  };
}

function memberOf(member: ExtractedDelegationMember): DelegationMember {
  const person = personOf(member.person);
  return {
    role: member.role,
    ...(person ? { person } : {}),
    ...(member.office ? { office: officeOf(member.office) } : {}),
    evidence: member.evidence,
  };
}

/** The schema `Delegation` of a delegation. */
export function delegationOf(delegation: ExtractedDelegation): Delegation {
  const members = delegation.members.map(memberOf);
  return {
    ...(delegation.country ? { country: delegation.country } : {}),
    kind: delegation.kind ?? 'unspecified',
    ...(members[0] && delegation.head ? { head: members[0] } : {}),
    members,
    ...(delegation.unspecified ? { unspecified: { text: delegation.unspecified.text, evidence: delegation.unspecified.evidence } } : {}),
    evidence: delegation.evidence,
  };
}
