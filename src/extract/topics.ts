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
 * (`حرب`) adds.
 *
 * @module
 */
import { ORGANIZATION_KIND_WORDS } from '../data/attribution-phrases';
import { MINISTRY_PORTFOLIOS } from '../data/offices';
import { TOPICS, type TopicCode } from '../data/topics';
import { normalizeArabic } from '../text/normalize';
import { type ArticleAnalysis, analyseArticle } from './analysis';
import { evidenceOf } from './document';
import { PhraseLexicon } from './lexicon';
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
 * nothing. Linear in the number of tokens.
 */
function topicHits(analysis: ArticleAnalysis, from: number, to: number): TopicHit[] {
  const { text, tokens } = analysis.document;
  const mask = officeTokens(analysis);
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
    if (value.code !== null) hits.push({ code: value.code, phrase: value.phrase, start: match.start, end: match.end });
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
 * organization, not a topic.
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
