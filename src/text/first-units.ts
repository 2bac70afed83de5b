/**
 * The first two UTF-16 code units a pattern's match can begin with, read from the pattern's
 * source. A scanner that tries a sticky pattern at many offsets can skip every offset where the
 * text does not begin that way, without calling the regex engine (`scanNear` in the temporal
 * layer does).
 *
 * The analysis is conservative: lookarounds are treated as if they always held, a unit it does not
 * model exactly (`.`, `\p{…}`, a negated class, a back-reference) may be any unit, and a pattern it
 * cannot narrow (one that may begin with any unit or match the empty string, the `i` or `v`
 * flag) gives `null`, "try everywhere".
 *
 * @internal
 * @module
 */
import { buildRegex } from './regex';

const QUANTIFIER = buildRegex('text/first-units-quantifier', '(?:[*+?]|\\{(\\d{1,9})(?:,(\\d{0,9}))?\\})\\??', 'y');
const LOOKAROUND = buildRegex('text/first-units-lookaround', '\\(\\?<?[=!]', 'y');
const GROUP_OPENER = buildRegex('text/first-units-group', '\\((?:\\?:|\\?<[\\p{L}\\p{N}_$]{1,64}>)?', 'y');
const HEX_ESCAPE = buildRegex('text/first-units-hex', '\\{([0-9a-fA-F]{1,6})\\}|([0-9a-fA-F]{4})|([0-9a-fA-F]{2})', 'y');
const LETTER_OR_DIGIT = buildRegex('text/first-units-letter', '^[\\p{L}\\p{N}]$');

/** Stands for a unit the analysis does not pin down. */
const ANY_UNIT = 65_536;
const UNIT_SPAN = 2 ** 17;
const LENGTH_SPAN = 2 ** 34;
/** Past this many beginnings a pattern is not worth narrowing (and the sets stay small). */
const MAX_BEGINNINGS = 100_000;

/**
 * The ways a piece of pattern can begin, each cut to its first two units: a beginning of length 2
 * (the match may go on), or a whole match of length 0 or 1. Encoded as numbers, see {@link key}.
 */
type Beginnings = Set<number>;

function key(units: readonly number[]): number {
  return units.length * LENGTH_SPAN + (units[0] ?? 0) * UNIT_SPAN + (units[1] ?? 0);
}

function unitsOf(encoded: number): number[] {
  const length = Math.floor(encoded / LENGTH_SPAN);
  const units = [Math.floor(encoded / UNIT_SPAN) % UNIT_SPAN, encoded % UNIT_SPAN];
  return units.slice(0, length);
}

const NOTHING: Beginnings = new Set([key([])]);

function single(units: Iterable<number>): Beginnings {
  const set: Beginnings = new Set();
  for (const unit of units) set.add(key([unit]));
  return set;
}

function union(a: Beginnings, b: Beginnings): Beginnings {
  const both = new Set(a);
  for (const item of b) both.add(item);
  if (both.size > MAX_BEGINNINGS) throw new RangeError('too many beginnings');
  return both;
}

/** The beginnings of `a` followed by `b`: a beginning of `a` shorter than two units goes on with `b`. */
function concat(a: Beginnings, b: Beginnings): Beginnings {
  const joined: Beginnings = new Set();
  for (const left of a) {
    if (left >= 2 * LENGTH_SPAN) {
      joined.add(left);
      continue;
    }
    const head = unitsOf(left);
    for (const right of b) joined.add(key([...head, ...unitsOf(right)].slice(0, 2)));
    if (joined.size > MAX_BEGINNINGS) throw new RangeError('too many beginnings');
  }
  return joined;
}

/** A recursive-descent reader of one pattern source (the `u`-mode syntax). */
class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  /** The whole source: an alternation that must end at the end of the source. */
  readPattern(): Beginnings {
    const beginnings = this.readAlternation();
    if (this.at !== this.source.length) throw new SyntaxError(`unexpected ')' at ${this.at}`);
    return beginnings;
  }

  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  private readAlternation(): Beginnings {
    let result = this.readSequence();
    while (this.peek() === '|') {
      this.at++;
      result = union(result, this.readSequence());
    }
    return result;
  }

  private readSequence(): Beginnings {
    let result = NOTHING;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') result = concat(result, this.readQuantified());
    return result;
  }

  /** An atom and its quantifier: two repetitions already give every two-unit beginning of more. */
  private readQuantified(): Beginnings {
    const atom = this.readAtom();
    const quantifier = this.readSticky(QUANTIFIER);
    if (quantifier === null) return atom;
    const sign = quantifier[0][0];
    const min = sign === '{' ? Number(quantifier[1]) : sign === '+' ? 1 : 0;
    const max = sign === '{' ? (quantifier[0].includes(',') ? (quantifier[2] === '' ? Infinity : Number(quantifier[2])) : min) : sign === '?' ? 1 : Infinity;
    const powers = [NOTHING, atom, concat(atom, atom)];
    let result: Beginnings = new Set();
    for (let count = Math.min(min, 2); count <= Math.min(max, 2); count++) result = union(result, powers[count]!);
    return result;
  }

  private readAtom(): Beginnings {
    const char = this.peek();
    if (char === '(') return this.readGroup();
    if (char === '[') return single(this.readClass());
    if (char === '\\') return this.readEscape();
    if (char === '.') {
      this.at++;
      return single([ANY_UNIT]);
    }
    if (char === '^' || char === '$') {
      this.at++;
      return NOTHING;
    }
    const literal = String.fromCodePoint(this.source.codePointAt(this.at)!);
    this.at += literal.length;
    // An astral character is two units of the text: both are known.
    return new Set([key([...literal].length === literal.length ? [literal.charCodeAt(0)] : [literal.charCodeAt(0), literal.charCodeAt(1)])]);
  }

  private readGroup(): Beginnings {
    if (this.readSticky(LOOKAROUND)) {
      // A lookaround consumes nothing; ignoring its condition only lets more beginnings through.
      this.readAlternation();
      this.expect(')');
      return NOTHING;
    }
    this.readSticky(GROUP_OPENER);
    // Any other group syntax («(?i:…)») is beyond this analysis.
    if (this.peek() === '?') throw new SyntaxError(`unknown group at ${this.at}`);
    const inner = this.readAlternation();
    this.expect(')');
    return inner;
  }

  /** The match of sticky `pattern` at the current position, which it then moves past. */
  private readSticky(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.at;
    const match = pattern.exec(this.source);
    if (match) this.at += match[0].length;
    return match;
  }

  private expect(char: string): void {
    if (this.peek() !== char) throw new SyntaxError(`expected '${char}' at ${this.at}`);
    this.at++;
  }

  /** `\d`, an escaped character, a boundary, or a back-reference or class escape (any unit). */
  private readEscape(): Beginnings {
    const unit = this.readEscapedUnit();
    if (unit === 'digits') return single(DIGITS);
    if (unit === 'boundary') return NOTHING;
    return single([unit ?? ANY_UNIT]);
  }

  /** The unit an escape stands for, `'digits'` for `\d`, `'boundary'` for `\b`/`\B`, `null` when it is not one unit. */
  private readEscapedUnit(): number | 'digits' | 'boundary' | null {
    const name = this.peek(1);
    this.at += 2;
    if (name === 'd') return 'digits';
    if (name === 'b' || name === 'B') return 'boundary';
    if (name === 'p' || name === 'P' || name === 'k') {
      const end = this.source.indexOf(name === 'k' ? '>' : '}', this.at);
      this.at = end === -1 ? this.source.length : end + 1;
      return null;
    }
    if (name in CONTROL_ESCAPES) return CONTROL_ESCAPES[name]!;
    if (name === 'u' || name === 'x') {
      const hex = this.readSticky(HEX_ESCAPE);
      if (!hex) return null;
      const codePoint = parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16);
      return codePoint > 0xffff ? null : codePoint;
    }
    // Any other letter or digit is a class, a back-reference or a control escape: not modelled.
    if (name === '' || LETTER_OR_DIGIT.test(name)) return null;
    const codePoint = name.codePointAt(0)!;
    return codePoint > 0xffff ? null : codePoint;
  }

  /** `[…]`: the listed characters and ranges; a negated class, a class escape or an astral character gives any unit. */
  private readClass(): number[] {
    this.at++;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.at++;
    }
    const units = new Set<number>();
    let any = false;
    while (this.at < this.source.length && this.peek() !== ']') {
      const from = this.readClassUnit();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.at++;
        const to = this.readClassUnit();
        if (typeof from === 'number' && typeof to === 'number' && from <= to && to < 0xd800) for (let unit = from; unit <= to; unit++) units.add(unit);
        else any = true;
      } else if (from === 'digits') DIGITS.forEach((unit) => units.add(unit));
      else if (typeof from === 'number') units.add(from);
      else any = true;
    }
    this.expect(']');
    return negated || any ? [ANY_UNIT] : [...units];
  }

  private readClassUnit(): number | 'digits' | null {
    if (this.peek() === '\\') {
      const unit = this.readEscapedUnit();
      return unit === 'boundary' ? 8 : unit; // \b in a class is the backspace character
    }
    const literal = String.fromCodePoint(this.source.codePointAt(this.at)!);
    this.at += literal.length;
    return literal.length === 1 ? literal.charCodeAt(0) : null;
  }
}

/** Escapes that stand for one fixed character. */
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

const DIGITS: readonly number[] = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57];

/** Where a pattern's match can begin: tables to test an offset's first two units before running the pattern. */
export interface MatchStarts {
  /** By code unit: 1 when a match can begin with it. */
  readonly first: Uint8Array;
  /** By code unit: 1 when a match beginning with it may go on with any unit (or end there). */
  readonly anySecond: Uint8Array;
  /** `first × 65536 + second` for every other two-unit beginning. */
  readonly pairs: ReadonlySet<number>;
}

/**
 * Where a match of `regex` can begin, or `null` when the analysis cannot narrow it.
 *
 * @param regex - a compiled pattern (its `source` and `flags` are read).
 * @returns the tables of {@link MatchStarts}, or `null`.
 */
export function matchStarts(regex: RegExp): MatchStarts | null {
  if (regex.flags.includes('i') || regex.flags.includes('v')) return null;
  let beginnings: Beginnings;
  try {
    beginnings = new SourceReader(regex.source).readPattern();
  } catch {
    return null;
  }
  const first = new Uint8Array(65_536);
  const anySecond = new Uint8Array(65_536);
  const pairs = new Set<number>();
  for (const encoded of beginnings) {
    const [unit, second] = unitsOf(encoded);
    if (unit === undefined || unit === ANY_UNIT) return null; // an empty match, or any first unit
    first[unit] = 1;
    if (second === undefined || second === ANY_UNIT) anySecond[unit] = 1;
    else pairs.add(unit * 65_536 + second);
  }
  return { first, anySecond, pairs };
}

/**
 * Whether a match described by `starts` can begin at `offset` of `text`, by its first two units.
 *
 * @param starts - from {@link matchStarts}.
 * @param text - the text scanned.
 * @param offset - the offset tried.
 * @returns `false` only when no match can begin there.
 */
export function mayBeginAt(starts: MatchStarts, text: string, offset: number): boolean {
  const unit = text.charCodeAt(offset);
  if (starts.first[unit] !== 1) return false;
  if (starts.anySecond[unit] === 1) return true;
  return starts.pairs.has(unit * 65_536 + text.charCodeAt(offset + 1));
}
