/**
 * `extractDelegation`: the delegation that accompanies a visitor.
 *
 * @module
 */
import {
  ACCOMPANY_PRONOUNS,
  ACCOMPANY_VERBS,
  DELEGATION_HEAD_QUALIFIERS,
  DELEGATION_KIND_WORDS,
  DELEGATION_NOUNS,
  type DelegationKindCode,
  HEAD_AFTER_PHRASES,
  HEAD_BEFORE_PHRASES,
  HEAD_VERBS_BEFORE_DELEGATION,
  HEAD_HONORIFIC_SPELLINGS,
  LIST_EXTENDERS,
  LIST_OPENERS,
  MEMBERSHIP_VERBS,
  REMAINDER_OPENERS,
  ACCOMPANIED_PREPOSITION,
  ACCOMPANIED_PRONOUNS,
} from '../data/delegation-words';
import { DEFINITE_ARTICLE, JOINING_CONJUNCTION } from '../data/clitics';
import { Delegation } from '../schemas/delegation';
import { normalizeArabic } from '../text/normalize';
import { type ArticleAnalysis, analyseArticle } from './analysis';
import { nisbaLexiconOf } from './country-lexicon';
import { type Sentence, evidenceOf } from './document';
import { PhraseLexicon } from './lexicon';
import type { OfficeHit } from './offices';
import { PeopleRegistry, type PersonRecord, readName } from './people';
import { delegationOf } from './to-schema';
import { gapAfter } from './tokens';
import type { ExtractedDelegation, ExtractedDelegationMember } from './types';

/**
 * Options of {@link extractDelegation}.
 *
 * @example
 * ```ts
 * // «ويرافقه وفد …»: the pronoun is the visitor named earlier
 * const options: ExtractDelegationOptions = { headName: 'أحمد الشرع' };
 * ```
 */
export interface ExtractDelegationOptions {
  /**
   * The person a pronoun points to when the text writes `ويرافقه وفد` (the
   * visitor); by default the last person named before it.
   */
  headName?: string;
}

interface Lexicons {
  readonly accompany: PhraseLexicon<string>;
  readonly nouns: PhraseLexicon<true>;
  readonly kinds: PhraseLexicon<DelegationKindCode>;
  readonly headAfter: PhraseLexicon<true>;
  readonly headBefore: PhraseLexicon<true>;
  /** `ترأس`، `يقود` before `الوفد` and its head. */
  readonly headVerbs: PhraseLexicon<true>;
  readonly membership: PhraseLexicon<true>;
  readonly extenders: PhraseLexicon<true>;
  readonly remainder: PhraseLexicon<true>;
  readonly pronouns: readonly string[];
  readonly honorifics: ReadonlySet<string>;
  readonly listOpeners: PhraseLexicon<true>;
  readonly qualifiers: ReadonlySet<string>;
}

let lexicons: Lexicons | null = null;

function getLexicons(): Lexicons {
  if (lexicons) return lexicons;
  const lexicon = <T>(phrases: readonly string[], value: (phrase: string) => T): PhraseLexicon<T> => {
    const l = new PhraseLexicon<T>();
    for (const phrase of phrases) l.add(phrase, value(phrase));
    return l;
  };
  const kinds = new PhraseLexicon<DelegationKindCode>();
  // «وفد رسمي», and after the definite noun «الوفد الرسمي».
  for (const k of DELEGATION_KIND_WORDS) {
    kinds.add(k.word, k.kind);
    kinds.add(`ال${k.word}`, k.kind);
  }
  lexicons = {
    accompany: lexicon(ACCOMPANY_VERBS, normalizeArabic),
    nouns: lexicon(DELEGATION_NOUNS, () => true as const),
    kinds,
    headAfter: lexicon(HEAD_AFTER_PHRASES, () => true as const),
    headBefore: lexicon(HEAD_BEFORE_PHRASES, () => true as const),
    headVerbs: lexicon(HEAD_VERBS_BEFORE_DELEGATION, () => true as const),
    membership: lexicon(MEMBERSHIP_VERBS, () => true as const),
    extenders: lexicon(LIST_EXTENDERS, () => true as const),
    remainder: lexicon(REMAINDER_OPENERS, () => true as const),
    pronouns: ACCOMPANY_PRONOUNS.map(normalizeArabic).sort((a, b) => b.length - a.length),
    honorifics: new Set(HEAD_HONORIFIC_SPELLINGS.map(normalizeArabic)),
    listOpeners: lexicon(LIST_OPENERS, () => true as const),
    qualifiers: new Set(DELEGATION_HEAD_QUALIFIERS.map(normalizeArabic)),
  };
  return lexicons;
}

interface Reader {
  readonly analysis: ArticleAnalysis;
  readonly officesAt: ReadonlyMap<number, OfficeHit[]>;
  readonly officeStarts: ReadonlySet<number>;
}

function member(reader: Reader, role: 'head' | 'member', person: PersonRecord | undefined, hit: OfficeHit | undefined, start: number, end: number): ExtractedDelegationMember {
  const office = hit?.mention ?? person?.office;
  const span = evidenceOf(reader.analysis.document, start, end);
  // A title's evidence starts after its clitic (`ووزيري` → `وزيري`); a dual's covers both offices.
  const evidence = hit && (hit.mention.fromDual || !person) ? hit.mention.evidence : hit ? evidenceOf(reader.analysis.document, start, end) : span;
  if (hit && person && !hit.mention.fromDual) {
    const index = hit.mention.evidence.index;
    const original = reader.analysis.document.normalized.original;
    evidence.index = index;
    evidence.text = original.slice(index, evidence.end);
  }
  return {
    role,
    ...(person ? { person: PeopleRegistry.view(person) } : {}),
    ...(office ? { office } : {}),
    evidence,
  };
}

/** A person named at a token: a title (and name), or a known name. */
function personAt(reader: Reader, position: number, limit: number): { person?: PersonRecord; hits: OfficeHit[]; to: number } | null {
  const { document, personOfOffice, people } = reader.analysis;
  const hits = reader.officesAt.get(position);
  if (hits && hits.length > 0) {
    const first = hits[0] as OfficeHit;
    const person = first.mention.fromDual ? undefined : (personOfOffice.get(first) ?? undefined);
    let to = first.to;
    if (person) to = readName(document, first.to, reader.officeStarts)?.to ?? to;
    return { ...(person ? { person } : {}), hits, to: Math.min(to, limit) };
  }
  const name = readName(document, position, reader.officeStarts);
  if (!name || name.to > limit) return null;
  const person = people.byName(name.words);
  return person ? { person, hits: [], to: name.to } : null;
}

/** Reads the member list from `position` to the end of the sentence. */
function readMembers(reader: Reader, position: number, sentence: Sentence, untitled = false): { members: ExtractedDelegationMember[]; remainder?: { start: number; end: number } } {
  const { document } = reader.analysis;
  const { text, tokens } = document;
  const lex = getLexicons();
  const members: ExtractedDelegationMember[] = [];
  let p = position;
  // Where the next member may start: the list's start, then right after each member read.
  let itemStart = position;
  while (p < sentence.to) {
    const extender = lex.extenders.matchAt(text, tokens, p, 'conjunction');
    if (extender) {
      p = extender.to;
      continue;
    }
    const remainder = lex.remainder.matchAt(text, tokens, p, 'conjunction');
    if (remainder) {
      const end = (tokens[sentence.to - 1] as { end: number }).end;
      return { members, remainder: { start: remainder.start, end } };
    }
    const found = personAt(reader, p, sentence.to);
    if (found) {
      const start = (tokens[p] as { start: number }).start;
      const end = (tokens[found.to - 1] as { end: number }).end;
      if (found.hits.length > 1) for (const hit of found.hits) members.push(member(reader, 'member', undefined, hit, start, end));
      else members.push(member(reader, 'member', found.person, found.hits[0], start, end));
      p = found.to;
      continue;
    }
    const listed = untitled && p === itemStart ? listedName(reader, p, sentence.to, members.length > 0) : null;
    if (listed) {
      members.push(member(reader, 'member', listed.person, undefined, listed.start, listed.end));
      p = listed.to;
      itemStart = p;
      continue;
    }
    p++;
  }
  return { members };
}

/**
 * A member named without a title in a list the article gives by names alone (`ويضم الوفد كلاً
 * من فؤاد حسين وحيان عبد الغني وعون ذياب`): two name words at least; after the first member a
 * joined `و` is the list's, not the name's. The person is added to the article's people.
 */
function listedName(reader: Reader, position: number, limit: number, joined: boolean): { person: PersonRecord; start: number; end: number; to: number } | null {
  const { document, people } = reader.analysis;
  const token = document.tokens[position] as { text: string; start: number };
  const clitic = joined && token.text.length > 3 && token.text.startsWith(JOINING_CONJUNCTION) ? 1 : 0;
  if (joined && clitic === 0) return null;
  const name = readName(document, position, reader.officeStarts);
  if (!name || name.from !== position || name.to > limit || name.words.length < 2) return null;
  const words = [...name.words];
  words[0] = (words[0] as string).slice(clitic);
  const start = token.start + clitic;
  const end = (document.tokens[name.to - 1] as { end: number }).end;
  const person = people.resolve({ ...name, words }, undefined, name.from, evidenceOf(document, start, end), clitic);
  return person ? { person, start, end, to: name.to } : null;
}

/** The start of the delegation's member list after its head phrase: after `ضم`/`يضم` when present. */
function listStart(reader: Reader, position: number, sentence: Sentence): number {
  const { text, tokens } = reader.analysis.document;
  for (let p = position; p < sentence.to && p - position < 4; p++) {
    const verb = getLexicons().membership.matchAt(text, tokens, p, 'conjunction');
    if (verb) return verb.to;
  }
  return position;
}

/** The kind adjectives after `وفد` (`وفد رسمي`، `وفد اقتصادي رفيع المستوى`). */
function readKind(reader: Reader, position: number): { kind?: DelegationKindCode; country?: string; to: number } {
  const { text, tokens } = reader.analysis.document;
  let kind: DelegationKindCode | undefined;
  let country: string | undefined;
  let p = position;
  while (p < tokens.length && p - position < 5) {
    if (gapAfter(text, tokens, p - 1) !== ' ') break;
    const match = getLexicons().kinds.matchAt(text, tokens, p, 'conjunction');
    if (match) {
      kind ??= match.values[0] as DelegationKindCode;
      p = match.to;
      continue;
    }
    // «وفد اقتصادي سعودي»: the adjective gives the delegation's country.
    const nisba = nisbaLexiconOf().matchAt(text, tokens, p, 'none');
    if (!nisba) break;
    country ??= (nisba.values[0] as { code: string }).code;
    p = nisba.to;
  }
  return { ...(kind ? { kind } : {}), ...(country ? { country } : {}), to: p };
}

/** A delegation head read by `personAt` from token `first`: who, by which title, and the span from `first` to the name's end. */
function headFrom(tokens: readonly { start: number; end: number }[], first: number, found: NonNullable<ReturnType<typeof personAt>>): { person?: PersonRecord; hit?: OfficeHit; start: number; end: number } {
  const start = (tokens[first] as { start: number }).start;
  const end = (tokens[found.to - 1] as { end: number }).end;
  return { ...(found.person ? { person: found.person } : {}), ...(found.hits[0] ? { hit: found.hits[0] } : {}), start, end };
}

/**
 * The person a bare title (`الوزير`، `الرئيس`: no portfolio, no country) refers back to: the
 * visitor when he holds that office, else the one person of that office the article named.
 */
function bareTitleHolder(reader: Reader, hit: OfficeHit, visitor: PersonRecord | undefined): PersonRecord | undefined {
  const { mention } = hit;
  if (mention.portfolio || mention.country || mention.organization) return undefined;
  if (visitor?.office?.code === mention.code && visitor.nameWords.length > 0) return visitor;
  const named = reader.analysis.people.people.filter((person) => person.office?.code === mention.code && person.nameWords.length > 0);
  return named.length === 1 ? named[0] : undefined;
}

/** The last person named before a token, for a pronoun (`ويرافقه`). */
function lastPersonBefore(reader: Reader, position: number): PersonRecord | undefined {
  const mentions = reader.analysis.personMentions;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const [p, person] = mentions[i] as readonly [number, PersonRecord];
    if (p < position) return person;
  }
  return undefined;
}

/**
 * Reads the delegation of an analysed article (shared with `extractStateVisit`).
 *
 * @param analysis - the article analysis.
 * @param pronounHead - who `ويرافقه` points to, when known (the visitor).
 * @returns the delegation, or `null` when the text reports none.
 */
export function readDelegation(analysis: ArticleAnalysis, pronounHead?: PersonRecord): ExtractedDelegation | null {
  const { document } = analysis;
  const { text, tokens } = document;
  const officesAt = new Map<number, OfficeHit[]>();
  for (const hit of analysis.offices) officesAt.set(hit.from, [...(officesAt.get(hit.from) ?? []), hit]);
  const reader: Reader = { analysis, officesAt, officeStarts: new Set(officesAt.keys()) };
  const lex = getLexicons();
  for (const sentence of document.sentences) {
    for (let p = sentence.from; p < sentence.to; p++) {
      let head: { person?: PersonRecord; hit?: OfficeHit; start: number; end: number } | null = null;
      let after = -1;
      let triggerStart = (tokens[p] as { start: number }).start;
      const accompany = lex.accompany.matchAt(text, tokens, p, 'conjunction');
      const headBefore = lex.headBefore.matchAt(text, tokens, p, 'conjunction');
      const noun = lex.nouns.matchAt(text, tokens, p, 'conjunction');
      const headVerb = lex.headVerbs.matchAt(text, tokens, p, 'conjunction');
      // «ويضم الوفد …» with no accompanying verb before it: the definite noun after a membership verb.
      const membership = lex.membership.matchAt(text, tokens, p, 'conjunction');
      const membershipNoun = membership ? lex.nouns.matchAt(text, tokens, membership.to, 'none') : null;
      const listedDelegation = membership && membershipNoun?.phrase.startsWith(DEFINITE_ARTICLE) ? { start: membership.start, to: membershipNoun.to } : null;
      let untitledList = false;
      // Only the definite noun: «ترأس وفدا» names its head before it (HEAD_BEFORE_PHRASES).
      const nounAfterVerb = headVerb ? lex.nouns.matchAt(text, tokens, headVerb.to, 'none') : null;
      const headedNoun = nounAfterVerb?.phrase.startsWith(DEFINITE_ARTICLE) ? nounAfterVerb : null;
      if (headVerb && headedNoun) {
        // «وترأس الوفد السوري وزير الخارجية أسعد الشيباني»: the head follows the noun and its adjectives.
        const read = readKind(reader, headedNoun.to);
        const found = personAt(reader, read.to, sentence.to);
        if (!found) continue;
        head = headFrom(tokens, read.to, found);
        after = found.to;
        triggerStart = headVerb.start;
      } else if (accompany) {
        const verb = accompany.values[0] as string;
        triggerStart = accompany.start;
        const pronoun = lex.pronouns.find((suffix) => verb.endsWith(suffix) && verb.length > 5);
        const honorific = lex.honorifics.has(tokens[accompany.to]?.text ?? '');
        if (pronoun || honorific) {
          const person = pronounHead ?? lastPersonBefore(reader, p);
          head = person ? { person, start: accompany.start, end: honorific ? (tokens[accompany.to] as { end: number }).end : accompany.end } : null;
          after = honorific ? accompany.to + 1 : accompany.to;
        } else {
          const found = personAt(reader, accompany.to, sentence.to);
          if (!found) continue;
          head = headFrom(tokens, accompany.to, found);
          // «ويرافق الوزير وفد»: a bare title refers back to the visitor, or the one holder of it the article named.
          if (!head.person && head.hit) {
            const referred = bareTitleHolder(reader, head.hit, pronounHead);
            if (referred) head.person = referred;
          }
          after = found.to;
        }
      } else if (headBefore) {
        const person = lastPersonBefore(reader, p);
        if (!person) continue;
        head = { person, start: headBefore.start, end: headBefore.end };
        after = headBefore.to;
        triggerStart = headBefore.start;
      } else if (noun) {
        // «وفد … برئاسة X»
        for (let q = noun.to; q < sentence.to && q - noun.to < 6; q++) {
          const marker = lex.headAfter.matchAt(text, tokens, q, 'conjunction');
          if (!marker) continue;
          const found = personAt(reader, marker.to, sentence.to);
          if (!found) break;
          head = headFrom(tokens, marker.to, found);
          after = found.to;
          triggerStart = noun.start;
          break;
        }
        if (!head) continue;
      } else if (listedDelegation) {
        // «ويضم الوفد [المرافق لرئيس الوزراء الهندي | المرافق له] [كلاً من] …»: the members follow; the head
        // is the one the delegation accompanies, else the visitor, else the last person named.
        let q = listedDelegation.to;
        while (q < sentence.to && q - listedDelegation.to < 4 && (lex.qualifiers.has(tokens[q]?.text ?? '') || lex.kinds.matchAt(text, tokens, q, 'none'))) q++;
        let accompanied: PersonRecord | undefined;
        let headSpan: [number, number] = [listedDelegation.start, (tokens[listedDelegation.to - 1] as { end: number }).end];
        const word = tokens[q]?.text ?? '';
        if (ACCOMPANIED_PRONOUNS.includes(word)) q++;
        else if (word.startsWith(ACCOMPANIED_PREPOSITION) && reader.officesAt.has(q)) {
          const found = personAt(reader, q, sentence.to);
          if (found?.person) {
            accompanied = found.person;
            headSpan = [(tokens[q] as { start: number }).start, (tokens[found.to - 1] as { end: number }).end];
            q = found.to;
          }
        }
        const person = accompanied ?? pronounHead ?? lastPersonBefore(reader, p);
        if (!person) continue;
        const opener = lex.listOpeners.matchAt(text, tokens, q, 'none');
        if (opener) q = opener.to;
        head = { person, start: headSpan[0], end: headSpan[1] };
        after = q;
        triggerStart = listedDelegation.start;
        untitledList = true;
      } else {
        continue;
      }
      if (!head) continue;
      // The noun and its adjectives: «وفد رسمي رفيع المستوى».
      let position = after;
      let kind: DelegationKindCode | undefined;
      let adjectiveCountry: string | undefined;
      const delegationNoun = position < sentence.to ? lex.nouns.matchAt(text, tokens, position, 'none') : null;
      const kindFrom = delegationNoun ? delegationNoun.to : headedNoun ? headedNoun.to : noun && !accompany && !headBefore ? noun.to : headBefore ? headBefore.to : -1;
      if (kindFrom >= 0) {
        const read = readKind(reader, kindFrom);
        kind = read.kind;
        adjectiveCountry = read.country;
        if (delegationNoun || headBefore) position = Math.max(position, read.to);
      }
      const { members, remainder } = readMembers(reader, listStart(reader, position, sentence), sentence, untitledList);
      if (members.length === 0 && !remainder && !delegationNoun && !noun && !headBefore && !headedNoun) continue;
      const headMember = member(reader, 'head', head.person, head.hit, head.start, head.end);
      const country = head.person?.country ?? head.hit?.mention.country ?? head.person?.office?.country ?? adjectiveCountry;
      const end = (tokens[sentence.to - 1] as { end: number }).end;
      return {
        ...(country ? { country } : {}),
        ...(kind ? { kind } : {}),
        head: headMember,
        members: [headMember, ...members],
        ...(remainder ? { unspecified: { text: evidenceOf(document, remainder.start, remainder.end).text, evidence: evidenceOf(document, remainder.start, remainder.end) } } : {}),
        evidence: evidenceOf(document, triggerStart, end),
      };
    }
  }
  return null;
}

/**
 * Finds the delegation an Arabic news text reports: its head (`ويرافق
 * الرئيس … وفد`، `على رأس وفد`، `وفد … برئاسة`), its members from the list
 * after `ضمّ`/`يضم` (titles from the office table, names, duals expanded:
 * `وزيري الخارجية والدفاع` → two ministers), the unspecified remainder
 * (`عدد من كبار معاونيه`), its kind (`وفد رسمي`، `أمني`، `اقتصادي`) and its
 * country (the head's). Every member carries evidence offsets into `text`.
 *
 * Linear in the length of the text; never throws.
 *
 * @param text - any string.
 * @param options - who a pronoun head (`ويرافقه`) points to. `null` is read as `{}`.
 * @returns the delegation, validated by the `Delegation` schema, or `null` when the text reports none.
 * @example
 * ```ts
 * const d = extractDelegation('وصل أمير قطر إلى الجزائر، ويرافقه وفد رسمي يضم وزيري الخارجية والتجارة.');
 * d?.members.map((m) => m.office?.portfolio ?? m.role); // ['head', 'foreign', 'trade']
 * d?.kind; // 'official'
 * ```
 */
export function extractDelegation(text: string, options: ExtractDelegationOptions | null = {}): Delegation | null {
  // JavaScript callers pass null for «no options».
  options ??= {};
  if (typeof text !== 'string' || text.length === 0) return null;
  const analysis = analyseArticle(text);
  let head: PersonRecord | undefined;
  if (options.headName) {
    const words = normalizeArabic(options.headName).split(' ').filter((w) => w.length > 0);
    head = analysis.people.byName(words) ?? undefined;
  }
  const delegation = readDelegation(analysis, head);
  if (!delegation) return null;
  const parsed = Delegation.safeParse(delegationOf(delegation));
  return parsed.success ? parsed.data : null;
}
