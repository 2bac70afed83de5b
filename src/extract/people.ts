/**
 * The people of an article: every title followed by a name (`الرئيس السوري
 * أحمد الشرع`), every name found where a speaker stands, merged into one
 * person per individual so that later short mentions (`الشرع`، `الرئيس
 * بوتين`) resolve to the full record.
 *
 * @internal
 * @module
 */
import { THAT_PRONOUN_SUFFIXES, THAT_WORDS } from '../data/attribution-phrases';
import { HONORIFICS, NAME_EPITHETS } from '../data/honorifics';
import { COLLECTIVE_SPEAKER_NOUNS, NAME_BOUNDARY_WORDS, NAME_PARTICLES, NOT_NAME_NOUNS, TITLE_QUALIFIERS } from '../data/name-boundaries';
import { AGENDA_PHRASES, MOVEMENT_VERBS } from '../data/visit-words';
import { PREPOSITION_CLITICS } from '../data/clitics';
import { normalizeArabic } from '../text/normalize';
import { contentHeadSpellings } from './content-heads';
import { countryLexicon } from './country-lexicon';
import { type ArticleDocument, evidenceOf } from './document';
import { PhraseLexicon } from './lexicon';
import type { OfficeHit } from './offices';
import { followsPlaceHead } from './place-heads';
import { gapAfter, isPlainGap } from './tokens';
import type { Evidence, OfficeMention, PersonMention } from './types';
import { readVerbForm } from './verb-forms';

/** One person with the normalized words of their name, for matching. */
export interface PersonRecord {
  /** Normalized name words (without clitics). */
  nameWords: string[];
  /** The name as written at its fullest mention. */
  name?: string;
  office?: OfficeMention;
  country?: string;
  gender?: 'male' | 'female';
  mentions: Evidence[];
  /** Start offsets of `mentions`, for constant-time duplicate checks. */
  mentionStarts: Set<number>;
  /** Token position of the first mention. */
  firstPosition: number;
}

/** A name read from the tokens. */
export interface NameSpan {
  /** First token position. */
  readonly from: number;
  /** Token position after the name. */
  readonly to: number;
  /** Normalized words. */
  readonly words: string[];
}

let boundaryWords: ReadonlySet<string> | null = null;
let particles: ReadonlySet<string> | null = null;
let movementWords: ReadonlySet<string> | null = null;

let honorifics: PhraseLexicon<true> | null = null;

function honorificLexicon(): PhraseLexicon<true> {
  if (honorifics) return honorifics;
  honorifics = new PhraseLexicon<true>();
  for (const honorific of HONORIFICS) honorifics.add(honorific.phrase, true);
  for (const qualifier of TITLE_QUALIFIERS) honorifics.add(qualifier, true);
  return honorifics;
}

/**
 * The token position after the honorifics and title qualifiers that start at
 * `position` (`حضرة صاحب السمو الشيخ`، `السابق` → the first word of the name);
 * `position` itself when none does.
 *
 * @param document - the prepared article.
 * @param position - a token position.
 * @returns the position of the first word that is not an honorific.
 */
function skipHonorifics(document: ArticleDocument, position: number): number {
  const { text, tokens } = document;
  let at = position;
  // A chain is short (`حضرة صاحب السمو الملكي الأمير`): four steps are enough.
  for (let step = 0; step < 4; step++) {
    const match = honorificLexicon().matchAt(text, tokens, at, 'none');
    if (!match || !isPlainGap(text, tokens, match.to - 1)) break;
    at = match.to;
  }
  return at;
}

function lookups(): { boundaries: ReadonlySet<string>; particleSet: ReadonlySet<string>; movement: ReadonlySet<string> } {
  // Built once: this runs for every name read.
  boundaryWords ??= (() => {
    // An epithet's first word (`المفدى`، `نصره الله`) ends a name like a boundary word.
    const epithets = NAME_EPITHETS.map((e) => normalizeArabic(e.phrase).split(' ')[0] as string);
    // A content's head noun (`نفى المتحدث صحة الأنباء`) ends a name the same way.
    const contentHeads = contentHeadSpellings().map((phrase) => normalizeArabic(phrase).split(' ')[0] as string);
    // `أنه`، `بأنهم`، `إننا` open what was said, like a bare `أن`.
    const thatWords = THAT_WORDS.flatMap((word) => [word, ...THAT_PRONOUN_SUFFIXES.map((suffix) => word + suffix)]);
    // The verb that opens an agenda (`… مع السيد ناصر بوريطة تتناول الشراكة`) ends a name before it.
    const agendaVerbs = AGENDA_PHRASES.map((phrase) => normalizeArabic(phrase).split(' ')[0] as string);
    // A side or a delegation (`الوفد السوداني`، `الجانب المصري`) is never a person.
    return new Set([...NAME_BOUNDARY_WORDS, ...NOT_NAME_NOUNS, ...COLLECTIVE_SPEAKER_NOUNS.map((n) => n.word), ...thatWords].map(normalizeArabic).concat(epithets, contentHeads, agendaVerbs));
  })();
  particles ??= new Set(NAME_PARTICLES.map(normalizeArabic));
  movementWords ??= new Set(MOVEMENT_VERBS.map((v) => normalizeArabic(v.verb).split(' ')[0] as string));
  return { boundaries: boundaryWords, particleSet: particles, movement: movementWords };
}

/**
 * `علي` (a name) and `على` (a preposition) are one word once ى is folded to
 * ي: the original spelling decides.
 */
function isNameSpelledLikeBoundary(document: ArticleDocument, token: { text: string; start: number; end: number }): boolean {
  if (!token.text.endsWith('ي')) return false;
  const original = document.normalized.original.slice(document.normalized.starts[token.end - 1], document.normalized.ends[token.end - 1]);
  return original.startsWith('\u064A') && maqsuraBoundaries().has(token.text);
}

let maqsura: ReadonlySet<string> | null = null;

function maqsuraBoundaries(): ReadonlySet<string> {
  maqsura ??= new Set(NAME_BOUNDARY_WORDS.filter((w) => w.endsWith('\u0649')).map(normalizeArabic));
  return maqsura;
}

function isVerbLike(word: string, movement: ReadonlySet<string>): boolean {
  if (readVerbForm(word)) return true;
  const bare = word.startsWith('و') ? word.slice(1) : word;
  return movement.has(word) || movement.has(bare);
}

/**
 * Reads a personal name starting at a token: honorifics first are skipped
 * (`الأمير فيصل بن فرحان` names «فيصل بن فرحان»), then words up to a boundary
 * word, an epithet, punctuation, a verb, a title or a country word; at most
 * four words plus joining particles (`بن`، `آل`، `عبد`، `ولد`).
 *
 * @param document - the prepared article.
 * @param at - the first token of the name or of its honorifics.
 * @param officeStarts - token positions where a title starts.
 * @returns the name, or `null` when no name starts there.
 */
export function readName(document: ArticleDocument, at: number, officeStarts: ReadonlySet<number>): NameSpan | null {
  const { tokens, text } = document;
  const { boundaries, particleSet, movement } = lookups();
  const position = skipHonorifics(document, at);
  const words: string[] = [];
  let to = position;
  let plain = 0;
  while (to < tokens.length && plain < 4) {
    const token = tokens[to] as { text: string; start: number; end: number };
    const word = token.text;
    if ((boundaries.has(word) && !isNameSpelledLikeBoundary(document, token)) || officeStarts.has(to) || isVerbLike(word, movement)) break;
    // «بمطار»، «لقصر»: a preposition joined to a noun that is never a name.
    if (word.length > 3 && 'بلكف'.includes(word[0] as string) && boundaries.has(word.slice(1))) break;
    // «للشؤون» is ل + «الشؤون».
    if (word.length > 4 && word.startsWith('لل') && boundaries.has(`ا${word.slice(1)}`)) break;
    if (word[0] !== undefined && word[0] >= '0' && word[0] <= '9') break;
    // A word joined with و after the first name word starts a new phrase.
    if (words.length > 0 && word.startsWith('و') && !particleSet.has(word)) break;
    const country = countryLexicon().matchAt(text, tokens, to, 'none');
    if (country && !isNameDespiteCountry(document, to, country, words.length, officeStarts)) break;
    // «خوسيه ألباريس بالرباط»: a place with a joined preposition ends the name.
    if (words.length > 0 && isPlaceWithPreposition(document, to)) break;
    words.push(word);
    if (!particleSet.has(word)) plain++;
    to++;
    if (!isPlainGap(text, tokens, to - 1)) break;
  }
  // A name does not end on a particle (`عبد`).
  while (words.length > 0 && particleSet.has(words[words.length - 1] as string)) {
    words.pop();
    to--;
  }
  return words.length > 0 ? { from: position, to, words } : null;
}

/**
 * Whether a normalized word is a name particle (`بن`، `آل`، `عبد`، `ولد`).
 *
 * @param word - a normalized word.
 * @returns `true` for a particle of `NAME_PARTICLES`.
 */
export function isNameParticle(word: string): boolean {
  return lookups().particleSet.has(word);
}

/** Whether the word at a token is a place or a country with a joined `ب`/`ل` (`بالرباط`، `للعراق`). */
function isPlaceWithPreposition(document: ArticleDocument, position: number): boolean {
  const word = document.tokens[position]?.text ?? '';
  if (!PREPOSITION_CLITICS.includes(word[0] ?? '')) return false;
  const place = countryLexicon().matchAt(document.text, document.tokens, position, 'any');
  return place !== null && place.to === position + 1 && place.clitic.length > 0 && place.values[0]?.kind !== 'nisba';
}

/** Whether a word that reads as a name word can continue a name (no boundary, title, verb, country or digit). */
function isPlainNameWord(document: ArticleDocument, position: number, officeStarts: ReadonlySet<number>): boolean {
  const token = document.tokens[position];
  if (!token) return false;
  const { boundaries, particleSet, movement } = lookups();
  const word = token.text;
  if (boundaries.has(word) || particleSet.has(word) || officeStarts.has(position) || isVerbLike(word, movement)) return false;
  if (word.startsWith('و') || (word[0] !== undefined && word[0] >= '0' && word[0] <= '9')) return false;
  return countryLexicon().matchAt(document.text, document.tokens, position, 'none') === null;
}

/**
 * Whether a country word is part of a name after all:
 * - a family name that is a nisba adjective, after a first name (`محمد شياع السوداني`);
 * - a first name spelled like a country (`جورجيا ميلوني`), when exactly one plain name word
 *   follows and the name ends there (not `زار الرئيس الفرنسي مصر الأربعاء`, `… مصر مطلع الأسبوع`).
 */
function isNameDespiteCountry(
  document: ArticleDocument,
  position: number,
  country: { to: number; values: readonly { kind: string }[] },
  wordsSoFar: number,
  officeStarts: ReadonlySet<number>,
): boolean {
  const { text, tokens } = document;
  const word = (tokens[position] as { text: string }).text;
  const kind = country.values[0]?.kind;
  if (country.to !== position + 1) return false;
  if (wordsSoFar > 0) return kind === 'nisba' && word.startsWith('ال') && word.endsWith('ي');
  if (kind !== 'name' || word.startsWith('ال') || !isPlainGap(text, tokens, position)) return false;
  const next = tokens[position + 1];
  if (!next || next.text.startsWith('ال') || !isPlainNameWord(document, position + 1, officeStarts)) return false;
  return !isPlainGap(text, tokens, position + 1) || !isPlainNameWord(document, position + 2, officeStarts);
}

/** Whether one of the sorted `mentions` contains `evidence` (binary search). */
function containedIn(mentions: readonly Evidence[], evidence: Evidence): boolean {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle] as Evidence).index <= evidence.index) low = middle + 1;
    else high = middle;
  }
  const before = mentions[low - 1];
  return before !== undefined && before.index <= evidence.index && evidence.end <= before.end;
}

/**
 * Whether a title's country allows it to name a known holder of the same office. A title
 * without a country names any holder; a title with one names a holder of that country, or an
 * unnamed holder of none — not a named holder whose country is unknown (`رئيس الحكومة عزيز
 * أخنوش … مباحثات مع رئيس الوزراء الفرنسي` are two people: counterparts share an office).
 */
function sameCountry(titleCountry: string | undefined, holderCountry: string | undefined, holderNamed: boolean): boolean {
  if (!titleCountry) return true;
  return holderCountry === undefined ? !holderNamed : holderCountry === titleCountry;
}

/** The people of one article. */
export class PeopleRegistry {
  readonly people: PersonRecord[] = [];
  /** Every person whose name was set or grew (`الشرع` → `أحمد الشرع`), in order, for indexes kept by readers. */
  readonly renamed: PersonRecord[] = [];

  constructor(private readonly document: ArticleDocument) {}

  /**
   * Finds or adds the person a mention names.
   *
   * @param name - the name read at the mention, if any.
   * @param office - the office at the mention, if any.
   * @param position - token position of the mention (for "first mentioned").
   * @param evidence - the words of the mention.
   * @param clitic - letters joined before the name's first word that are not the name's (`و` of `وحيان عبد الغني` in a list).
   * @returns the person record, or `null` when the mention names nobody.
   */
  resolve(name: NameSpan | null, office: OfficeMention | undefined, position: number, evidence: Evidence, clitic = 0): PersonRecord | null {
    if (!name && !office) return null;
    let person = name ? this.byName(name.words) : null;
    if (!person && !name && office) person = this.byOffice(office);
    // «تلبية لدعوة من نظيره الجزائري» … «الرئيس الجزائري كمال بوزيد»: the name of a holder named before by office and country alone.
    if (!person && name && office?.country) person = this.unnamedHolder(office);
    if (!person) {
      person = { nameWords: [], mentions: [], mentionStarts: new Set(), firstPosition: position };
      this.people.push(person);
    }
    if (name && name.words.length > person.nameWords.length) {
      this.renamed.push(person);
      person.nameWords = name.words;
      const first = this.document.tokens[name.from] as { start: number };
      const last = this.document.tokens[name.to - 1] as { end: number };
      person.name = evidenceOf(this.document, first.start + clitic, last.end).text;
    }
    if (office && (!person.office || (!person.office.country && office.country))) person.office = office;
    if (office?.country && !person.country) person.country = office.country;
    if (office?.gender && !person.gender) person.gender = office.gender;
    if (!person.mentionStarts.has(evidence.index)) {
      person.mentionStarts.add(evidence.index);
      person.mentions.push(evidence);
    }
    return person;
  }

  /** A person whose name holds every word given (`الشرع` ⊂ `احمد الشرع`). */
  byName(words: readonly string[]): PersonRecord | null {
    const wanted = words.filter((w) => !lookups().particleSet.has(w));
    if (wanted.length === 0) return null;
    for (const person of this.people) {
      if (person.nameWords.length === 0) continue;
      if (wanted.every((w) => person.nameWords.includes(w)) || person.nameWords.every((w) => wanted.includes(w))) return person;
    }
    return null;
  }

  /** The one person known by an office of a country and no name yet (same code, portfolio and country). */
  private unnamedHolder(office: OfficeMention): PersonRecord | null {
    const holders = this.people.filter((p) => p.nameWords.length === 0 && p.office && p.office.code === office.code && p.office.portfolio === office.portfolio && (p.office.country ?? p.country) === office.country);
    return holders.length === 1 ? (holders[0] as PersonRecord) : null;
  }

  /** A named person who holds the same office (same code, portfolio and country). */
  byOffice(office: OfficeMention): PersonRecord | null {
    const candidates = this.people.filter(
      (p) =>
        p.office &&
        p.office.code === office.code &&
        p.office.portfolio === office.portfolio &&
        sameCountry(office.country, p.office.country ?? p.country, p.nameWords.length > 0),
    );
    if (candidates.length === 1) return candidates[0] as PersonRecord;
    // Several holders: the one the text named is the one a bare title refers back to.
    const named = candidates.filter((p) => p.nameWords.length > 0);
    return named.length === 1 ? (named[0] as PersonRecord) : null;
  }

  /**
   * Adds a mention for every later bare use of a known surname
   * (`يلتقي خلالها بوتين`), so each person's mentions are complete.
   *
   * @returns every mention of a known person, in text order, as `[position, person]`.
   */
  scanMentions(): Array<[number, PersonRecord]> {
    const bySurname = new Map<string, PersonRecord>();
    for (const person of this.people) {
      const surname = person.nameWords[person.nameWords.length - 1];
      if (surname && surname.length >= 3) bySurname.set(surname, person);
    }
    const found: Array<[number, PersonRecord]> = [];
    // The titled mentions, sorted once, that a surname may sit inside.
    const titled = new Map<PersonRecord, Evidence[]>(this.people.map((p) => [p, [...p.mentions].sort((a, b) => a.index - b.index)]));
    for (const token of this.document.tokens) {
      const bare = token.text.length > 3 && (token.text[0] === 'و' || token.text[0] === 'ل' || token.text[0] === 'ب') ? token.text.slice(1) : token.text;
      const person = bySurname.get(token.text) ?? bySurname.get(bare);
      if (!person) continue;
      const evidence = evidenceOf(this.document, token.start + (person === bySurname.get(token.text) ? 0 : 1), token.end);
      // Mentions arrive in text order: only the latest earlier one can contain this one.
      const latest = person.mentions[person.mentions.length - 1];
      const inside = latest !== undefined && latest.index <= evidence.index && evidence.end <= latest.end;
      const containing = inside || containedIn(titled.get(person) ?? [], evidence);
      if (!containing && !person.mentionStarts.has(evidence.index)) {
        person.mentionStarts.add(evidence.index);
        person.mentions.push(evidence);
      }
      found.push([token.position, person]);
    }
    for (const person of this.people) person.mentions.sort((a, b) => a.index - b.index);
    return found;
  }

  /**
   * The public view of a person record.
   *
   * @param person - a record of this registry.
   * @returns the person mention.
   */
  static view(person: PersonRecord): PersonMention {
    return {
      ...(person.name ? { name: person.name } : {}),
      ...(person.office ? { office: person.office } : {}),
      ...(person.country ? { country: person.country } : {}),
      ...(person.gender ? { gender: person.gender } : {}),
      mentions: person.mentions,
    };
  }
}

/**
 * Names written after an honorific and right before a title (`الدكتور مصطفى
 * مدبولي رئيس مجلس الوزراء`), by the token position of the title.
 */
function honorificNamesBeforeTitles(document: ArticleDocument, offices: readonly OfficeHit[], officeStarts: ReadonlySet<number>): Map<number, NameSpan> {
  const { text, tokens } = document;
  const found = new Map<number, NameSpan>();
  // After a title the name is that title's (`استقبل الرئيس السيد عبد المجيد تبون وزير الخارجية`).
  const officeEnds = new Set(offices.map((hit) => hit.to));
  for (let position = 0; position < tokens.length; position++) {
    const first = skipHonorifics(document, position);
    // «بمطار الملك خالد الدولي»: the rank is part of a place's name.
    if (first === position || followsPlaceHead(document, position)) continue;
    if (officeEnds.has(position)) {
      position = first - 1;
      continue;
    }
    const name = readName(document, first, officeStarts);
    if (name && officeStarts.has(name.to) && isPlainGap(text, tokens, name.to - 1) && !found.has(name.to)) found.set(name.to, name);
    // The chain's later honorifics start the same name.
    position = first - 1;
  }
  return found;
}

/**
 * Builds the registry of an article from its titles: a title followed by a
 * name is one person (`الرئيس الروسي فلاديمير بوتين`); a title alone adds the
 * office to a person already known with it.
 *
 * @param document - the prepared article.
 * @param offices - the office hits of the article.
 * @returns the registry, and for each office hit the person it names (if any).
 */
export function collectPeople(document: ArticleDocument, offices: readonly OfficeHit[]): { registry: PeopleRegistry; byOfficeHit: Map<OfficeHit, PersonRecord> } {
  const registry = new PeopleRegistry(document);
  const officeStarts = new Set(offices.map((o) => o.from));
  const byOfficeHit = new Map<OfficeHit, PersonRecord>();
  const namesBefore = honorificNamesBeforeTitles(document, offices, officeStarts);
  for (let index = 0; index < offices.length; index++) {
    const hit = offices[index] as OfficeHit;
    if (hit.mention.fromDual) continue;
    let name = isPlainGap(document.text, document.tokens, hit.to - 1) ? readName(document, hit.to, officeStarts) : appositionName(document, hit.to, officeStarts);
    let start = (document.tokens[hit.from] as { start: number }).start;
    let end = name ? (document.tokens[name.to - 1] as { end: number }).end : 0;
    // «صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد»: the name before a title it is in apposition with.
    // Not before a foreign title with its adjective (`استقبل الشيخ محمد الرئيس الإندونيسي`): that is the object.
    const before = name ? undefined : namesBefore.get(hit.from);
    if (before && !hit.countryFromAdjective) {
      name = before;
      start = (document.tokens[before.from] as { start: number }).start;
      end = (document.tokens[hit.to - 1] as { end: number }).end;
    }
    // «… ولي العهد رئيس مجلس الوزراء»: a second title right after a named person's title is theirs too.
    const previous = offices[index - 1];
    const previousPerson = previous && previous.to === hit.from && !hit.countryFromAdjective ? byOfficeHit.get(previous) : undefined;
    if (!name && previousPerson && previousPerson.nameWords.length > 0 && isPlainGap(document.text, document.tokens, hit.from - 1)) {
      byOfficeHit.set(hit, previousPerson);
      continue;
    }
    if (!name) {
      // A title that names its country (`رئيس الوزراء العراقي`) stands for one person even unnamed.
      if (!hit.mention.country) continue;
      const person = registry.byOffice(hit.mention) ?? registry.resolve(null, hit.mention, hit.from, hit.mention.evidence);
      if (person) {
        registry.resolve(null, hit.mention, hit.from, hit.mention.evidence);
        byOfficeHit.set(hit, person);
      }
      continue;
    }
    const person = registry.resolve(name, hit.mention, hit.from, evidenceOf(document, start, end));
    if (!person) continue;
    // «صاحب السمو الملكي الأمير محمد بن سلمان … ولي العهد»: the office written after the name says
    // more than the royal rank written before it.
    if (before && person.office && person.office !== hit.mention && (person.office.code === 'prince' || !person.office.country)) {
      person.office = hit.mention;
      if (hit.mention.country && !person.country) person.country = hit.mention.country;
    }
    byOfficeHit.set(hit, person);
  }
  // «وزير الدولة، وزير الشؤون الخارجية …، أحمد عطاف،»: a title followed by a comma and another
  // title is held by the person the last title of the chain names.
  for (let index = offices.length - 2; index >= 0; index--) {
    const hit = offices[index] as OfficeHit;
    const next = offices[index + 1] as OfficeHit;
    const holder = byOfficeHit.get(next);
    if (byOfficeHit.has(hit) || !holder || next.from !== hit.to || hit.mention.fromDual || !isCommaGap(document, hit.to - 1)) continue;
    byOfficeHit.set(hit, holder);
  }
  return { registry, byOfficeHit };
}

/** Whether the gap after a token is a comma and spaces only. */
function isCommaGap(document: ArticleDocument, position: number): boolean {
  const gap = gapAfter(document.text, document.tokens, position).trim();
  return gap === '،' || gap === ',';
}

/**
 * A name set off by commas after its title, as the Algerian and Tunisian
 * agencies write (`رئيس الجمهورية، السيد عبد المجيد تبون،`): two name words
 * at least, closed by a comma or the end of the sentence.
 */
function appositionName(document: ArticleDocument, position: number, officeStarts: ReadonlySet<number>): NameSpan | null {
  const { text, tokens } = document;
  if (position >= tokens.length || !isCommaGap(document, position - 1)) return null;
  const name = readName(document, position, officeStarts);
  if (!name || name.words.length < 2) return null;
  const closing = gapAfter(text, tokens, name.to - 1).trim();
  return name.to >= tokens.length || closing === '،' || closing === ',' || closing === '.' ? name : null;
}
