/**
 * Splits normalized text into word, number and punctuation tokens with their
 * offsets: the duration and time parsers look words up in maps built from the
 * data tables instead of running one large pattern per phenomenon.
 *
 * @internal
 * @module
 */
import { NUMBER_WORDS } from '../data/number-words';
import { normalizeArabic } from '../text/normalize';
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

const LETTER_OR_MARK = buildRegex('temporal/token-letter', '^[\\p{L}\\p{M}]$');

/** Character classes by UTF-16 code unit, computed once per code unit: 1 letter, 2 digit, 3 space, 4 other. */
const classes = new Uint8Array(65_536);

function classOf(code: number): number {
  let value = classes[code]!;
  if (value === 0) {
    if (code >= 48 && code <= 57) value = 2;
    else if (code === 32) value = 3;
    else value = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 4;
    classes[code] = value;
  }
  return value;
}

const MAX_WORD = 64;

/**
 * A clock or decimal number continues over «:» or «.» between digits (10:30, 3.5, 12:34:20), at most twice.
 * A run of digits is never cut: a number read from its tail («99999999» of a longer run) is not written.
 */
function numberEnd(text: string, from: number): number {
  let i = from;
  let runs = 0;
  for (;;) {
    while (i < text.length && classOf(text.charCodeAt(i)) === 2) i++;
    const separator = text.charCodeAt(i);
    if (runs < 2 && (separator === 58 || separator === 46) && classOf(text.charCodeAt(i + 1)) === 2) {
      i++;
      runs++;
      continue;
    }
    return i;
  }
}

/**
 * A token whose text is cut from the source only when asked for: the readers skip most tokens
 * by their shape ({@link WordShapes}) without reading it, and each cut string would cost an
 * allocation that lives as long as the tokens.
 */
class SourceToken implements Token {
  private cut: string | undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    this.cut ??= this.source.slice(this.start, this.end);
    return this.cut;
  }
}

let lastText: string | undefined;
let lastTokens: readonly Token[] = [];

/**
 * The tokens of normalized `text`: runs of letters (words), numbers with their
 * `:`/`.` separators, and every other non-space character on its own, so that
 * punctuation breaks a phrase. The last answer is kept, because several
 * parsers tokenize the same text in one `findTemporal` call. Linear time.
 */
export function tokenize(text: string): readonly Token[] {
  if (text === lastText) return lastTokens;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = classOf(text.charCodeAt(i));
    if (kind === 3) {
      i++;
      continue;
    }
    let end = i + 1;
    if (kind === 1) while (end < text.length && end - i < MAX_WORD && classOf(text.charCodeAt(end)) === 1) end++;
    else if (kind === 2) end = numberEnd(text, i);
    tokens.push(new SourceToken(text, i, end));
    i = end;
  }
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

/** `true` when only one space (or nothing) separates two offsets: the tokens are neighbours in a phrase. */
export function adjacent(text: string, end: number, start: number): boolean {
  return start === end || (start === end + 1 && text.charCodeAt(end) === 32);
}

/** Every normalized number word of the number table, so that the number reader runs only on number words. */
const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORDS.map((w) => normalizeArabic(w.spelling)));

/**
 * Could this token be part of a number phrase (digits, or a number word, bare or
 * after a glued و)? A cheap test before calling the number reader.
 */
export function isNumberToken(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return true;
  if (NUMBER_WORD_SET.has(text)) return true;
  return text.length > 1 && text[0] === 'و' && NUMBER_WORD_SET.has(text.slice(1));
}

function shapeOf(first: number, last: number, length: number): number {
  return (first * 7919 + last * 31 + length) & 0xffff;
}

/**
 * The shapes (first unit, last unit, length) of the words of a set, as a quick test before a
 * set lookup: a word of the set always passes, most other words do not, and the test reads only
 * two units of the text.
 */
export class WordShapes {
  private readonly shapes = new Uint8Array(65_536);

  /** @param words - the words of the set. */
  constructor(words: Iterable<string>) {
    for (const word of words) if (word.length > 0) this.shapes[shapeOf(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;
  }

  /** `false` when `text` from `start` to `end` is none of the words. */
  mayBe(text: string, start: number, end: number): boolean {
    return end > start && this.shapes[shapeOf(text.charCodeAt(start), text.charCodeAt(end - 1), end - start)] === 1;
  }
}
