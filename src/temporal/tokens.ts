/**
 * Splits normalized text into word, number and punctuation tokens with their
 * offsets: the duration and time parsers look words up in maps built from the
 * data tables instead of running one large pattern per phenomenon.
 *
 * @internal
 * @module
 */
import { buildRegex } from '../text/regex';

/** One token of normalized text. */
export interface Token {
  /** The token as it stands in the normalized text. */
  readonly text: string;
  /** Offset of its first unit in the normalized text. */
  readonly start: number;
  /** Offset after its last unit. */
  readonly end: number;
}

// A clock or decimal number stays one token (10:30, 3.5, 12:34:20); a run of letters is a word;
// anything else that is not a space is a one-character token, so punctuation breaks a phrase.
const TOKEN = buildRegex('temporal/token', '\\d{1,12}(?:[.:]\\d{1,12}){0,2}|[\\p{L}\\p{M}]{1,64}|[^\\s\\p{L}\\p{M}\\d]', 'g');

let lastText: string | undefined;
let lastTokens: readonly Token[] = [];

/**
 * The tokens of normalized `text`. The last answer is kept, because several
 * parsers tokenize the same text in one `findTemporal` call.
 */
export function tokenize(text: string): readonly Token[] {
  if (text === lastText) return lastTokens;
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

/** `true` when only one space (or nothing) separates two offsets: the tokens are neighbours in a phrase. */
export function adjacent(text: string, end: number, start: number): boolean {
  return start === end || (start === end + 1 && text.charCodeAt(end) === 32);
}
