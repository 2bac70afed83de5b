/**
 * An article prepared once for every extractor: the normalized text with its
 * offset map, its tokens and its sentences, and the way back from normalized
 * offsets to evidence in the original text.
 *
 * @internal
 * @module
 */
import { type NormalizedText, normalizeWithMap, originalSpan } from '../text/normalize';
import { type Token, tokenAtOrAfter, tokenize } from './tokens';
import type { Evidence } from './types';

/** One sentence, as offsets and token positions in the normalized text. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** First token position. */
  readonly from: number;
  /** Token position after the last token. */
  readonly to: number;
}

/** A prepared article. */
export interface ArticleDocument {
  readonly normalized: NormalizedText;
  /** The normalized text. */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '؟', '\n', '؛', ';']);

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

function splitSentences(normalized: NormalizedText, tokens: readonly Token[]): Sentence[] {
  const text = normalized.text;
  const sentences: Sentence[] = [];
  let start = 0;
  const close = (end: number): void => {
    const from = tokenAtOrAfter(tokens, start);
    const to = tokenAtOrAfter(tokens, end);
    if (to > from) sentences.push({ start, end, from, to });
    start = end + 1;
  };
  for (let i = 0; i < text.length; i++) {
    // A line break became a space in the normalized text: read it in the original.
    const character = text[i] === ' ' ? (normalized.original.slice(normalized.starts[i], normalized.ends[i]).includes('\n') ? '\n' : ' ') : (text[i] as string);
    if (!SENTENCE_ENDS.has(character)) continue;
    // 3.5 is a number, not a sentence end.
    if (character === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    close(i);
  }
  close(text.length);
  return sentences;
}

/**
 * Normalizes, tokenizes and splits an article into sentences.
 *
 * @param original - the article as the user gave it.
 * @returns the prepared document.
 */
export function prepareDocument(original: string): ArticleDocument {
  const normalized = normalizeWithMap(original);
  const tokens = tokenize(normalized.text);
  return { normalized, text: normalized.text, tokens, sentences: splitSentences(normalized, tokens) };
}

/**
 * Evidence in the original text for a span of the normalized text.
 *
 * @param document - the prepared article.
 * @param start - start offset in the normalized text.
 * @param end - end offset (exclusive) in the normalized text.
 * @returns `{ text, index, end }` in the original.
 */
export function evidenceOf(document: ArticleDocument, start: number, end: number): Evidence {
  const span = originalSpan(document.normalized, start, Math.max(end, start + 1));
  return { text: document.normalized.original.slice(span.index, span.end), index: span.index, end: span.end };
}

/**
 * The sentence that holds a token.
 *
 * @param document - the prepared article.
 * @param position - a token position.
 * @returns the sentence, or `undefined`.
 */
export function sentenceOf(document: ArticleDocument, position: number): Sentence | undefined {
  let low = 0;
  let high = document.sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = document.sentences[middle] as Sentence;
    if (position < sentence.from) high = middle - 1;
    else if (position >= sentence.to) low = middle + 1;
    else return sentence;
  }
  return undefined;
}
