/**
 * Words of a normalized text with their offsets, and the gaps between them,
 * so that phrase matching works word by word (linear time, no backtracking).
 *
 * @internal
 * @module
 */
import { buildRegex } from '../text/regex';

/** One word of the normalized text. */
export interface Token {
  /** The word (letters, marks and digits). */
  readonly text: string;
  /** Start offset in the normalized text. */
  readonly start: number;
  /** End offset (exclusive) in the normalized text. */
  readonly end: number;
  /** Position of the token in the token list. */
  readonly position: number;
}

// Words are runs of letters, marks and digits; a bound keeps each step short.
const WORD = buildRegex('extract/word', '[\\p{L}\\p{M}\\p{N}]{1,80}', 'g');

/**
 * Splits normalized text into words.
 *
 * @param text - normalized text.
 * @returns the words in order.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length, position: tokens.length });
  }
  return tokens;
}

/**
 * The characters between two neighbouring tokens.
 *
 * @param text - the normalized text the tokens came from.
 * @param tokens - its tokens.
 * @param position - the gap after `tokens[position]`.
 * @returns the gap (`' '`, `'، '`…), or `''` after the last token.
 */
export function gapAfter(text: string, tokens: readonly Token[], position: number): string {
  const current = tokens[position];
  const next = tokens[position + 1];
  if (!current || !next) return '';
  return text.slice(current.end, next.start);
}

/**
 * Whether the gap after a token is a plain space (no punctuation), so that a
 * phrase may continue across it.
 *
 * @param text - the normalized text.
 * @param tokens - its tokens.
 * @param position - the gap after `tokens[position]`.
 * @returns `true` for a single space.
 */
export function isPlainGap(text: string, tokens: readonly Token[], position: number): boolean {
  return gapAfter(text, tokens, position) === ' ';
}

/**
 * The index of the first token that starts at or after `offset` (binary search).
 *
 * @param tokens - tokens in order.
 * @param offset - an offset in the normalized text.
 * @returns a token position, `tokens.length` when none.
 */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
