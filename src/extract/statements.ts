/**
 * `extractStatements`: who said what in an Arabic news text.
 *
 * @module
 */
import {
  CARRY_OVER_MARKERS,
  CERTAINTY_PHRASES,
  type CarryOverRule,
  type CertaintyCode,
  ISSUED_BY_FORMULA,
  PASSIVE_FRAMES,
  QUOTE_PAIRS,
  SOURCE_SUBJECTS,
  STATEMENT_FORMULAS,
  TRAILING_ATTRIBUTIONS,
  VERBAL_NOUN_LEADS,
  ORGANIZATION_KIND_WORDS,
  SPEAKER_ROLE_NOUNS,
  THAT_PRONOUN_SUFFIXES,
  THAT_WORDS as THAT_WORD_SPELLINGS,
  CONTRAST_CLAUSE_WORDS,
  DECLINE_COMMENT_PHRASES,
  DECLINED_COMMENT_TOPIC_LEADS,
  PLUPERFECT_REPORTING,
  type AttributionPhrase,
  type DeclineCommentPhrase,
  type SpeakerRole,
} from '../data/attribution-phrases';
import { COLLECTIVE_SPEAKER_NOUNS, type CollectiveSpeakerNoun, NAME_BOUNDARY_WORDS } from '../data/name-boundaries';
import { HONORIFIC_PRONOUNS } from '../data/honorifics';
import { REPORTING_VERBS, type ContentHeadNoun, type ReportingVerb, type ReportingVerbCode } from '../data/reporting-verbs';
import { OfficialStatement } from '../schemas/official-statement';
import { normalizeArabic } from '../text/normalize';
import { type ArticleAnalysis, addPersonMention, analyseArticle, firstMentionAtOrAfter } from './analysis';
import { contentHeadEntries } from './content-heads';
import { countryLexicon, nisbaLexiconOf } from './country-lexicon';
import { readDelegation } from './delegation';
import { type Sentence, evidenceOf, sentenceOf } from './document';
import { PhraseLexicon } from './lexicon';
import type { OfficeHit } from './offices';
import { PeopleRegistry, type PersonRecord, isNameParticle, readName } from './people';
import { statementOf } from './to-schema';
import { topicCodesIn } from './topics';
import { gapAfter, isPlainGap, tokenAtOrAfter } from './tokens';
import { earlierFullName } from './untitled-names';
import type { ContentKind, ExtractedStatement, ReportingForm, SpeakerResolution, StatementAttribution, StatementCertainty } from './types';
import { type VerbForm, readVerbForm } from './verb-forms';

/**
 * Options of {@link extractStatements}.
 *
 * @example
 * ```ts
 * // only the first statement of «وأكد الوزير أن … وأضاف أن …»
 * const options: ExtractStatementsOptions = { limit: 1 };
 * ```
 */
export interface ExtractStatementsOptions {
  /** Maximum number of statements returned (default: no limit). */
  limit?: number;
}

interface Lexicons {
  readonly formulas: PhraseLexicon<AttributionPhrase>;
  readonly sources: PhraseLexicon<AttributionPhrase>;
  readonly trailing: PhraseLexicon<string>;
  /** «فيما»، «في حين»: after a comma, before a verb, another party's statement. */
  readonly contrast: PhraseLexicon<true>;
  readonly certainty: PhraseLexicon<CertaintyCode>;
  readonly carryOver: PhraseLexicon<CarryOverRule>;
  readonly issuedOpening: PhraseLexicon<true>;
  readonly issuedClosing: PhraseLexicon<true>;
  readonly introducers: PhraseLexicon<string>;
  readonly verbalNounLeads: ReadonlySet<string>;
  readonly passiveFrames: ReadonlySet<string>;
  readonly organizations: PhraseLexicon<true>;
  readonly roles: PhraseLexicon<SpeakerRole>;
  /** Nouns that open a noun-phrase content (`صحة`، `وجود`، `موعد`). */
  readonly contentHeads: PhraseLexicon<ContentHeadNoun>;
  /** Sides, delegations and the two parties in a speaker's place (`الوفد`، `الطرفان`). */
  readonly collectives: PhraseLexicon<CollectiveSpeakerNoun>;
  /** Verbs of declining (`رفض`، `امتنع`) and, separately, the comment they decline (`التعليق`، `عن التعليق`). */
  readonly declineVerbs: PhraseLexicon<DeclineCommentPhrase>;
  readonly declineObjects: PhraseLexicon<string>;
  readonly declinedTopicLeads: ReadonlySet<string>;
  /** `كان`/`كانت` … `قد` before a reporting verb. */
  readonly pluperfectAuxiliaries: PhraseLexicon<true>;
  readonly pluperfectParticles: PhraseLexicon<true>;
  /** The first word of every introducer of the verb table (`إلى` of `إلى أن`): a source's name ends before it and أن. */
  readonly introducerWords: ReadonlySet<string>;
}

let lexicons: Lexicons | null = null;

function getLexicons(): Lexicons {
  if (lexicons) return lexicons;
  const formulas = new PhraseLexicon<AttributionPhrase>();
  for (const f of STATEMENT_FORMULAS) formulas.add(f.phrase, f);
  const sources = new PhraseLexicon<AttributionPhrase>();
  for (const s of SOURCE_SUBJECTS) sources.add(s.phrase, s);
  const trailing = new PhraseLexicon<string>();
  for (const t of TRAILING_ATTRIBUTIONS) trailing.add(t, t);
  const contrast = new PhraseLexicon<true>();
  for (const word of CONTRAST_CLAUSE_WORDS) contrast.add(word, true);
  const certainty = new PhraseLexicon<CertaintyCode>();
  for (const c of CERTAINTY_PHRASES) certainty.add(c.phrase, c.certainty);
  const declineVerbs = new PhraseLexicon<DeclineCommentPhrase>();
  const declineObjects = new PhraseLexicon<string>();
  for (const d of DECLINE_COMMENT_PHRASES) {
    declineVerbs.add(d.verb, d);
    declineVerbs.add(d.verbFeminine, d);
    declineObjects.add(d.object, normalizeArabic(d.object));
    // «رفض التعليق» written together also sets the certainty of the clause it is in.
    certainty.add(`${d.verb} ${d.object}`, 'declined-comment');
    certainty.add(`${d.verbFeminine} ${d.object}`, 'declined-comment');
  }
  const pluperfectAuxiliaries = new PhraseLexicon<true>();
  for (const word of PLUPERFECT_REPORTING.auxiliaries) pluperfectAuxiliaries.add(word, true);
  const pluperfectParticles = new PhraseLexicon<true>();
  for (const word of PLUPERFECT_REPORTING.particles) pluperfectParticles.add(word, true);
  const introducerWords = new Set(REPORTING_VERBS.flatMap((verb) => verb.introducers.map((introducer) => normalizeArabic(introducer).split(' ')[0] as string)).filter((word) => word.length > 1));
  const carryOver = new PhraseLexicon<CarryOverRule>();
  for (const c of CARRY_OVER_MARKERS) carryOver.add(c.phrase, c.rule);
  const issuedOpening = new PhraseLexicon<true>();
  for (const o of ISSUED_BY_FORMULA.opening) issuedOpening.add(o, true);
  const issuedClosing = new PhraseLexicon<true>();
  for (const c of ISSUED_BY_FORMULA.closing) issuedClosing.add(c, true);
  // Every introducer any verb of the table uses, plus the bare أن/إن.
  const introducers = new PhraseLexicon<string>();
  lexicons = {
    formulas,
    sources,
    trailing,
    contrast,
    certainty,
    carryOver,
    issuedOpening,
    issuedClosing,
    introducers,
    declineVerbs,
    declineObjects,
    declinedTopicLeads: new Set(DECLINED_COMMENT_TOPIC_LEADS.map(normalizeArabic)),
    pluperfectAuxiliaries,
    pluperfectParticles,
    introducerWords,
    organizations: (() => {
      const lexicon = new PhraseLexicon<true>();
      for (const word of ORGANIZATION_KIND_WORDS) lexicon.add(word.word, true);
      return lexicon;
    })(),
    roles: (() => {
      const lexicon = new PhraseLexicon<SpeakerRole>();
      for (const role of SPEAKER_ROLE_NOUNS) lexicon.add(role.phrase, role.role);
      return lexicon;
    })(),
    contentHeads: (() => {
      const lexicon = new PhraseLexicon<ContentHeadNoun>();
      for (const [phrase, noun] of contentHeadEntries()) lexicon.add(phrase, noun);
      return lexicon;
    })(),
    collectives: (() => {
      const lexicon = new PhraseLexicon<CollectiveSpeakerNoun>();
      for (const noun of COLLECTIVE_SPEAKER_NOUNS) lexicon.add(noun.word, noun);
      return lexicon;
    })(),
    verbalNounLeads: new Set(VERBAL_NOUN_LEADS.map(normalizeArabic)),
    passiveFrames: new Set(PASSIVE_FRAMES.map(normalizeArabic)),
  };
  return lexicons;
}

let functionWords: ReadonlySet<string> | null = null;

/** Whether a word is also a function word (`بين`): such verbs need a clause start. */
function isFunctionWord(word: string): boolean {
  functionWords ??= new Set(NAME_BOUNDARY_WORDS.map(normalizeArabic));
  return functionWords.has(word);
}

/** Words that open indirect speech anywhere in a clause, normalized: `أن`، `إن`، `بأن` → `ان`، `بان`. */
const THAT_BASES: ReadonlySet<string> = new Set(THAT_WORD_SPELLINGS.map(normalizeArabic));

/** Every normalized word that opens indirect speech, with its base: `انه` → `ان`، `بانها` → `بان`. */
const THAT_WORD_BASES: ReadonlyMap<string, string> = new Map(
  [...THAT_BASES].flatMap((base) => [[base, base] as const, ...THAT_PRONOUN_SUFFIXES.map((suffix) => [normalizeArabic(base + suffix), base] as const)]),
);

/** The words of {@link THAT_WORD_BASES} (`أن`، `أنه`، `إنها`، `بأنهم`). */
const THAT_WORDS: ReadonlySet<string> = new Set(THAT_WORD_BASES.keys());

const QUOTE_OPENERS = new Map(QUOTE_PAIRS.map((q) => [q.open, q.close]));
const QUOTE_CLOSERS = new Set(QUOTE_PAIRS.map((q) => q.close));

/** A speaker as found at one statement. */
interface SpeakerFinding {
  person?: PersonRecord;
  office?: OfficeHit;
  organization?: string;
  country?: string;
  attribution: StatementAttribution;
  certainty?: CertaintyCode;
  resolution: SpeakerResolution;
  /** Normalized span of the words that named the speaker. */
  span?: readonly [number, number];
  /** Token position after the speaker phrase (and its apposition). */
  to: number;
}

/** A speaker named by one word at `position` (an honorific pronoun, a known surname), recorded as a mention. */
function personInOneWord(reader: StatementReader, position: number, person: PersonRecord, attribution: StatementAttribution): SpeakerFinding {
  addPersonMention(reader.analysis, position, person);
  return {
    person,
    ...(person.country ? { country: person.country } : {}),
    attribution,
    resolution: 'explicit',
    span: [tokenStart(reader, position), tokenEnd(reader, position)],
    to: position + 1,
  };
}

/** The content of a statement as a normalized span. */
interface ContentFinding {
  start: number;
  end: number;
  kind: ContentKind;
  /** Token position after the content. */
  to: number;
}

/** What a reader of the article keeps between statements. */
interface ReadingState {
  lastSpeaker: PersonRecord | undefined;
  /** The speaker of the last statement of each sentence, by sentence start. */
  sentenceSpeaker: Map<number, PersonRecord>;
}

/** Everything needed while reading one article. */
interface StatementReader {
  readonly analysis: ArticleAnalysis;
  readonly officeAt: ReadonlyMap<number, OfficeHit>;
  readonly officeStarts: ReadonlySet<number>;
  readonly state: ReadingState;
  /** The parties of the visit, for role nouns (`الضيف`). */
  readonly roles: StatementRoles;
  /** The people by the last word of their name, for bare family names (`وأكد السوداني`). */
  readonly surnames: { indexed: number; renamed: number; readonly byLastWord: Map<string, Set<PersonRecord>> };
  /** The named head of the article's delegation, read once when a bare `رئيس الوفد` first speaks. */
  delegationHead?: DelegationHead | null;
}

/** The person who heads the article's delegation, where the text says so, and the delegation's country. */
interface DelegationHead {
  readonly person: PersonRecord;
  /** Original offset where the delegation is reported: a later `رئيس الوفد` may point back to it. */
  readonly index: number;
  readonly country: string | undefined;
}

/** The parties of the visit a role noun can point to. */
export interface StatementRoles {
  visitor?: PersonRecord;
  host?: PersonRecord;
}

function tokenText(reader: StatementReader, position: number): string {
  return reader.analysis.document.tokens[position]?.text ?? '';
}

function tokenStart(reader: StatementReader, position: number): number {
  return reader.analysis.document.tokens[position]?.start ?? reader.analysis.document.text.length;
}

function tokenEnd(reader: StatementReader, position: number): number {
  return reader.analysis.document.tokens[position]?.end ?? reader.analysis.document.text.length;
}

function gapHasComma(reader: StatementReader, position: number): boolean {
  const gap = gapAfter(reader.analysis.document.text, reader.analysis.document.tokens, position);
  return gap.includes('،') || gap.includes(',');
}

/** The person a titled mention at `position` names, or one resolved by office alone. */
function personAtOffice(reader: StatementReader, hit: OfficeHit): PersonRecord | undefined {
  const named = reader.analysis.personOfOffice.get(hit);
  if (named) return named;
  return reader.analysis.people.byOffice(hit.mention) ?? undefined;
}

/** Token position after a person's name that follows a title. */
function afterNamedTitle(reader: StatementReader, hit: OfficeHit, person: PersonRecord | undefined): number {
  if (!person || !reader.analysis.personOfOffice.has(hit)) return hit.to;
  const name = readName(reader.analysis.document, hit.to, reader.officeStarts);
  return name ? name.to : hit.to;
}

/**
 * Reads the speaker right after a verb: a source (`التقارير الإعلامية`), a
 * title with or without a name, a name with a title in apposition
 * (`ديميتري بيسكوف، المتحدث باسم الكرملين،`), or a country or seat of power.
 */
function speakerAfter(reader: StatementReader, position: number, limit: number): SpeakerFinding | null {
  const { document, people } = reader.analysis;
  const { text, tokens } = document;
  if (position >= limit) return null;
  const source = getLexicons().sources.matchAt(text, tokens, position, 'none');
  if (source) {
    const phrase = source.values[0] as AttributionPhrase;
    // The source's own name may follow (`وكالة الأنباء السعودية`، `بيان صادر عن ديوان البلاط السلطاني`): up to the first introducer.
    let to = source.to;
    // «وكشفت مصادر مطلعة تفاصيل الاتفاق»: nor into a noun-phrase content.
    // «وأشارت تقارير إعلامية إلى أن»: nor into a verb's introducer.
    while (to < limit && to - source.to < 6 && isPlainGap(text, tokens, to - 1) && !isIntroducerAt(reader, to) && !(getLexicons().introducerWords.has(tokenText(reader, to)) && THAT_WORDS.has(tokenText(reader, to + 1))) && !getLexicons().contentHeads.matchAt(text, tokens, to, 'none')) to++;
    const inside = countryLexicon().findAll(text, tokens, 'any', source.from, to)[0];
    const code = inside ? (inside.values[0] as { code: string }).code : undefined;
    return {
      organization: evidenceOf(document, source.start, tokenEnd(reader, to - 1)).text,
      ...(code ? { country: code } : {}),
      attribution: phrase.attribution,
      ...(phrase.certainty ? { certainty: phrase.certainty } : {}),
      resolution: 'source',
      span: [source.start, tokenEnd(reader, to - 1)],
      to,
    };
  }
  const collective = collectiveSpeakerAt(reader, position, limit);
  if (collective) return collective;
  const role = getLexicons().roles.matchAt(text, tokens, position, 'none');
  if (role) {
    // «الضيف التونسي»: the adjective after the role noun belongs to it.
    const nisba = nisbaLexiconOf().matchAt(text, tokens, role.to, 'none');
    const to = nisba && isPlainGap(text, tokens, role.to - 1) ? nisba.to : role.to;
    const person = reader.roles[role.values[0] as SpeakerRole];
    return {
      ...(person ? { person } : {}),
      ...(person?.country ? { country: person.country } : {}),
      attribution: 'named',
      resolution: person ? 'explicit' : 'carried-over',
      span: [role.start, tokenEnd(reader, to - 1)],
      to,
    };
  }
  const organization = getLexicons().organizations.matchAt(text, tokens, position, 'none');
  if (organization && !reader.officeAt.has(position)) {
    // The name runs on through a country or its adjective (`الحكومة العراقية`، `وزارة الخارجية المصرية`).
    let to = organization.to;
    while (to < limit && to - organization.to < 3 && isPlainGap(text, tokens, to - 1)) {
      const country = countryLexicon().matchAt(text, tokens, to, 'none');
      if (country) {
        to = country.to;
        break;
      }
      const word = tokenText(reader, to);
      if (!word.startsWith('ال') || isFunctionWord(word)) break;
      to++;
    }
    const inside = countryLexicon().findAll(text, tokens, 'any', position, to)[0];
    const code = inside ? (inside.values[0] as { code: string }).code : undefined;
    return {
      organization: evidenceOf(document, organization.start, tokenEnd(reader, to - 1)).text,
      ...(code ? { country: code } : {}),
      attribution: 'official-source',
      resolution: 'explicit',
      span: [organization.start, tokenEnd(reader, to - 1)],
      to,
    };
  }
  const hit = reader.officeAt.get(position);
  if (hit) {
    let person = personAtOffice(reader, hit);
    const to = afterNamedTitle(reader, hit, person);
    // «وقال رئيس الوفد» after «ترأس الوفد وزير الخارجية …»: the head the article named.
    let country = hit.mention.country;
    if (hit.mention.code === 'head-of-delegation' && (!person || person.nameWords.length === 0)) {
      const head = namedDelegationHead(reader, hit);
      if (head) {
        person = head.person;
        country ??= head.country;
        addPersonMention(reader.analysis, position, head.person);
      }
    }
    return {
      ...(person ? { person } : {}),
      office: hit,
      ...(country ? { country } : {}),
      attribution: hit.mention.code === 'spokesperson' ? 'spokesperson' : 'named',
      resolution: 'explicit',
      span: [hit.mention.evidence ? tokenStart(reader, hit.from) : 0, tokenEnd(reader, to - 1)],
      to,
    };
  }
  const country = countryLexicon().matchAt(text, tokens, position, 'none');
  if (country && (country.values[0]?.kind === 'institution' || country.values[0]?.kind === 'name')) {
    return {
      organization: evidenceOf(document, country.start, country.end).text,
      country: (country.values[0] as { code: string }).code,
      attribution: 'official-source',
      resolution: 'explicit',
      span: [country.start, country.end],
      to: country.to,
    };
  }
  const addressed = honorificHolderAt(reader, position);
  if (addressed) return personInOneWord(reader, position, addressed, 'named');
  const known = personBySurnameAt(reader, position);
  if (known) return personInOneWord(reader, position, known, known.office?.code === 'spokesperson' ? 'spokesperson' : 'named');
  const name = readName(document, position, reader.officeStarts);
  if (!name || name.to > limit) return null;
  const nameStart = tokenStart(reader, name.from);
  const nameEnd = tokenEnd(reader, name.to - 1);
  let office: OfficeHit | undefined;
  let to = name.to;
  // Apposition: «بيسكوف، المتحدث باسم الكرملين،»
  if (gapHasComma(reader, name.to - 1)) {
    const apposition = reader.officeAt.get(name.to);
    if (apposition && apposition.to <= limit) {
      office = apposition;
      to = apposition.to;
    }
  }
  // «وقال بيراموف» after «… جيهون بيراموف» named with no title: the surname is that person.
  const oneWord = name.words.filter((word) => !isNameParticle(word)).length === 1;
  const full = oneWord && !people.byName(name.words) ? earlierFullName(document, name.to - 1, reader.officeStarts) : null;
  const introduced = full ? people.resolve(full, undefined, full.from, evidenceOf(document, tokenStart(reader, full.from), tokenEnd(reader, full.to - 1))) : null;
  if (full && introduced) addPersonMention(reader.analysis, full.from, introduced);
  const person = people.resolve(name, office?.mention, name.from, evidenceOf(document, nameStart, nameEnd));
  if (!person) return null;
  addPersonMention(reader.analysis, name.from, person);
  const effectiveOffice = person.office;
  return {
    person,
    ...(office ? { office } : {}),
    ...(person.country ? { country: person.country } : {}),
    attribution: effectiveOffice?.code === 'spokesperson' ? 'spokesperson' : 'named',
    resolution: 'explicit',
    span: [nameStart, office ? tokenEnd(reader, office.to - 1) : nameEnd],
    to,
  };
}

/** The attribution a collective speaker gets: a side speaks officially, the two parties jointly. */
const COLLECTIVE_ATTRIBUTION: Readonly<Record<CollectiveSpeakerNoun['kind'], StatementAttribution>> = {
  side: 'official-source',
  joint: 'joint',
  sources: 'anonymous-source',
};

/**
 * A side, a delegation or both parties in the speaker's place (`الوفد السوداني`، `الجانب
 * المصري`، `الطرفان`، `الأوساط الدبلوماسية`): no person; the country comes from the adjective or
 * name after a side (one qualifying word may stand first: `الوفد الوزاري المصري`); the two
 * parties take the adjectives of both (`الجانبان السوري والروسي`) but no single country.
 */
function collectiveSpeakerAt(reader: StatementReader, position: number, limit: number, policy: 'none' | 'conjunction' = 'none'): SpeakerFinding | null {
  const { document } = reader.analysis;
  const { text, tokens } = document;
  const match = getLexicons().collectives.matchAt(text, tokens, position, policy);
  if (!match || match.to > limit) return null;
  const noun = match.values[0] as CollectiveSpeakerNoun;
  let to = match.to;
  let country: string | undefined;
  const countryAt = (at: number, policy: 'none' | 'conjunction') => (at < limit && isPlainGap(text, tokens, at - 1) ? countryLexicon().matchAt(text, tokens, at, policy) : null);
  if (noun.kind === 'side') {
    // One qualifying word may come first (`الوفد الوزاري المصري`، `الجهات المختصة`), never a content head.
    const word = tokenText(reader, to);
    const qualifier = to < limit && isPlainGap(text, tokens, to - 1) && word.startsWith('ال') && !isFunctionWord(word) && !countryAt(to, 'none') && !getLexicons().contentHeads.matchAt(text, tokens, to, 'none');
    const next = countryAt(to, 'none') ?? (qualifier ? countryAt(to + 1, 'none') : null);
    if (next) {
      country = (next.values[0] as { code: string }).code;
      to = next.to;
    } else if (qualifier) to++;
  } else if (noun.kind === 'joint') {
    // «الجانبان السوري والروسي»: both adjectives belong to the speaker.
    for (let step = 0; step < 3; step++) {
      const next = countryAt(to, step === 0 ? 'none' : 'conjunction');
      if (!next) break;
      to = next.to;
    }
  } else {
    // «الأوساط الدبلوماسية»، «المصادر المطلعة»: up to two adjectives.
    while (to < limit && to - match.to < 2 && isPlainGap(text, tokens, to - 1) && tokenText(reader, to).startsWith('ال') && !isFunctionWord(tokenText(reader, to)) && !getLexicons().contentHeads.matchAt(text, tokens, to, 'none')) to++;
  }
  const end = tokenEnd(reader, to - 1);
  return {
    organization: evidenceOf(document, match.start, end).text,
    ...(country ? { country } : {}),
    attribution: COLLECTIVE_ATTRIBUTION[noun.kind],
    resolution: 'explicit',
    span: [match.start, end],
    to,
  };
}

/**
 * The person a bare `رئيس الوفد` names: the head of the article's delegation (`ترأس الوفد
 * السوري وزير الخارجية أسعد الشيباني`، `على رأس وفد`، `وفد … برئاسة`), when the delegation was
 * reported before the title, its head has a name, and the title's country (`رئيس الوفد السوري`)
 * is the delegation's. The delegation is read once per article, and only when such a title speaks.
 */
function namedDelegationHead(reader: StatementReader, hit: OfficeHit): DelegationHead | undefined {
  if (reader.delegationHead === undefined) {
    reader.delegationHead = null;
    const delegation = readDelegation(reader.analysis, reader.roles.visitor);
    const mentions = delegation?.head?.person?.mentions;
    const person = mentions ? reader.analysis.people.people.find((p) => p.mentions === mentions) : undefined;
    if (delegation && person && person.nameWords.length > 0) {
      reader.delegationHead = { person, index: delegation.evidence.index, country: delegation.country ?? person.country };
    }
  }
  const head = reader.delegationHead;
  if (!head || head.index >= hit.mention.evidence.index) return undefined;
  const country = hit.mention.country;
  return country && head.country && country !== head.country ? undefined : head;
}

/**
 * A bare family name that is also a country adjective (`وأكد السوداني أن`): read as a speaker
 * only when the article named, before this point, exactly one person whose name has more than one
 * word and ends with that word (`محمد شياع السوداني`); otherwise it is the adjective it looks like
 * and names nobody.
 */
let honorificOffices: ReadonlyMap<string, readonly string[]> | null = null;

/**
 * «وأكد جلالته»: the person an honorific pronoun stands for — the last one named before it
 * whose office the pronoun is used for (a king for «جلالته»), else the first such in the article.
 */
function honorificHolderAt(reader: StatementReader, position: number): PersonRecord | undefined {
  honorificOffices ??= new Map(HONORIFIC_PRONOUNS.map((entry) => [normalizeArabic(entry.pronoun), entry.offices]));
  const offices = honorificOffices.get(withoutWaw(tokenText(reader, position))) ?? honorificOffices.get(tokenText(reader, position));
  if (!offices) return undefined;
  const fits = (person: PersonRecord): boolean => person.office !== undefined && offices.includes(person.office.code);
  const { personMentions, people } = reader.analysis;
  // Looks back a bounded number of mentions: the holder is named close by.
  const before = firstMentionAtOrAfter(personMentions, position);
  for (let i = before - 1; i >= Math.max(0, before - 50); i--) {
    const person = (personMentions[i] as readonly [number, PersonRecord])[1];
    if (fits(person)) return person;
  }
  return people.people.find(fits);
}

function personBySurnameAt(reader: StatementReader, position: number): PersonRecord | undefined {
  const { document, people } = reader.analysis;
  const word = tokenText(reader, position);
  if (!word.startsWith('ال')) return undefined;
  const nisba = nisbaLexiconOf().matchAt(document.text, document.tokens, position, 'none');
  if (!nisba || nisba.to !== position + 1) return undefined;
  // People are indexed by their last name word as they are added (a linear scan per verb would be quadratic).
  const index = reader.surnames;
  const add = (person: PersonRecord): void => {
    const last = person.nameWords[person.nameWords.length - 1];
    if (last === undefined) return;
    const holders = index.byLastWord.get(last);
    if (holders) holders.add(person);
    else index.byLastWord.set(last, new Set([person]));
  };
  for (; index.indexed < people.people.length; index.indexed++) add(people.people[index.indexed] as PersonRecord);
  // A name that grew after it was indexed (`محمد شياع` → `محمد شياع السوداني`) is indexed again;
  // the entry under its old last word is left and filtered out below.
  for (; index.renamed < people.renamed.length; index.renamed++) add(people.renamed[index.renamed] as PersonRecord);
  let found: PersonRecord | undefined;
  for (const person of index.byLastWord.get(word) ?? []) {
    if (person.nameWords.length < 2 || person.nameWords[person.nameWords.length - 1] !== word || person.firstPosition >= position) continue;
    // Two people of that name: the bare word names neither.
    if (found) return undefined;
    found = person;
  }
  return found;
}

/** Whether an indirect-speech word or a quote/colon starts at a token. */
function isIntroducerAt(reader: StatementReader, position: number): boolean {
  return THAT_WORDS.has(tokenText(reader, position));
}

/** The introducers a verb accepts, normalized, longest first. */
function introducersOf(verb: ReportingVerb): string[] {
  return verb.introducers.map(normalizeArabic).sort((a, b) => b.length - a.length);
}

/**
 * Where the content starts: an introducer of the verb right after the speaker
 * (`على أن`، `عن`، `إلى أن`), else the first `أن`/`إن`, quote or colon in the
 * clause. Returns the normalized offset where the content starts.
 */
function findContentStart(reader: StatementReader, verb: ReportingVerb | null, from: number, limit: number, allowBare: boolean, namedSpeaker = false): { start: number; position: number; kind: ContentKind } | null {
  const { text, tokens } = reader.analysis.document;
  const quoteAt = (offset: number, end: number): { start: number; position: number; kind: ContentKind } | null => {
    for (let i = offset; i < end && i - offset < 4; i++) {
      const character = text[i] as string;
      if (QUOTE_OPENERS.has(character)) {
        const position = Math.max(from, tokenAtOrAfter(tokens, i + 1));
        return position < tokens.length ? { start: i, position, kind: 'direct-quote' } : null;
      }
      if (character === ':' ) {
        let start = i + 1;
        while (text[start] === ' ') start++;
        const position = Math.max(from, tokenAtOrAfter(tokens, start));
        if (position >= tokens.length) return null;
        return QUOTE_OPENERS.has(text[start] as string) ? { start, position, kind: 'direct-quote' } : { start, position, kind: 'indirect' };
      }
    }
    return null;
  };
  // «أن "…"»: a quotation right after the introducer makes the content a direct quote.
  const afterThat = (position: number): { start: number; position: number; kind: ContentKind } =>
    quoteAt(tokenEnd(reader, position - 1), tokenStart(reader, position) + 1) ?? { start: tokenStart(reader, position), position, kind: 'indirect' };
  // Adjacent introducer (possibly after a comma).
  const adjacentOffset = from > 0 ? tokenEnd(reader, from - 1) : 0;
  const adjacentQuote = quoteAt(adjacentOffset, tokenStart(reader, from) + 1);
  if (adjacentQuote) return adjacentQuote;
  if (from < limit && verb) {
    for (const introducer of introducersOf(verb)) {
      const words = introducer.split(' ');
      if (introducer === 'ب') {
        const word = tokenText(reader, from);
        if (word.startsWith('ب') && word.length > 3 && !THAT_WORDS.has(word)) return { start: tokenStart(reader, from) + 1, position: from, kind: 'summary' };
        continue;
      }
      // The last word of «إلى أن» may carry a pronoun (`إلى أنه`).
      const wordAt = (w: string, k: number): boolean => tokenText(reader, from + k) === w || (k === words.length - 1 && THAT_WORD_BASES.get(tokenText(reader, from + k)) === w);
      if (words.every((w, k) => wordAt(w, k) && (k === words.length - 1 || isPlainGap(text, tokens, from + k)))) {
        const last = words[words.length - 1] as string;
        const position = from + words.length;
        if (position >= limit) return null;
        if (THAT_WORDS.has(last)) return afterThat(position);
        return { start: tokenStart(reader, position), position, kind: 'summary' };
      }
    }
  }
  if (from < limit && THAT_WORDS.has(tokenText(reader, from))) return afterThat(from + 1);
  // «نفى … صحة الأنباء»: a noun phrase is the content, even after a carried-over speaker;
  // «أعلن الرئيس موعد الانتخابات»: some heads only after a speaker named after the verb.
  const head = from < limit && verb ? getLexicons().contentHeads.matchAt(text, tokens, from, 'none') : null;
  if (head && (namedSpeaker || !head.values.some((noun) => noun.afterNamedSpeaker))) return { start: tokenStart(reader, from), position: from, kind: 'summary' };
  // Further in the clause: the first أن/إن, quote or colon, within 25 words.
  for (let position = from; position < limit && position - from < 25; position++) {
    if (readVerbForm(tokenText(reader, position))?.forms.some((f) => f.kind === 'finite') && position > from) break;
    const gapQuote = quoteAt(tokenEnd(reader, position), tokenStart(reader, position + 1) + 1);
    if (THAT_WORDS.has(tokenText(reader, position)) && position + 1 < limit) return afterThat(position + 1);
    if (gapQuote && gapQuote.position < limit) return gapQuote;
  }
  if (allowBare && from < limit) return { start: tokenStart(reader, from), position: from, kind: 'summary' };
  return null;
}

/** Whether the clause is cut before the token at `position` (a new reporting clause after a comma). */
function cutsBefore(reader: StatementReader, position: number): boolean {
  const { text, tokens } = reader.analysis.document;
  if (!gapHasComma(reader, position - 1)) {
    // «… ورفض التعليق»: a coordinated certainty clause cuts even without a comma.
    const certainty = getLexicons().certainty.matchAt(text, tokens, position, 'conjunction');
    return Boolean(certainty && certainty.clitic === 'و');
  }
  const word = tokenText(reader, position);
  const verb = readVerbForm(word);
  if (verb && verb.forms.some((f) => f.kind === 'participle' || (f.kind === 'finite' && verb.clitic === 'و'))) return true;
  // «، فيما أعرب الضيف عن …»: another party's statement begins.
  const contrast = getLexicons().contrast.matchAt(text, tokens, position, 'none');
  if (contrast && readVerbForm(tokenText(reader, contrast.to))?.forms.some((f) => f.kind === 'finite')) return true;
  if (getLexicons().trailing.matchAt(text, tokens, position, 'conjunction')) return true;
  if (getLexicons().certainty.matchAt(text, tokens, position, 'conjunction')) return true;
  return false;
}

/** The content from its start to the end of its clause or its closing quote. */
function readContent(reader: StatementReader, start: { start: number; position: number; kind: ContentKind }, sentence: Sentence): ContentFinding | null {
  const { text, tokens } = reader.analysis.document;
  if (start.kind === 'direct-quote') {
    const open = text[start.start] as string;
    const close = QUOTE_OPENERS.get(open);
    if (close) {
      // A quotation closes within 4000 characters, or it is not read as one.
      const window = text.slice(start.start + 1, start.start + 4000);
      const closeAt = window.indexOf(close) < 0 ? -1 : start.start + 1 + window.indexOf(close);
      if (closeAt > start.start + 1) {
        const to = Math.max(start.position, tokenAtOrAfter(tokens, closeAt + 1));
        return { start: start.start + 1, end: closeAt, kind: 'direct-quote', to };
      }
    }
  }
  let position = start.position;
  while (position < sentence.to) {
    if (position > start.position && cutsBefore(reader, position)) break;
    position++;
  }
  if (position <= start.position) return null;
  let end = tokenEnd(reader, position - 1);
  if (end <= start.start) return null;
  // A quotation opened inside the content closes with it (`إن الزيارة "تعكس …"`).
  const content = text.slice(start.start, end);
  for (const [open, close] of QUOTE_OPENERS) {
    const opened = content.indexOf(open);
    if (opened >= 0 && content.indexOf(close, opened + 1) < 0 && text[end] === close) end++;
  }
  return { start: start.start, end, kind: start.kind, to: position };
}

/** The person who speaks when the verb names nobody. */
function carriedSpeaker(reader: StatementReader, sentence: Sentence, position: number, rule: CarryOverRule | null): PersonRecord | undefined {
  const { personMentions } = reader.analysis;
  const last = reader.state.lastSpeaker;
  const beforeCount = firstMentionAtOrAfter(personMentions, position);
  if (rule === 'other-party') {
    // Looks back a bounded number of mentions: the other party is named close by.
    for (let i = beforeCount - 1; i >= Math.max(0, beforeCount - 50); i--) {
      const person = (personMentions[i] as readonly [number, PersonRecord])[1];
      if (person !== last) return person;
    }
    return last;
  }
  // Same sentence: the speaker already speaking in it.
  const inSentence = reader.state.sentenceSpeaker.get(sentence.start);
  if (inSentence) return inSentence;
  // A bare verb after a sentence about someone: that sentence's first person.
  const previousSentence = sentence.from > 0 ? sentenceOf(reader.analysis.document, sentence.from - 1) : undefined;
  if (previousSentence && !reader.state.sentenceSpeaker.has(previousSentence.start)) {
    const subject = personMentions[firstMentionAtOrAfter(personMentions, previousSentence.from)];
    if (subject && subject[0] < previousSentence.to) return subject[1];
  }
  return last ?? personMentions[beforeCount - 1]?.[1];
}

/** A word without a joined و. */
function withoutWaw(word: string): string {
  return word.startsWith('و') && word.length > 2 ? word.slice(1) : word;
}

/** The first person the sentence names before a position (the subject of a participle or verbal noun). */
function subjectOfSentence(reader: StatementReader, sentence: Sentence, position: number): PersonRecord | undefined {
  const mentions = reader.analysis.personMentions;
  const first = mentions[firstMentionAtOrAfter(mentions, sentence.from)];
  return first && first[0] < position ? first[1] : undefined;
}

/** The speaker written before the verb in the same sentence (`الرئيس … قال إن`). */
function speakerBefore(reader: StatementReader, sentence: Sentence, position: number): PersonRecord | undefined {
  const mentions = reader.analysis.personMentions;
  const mention = mentions[firstMentionAtOrAfter(mentions, sentence.from)];
  if (!mention || mention[0] >= position) return undefined;
  // Only when the sentence opens with the person (after و or a carry-over marker).
  const opening = mention[0] - sentence.from;
  return opening <= 3 ? mention[1] : undefined;
}

/**
 * A side or both parties that open the sentence right before the verb (`الجانب المصري أكد أن`،
 * `والوفد العراقي شدد على`، `من جهته، الوفد السوداني أكد`): read like the speaker after a verb.
 * The phrase must start the sentence (after و or a carry-over marker) and end at the verb, or
 * at a carry-over marker between commas right before it (`والجانب المغربي، من جهته، أكد`).
 */
function collectiveBefore(reader: StatementReader, sentence: Sentence, position: number): SpeakerFinding | null {
  const { text, tokens } = reader.analysis.document;
  if (position <= sentence.from) return null;
  const marker = getLexicons().carryOver.matchAt(text, tokens, sentence.from, 'conjunction');
  for (const start of marker && marker.to < position ? [sentence.from, marker.to] : [sentence.from]) {
    const found = collectiveSpeakerAt(reader, start, position, 'conjunction');
    if (!found) continue;
    if (found.to === position) return found;
    // «والجانب المغربي، من جهته، أكد»: a carry-over marker between commas may stand before the verb.
    const aside = gapHasComma(reader, found.to - 1) ? getLexicons().carryOver.matchAt(text, tokens, found.to, 'none') : null;
    if (aside && aside.to === position) return found;
  }
  return null;
}

/** The carry-over marker at the start of the clause before a verb, if any. */
function markerBefore(reader: StatementReader, sentence: Sentence, position: number): CarryOverRule | null {
  const { text, tokens } = reader.analysis.document;
  for (let p = Math.max(sentence.from, position - 3); p < position; p++) {
    const marker = getLexicons().carryOver.matchAt(text, tokens, p, 'conjunction');
    if (marker && marker.to <= position) return marker.values[0] as CarryOverRule;
  }
  return null;
}

function certaintyIn(reader: StatementReader, from: number, to: number): CertaintyCode | null {
  const { text, tokens } = reader.analysis.document;
  const found = getLexicons().certainty.findAll(text, tokens, 'conjunction', from, to);
  return found.length > 0 ? ((found[0] as { values: readonly CertaintyCode[] }).values[0] as CertaintyCode) : null;
}

function buildStatement(
  reader: StatementReader,
  speaker: SpeakerFinding,
  verb: { code: ReportingVerbCode; form: ReportingForm; start: number; end: number },
  content: ContentFinding,
  certainty: StatementCertainty,
): ExtractedStatement {
  const { document } = reader.analysis;
  const person = speaker.person;
  const written = speaker.office?.mention;
  // «الرئيس بوتين»: the person's fuller office (`الرئيس الروسي`) says more than the bare title.
  const office = written && person?.office && person.office.code === written.code && !written.country ? person.office : (written ?? person?.office);
  const country = speaker.country ?? person?.country ?? office?.country;
  return {
    speaker: {
      ...(person ? { person: PeopleRegistry.view(person) } : {}),
      ...(office ? { office } : {}),
      ...(speaker.organization ? { organization: speaker.organization } : {}),
      ...(country ? { country } : {}),
      ...(speaker.span ? { evidence: evidenceOf(document, speaker.span[0], speaker.span[1]) } : {}),
      resolution: speaker.resolution,
    },
    attribution: office?.code === 'spokesperson' && speaker.attribution === 'named' ? 'spokesperson' : speaker.attribution,
    verb: { text: evidenceOf(document, verb.start, verb.end).text, code: verb.code, form: verb.form, evidence: evidenceOf(document, verb.start, verb.end) },
    content: { text: evidenceOf(document, content.start, content.end).text, kind: content.kind, evidence: evidenceOf(document, content.start, content.end) },
    certainty,
    topics: topicCodesIn(reader.analysis, tokenAtOrAfter(document.tokens, content.start), tokenAtOrAfter(document.tokens, content.end)),
    // The whole statement: speaker, verb and content in whatever order the text put them.
    evidence: evidenceOf(
      document,
      Math.min(verb.start, speaker.span?.[0] ?? verb.start, content.start),
      Math.max(verb.end, speaker.span?.[1] ?? verb.end, content.end + (content.kind === 'direct-quote' && QUOTE_CLOSERS.has(document.text[content.end] ?? '') ? 1 : 0)),
    ),
  };
}

function personSpeaker(person: PersonRecord | undefined, resolution: SpeakerResolution): SpeakerFinding {
  return {
    ...(person ? { person } : {}),
    ...(person?.country ? { country: person.country } : {}),
    attribution: person?.office?.code === 'spokesperson' ? 'spokesperson' : 'named',
    resolution,
    to: 0,
  };
}

/** A finite reporting verb at `position`: speaker, introducer, content. */
function readVerbStatement(
  reader: StatementReader,
  sentence: Sentence,
  position: number,
  form: VerbForm,
  clitic: string,
  pluperfectSubject?: { readonly from: number; readonly to: number },
): [ExtractedStatement, number] | null {
  const verbStart = tokenStart(reader, position) + clitic.length;
  const verbEnd = tokenEnd(reader, position);
  // A verb spelled like a function word (`بين` "between") counts only where a clause starts.
  if (!pluperfectSubject && isFunctionWord(tokenText(reader, position)) && clitic === '' && position > sentence.from && !gapHasComma(reader, position - 1)) return null;
  // «رحب بالمبادرة»: the verb's joined introducer with its article opens the content, never a name.
  const joinedIntroducer = form.verb.introducers.includes('ب') && tokenText(reader, position + 1).startsWith('بال');
  let speaker: SpeakerFinding | null;
  if (pluperfectSubject) {
    // «وكان الرئيس قد أكد»: the speaker fills the words between كان and قد, or there is none («وكان قد أكد»).
    speaker = pluperfectSubject.from < pluperfectSubject.to ? speakerAfter(reader, pluperfectSubject.from, pluperfectSubject.to) : null;
    if (pluperfectSubject.from < pluperfectSubject.to && speaker?.to !== pluperfectSubject.to) return null;
  } else speaker = joinedIntroducer ? null : speakerAfter(reader, position + 1, sentence.to);
  // A role noun whose party is unknown (`أكد الضيف`) still ends where the content starts.
  const roleTo = speaker && speaker.resolution === 'carried-over' ? speaker.to : null;
  if (speaker && speaker.resolution !== 'source' && !speaker.person && !speaker.organization && !speaker.office) speaker = null;
  const contentFrom = pluperfectSubject ? position + 1 : speaker ? speaker.to : (roleTo ?? position + 1);
  // A verb that takes its content through an introducer (`أكد أن`، `أعرب عن`) reads a bare object
  // only when it opens with a content head (`أكد الرئيس المصري دعم مصر …`), which findContentStart
  // checks from the table: «نقل الوفد رسالة خطية» reports a letter, not a statement.
  const allowBare = form.verb.introducers.length === 0;
  // A side named right before the verb (`الجانب المصري أعلن …`) names the speaker as well as one after it.
  const sideBefore = speaker ? null : collectiveBefore(reader, sentence, position);
  const start = findContentStart(reader, form.verb, contentFrom, sentence.to, allowBare, (speaker ?? sideBefore) !== null);
  if (!start) return null;
  // Without a named speaker the content must follow the verb at once (`وأضاف أن`).
  if (!speaker && !sideBefore && start.position > contentFrom + 1) return null;
  const content = readContent(reader, start, sentence);
  if (!content) return null;
  speaker ??= sideBefore;
  if (!speaker) {
    const before = speakerBefore(reader, sentence, position);
    speaker = before ? personSpeaker(before, 'before-verb') : personSpeaker(carriedSpeaker(reader, sentence, position, markerBefore(reader, sentence, position)), 'carried-over');
  }
  const inClause = certaintyIn(reader, position, content.to);
  const certainty: StatementCertainty = form.verb.code === 'deny' ? 'denied' : (inClause ?? speaker.certainty ?? 'confirmed');
  const statement = buildStatement(reader, speaker, { code: form.verb.code, form: 'verb', start: verbStart, end: verbEnd }, content, certainty);
  return [statement, content.to];
}

/** A participle (`، مؤكدا`) or a verbal noun (`خلال تأكيده`، `تمت الإشارة`): the speaker is carried over. */
function readDerivedStatement(reader: StatementReader, sentence: Sentence, position: number, form: VerbForm, clitic: string): [ExtractedStatement, number] | null {
  const previous = tokenText(reader, position - 1);
  let reportingForm: ReportingForm;
  let framePosition = position - 1;
  if (form.kind === 'participle') {
    if (position === sentence.from || !gapHasComma(reader, position - 1)) return null;
    reportingForm = 'participle';
  } else if (form.kind === 'verbal-noun') {
    if (!getLexicons().verbalNounLeads.has(previous)) return null;
    reportingForm = 'verbal-noun';
  } else {
    // «تمت الإشارة»، «جرى خلال اللقاء التأكيد»: the frame comes up to three words before.
    let frame = -1;
    for (let p = position - 1; p >= Math.max(sentence.from, position - 4) && frame < 0; p--) if (getLexicons().passiveFrames.has(withoutWaw(tokenText(reader, p)))) frame = p;
    if (frame < 0) return null;
    framePosition = frame;
    reportingForm = 'passive';
  }
  const start = findContentStart(reader, form.verb, position + 1, sentence.to, true);
  if (!start) return null;
  const content = readContent(reader, start, sentence);
  if (!content) return null;
  const verbStart = reportingForm === 'passive' ? tokenStart(reader, framePosition) + (tokenText(reader, framePosition).startsWith('و') ? 1 : 0) : tokenStart(reader, position) + clitic.length;
  let speaker: SpeakerFinding;
  if (reportingForm === 'passive') {
    speaker = { attribution: 'joint', resolution: 'carried-over', to: 0 };
  } else {
    const person = reader.state.sentenceSpeaker.get(sentence.start) ?? subjectOfSentence(reader, sentence, position) ?? carriedSpeaker(reader, sentence, position, null);
    speaker = personSpeaker(person, 'carried-over');
    // «وشارك الوزير …، مع تأكيده»: an unnamed title of the clause is the speaker.
    if (!person) {
      let title: OfficeHit | undefined;
      for (let p = sentence.from; p < position && !title; p++) title = reader.officeAt.get(p);
      if (title) speaker = { office: title, ...(title.mention.country ? { country: title.mention.country } : {}), attribution: title.mention.code === 'spokesperson' ? 'spokesperson' : 'named', resolution: 'carried-over', to: 0 };
    }
  }
  const certainty = certaintyIn(reader, position, content.to) ?? 'confirmed';
  const statement = buildStatement(reader, speaker, { code: form.verb.code, form: reportingForm, start: verbStart, end: tokenEnd(reader, position) }, content, certainty);
  return [statement, content.to];
}

/**
 * A declined comment: `رفض التعليق على …` by the carried speaker, or with the speaker between the
 * verb and its object (`ورفض المتحدث باسم الخارجية التعليق`، `وامتنع مسؤول في الرئاسة عن التعليق`).
 */
function readDeclined(reader: StatementReader, sentence: Sentence, position: number, pluperfectSubject?: { readonly from: number; readonly to: number }): [ExtractedStatement, number] | null {
  const { text, tokens } = reader.analysis.document;
  const lex = getLexicons();
  const together = lex.certainty.matchAt(text, tokens, position, 'conjunction');
  let verb: { start: number; end: number; to: number };
  let speakerFound: SpeakerFinding | null = null;
  let from: number;
  if (pluperfectSubject) {
    // «وكان المتحدث قد رفض التعليق»: the speaker stands between كان and قد, the object right after the verb.
    const declining = lex.declineVerbs.matchAt(text, tokens, position, 'none');
    if (!declining) return null;
    const objects = new Set(declining.values.map((phrase) => normalizeArabic(phrase.object)));
    const object = lex.declineObjects.matchAt(text, tokens, declining.to, 'none');
    if (!object || !object.values.some((value) => objects.has(value))) return null;
    if (pluperfectSubject.from < pluperfectSubject.to) {
      const between = speakerAfter(reader, pluperfectSubject.from, pluperfectSubject.to);
      if (!between || between.to !== pluperfectSubject.to || (!between.person && !between.office && !between.organization)) return null;
      speakerFound = between;
    }
    verb = { start: declining.start, end: declining.end, to: declining.to };
    from = object.to;
  } else if (together && together.values[0] === 'declined-comment') {
    verb = together;
    from = together.to;
    const after = speakerAfter(reader, from, sentence.to);
    if (after && after.person) {
      speakerFound = after;
      from = after.to;
    }
  } else {
    const declining = lex.declineVerbs.matchAt(text, tokens, position, 'conjunction');
    if (!declining) return null;
    const objects = new Set(declining.values.map((phrase) => normalizeArabic(phrase.object)));
    // The speaker stands between the verb and its object, in a few words.
    let object: { to: number } | null = null;
    let objectAt = declining.to + 1;
    for (; objectAt < sentence.to && objectAt - declining.to <= PLUPERFECT_REPORTING.maxSpeakerWords && !object; objectAt++) {
      const found = lex.declineObjects.matchAt(text, tokens, objectAt, 'none');
      if (found && found.values.some((value) => objects.has(value))) object = found;
    }
    if (!object) return null;
    objectAt--;
    const between = speakerAfter(reader, declining.to, objectAt);
    if (!between || between.to !== objectAt || (!between.person && !between.office && !between.organization)) return null;
    verb = { start: declining.start, end: tokenEnd(reader, declining.from), to: declining.to };
    speakerFound = between;
    from = object.to;
  }
  const contentFrom = from < sentence.to && lex.declinedTopicLeads.has(tokenText(reader, from)) ? from + 1 : from;
  const content = contentFrom < sentence.to ? readContent(reader, { start: tokenStart(reader, contentFrom), position: contentFrom, kind: 'summary' }, sentence) : null;
  const speaker = speakerFound ?? personSpeaker(carriedSpeaker(reader, sentence, position, null), 'carried-over');
  const end = content ?? { start: verb.start, end: verb.end, kind: 'summary' as const, to: Math.max(verb.to, from) };
  const statement = buildStatement(reader, speaker, { code: 'reject', form: 'declined-comment', start: verb.start, end: verb.end }, end, 'declined-comment');
  return [statement, end.to];
}

/**
 * The pluperfect of reporting (`وكانت مصادر مطلعة قد أفادت بأن …`، `وكان الرئيس قد أكد أن …`):
 * read like the plain verb, with the speaker written between `كان` and `قد`.
 */
function readPluperfect(reader: StatementReader, sentence: Sentence, position: number): [ExtractedStatement, number] | null {
  const { text, tokens } = reader.analysis.document;
  const lex = getLexicons();
  const auxiliary = lex.pluperfectAuxiliaries.matchAt(text, tokens, position, 'conjunction');
  if (!auxiliary) return null;
  for (let at = auxiliary.to; at < sentence.to && at - auxiliary.to <= PLUPERFECT_REPORTING.maxSpeakerWords; at++) {
    const particle = lex.pluperfectParticles.matchAt(text, tokens, at, 'none');
    if (!particle) continue;
    const declined = readDeclined(reader, sentence, particle.to, { from: auxiliary.to, to: at });
    if (declined) return declined;
    const verb = readVerbForm(tokenText(reader, particle.to));
    if (!verb || verb.clitic !== '') return null;
    for (const form of verb.forms) {
      if (form.kind !== 'finite') continue;
      const found = readVerbStatement(reader, sentence, particle.to, form, '', { from: auxiliary.to, to: at });
      if (found) return found;
    }
    return null;
  }
  return null;
}

/** `جاء في البيان: …` and `صدر عن الرئاسة البيان التالي: …`. */
function readFormula(reader: StatementReader, sentence: Sentence, position: number): [ExtractedStatement, number] | null {
  const { document } = reader.analysis;
  const { text, tokens } = document;
  const lex = getLexicons();
  const formula = lex.formulas.matchAt(text, tokens, position, 'conjunction');
  if (formula) {
    const phrase = formula.values[0] as AttributionPhrase;
    // «جاء في بيان للرئاسة»: the issuer follows, joined with ل.
    let from = formula.to;
    let organization: string | undefined;
    const issuer = tokenText(reader, from);
    if (issuer.startsWith('ل') && issuer.length > 3 && !gapHasComma(reader, from - 1)) {
      let to = from + 1;
      while (to < sentence.to && to - from < 3 && isPlainGap(text, tokens, to - 1) && !THAT_WORDS.has(tokenText(reader, to))) to++;
      // «للديوان الملكي» is ل + «الديوان الملكي»: the name gets its article back.
      const written = evidenceOf(document, tokenStart(reader, from) + 1, tokenEnd(reader, to - 1)).text;
      organization = issuer.startsWith('لل') ? `ا${written}` : written;
      from = to;
    }
    const start = findContentStart(reader, null, from, sentence.to, true);
    const content = start ? readContent(reader, start, sentence) : null;
    if (!content) return null;
    const speaker: SpeakerFinding = { ...(organization ? { organization } : {}), attribution: phrase.attribution, resolution: 'source', span: [formula.start, tokenEnd(reader, from - 1)], to: from };
    return [buildStatement(reader, speaker, { code: 'state', form: 'formula', start: formula.start, end: formula.end }, content, 'confirmed'), content.to];
  }
  const opening = lex.issuedOpening.matchAt(text, tokens, position, 'conjunction');
  if (!opening) return null;
  for (let p = opening.to; p < sentence.to && p - opening.to < 8; p++) {
    const closing = lex.issuedClosing.matchAt(text, tokens, p, 'none');
    if (!closing) continue;
    const organization = p > opening.to ? evidenceOf(document, tokenStart(reader, opening.to), tokenEnd(reader, p - 1)).text : undefined;
    // The statement runs to the end of the paragraph.
    // The paragraph ends at a line break of the original (looked for within 20000 characters).
    const { normalized } = document;
    let end = closing.end;
    const limit = Math.min(text.length, closing.end + 20_000);
    while (end < limit && !(text[end] === ' ' && normalized.original.slice(normalized.starts[end], normalized.ends[end]).includes('\n'))) end++;
    let start = closing.end;
    while (start < end && (text[start] === ':' || text[start] === ' ')) start++;
    if (start >= end) return null;
    const to = Math.max(closing.to, tokenAtOrAfter(tokens, end));
    const content: ContentFinding = { start, end, kind: 'direct-quote', to };
    const speaker: SpeakerFinding = { ...(organization ? { organization } : {}), attribution: 'official-source', resolution: 'source', span: [opening.start, tokenEnd(reader, p - 1)], to: p };
    return [buildStatement(reader, speaker, { code: 'state', form: 'formula', start: opening.start, end: closing.end }, content, 'confirmed'), content.to];
  }
  return null;
}

/** `…، حسبما أفاد بيان للوزارة`: the clause before is the content. */
function readTrailing(reader: StatementReader, sentence: Sentence): ExtractedStatement | null {
  const { document } = reader.analysis;
  const { text, tokens } = document;
  for (let position = sentence.from + 2; position < sentence.to; position++) {
    if (!gapHasComma(reader, position - 1)) continue;
    const trailing = getLexicons().trailing.matchAt(text, tokens, position, 'conjunction');
    if (!trailing) continue;
    const found = speakerAfter(reader, trailing.to, sentence.to);
    const source = found ?? { attribution: 'official-source' as const, resolution: 'source' as const, to: trailing.to };
    const speakerEnd = found ? tokenEnd(reader, found.to - 1) : trailing.end;
    const rest = found ? found.to : trailing.to;
    let organization = found?.organization;
    if (!found && rest < sentence.to) organization = evidenceOf(document, tokenStart(reader, rest), tokenEnd(reader, sentence.to - 1)).text;
    const speaker: SpeakerFinding = {
      ...source,
      ...(organization ? { organization } : {}),
      resolution: found?.person ? 'explicit' : 'source',
      span: [trailing.start, found ? speakerEnd : tokenEnd(reader, sentence.to - 1)],
    };
    const content: ContentFinding = { start: tokenStart(reader, sentence.from), end: tokenEnd(reader, position - 1), kind: 'summary', to: position };
    const certainty = certaintyIn(reader, sentence.from, sentence.to) ?? found?.certainty ?? 'confirmed';
    return buildStatement(reader, speaker, { code: 'report', form: 'trailing-attribution', start: trailing.start, end: trailing.end }, content, certainty);
  }
  return null;
}

/**
 * Reads the statements of an analysed article (shared with `extractStateVisit`).
 *
 * @param analysis - the article analysis.
 * @param roles - the parties of the visit, for role nouns (`الضيف`).
 * @returns the statements in text order.
 */
export function readStatements(analysis: ArticleAnalysis, roles: StatementRoles = {}): ExtractedStatement[] {
  const officeAt = new Map<number, OfficeHit>();
  for (const hit of analysis.offices) if (!officeAt.has(hit.from)) officeAt.set(hit.from, hit);
  const reader: StatementReader = {
    analysis,
    officeAt,
    officeStarts: new Set(officeAt.keys()),
    state: { lastSpeaker: undefined, sentenceSpeaker: new Map() },
    roles,
    surnames: { indexed: 0, renamed: 0, byLastWord: new Map() },
  };
  const statements: ExtractedStatement[] = [];
  let consumedUntil = 0;
  for (const sentence of analysis.document.sentences) {
    const before = statements.length;
    for (let position = Math.max(sentence.from, consumedUntil); position < sentence.to; position++) {
      let found = readFormula(reader, sentence, position) ?? readDeclined(reader, sentence, position) ?? readPluperfect(reader, sentence, position);
      if (!found) {
        const verb = readVerbForm(tokenText(reader, position));
        if (verb) {
          for (const form of verb.forms) {
            found = form.kind === 'finite' ? readVerbStatement(reader, sentence, position, form, verb.clitic) : readDerivedStatement(reader, sentence, position, form, verb.clitic);
            if (found) break;
          }
        }
      }
      if (!found) continue;
      const [statement, to] = found;
      statements.push(statement);
      const speakerPerson = statement.speaker.person ? analysis.people.people.find((p) => p.mentions === statement.speaker.person?.mentions) : undefined;
      if (speakerPerson) {
        reader.state.lastSpeaker = speakerPerson;
        reader.state.sentenceSpeaker.set(sentence.start, speakerPerson);
      }
      position = Math.max(position, to - 1);
      consumedUntil = Math.max(consumedUntil, to);
    }
    if (statements.length === before) {
      const trailing = readTrailing(reader, sentence);
      if (trailing) statements.push(trailing);
    }
  }
  return statements;
}

/**
 * Finds the official statements of an Arabic news text: who spoke (a person
 * with their office and country, a spokesperson, an official text, media
 * reports or an unnamed source), the reporting verb as written with its code,
 * what was said, and how certain it is — each with evidence offsets into
 * `text`.
 *
 * Reads reporting verbs from one table in every person, gender and number
 * (`أكد، أكدت، أكدوا، أكدتا`; weak verbs `دعوا، نفت، رأوا`), participles
 * (`، مؤكدًا`), verbal nouns (`خلال تأكيده أن`), passives (`تمت الإشارة إلى
 * أن`), formulas (`جاء في البيان`، `صدر عن … البيان التالي`) and attributions
 * after the clause (`حسبما أفاد`). The speaker is read after the verb (with an
 * apposition: `بيسكوف، المتحدث باسم الكرملين،`), before it, or carried over
 * (`وأضاف`، `بدوره`، `من جهته`). The content runs from `أن`/`إن`/`على أن`/`:`
 * or a quotation to the end of its clause, or from a noun of the content-head table (`أهمية`،
 * `ضرورة`، `التزامه` …) as a `summary`; what is announced or revealed (`موعد`، `تفاصيل`،
 * `نتائج`، `تأجيل` …) only after a speaker named at the verb (`وأعلن الرئيس موعد الانتخابات`).
 * A side or a delegation in the speaker's place, after the verb or opening the sentence before it
 * (`الوفد السوداني`، `الجانب المصري أكد أن`), is no person but the country its adjective names;
 * `الطرفان`، `الجانبان`، `البلدان` speak jointly. The head of a delegation (`رئيس الوفد
 * السوداني`، `رئيس وفد المعارضة السورية`) has the office `head-of-delegation`, and a bare
 * `رئيس الوفد` is the head the article named before (`ترأس الوفد …`، `على رأس وفد`). `topics` are
 * the codes of the topic table whose keywords the content holds (`findTopics`), in order of first
 * occurrence, without those said not to be discussed (`لم يتطرق إلى …`).
 *
 * Linear in the length of the text; never throws.
 *
 * @param text - any string.
 * @param options - `limit` on the number of statements. `null` is read as `{}`.
 * @returns the statements, validated by the `OfficialStatement` schema, in text order; `[]` when there are none.
 * @example
 * ```ts
 * const [s] = extractStatements('وأكد وزير الخارجية العراقي فؤاد حسين أن بغداد تدعم الحوار.');
 * s.speaker.person?.name.ar; // 'فؤاد حسين'
 * s.speaker.office?.portfolio; // 'foreign'
 * s.verb.code; // 'affirm'
 * s.content.text; // 'بغداد تدعم الحوار'
 * s.content.evidence; // { text: 'بغداد تدعم الحوار', index: 40, end: 57 }
 * extractStatements('وقال وزير النفط العراقي إن الصادرات عبر ميناء البصرة ارتفعت.')[0].topics; // ['trade', 'transport']
 * const [side] = extractStatements('وأكد الجانب المصري أهمية الحوار.');
 * side.speaker.person; // undefined
 * [side.speaker.country, side.attribution]; // ['EG', 'official-source']
 * side.content.evidence; // { text: 'أهمية الحوار', index: 19, end: 31 }
 * const [head] = extractStatements('وقال رئيس الوفد السوداني إن المفاوضات مستمرة.');
 * [head.speaker.office?.code, head.speaker.country]; // ['head-of-delegation', 'SD']
 * extractStatements('وأعلن الرئيس موعد الانتخابات.')[0].content.text; // 'موعد الانتخابات'
 * extractStatements('وقال الوزير إن اللقاء تناول الطاقة ولم يتطرق إلى الملف النووي.')[0].topics; // ['energy']
 * ```
 */
export function extractStatements(text: string, options: ExtractStatementsOptions | null = {}): OfficialStatement[] {
  // JavaScript callers pass null for «no options».
  options ??= {};
  if (typeof text !== 'string' || text.length === 0) return [];
  const statements: OfficialStatement[] = [];
  for (const statement of readStatements(analyseArticle(text))) {
    if (options.limit !== undefined && statements.length >= options.limit) break;
    const parsed = OfficialStatement.safeParse(statementOf(statement));
    if (parsed.success) statements.push(parsed.data);
  }
  return statements;
}
