/**
 * `findOffices`: office titles in running text, from the one office table the
 * schemas use, with the country adjective after them (`الرئيس السوري`), the
 * organization after a title that takes one (`المتحدث باسم الكرملين`), and
 * duals expanded (`وزيري الخارجية والدفاع` → two ministers).
 *
 * @module
 */
import { CONSTRUCT_MINISTER_TITLES, CONSTRUCT_OFFICE_TITLES, MINISTER_HEADS, type MinisterHead, MINISTRY_PORTFOLIOS, type MinistryPortfolio, OFFICE_TITLES, type OfficeTitle } from '../data/offices';
import { JOINED_COMPLEMENT_CODES, NAME_BOUNDARY_WORDS, TITLE_COMPLEMENT_LEADS, TITLE_QUALIFIERS, type TitleComplementLead } from '../data/name-boundaries';
import { COUNTERPART_NOUNS, MOVEMENT_VERBS } from '../data/visit-words';
import { JOINING_CONJUNCTION } from '../data/clitics';
import { normalizeArabic } from '../text/normalize';
import { countryLexicon, needsContext, nisbaLexiconOf } from './country-lexicon';
import { contentHeadSpellings } from './content-heads';
import { type ArticleDocument, evidenceOf, prepareDocument, sentenceOf } from './document';
import { PhraseLexicon } from './lexicon';
import { followsPlaceHead } from './place-heads';
import { readName } from './people';
import { isPlainGap } from './tokens';
import { readVerbForm } from './verb-forms';
import type { OfficeMention } from './types';

/** An office found in a document, with its token span. */
export interface OfficeHit {
  readonly mention: OfficeMention;
  /** First token position (the title). */
  readonly from: number;
  /** Token position after the title, its adjective and its complement. */
  readonly to: number;
  /** `true` when the country came from an adjective after the title (`الرئيس الإندونيسي`), not from the title itself. */
  readonly countryFromAdjective?: true;
}

interface Lexicons {
  readonly titles: PhraseLexicon<OfficeTitle>;
  /** Construct-state titles (`رئيس وزراء`، `وزير خارجية`), read only before a country name. */
  readonly constructTitles: PhraseLexicon<OfficeTitle>;
  readonly portfolios: PhraseLexicon<MinistryPortfolio>;
  /** Dual and plural minister heads (`وزيري`، `وزراء`) by normalized spelling. */
  readonly groupHeads: ReadonlyMap<string, MinisterHead>;
  /** The singular head of each gender (`وزير`، `وزيرة`), normalized. */
  readonly singularHeads: ReadonlyMap<'male' | 'female', string>;
  readonly boundaries: ReadonlySet<string>;
  readonly byNormalizedTitle: ReadonlyMap<string, OfficeTitle>;
  readonly counterparts: ReadonlySet<string>;
  readonly complementLeads: ReadonlyMap<string, TitleComplementLead>;
  readonly qualifiers: ReadonlySet<string>;
  /** First words of the movement verbs (`وصل`، `توجه`). */
  readonly movement: ReadonlySet<string>;
  /** Nouns that open a reported content (`أهمية`، `صحة`): a complement stops before them. */
  readonly contentHeads: PhraseLexicon<true>;
}

let lexicons: Lexicons | null = null;

function buildLexicons(): Lexicons {
  const titles = new PhraseLexicon<OfficeTitle>();
  for (const title of OFFICE_TITLES) titles.add(title.ar, title);
  const constructTitles = new PhraseLexicon<OfficeTitle>();
  for (const title of [...CONSTRUCT_OFFICE_TITLES, ...CONSTRUCT_MINISTER_TITLES]) constructTitles.add(title.ar, title);
  const portfolios = new PhraseLexicon<MinistryPortfolio>();
  for (const portfolio of MINISTRY_PORTFOLIOS) portfolios.add(portfolio.ar, portfolio);
  const groupHeads = new Map<string, MinisterHead>();
  const singularHeads = new Map<'male' | 'female', string>();
  for (const head of MINISTER_HEADS) {
    if (head.number !== 'singular') groupHeads.set(normalizeArabic(head.ar), head);
    else if (head.gender && !singularHeads.has(head.gender)) singularHeads.set(head.gender, head.ar);
  }
  const boundaries = new Set(NAME_BOUNDARY_WORDS.map(normalizeArabic));
  const byNormalizedTitle = new Map<string, OfficeTitle>();
  for (const title of OFFICE_TITLES) {
    const key = normalizeArabic(title.ar);
    if (!byNormalizedTitle.has(key)) byNormalizedTitle.set(key, title);
  }
  const counterparts = new Set(COUNTERPART_NOUNS.map(normalizeArabic));
  const complementLeads = new Map(TITLE_COMPLEMENT_LEADS.map((lead) => [normalizeArabic(lead.lead), lead]));
  const qualifiers = new Set(TITLE_QUALIFIERS.map(normalizeArabic));
  const movement = new Set(MOVEMENT_VERBS.map((verb) => normalizeArabic(verb.verb).split(' ')[0] as string));
  const contentHeads = new PhraseLexicon<true>();
  for (const phrase of contentHeadSpellings()) contentHeads.add(phrase, true);
  return { titles, constructTitles, portfolios, groupHeads, singularHeads, boundaries, byNormalizedTitle, counterparts, complementLeads, qualifiers, movement, contentHeads };
}

function getLexicons(): Lexicons {
  lexicons ??= buildLexicons();
  return lexicons;
}

/** The singular minister title for a portfolio (the table's singular head of that gender + portfolio; masculine when none is shown). */
function ministerTitle(portfolio: MinistryPortfolio, gender: 'male' | 'female' | undefined): OfficeTitle | undefined {
  const { singularHeads, byNormalizedTitle } = getLexicons();
  const head = singularHeads.get(gender ?? 'male');
  return head === undefined ? undefined : byNormalizedTitle.get(normalizeArabic(`${head} ${portfolio.ar}`));
}

function mentionOf(document: ArticleDocument, title: OfficeTitle, start: number, end: number, extra: Partial<OfficeMention> = {}): OfficeMention {
  const evidence = evidenceOf(document, start, end);
  return {
    title: evidence.text,
    code: title.code,
    en: title.en,
    ...(title.portfolio ? { portfolio: title.portfolio } : {}),
    ...(title.country ? { country: title.country } : {}),
    ...(title.organization ? { organization: title.organization } : {}),
    ...(title.gender ? { gender: title.gender } : {}),
    ...extra,
    evidence,
  };
}

/** How many portfolios a plural head takes at most (`وزراء الخارجية والطاقة والاستثمار …`). */
const MAX_PLURAL_PORTFOLIOS = 8;

/**
 * `وزيري الخارجية والدفاع` → two hits sharing the dual's span; `وزراء الخارجية والطاقة
 * والاستثمار` → one hit per portfolio (a plural needs two portfolios or more).
 */
function matchDual(document: ArticleDocument, position: number): OfficeHit[] {
  const { tokens, text } = document;
  const { portfolios, groupHeads } = getLexicons();
  const token = tokens[position];
  if (!token) return [];
  const word = groupHeads.has(token.text) ? token.text : token.text.startsWith(JOINING_CONJUNCTION) && groupHeads.has(token.text.slice(JOINING_CONJUNCTION.length)) ? token.text.slice(JOINING_CONJUNCTION.length) : null;
  if (word === null || !isPlainGap(text, tokens, position)) return [];
  const head = groupHeads.get(word) as MinisterHead;
  const first = portfolios.matchAt(text, tokens, position + 1, 'none');
  if (!first) return [];
  const matches = [first];
  const most = head.number === 'dual' ? 2 : MAX_PLURAL_PORTFOLIOS;
  while (matches.length < most) {
    const last = matches[matches.length - 1] as typeof first;
    if (!isPlainGap(text, tokens, last.to - 1)) break;
    const next = portfolios.matchAt(text, tokens, last.to, 'conjunction');
    if (!next || next.clitic !== JOINING_CONJUNCTION) break;
    matches.push(next);
  }
  if (matches.length < 2 || (head.number === 'dual' && matches.length !== 2)) return [];
  const start = token.start + (word === token.text ? 0 : 1);
  const end = (matches[matches.length - 1] as typeof first).end;
  const to = (matches[matches.length - 1] as typeof first).to;
  const hits: OfficeHit[] = [];
  for (const match of matches) {
    const portfolio = match.values[0];
    const title = portfolio && ministerTitle(portfolio, head.gender);
    if (!title) return [];
    hits.push({ mention: mentionOf(document, title, start, end, { fromDual: true }), from: position, to });
  }
  return hits;
}

/** The adjective or genitive country after a title (`الرئيس السوري`، `وزير خارجية روسيا`). */
function countryAfter(document: ArticleDocument, position: number): { code: string; to: number; end: number } | null {
  const { tokens, text } = document;
  if (!isPlainGap(text, tokens, position - 1)) return null;
  const nisba = nisbaLexiconOf().matchAt(text, tokens, position, 'none');
  if (nisba) return { code: (nisba.values[0] as { code: string }).code, to: nisba.to, end: nisba.end };
  return null;
}

/** Whether a word carries the article (`الحكومة`، `والدفاع`). */
function isDefinite(word: string): boolean {
  return word.startsWith('ال') || word.startsWith('وال') || word.startsWith('لل');
}

/** The organization or country after `المتحدث باسم`, `سفير`…: up to three words. */
function complementAfter(document: ArticleDocument, position: number): { text: string; code?: string; to: number; end: number } | null {
  const { tokens, text } = document;
  const { boundaries, contentHeads } = getLexicons();
  if (!isPlainGap(text, tokens, position - 1)) return null;
  const country = countryLexicon().matchAt(text, tokens, position, 'none');
  if (country) {
    return { text: evidenceOf(document, country.start, country.end).text, code: (country.values[0] as { code: string }).code, to: country.to, end: country.end };
  }
  let to = position;
  while (to < tokens.length && to - position < 3) {
    const token = tokens[to];
    // «رئيس وفد رجال الأعمال أهمية الاستثمار»: what was said is no part of the complement.
    if (!token || boundaries.has(token.text) || (to > position && contentHeads.matchAt(text, tokens, to, 'none'))) break;
    // A definite word closes the construct: only adjectives (definite too) follow it, so
    // «المتحدث باسم الحكومة باسم العوادي» ends before the name (`حركة حماس` goes on).
    if (to > position && isDefinite((tokens[to - 1] as { text: string }).text) && !isDefinite(token.text)) break;
    to++;
    if (!isPlainGap(text, tokens, to - 1)) break;
  }
  if (to === position) return null;
  const end = (tokens[to - 1] as { end: number }).end;
  // «المتحدث باسم الحكومة المغربية»: the adjective inside the complement names the country.
  const inside = countryLexicon().findAll(text, tokens, 'any', position, to)[0];
  const code = inside ? (inside.values[0] as { code: string }).code : undefined;
  return { text: evidenceOf(document, (tokens[position] as { start: number }).start, end).text, ...(code ? { code } : {}), to, end };
}

/**
 * How many words after the previous title a counterpart may stand: the next sentence too, where
 * the title's holder is named by the surname only (`توجه وزير الخارجية … بدر عبد العاطي … إلى
 * أثينا … ومن المقرر أن يبحث عبد العاطي مع نظيره اليوناني`).
 */
const COUNTERPART_REACH = 40;

/**
 * `نظيره الأردني`: the holder of the previous title's office in the country
 * the adjective names.
 */
function matchCounterpart(document: ArticleDocument, position: number, previous: OfficeHit | undefined): OfficeHit | null {
  const { tokens, text } = document;
  const token = tokens[position];
  if (!token || !previous || position - previous.to > COUNTERPART_REACH) return null;
  const { counterparts } = getLexicons();
  const clitic = counterparts.has(token.text) ? 0 : token.text.length > 4 && 'ول'.includes(token.text[0] as string) && counterparts.has(token.text.slice(1)) ? 1 : -1;
  if (clitic < 0) return null;
  const country = countryAfter(document, position + 1);
  if (!country) return null;
  const evidence = evidenceOf(document, token.start + clitic, country.end);
  const office = previous.mention;
  const mention: OfficeMention = {
    title: evidence.text,
    code: office.code,
    en: office.en,
    ...(office.portfolio ? { portfolio: office.portfolio } : {}),
    country: country.code,
    ...(token.text.includes('ت') ? { gender: 'female' as const } : {}),
    evidence,
  };
  return { mention, from: position, to: country.to };
}

/**
 * A construct-state title joined to a country name (`وزير خارجية مصر`، `رئيس وزراء العراق`):
 * the title, then at once a country NAME (not a capital, not a word that needs context such as
 * `مالي`). Without the country it is no office.
 */
function matchConstruct(document: ArticleDocument, position: number): { title: OfficeTitle; start: number; to: number; end: number; country: string } | null {
  const { tokens, text } = document;
  const match = getLexicons().constructTitles.matchAt(text, tokens, position, 'any');
  if (!match || !isPlainGap(text, tokens, match.to - 1)) return null;
  const country = countryLexicon().matchAt(text, tokens, match.to, 'none');
  const entry = country?.values[0];
  if (!country || !entry || entry.kind !== 'name' || needsContext(country.phrase)) return null;
  return { title: match.values[0] as OfficeTitle, start: match.start, to: country.to, end: country.end, country: entry.code };
}

const NO_OFFICE_STARTS: ReadonlySet<number> = new Set();

/** Whether a movement verb stands right before a title (`وصل المبعوث …`، `وتوجه المبعوث …`). */
function movementBefore(document: ArticleDocument, position: number): boolean {
  const word = document.tokens[position - 1]?.text ?? '';
  const { movement } = getLexicons();
  const bare = word.startsWith('و') || word.startsWith('ف') ? word.slice(1) : word;
  return movement.has(word) || movement.has(bare);
}

/**
 * The end of a complement's object: a country phrase, or up to three definite words (`الشرق
 * الأوسط`), the later ones possibly joined with و (`العربية والأفريقية`).
 */
function complementObjectEnd(document: ArticleDocument, position: number, destination: boolean): number | null {
  const { tokens, text } = document;
  const country = countryLexicon().matchAt(text, tokens, position, 'none');
  if (country) {
    // «إلى دمشق» is where one goes: an envoy is sent to a country, not to its capital.
    const kind = country.values[0]?.kind;
    return destination && kind !== 'name' ? null : country.to;
  }
  const { boundaries } = getLexicons();
  let to = position;
  while (to < tokens.length && to - position < 3) {
    const written = (tokens[to] as { text: string }).text;
    const word = to > position && written.startsWith('وال') ? written.slice(1) : written;
    if (!word.startsWith('ال') || boundaries.has(word) || readVerbForm(written)) break;
    to++;
    if (!isPlainGap(text, tokens, to - 1)) break;
  }
  return to > position ? to : null;
}

/**
 * The end of a diplomat's posting after `في` (`السفير العراقي في دمشق`): a place, read only when
 * the title stands where a speaker does — right after a reporting verb or at the start of a
 * sentence. Elsewhere `في` + a place says where something happened (`التقى السفير الأمريكي في
 * بغداد محمد …` names the person met in Baghdad).
 */
function postingEnd(document: ArticleDocument, titleFrom: number, position: number): number | null {
  const { tokens, text } = document;
  const opensSentence = sentenceOf(document, titleFrom)?.from === titleFrom;
  const afterVerb = titleFrom > 0 && readVerbForm((tokens[titleFrom - 1] as { text: string }).text) !== null;
  if (!opensSentence && !afterVerb) return null;
  const place = countryLexicon().matchAt(text, tokens, position, 'none');
  const kind = place?.values[0]?.kind;
  return place && kind !== 'nisba' && kind !== 'institution' ? place.to : null;
}

/**
 * The complement between a title and its holder's name (`الخاص إلى سوريا`، `لشؤون الشرق
 * الأوسط`، `لدى العراق`، `لليمن`), read when a name follows it or when an adjective of country
 * closes it (`وزير الدولة للشؤون الخارجية القطري`): returns the token position after it, its end
 * offset and that country.
 */
function complementBeforeName(document: ArticleDocument, title: OfficeTitle, titleFrom: number, position: number): { to: number; end: number; country?: string } | null {
  const { tokens, text } = document;
  const { complementLeads, qualifiers } = getLexicons();
  if (position >= tokens.length || !isPlainGap(text, tokens, position - 1)) return null;
  let at = position;
  // «الخاص»، «الخاصة»: the qualifier comes between the title and its complement.
  while (at < tokens.length && qualifiers.has((tokens[at] as { text: string }).text) && isPlainGap(text, tokens, at)) at++;
  const leadWord = tokens[at]?.text ?? '';
  const lead = complementLeads.get(leadWord);
  let after: number | null = null;
  if (lead) {
    if (lead.codes && !lead.codes.includes(title.code)) return null;
    if (lead.destination && movementBefore(document, titleFrom)) return null;
    if (!isPlainGap(text, tokens, at)) return null;
    after = lead.posting ? postingEnd(document, titleFrom, at + 1) : complementObjectEnd(document, at + 1, Boolean(lead.destination));
  } else if (leadWord.startsWith('ل') && JOINED_COMPLEMENT_CODES.includes(title.code) && !movementBefore(document, titleFrom)) {
    const country = countryLexicon().matchAt(text, tokens, at, 'any');
    if (country && country.clitic === 'ل' && country.values[0]?.kind === 'name') after = country.to;
  }
  if (after === null || after <= at) return null;
  // «للشؤون الخارجية القطري»: an adjective closing the complement is the holder's country.
  // Not after a country phrase (`إلى المملكة العربية السعودية` is where the envoy is sent).
  const objectIsCountry = countryLexicon().matchAt(text, tokens, at + 1, 'none') !== null || !lead;
  const last = objectIsCountry ? null : nisbaLexiconOf().matchAt(text, tokens, after - 1, 'none');
  const country = last && last.to === after && after - 1 > at + 1 ? (last.values[0] as { code: string }).code : undefined;
  const named = after < tokens.length && isPlainGap(text, tokens, after - 1) && readName(document, after, NO_OFFICE_STARTS) !== null;
  if (!named && !country) return null;
  return { to: after, end: (tokens[after - 1] as { end: number }).end, ...(country ? { country } : {}) };
}

const HAMZA_ALEFS = new Set(['أ', 'إ', 'آ']);

/** The letters of a word without vowel marks, the dagger alef and tatweel. */
function lettersOf(word: string): string {
  let letters = '';
  for (const character of word) {
    const code = character.charCodeAt(0);
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) continue;
    letters += character;
  }
  return letters;
}

/**
 * Whether the text wrote a hamza on an alef where the title's first word has a
 * bare alef: then it is another word that only normalizes like the title
 * (`وإلى` "and to" is not `والي` "governor"). Writers drop hamzas rather than
 * add them, so a missing hamza is no contradiction.
 */
function hamzaContradicts(written: string, title: string): boolean {
  const letters = lettersOf(written);
  const expected = lettersOf(title.split(' ')[0] ?? '');
  if (letters.length !== expected.length) return false;
  for (let i = 0; i < letters.length; i++) if (expected[i] === 'ا' && HAMZA_ALEFS.has(letters[i] as string)) return true;
  return false;
}

/**
 * The offices of a prepared document (shared by the extractors).
 *
 * @param document - the prepared article.
 * @returns the hits in text order; a dual gives two hits with the same span.
 */
export function findOfficeHits(document: ArticleDocument): OfficeHit[] {
  const { tokens, text } = document;
  const { titles } = getLexicons();
  const hits: OfficeHit[] = [];
  let position = 0;
  while (position < tokens.length) {
    const dual = matchDual(document, position);
    if (dual.length > 0) {
      hits.push(...dual);
      position = (dual[0] as OfficeHit).to;
      continue;
    }
    const counterpart = matchCounterpart(document, position, hits[hits.length - 1]);
    if (counterpart) {
      hits.push(counterpart);
      position = counterpart.to;
      continue;
    }
    const match = titles.matchAt(text, tokens, position, 'any');
    if (!match) {
      const construct = matchConstruct(document, position);
      if (construct) {
        const mention = mentionOf(document, construct.title, construct.start, construct.end, { country: construct.country });
        hits.push({ mention, from: position, to: construct.to, countryFromAdjective: true });
        position = construct.to;
        continue;
      }
      position++;
      continue;
    }
    const title = match.values[0] as OfficeTitle;
    // «بمطار الملك خالد الدولي»: the title names the place, not an office holder.
    if (followsPlaceHead(document, position)) {
      position++;
      continue;
    }
    if (hamzaContradicts(evidenceOf(document, match.start, (tokens[match.from] as { end: number }).end).text, title.ar)) {
      position++;
      continue;
    }
    let to = match.to;
    let end = match.end;
    const extra: Partial<OfficeMention> = {};
    const country = countryAfter(document, to);
    if (country) {
      extra.country = country.code;
      to = country.to;
      end = country.end;
    } else if (title.takesComplement) {
      const complement = complementAfter(document, to);
      if (complement) {
        extra.organization = complement.text;
        if (complement.code) extra.country = complement.code;
        to = complement.to;
        end = complement.end;
      }
    }
    const complement = complementBeforeName(document, title, position, to);
    if (complement) {
      to = complement.to;
      end = complement.end;
      if (complement.country && !extra.country && !title.country) extra.country = complement.country;
    }
    hits.push({ mention: mentionOf(document, title, match.start, end, extra), from: position, to, ...(country ? { countryFromAdjective: true as const } : {}) });
    position = to;
  }
  return hits;
}

/**
 * Finds every office title in Arabic text (`وزير الخارجية`، `الرئيس السوري`،
 * `المتحدث باسم الكرملين`، `الأمين العام لرئاسة الجمهورية`), from the office
 * table the schemas use: the longest title wins, the country adjective after a
 * title gives its country, a title that takes a complement (`المتحدث باسم`،
 * `سفير`) takes the words after it, and a dual (`وزيري الخارجية والدفاع`,
 * nominative `وزيرا`) gives one office per portfolio.
 *
 * Linear in the length of the text; never throws.
 *
 * @param text - any string.
 * @returns the offices in text order, `[]` when there are none.
 * @example
 * ```ts
 * findOffices('ويرافقه وزيرا الخارجية والدفاع').map((o) => [o.code, o.portfolio]);
 * // [['minister', 'foreign'], ['minister', 'defence']]
 * findOffices('قال الرئيس السوري')[0].country; // 'SY'
 * ```
 */
export function findOffices(text: string): OfficeMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return findOfficeHits(prepareDocument(text)).map((hit) => hit.mention);
}
