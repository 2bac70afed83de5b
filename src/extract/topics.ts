/**
 * `findTopics`: what a text (or a statement's content) is about, from the one
 * topic table (`src/data/topics.ts`): keywords matched as whole words on the
 * normalized text, with joined clitics, longest phrase first, so that a false
 * friend (`السلام الوطني`، `مجلس الأمن`) hides the shorter keyword inside it.
 * Words inside an office title (`وزير الطاقة`، `وزيري الخارجية والدفاع`) or a
 * ministry's name (`وزارة الدفاع`) name an office or an organization, not a
 * topic, and are skipped. Names are not skipped: the name reader can take the
 * words after a bare title for a name (`وزير الطاقة لبحث الطاقة`), and skipping
 * them would lose more topics than the rare family name that is also a keyword
 * (`حرب`) adds. A keyword in the scope of a phrase that says the matter was not
 * discussed (`لم يتطرق اللقاء إلى الملف النووي`، `NOT_DISCUSSED_PHRASES`) is no topic.
 *
 * @module
 */
import { ORGANIZATION_KIND_WORDS } from '../data/attribution-phrases';
import { NOT_DISCUSSED_PHRASES, NOT_DISCUSSED_SCOPE_ENDS } from '../data/not-discussed-phrases';
import { MINISTRY_PORTFOLIOS } from '../data/offices';
import { TOPICS, type TopicCode } from '../data/topics';
import { normalizeArabic } from '../text/normalize';
import { type ArticleAnalysis, analyseArticle } from './analysis';
import { evidenceOf, sentenceOf } from './document';
import { PhraseLexicon } from './lexicon';
import { gapAfter } from './tokens';
import type { Evidence } from './types';

/**
 * One topic keyword found in a text.
 *
 * @example
 * ```ts
 * const [mention] = findTopics('بحث الجانبان ملف المياه');
 * // mention.code === 'water', mention.keyword === 'مياه', mention.evidence.text === 'المياه'
 * ```
 */
export interface TopicMention {
  /** The topic. */
  code: TopicCode;
  /** The keyword of the topic table that matched, as the table writes it. */
  keyword: string;
  /** The words that matched (without a joined و/ب/ل), with offsets into the input. */
  evidence: Evidence;
}

/** What a phrase of the lexicon stands for: a topic's keyword, or a false friend (`code: null`). */
interface TopicLexiconValue {
  readonly code: TopicCode | null;
  readonly phrase: string;
}

const ARTICLE = 'ال';

/**
 * The spellings a table phrase matches: as written, and — for a phrase written
 * without the article — with `ال` on its first word (`استثمارات` →
 * `الاستثمارات`). Joined clitics are read by the lexicon itself.
 *
 * @param phrase - a keyword or false friend as the table writes it.
 * @returns its normalized spellings (none for an empty phrase).
 */
export function topicPhraseSpellings(phrase: string): string[] {
  const normalized = normalizeArabic(phrase).trim();
  if (normalized.length === 0) return [];
  return normalized.startsWith(ARTICLE) ? [normalized] : [normalized, `${ARTICLE}${normalized}`];
}

let lexicon: PhraseLexicon<TopicLexiconValue> | null = null;

function topicLexicon(): PhraseLexicon<TopicLexiconValue> {
  if (lexicon) return lexicon;
  const built = new PhraseLexicon<TopicLexiconValue>();
  for (const topic of TOPICS) {
    for (const keyword of topic.keywords) {
      const value: TopicLexiconValue = { code: topic.code, phrase: keyword.phrase };
      for (const spelling of topicPhraseSpellings(keyword.phrase)) built.add(spelling, value);
    }
    for (const friend of topic.falseFriends) {
      const value: TopicLexiconValue = { code: null, phrase: friend.phrase };
      for (const spelling of topicPhraseSpellings(friend.phrase)) built.add(spelling, value);
    }
  }
  lexicon = built;
  return built;
}

let ministries: PhraseLexicon<true> | null = null;

/** Ministry names from the organization words and the portfolio table: `وزارة` × `الطاقة`. */
function ministryLexicon(): PhraseLexicon<true> {
  if (ministries) return ministries;
  const built = new PhraseLexicon<true>();
  const heads = ORGANIZATION_KIND_WORDS.filter((w) => w.kind === 'ministry' && !normalizeArabic(w.word).startsWith(ARTICLE));
  for (const head of heads) for (const portfolio of MINISTRY_PORTFOLIOS) built.add(`${head.word} ${portfolio.ar}`, true);
  ministries = built;
  return built;
}

const masks = new WeakMap<ArticleAnalysis, Uint8Array>();

/**
 * Which tokens belong to an office title or a ministry's name (1). Built once
 * per analysis (the statements of an article share it); linear in its tokens.
 */
function officeTokens(analysis: ArticleAnalysis): Uint8Array {
  const cached = masks.get(analysis);
  if (cached) return cached;
  const { text, tokens } = analysis.document;
  const mask = new Uint8Array(tokens.length);
  for (const hit of analysis.offices) mask.fill(1, hit.from, Math.min(hit.to, mask.length));
  for (const ministry of ministryLexicon().findAll(text, tokens, 'any')) mask.fill(1, ministry.from, ministry.to);
  masks.set(analysis, mask);
  return mask;
}

let notDiscussed: { readonly phrases: PhraseLexicon<true>; readonly ends: PhraseLexicon<true> } | null = null;

/** Punctuation that closes a clause inside a sentence. */
const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set(['،', ',', '؛', ';', ':', '.', '!', '?', '؟']);

/** Whether the gap between two tokens holds clause punctuation. */
function closesClause(gap: string): boolean {
  for (const character of gap) if (CLAUSE_PUNCTUATION.has(character)) return true;
  return false;
}

/** The most words a "not discussed" scope runs over. */
const NOT_DISCUSSED_SCOPE_WORDS = 15;

const scopes = new WeakMap<ArticleAnalysis, Uint8Array>();

/**
 * Which tokens lie in the scope of a "not discussed" phrase (1): from the end of the phrase to
 * the end of its clause — a comma or other clause punctuation, the sentence end, a contrast word
 * (`بل`، `لكن`), a word joined with و that does not continue a list of nouns (`وركز`; `والعقوبات`
 * and `ولا` continue it), or 15 words. Built once per analysis; linear in its tokens.
 */
function notDiscussedTokens(analysis: ArticleAnalysis): Uint8Array {
  const cached = scopes.get(analysis);
  if (cached) return cached;
  const { document } = analysis;
  const { text, tokens } = document;
  notDiscussed ??= (() => {
    const phrases = new PhraseLexicon<true>();
    for (const entry of NOT_DISCUSSED_PHRASES) phrases.add(entry.phrase, true);
    const ends = new PhraseLexicon<true>();
    for (const word of NOT_DISCUSSED_SCOPE_ENDS) ends.add(word, true);
    return { phrases, ends };
  })();
  const mask = new Uint8Array(tokens.length);
  let position = 0;
  while (position < tokens.length) {
    const phrase = notDiscussed.phrases.matchAt(text, tokens, position, 'conjunction');
    if (!phrase) {
      position++;
      continue;
    }
    const sentenceEnd = sentenceOf(document, phrase.from)?.to ?? tokens.length;
    let p = phrase.to;
    while (p < sentenceEnd && p - phrase.to < NOT_DISCUSSED_SCOPE_WORDS) {
      if (closesClause(gapAfter(text, tokens, p - 1))) break;
      if (notDiscussed.ends.matchAt(text, tokens, p, 'conjunction')) break;
      const word = (tokens[p] as { text: string }).text;
      if (p > phrase.to && word.startsWith('و') && !word.startsWith('وال') && word !== 'ولا') break;
      p++;
    }
    mask.fill(1, phrase.to, p);
    // A new phrase may open inside the scope; the scopes only ever add up.
    position = phrase.to;
  }
  scopes.set(analysis, mask);
  return mask;
}

/** One keyword match, in normalized offsets. */
interface TopicHit {
  readonly code: TopicCode;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The topic keywords in the tokens `[from, to)` of a document, left to right,
 * longest phrase first, never overlapping; false friends and office titles give
 * nothing, nor do keywords in the scope of a "not discussed" phrase. Linear in the number of tokens.
 */
function topicHits(analysis: ArticleAnalysis, from: number, to: number): TopicHit[] {
  const { text, tokens } = analysis.document;
  const mask = officeTokens(analysis);
  const notDiscussedMask = notDiscussedTokens(analysis);
  const lex = topicLexicon();
  const hits: TopicHit[] = [];
  const end = Math.min(to, tokens.length);
  let position = Math.max(0, from);
  while (position < end) {
    if (mask[position] === 1) {
      position++;
      continue;
    }
    const match = lex.matchAt(text, tokens, position, 'any');
    if (!match || match.to > end || mask.subarray(match.from, match.to).includes(1)) {
      position++;
      continue;
    }
    const value = match.values[0] as TopicLexiconValue;
    // «لم يتطرق إلى الملف النووي»: the keyword is consumed but gives no topic.
    if (value.code !== null && notDiscussedMask[match.from] !== 1) hits.push({ code: value.code, phrase: value.phrase, start: match.start, end: match.end });
    position = match.to;
  }
  return hits;
}

/**
 * The topic codes of the tokens `[from, to)`, in order of first occurrence, without duplicates.
 *
 * @param analysis - the article analysis (words of office titles are skipped).
 * @param from - first token position.
 * @param to - token position to stop before.
 * @returns the codes.
 */
export function topicCodesIn(analysis: ArticleAnalysis, from: number, to: number): TopicCode[] {
  const codes: TopicCode[] = [];
  for (const hit of topicHits(analysis, from, to)) if (!codes.includes(hit.code)) codes.push(hit.code);
  return codes;
}

/**
 * Finds what an Arabic text is about: every keyword of the topic table
 * (`TOPICS`: bilateral relations, economy, trade, investment, energy, security,
 * defense, water, sanctions…, 25 topics), with its code and evidence offsets
 * into `text`. Keywords are matched as whole words on normalized text, with
 * the joined clitics و/ف/ب/ل/ك and لل (`وللاستثمار`، `بالطاقة`); a keyword the
 * table writes without `ال` also matches with it. The longest phrase wins, so
 * a false friend of the table hides the keyword inside it (`السلام الوطني` is
 * an anthem, `الغاز المسيل للدموع` tear gas, `الدفاع عن` "defending"), and a
 * longer keyword gives its own topic (`مجلس الأمن` → multilateral, `الأمن
 * الغذائي` → food-security). Words of an office title (`وزير الطاقة`) or a
 * ministry's name (`وزارة الدفاع`) are skipped: they name an office or an
 * organization, not a topic. A keyword in the scope of a phrase that says the
 * matter was not discussed (`لم يتطرق إلى`، `دون التطرق إلى`، `لم تناقش`، Tunisian
 * `لم يقع التطرق`) is skipped too, up to the end of its clause; a denial (`نفى`)
 * is still about its matter.
 *
 * Linear in the length of the text; never throws.
 *
 * @param text - any string.
 * @returns the keyword mentions in text order, `[]` when there are none.
 * @example
 * ```ts
 * const mentions = findTopics('أكد وزير الطاقة العراقي أهمية الربط الكهربائي وتعزيز الأمن الغذائي، وعزف السلام الجمهوري.');
 * mentions.map((m) => [m.code, m.evidence.text]);
 * // [['energy', 'الكهربائي'], ['food-security', 'الأمن الغذائي']]
 * findTopics('بحث الجانبان التعاون في مجال الطاقة دون التطرق إلى الملف النووي.').map((m) => m.code);
 * // ['energy']
 * ```
 */
export function findTopics(text: string): TopicMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const analysis = analyseArticle(text);
  const { document } = analysis;
  return topicHits(analysis, 0, document.tokens.length).map((hit) => ({
    code: hit.code,
    keyword: hit.phrase,
    evidence: evidenceOf(document, hit.start, hit.end),
  }));
}
