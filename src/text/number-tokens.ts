/**
 * Splits normalized text into word, digit and punctuation tokens for the
 * number grammar. A hand-written scanner, linear in the input, so no pattern
 * runs on user text here.
 *
 * @module
 */
import { buildRegex } from './regex';

/** One token of normalized text. */
export interface TextToken {
  /** `word`: letters; `digits`: a digit group with its separators; `punct`: any other single character. */
  readonly kind: 'word' | 'digits' | 'punct';
  /** The token's text (normalized). */
  readonly text: string;
  /** Start index in the normalized text. */
  readonly start: number;
  /** End index (exclusive) in the normalized text. */
  readonly end: number;
}

/**
 * The longest input the whole-phrase parsers read: the longest number in
 * words below 10¹² is about 110 characters, so 2,000 leaves room for
 * diacritics and spacing while a megabyte of text is answered at once.
 */
export const MAX_PHRASE_LENGTH = 2000;

/** Signs written before a negative number: hyphen-minus and the minus sign U+2212. */
export const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '\u2212']);

const LETTER = buildRegex('text/letter', '^[\\p{L}\\p{M}]$');
const DIGIT_SEPARATORS = new Set(['.', ',', '\u060C']);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Whether `text` is 1–15 ASCII digits and nothing else. */
export function isDigitString(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) if (!isDigit(text[i])) return false;
  return true;
}

/** Whether `ch` (one UTF-16 unit or a surrogate pair) is a letter or a combining mark. */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  // Fast paths for the Arabic letters and ASCII; the pattern decides the rest of Unicode.
  if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3)) return true;
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(ch);
}

function charAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i] as string;
}

/**
 * Tokenizes normalized text. A digit group keeps `.`, `,` and `،` that sit
 * between digits (`1,000.5`); a leading `.` before a digit belongs to it (`.77`).
 *
 * @param text - normalized text (see `normalizeArabic`).
 * @returns the tokens in order; spaces are not tokens.
 */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = charAt(text, i);
    if (ch === ' ') {
      i++;
      continue;
    }
    const startsDigits = isDigit(ch) || (ch === '.' && isDigit(text[i + 1]) && !isDigit(text[i - 1]));
    if (startsDigits) {
      let j = i + 1;
      while (j < n) {
        const c = text[j];
        if (isDigit(c)) j++;
        else if (c !== undefined && DIGIT_SEPARATORS.has(c) && isDigit(text[j + 1])) j += 2;
        else break;
      }
      tokens.push({ kind: 'digits', text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (isLetter(ch)) {
      let j = i + ch.length;
      while (j < n) {
        const c = charAt(text, j);
        if (!isLetter(c)) break;
        j += c.length;
      }
      tokens.push({ kind: 'word', text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    tokens.push({ kind: 'punct', text: ch, start: i, end: i + ch.length });
    i += ch.length;
  }
  return tokens;
}

/**
 * Reads a digit token: plain (`2025`), decimal (`2.5`, `.77`, `01.10`),
 * grouped by thousands (`1,000,000`, `26،013`), with a decimal comma when
 * the digits after the last comma are not a group of three (`25799,52`,
 * `12،220,13`, `9,2321312`).
 *
 * @param text - the token text (ASCII digits and separators).
 * @returns the value, or `null` when the separators make no number (`1.2.3`) or it is above `Number.MAX_SAFE_INTEGER`.
 */
export function readDigits(text: string): number | null {
  const parts: string[] = [];
  const seps: string[] = [];
  let current = '';
  for (const ch of text) {
    if (isDigit(ch)) current += ch;
    else {
      parts.push(current);
      seps.push(ch);
      current = '';
    }
  }
  parts.push(current);
  if (seps.length === 0) return exact(Number(text));
  let decimals = '';
  const last = seps[seps.length - 1] as string;
  const lastPart = parts[parts.length - 1] as string;
  let intParts = parts;
  let groupSeps = seps;
  const grouped = (ps: string[]): boolean =>
    ps.length > 1 && (ps[0] as string).length >= 1 && (ps[0] as string).length <= 3 && ps.slice(1).every((p) => p.length === 3);
  if (last === '.') {
    decimals = lastPart;
    intParts = parts.slice(0, -1);
    groupSeps = seps.slice(0, -1);
  } else if (last === ',' && lastPart.length !== 3 && (seps.length === 1 || seps.slice(0, -1).every((s) => s === '\u060C'))) {
    decimals = lastPart;
    intParts = parts.slice(0, -1);
    groupSeps = seps.slice(0, -1);
  }
  if (groupSeps.length > 0) {
    if (groupSeps.some((s) => s === '.' || s !== groupSeps[0]) || !grouped(intParts)) return null;
  }
  const integer = intParts.join('');
  const value = Number(`${integer === '' ? '0' : integer}${decimals === '' ? '' : `.${decimals}`}`);
  return exact(value);
}

/** A value beyond the exact integers (`99999999999999999999` → 1e20) is no reading of what was written: `null`. */
export function exact(value: number): number | null {
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? value : null;
}
