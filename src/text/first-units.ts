/**
 * The UTF-16 code units a pattern's match can begin with, read from the pattern's source. A
 * scanner that tries a sticky pattern at many offsets can skip every offset whose unit is not in
 * the set without calling the regex engine (`scanNear` in the temporal layer does).
 *
 * The analysis is conservative: lookarounds are treated as if they always held, and anything it
 * does not model exactly (`.`, `\p{…}` outside a lookaround, a negated class, a back-reference,
 * the `i` or `v` flag, a pattern that can match the empty string) gives `null`, "any unit".
 *
 * @internal
 * @module
 */
import { buildRegex } from './regex';

const QUANTIFIER = buildRegex('text/first-units-quantifier', '(?:[*+?]|\\{(\\d{1,9})(?:,\\d{0,9})?\\})\\??', 'y');
const LOOKAROUND = buildRegex('text/first-units-lookaround', '\\(\\?<?[=!]', 'y');
const GROUP_OPENER = buildRegex('text/first-units-group', '\\((?:\\?:|\\?<[\\p{L}\\p{N}_$]{1,64}>)?', 'y');
const HEX_ESCAPE = buildRegex('text/first-units-hex', '\\{([0-9a-fA-F]{1,6})\\}|([0-9a-fA-F]{4})|([0-9a-fA-F]{2})', 'y');
const LETTER_OR_DIGIT = buildRegex('text/first-units-letter', '^[\\p{L}\\p{N}]$');

/** The possible first units of a piece of pattern (`null`: any unit) and whether it can match nothing. */
interface First {
  units: Set<number> | null;
  nullable: boolean;
}

const ANY: First = { units: null, nullable: false };
const EMPTY: First = { units: new Set(), nullable: true };

/** Escapes that stand for one fixed character. */
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

function union(a: Set<number> | null, b: Set<number> | null): Set<number> | null {
  if (a === null || b === null) return null;
  const both = new Set(a);
  for (const unit of b) both.add(unit);
  return both;
}

/** A recursive-descent reader of one pattern source (the `u`-mode syntax). */
class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  /** The whole source: an alternation that must end at the end of the source. */
  readPattern(): First {
    const first = this.readAlternation();
    if (this.at !== this.source.length) throw new SyntaxError(`unexpected ')' at ${this.at}`);
    return first;
  }

  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  private readAlternation(): First {
    let result = this.readSequence();
    while (this.peek() === '|') {
      this.at++;
      const next = this.readSequence();
      result = { units: union(result.units, next.units), nullable: result.nullable || next.nullable };
    }
    return result;
  }

  private readSequence(): First {
    let units: Set<number> | null = new Set();
    let nullable = true;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const item = this.readQuantified();
      // Only what may come first counts: later items matter while everything before can be empty.
      if (nullable) {
        units = union(units, item.units);
        nullable = item.nullable;
      }
    }
    return { units, nullable };
  }

  private readQuantified(): First {
    const atom = this.readAtom();
    const quantifier = this.readSticky(QUANTIFIER);
    if (quantifier === null) return atom;
    const min = quantifier[0][0] === '{' ? Number(quantifier[1]) : quantifier[0][0] === '+' ? 1 : 0;
    return { units: atom.units, nullable: atom.nullable || min === 0 };
  }

  private readAtom(): First {
    const char = this.peek();
    if (char === '(') return this.readGroup();
    if (char === '[') return this.readClass();
    if (char === '\\') return this.readEscape();
    if (char === '.') {
      this.at++;
      return ANY;
    }
    if (char === '^' || char === '$') {
      this.at++;
      return EMPTY;
    }
    const codePoint = this.source.codePointAt(this.at)!;
    const literal = String.fromCodePoint(codePoint);
    this.at += literal.length;
    return { units: new Set([literal.charCodeAt(0)]), nullable: false };
  }

  private readGroup(): First {
    if (this.readSticky(LOOKAROUND)) {
      // A lookaround consumes nothing; ignoring its condition only lets more units through.
      this.readAlternation();
      this.expect(')');
      return EMPTY;
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

  /** `\d`, an escaped character, or a back-reference or class escape (any unit). */
  private readEscape(): First {
    const unit = this.readEscapedUnit();
    if (unit === 'digits') return { units: digitUnits(), nullable: false };
    if (unit === 'boundary') return EMPTY;
    return unit === null ? ANY : { units: new Set([unit]), nullable: false };
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
      return String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16)).charCodeAt(0);
    }
    // Any other letter or digit is a class, a back-reference or a control escape: not modelled.
    if (LETTER_OR_DIGIT.test(name)) return null;
    return name.codePointAt(0) === undefined ? null : String.fromCodePoint(name.codePointAt(0)!).charCodeAt(0);
  }

  /** `[…]`: the listed characters and ranges; a negated class or a class escape gives any unit. */
  private readClass(): First {
    this.at++;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.at++;
    }
    let units: Set<number> | null = new Set();
    while (this.at < this.source.length && this.peek() !== ']') {
      const from = this.readClassUnit();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.at++;
        const to = this.readClassUnit();
        units = typeof from === 'number' && typeof to === 'number' && from <= to && to < 0xd800 ? union(units, rangeUnits(from, to)) : null;
      } else if (from === 'digits') units = union(units, digitUnits());
      else units = typeof from === 'number' ? union(units, new Set([from])) : null;
    }
    this.expect(']');
    return negated ? ANY : { units, nullable: false };
  }

  private readClassUnit(): number | 'digits' | 'boundary' | null {
    if (this.peek() === '\\') {
      const unit = this.readEscapedUnit();
      return unit === 'boundary' ? 8 : unit; // \b in a class is the backspace character
    }
    const codePoint = this.source.codePointAt(this.at)!;
    const literal = String.fromCodePoint(codePoint);
    this.at += literal.length;
    // An astral character in a class: its high surrogate is not a range endpoint we can trust.
    return literal.length === 1 ? codePoint : null;
  }
}

function rangeUnits(from: number, to: number): Set<number> {
  const units = new Set<number>();
  for (let unit = from; unit <= to; unit++) units.add(unit);
  return units;
}

function digitUnits(): Set<number> {
  return rangeUnits(48, 57);
}

/**
 * The code units a match of `regex` can begin with, as a table indexed by code unit (1: can
 * begin a match), or `null` when any unit can (or the source is beyond this analysis).
 *
 * @param regex - a compiled pattern (its `source` and `flags` are read).
 * @returns a 65,536-entry table, or `null`.
 */
export function firstUnits(regex: RegExp): Uint8Array | null {
  if (regex.flags.includes('i') || regex.flags.includes('v')) return null;
  let first: First;
  try {
    first = new SourceReader(regex.source).readPattern();
  } catch {
    return null;
  }
  if (first.nullable || first.units === null) return null;
  const table = new Uint8Array(65_536);
  for (const unit of first.units) table[unit] = 1;
  return table;
}
