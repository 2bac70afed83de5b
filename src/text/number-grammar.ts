/**
 * The cardinal-number grammar: reads the longest number phrase that starts at
 * a token. Shared by `parseArabicNumber` (whole string) and
 * `findArabicNumbers` (running text).
 *
 * Every rule looks at a bounded number of tokens and a phrase has at most a
 * few dozen tokens, so reading one phrase is constant work and scanning a
 * text is linear.
 *
 * @module
 */
import type { NumberWord, NumberWordKind } from '../data/number-words';
import { CONJUNCTION_CLITICS, DEFINITE_ARTICLE, JOINING_CONJUNCTION, PREPOSITION_CLITICS } from '../data/clitics';
import { DIGIT_SUFFIX_WORDS, entryOfKind, MONTH_CONTEXT_WORDS, NUMBER_LEXICON, PRONOUN_ONE_WORDS } from './number-lexicon';
import { readDigits, type TextToken } from './number-tokens';

/** How the first word of a sub-phrase relates to the `و` before it. */
type Join = 'none' | 'required' | 'optional';

/** One word (or digit group) of a phrase, with the `و` or clitic before it resolved. */
interface Atom {
  /** Readings of the word; empty for digits. */
  readonly entries: readonly NumberWord[];
  /** The value of a digit group. */
  readonly digits: number | null;
  /** Whether a `و` joins it to what precedes. */
  readonly joined: boolean;
  /** Start of the number itself (after any clitic), in the normalized text. */
  readonly start: number;
  /** Index of the token after this atom. */
  readonly next: number;
}

/** A phrase read by the grammar. */
export interface PhraseReading {
  /** The value. */
  readonly value: number;
  /** Start in the normalized text (after any clitic). */
  readonly start: number;
  /** Index of the first token after the phrase. */
  readonly next: number;
  /** Number of atoms read (words and digit groups). */
  readonly size: number;
}

interface PartialReading {
  value: number;
  next: number;
  /** The scale of the last group (1 for none), for `ونصف` after `مليون`. */
  scale: number;
  /** Whether the value came from words only (no digits). */
  words: boolean;
  size: number;
}

/** Options of a grammar run. */
export interface GrammarMode {
  /** `true` in running text: stricter about words that often mean something else. */
  readonly inText: boolean;
}

const CONJUNCTIONS = new Set(CONJUNCTION_CLITICS);
const PREPOSITIONS = new Set(PREPOSITION_CLITICS);
const MIN_STEM_AFTER_CLITIC = 3; // لست "I am not" is not ل + ست

/** `1.1 × 10⁶` is 1100000.0000000002 in binary floating point; numbers in text have at most 15 significant digits. */
function product(a: number, b: number): number {
  const exact = a * b;
  return Number.isInteger(a) && Number.isInteger(b) ? exact : Number(exact.toPrecision(15));
}

/** A reading of words below a thousand. */
function make(value: number, next: number, size: number): PartialReading {
  return { value, next, scale: 1, words: true, size };
}

function longest<T extends { next: number; size: number }>(options: readonly (T | null)[]): T | null {
  let best: T | null = null;
  for (const o of options) if (o && (!best || o.next > best.next || (o.next === best.next && o.size > best.size))) best = o;
  return best;
}

/** A grammar bound to one token list. */
export class NumberGrammar {
  private readonly tokens: readonly TextToken[];
  private readonly mode: GrammarMode;
  /** While set, the first word is read as و + word (وأحد عشر) rather than as a word (واحد). */
  private strippedFirstAt = -1;
  /** Atoms already read, so that the rules, which look at the same words again, stay cheap. */
  private readonly atoms: (Atom | null | undefined)[];

  constructor(tokens: readonly TextToken[], mode: GrammarMode) {
    this.tokens = tokens;
    this.mode = mode;
    this.atoms = new Array<Atom | null | undefined>(tokens.length * 4 + 4);
  }

  /** Whether token `i` follows token `i - 1` after exactly one space. */
  private adjacent(i: number): boolean {
    const t = this.tokens[i];
    const p = this.tokens[i - 1];
    return t !== undefined && p !== undefined && t.start === p.end + 1;
  }

  private wordAtom(i: number, text: string, start: number, joined: boolean): Atom | null {
    const entries = NUMBER_LEXICON.get(text);
    return entries ? { entries, digits: null, joined, start, next: i + 1 } : null;
  }

  /**
   * The atom at token `i`. `first` allows clitics (و ف ب ل) before the first
   * word of a phrase; elsewhere only a joining `و` is allowed.
   */
  atom(i: number, first: boolean, preferJoined = false): Atom | null {
    if (i === this.strippedFirstAt) return this.readAtom(i, first, preferJoined);
    const key = i * 4 + (first ? 1 : 0) + (preferJoined ? 2 : 0);
    const cached = this.atoms[key];
    if (cached !== undefined) return cached;
    const atom = this.readAtom(i, first, preferJoined);
    if (key < this.atoms.length) this.atoms[key] = atom;
    return atom;
  }

  private readAtom(i: number, first: boolean, preferJoined: boolean): Atom | null {
    const t = this.tokens[i];
    if (!t) return null;
    if (t.kind === 'digits') {
      const after = this.tokens[i + 1];
      if (after && after.start === t.end && after.kind !== 'punct' && !DIGIT_SUFFIX_WORDS.has(after.text)) return null; // ١مليون, 20دولار
      const value = readDigits(t.text);
      return value === null ? null : { entries: [], digits: value, joined: false, start: t.start, next: i + 1 };
    }
    if (t.kind !== 'word') return null;
    if (t.text === JOINING_CONJUNCTION) {
      const n = this.tokens[i + 1];
      if (!n || n.text === JOINING_CONJUNCTION) return null;
      if (n.start !== t.end + 1 && !(n.start === t.end && n.kind === 'digits')) return null;
      const inner = this.atom(i + 1, false);
      return inner && !inner.joined ? { ...inner, joined: true } : null;
    }
    // واحد is a word, but وأحد عشر normalizes to the same letters: و + أحد.
    const joined = t.text.startsWith(JOINING_CONJUNCTION) ? this.wordAtom(i, t.text.slice(1), t.start + 1, !first) : null;
    if ((preferJoined || i === this.strippedFirstAt) && joined) return joined;
    const direct = this.wordAtom(i, t.text, t.start, false);
    if (direct) return direct;
    if (joined) return joined;
    if (!first) return null;
    return this.cliticAtom(i, t);
  }

  private cliticAtom(i: number, t: TextToken): Atom | null {
    let k = 0;
    if (CONJUNCTIONS.has(t.text[k] as string)) k++;
    if (PREPOSITIONS.has(t.text[k] as string)) k++;
    for (let strip = k; strip >= 1; strip--) {
      const stem = t.text.slice(strip);
      if (stem.length < MIN_STEM_AFTER_CLITIC) continue;
      const a = this.wordAtom(i, stem, t.start + strip, false);
      if (a) return a;
    }
    return null;
  }

  /** An atom at `i` obeying `join`, and adjacent to the token before when not first. */
  private atomJ(i: number, join: Join, first: boolean): Atom | null {
    if (!first && !this.adjacent(i)) return null;
    const a = this.atom(i, first, !first && join === 'required');
    if (!a) return null;
    if (first) return a;
    if (join === 'required' && !a.joined) return null;
    if (join === 'none' && a.joined) return null;
    return a;
  }

  private kind(a: Atom | null, kind: NumberWordKind): NumberWord | undefined {
    return a ? entryOfKind(a.entries, kind) : undefined;
  }

  /** 0–99 in words. */
  private below100(i: number, join: Join, first: boolean): PartialReading | null {
    const a = this.atomJ(i, join, first);
    if (!a || a.digits !== null) return null;
    const options: (PartialReading | null)[] = [];
    const teen = this.kind(a, 'teen');
    if (teen) options.push(make(teen.value, a.next, 1));
    const unit = this.kind(a, 'unit');
    const head = this.kind(a, 'teen-head');
    const small = unit && unit.value >= 1 && unit.value <= 9 ? unit : undefined;
    const teenFirst = small ?? head;
    if (teenFirst) {
      const b = this.atomJ(a.next, 'none', false);
      const ten = this.kind(b, 'teen-ten');
      if (b && ten) options.push(make(teenFirst.value + ten.value, b.next, 2));
    }
    if (small) {
      const c = this.atomJ(a.next, 'required', false);
      const tens = this.kind(c, 'ten');
      if (c && tens) options.push(make(small.value + tens.value, c.next, 2));
    }
    const tens = this.kind(a, 'ten');
    if (tens) {
      const d = this.atomJ(a.next, 'required', false);
      const u = this.kind(d, 'unit');
      if (d && u && u.value >= 1 && u.value <= 9) options.push(make(tens.value + u.value, d.next, 2));
      options.push(make(tens.value, a.next, 1));
    }
    if (unit) options.push(make(unit.value, a.next, 1));
    return longest(options);
  }

  /** 0–999 in words, or a digit group. */
  private small(i: number, join: Join, first: boolean): PartialReading | null {
    const a = this.atomJ(i, join, first);
    if (!a) return null;
    if (a.digits !== null) return { value: a.digits, next: a.next, scale: 1, words: false, size: 1 };
    let hundreds: PartialReading | null = null;
    const h = this.kind(a, 'hundred');
    if (h) hundreds = { value: h.value, next: a.next, scale: 1, words: true, size: 1 };
    const unit = this.kind(a, 'unit');
    if (unit && unit.value >= 1 && unit.value <= 9) {
      const b = this.atomJ(a.next, 'none', false);
      const hw = this.kind(b, 'hundred-word');
      if (b && hw) hundreds = { value: unit.value * hw.value, next: b.next, scale: 1, words: true, size: 2 };
    }
    const options: (PartialReading | null)[] = [this.below100(i, join, first)];
    if (hundreds) {
      options.push(hundreds);
      // Standard Arabic joins with و; Egyptian also writes متين تلاتة وستين.
      const rest = this.below100(hundreds.next, 'optional', false);
      if (rest) options.push({ value: hundreds.value + rest.value, next: rest.next, scale: 1, words: true, size: hundreds.size + rest.size });
    }
    return longest(options);
  }

  /** One group: a multiplier and a scale (`ثلاثة ملايين`, `٢٫٥ مليار`, `ربع مليون`), a dual scale, or a small number. */
  private group(i: number, join: Join, first: boolean, below: number): PartialReading | null {
    const options: (PartialReading | null)[] = [];
    const a = this.atomJ(i, join, first);
    if (!a) return null;
    const m = this.small(i, join, first);
    const fraction = this.kind(a, 'fraction');
    const multipliers: PartialReading[] = [];
    if (m) multipliers.push(m);
    if (fraction) multipliers.push({ value: fraction.value, next: a.next, scale: 1, words: true, size: 1 });
    const scaled: PartialReading[] = [];
    for (const mult of multipliers) {
      const s = this.atomJ(mult.next, 'none', false);
      const scale = this.kind(s, 'scale') ?? this.kind(s, 'scale-plural');
      if (s && scale) scaled.push({ value: product(mult.value, scale.value), next: s.next, scale: scale.value, words: mult.words, size: mult.size + 1 });
    }
    const bare = this.kind(a, 'scale');
    if (bare) scaled.push({ value: bare.value, next: a.next, scale: bare.value, words: true, size: 1 });
    const dual = this.kind(a, 'scale-dual');
    if (dual) scaled.push({ value: dual.value, next: a.next, scale: dual.value / 2, words: true, size: 1 });
    for (const option of scaled) {
      const compound = this.compoundScale(option);
      for (const o of compound ? [option, compound] : [option]) if (o.scale < below) options.push(o);
    }
    if (m && below > 1) options.push(m);
    return longest(options);
  }

  /** A larger scale right after a scale multiplies it: `ألف مليار` (10¹²), `ثلاثة آلاف مليار`. */
  private compoundScale(option: PartialReading): PartialReading | null {
    const s = this.atomJ(option.next, 'none', false);
    const larger = this.kind(s, 'scale') ?? this.kind(s, 'scale-plural');
    if (!s || !larger || larger.value <= option.scale) return null;
    return {
      value: product(option.value, larger.value),
      next: s.next,
      scale: option.scale * larger.value,
      words: option.words,
      size: option.size + 1,
    };
  }

  /** Groups joined by و in falling scale, then an optional `ونصف`/`وربع`/`وثلث`. */
  private integer(i: number, join: Join, first: boolean): PartialReading | null {
    const g = this.group(i, join, first, Infinity);
    if (!g) return null;
    const result: PartialReading = { ...g };
    for (let guard = 0; guard < 6 && result.scale > 1; guard++) {
      const h = this.group(result.next, 'required', false, result.scale);
      if (!h || h.scale >= result.scale) break;
      result.value += h.value;
      result.next = h.next;
      result.scale = h.scale;
      result.words = result.words && h.words;
      result.size += h.size;
    }
    const f = this.atomJ(result.next, 'required', false);
    const half = this.kind(f, 'fraction');
    if (f && half && half.value < 1) {
      result.value += half.value * result.scale;
      result.next = f.next;
      result.size += 1;
    }
    return result;
  }

  /** Any number phrase at `i`: negative, decimal with فاصلة, ratio, fraction, integer. */
  private phrase(i: number, first: boolean, negated = false): PartialReading | null {
    const a = this.atomJ(i, 'none', first);
    if (!a) return null;
    const options: (PartialReading | null)[] = [];
    if (this.kind(a, 'negative') && !negated) {
      const rest = this.phrase(a.next, false, true);
      if (rest && this.adjacent(a.next)) options.push({ ...rest, value: -rest.value, size: rest.size + 1 });
    }
    const int = this.integer(i, 'none', first);
    options.push(int);
    const fraction = this.kind(a, 'fraction');
    if (fraction) options.push({ value: fraction.value, next: a.next, scale: 1, words: true, size: 1 });
    const numerator = this.small(i, 'none', first);
    if (numerator) {
      const d = this.atomJ(numerator.next, 'none', false);
      const plural = this.kind(d, 'fraction-plural');
      if (d && plural) options.push({ value: numerator.value / plural.value, next: d.next, scale: 1, words: numerator.words, size: numerator.size + 1 });
    }
    if (int && Number.isInteger(int.value)) {
      const p = this.atomJ(int.next, 'none', false);
      if (p && this.kind(p, 'decimal-point')) {
        const frac = this.integer(p.next, 'none', false);
        if (frac && Number.isSafeInteger(frac.value) && frac.value >= 0 && frac.words === int.words) {
          options.push({ value: Number(`${int.value}.${frac.value}`), next: frac.next, scale: 1, words: int.words, size: int.size + frac.size + 1 });
        }
      }
      const r = int.words ? this.atomJ(int.next, 'none', false) : null;
      if (r && this.kind(r, 'ratio')) {
        const den = this.integer(r.next, 'none', false);
        if (den && den.words && den.value !== 0) {
          options.push({ value: int.value / den.value, next: den.next, scale: 1, words: true, size: int.size + den.size + 1 });
        }
      }
    }
    return longest(options);
  }

  /**
   * Reads the longest phrase starting at token `i`.
   *
   * @param i - token index.
   * @returns the reading, or `null` when no number starts there.
   */
  read(i: number): PhraseReading | null {
    const t = this.tokens[i];
    const before = this.tokens[i - 1];
    if (t?.kind === 'word' && before?.kind === 'digits' && before.end === t.start) return null; // the مليون of ١مليون
    let a = this.atom(i, true);
    if (!a) return null;
    let p = this.phrase(i, true);
    if (t?.kind === 'word' && t.text.startsWith(JOINING_CONJUNCTION) && a.start === t.start) {
      // وأحد عشر and واحد عشر normalize alike: prefer و + أحد عشر, the standard 11.
      this.strippedFirstAt = i;
      const stripped = this.atom(i, true);
      const q = stripped ? this.phrase(i, true) : null;
      this.strippedFirstAt = -1;
      if (stripped && q && (!p || q.next > p.next || (q.next === p.next && this.kind(stripped, 'teen-head')))) {
        a = stripped;
        p = q;
      }
    }
    if (!p) return null;
    if (p.size === 1 && a.digits === null && !this.acceptSingleWord(i, a)) return null;
    const value = p.size === 1 && a.digits === null ? this.singleWordValue(a, p.value) : p.value;
    return { value, start: a.start, next: p.next, size: p.size };
  }

  /** In running text a lone word must be a number by itself, not a word that often means something else. */
  private acceptSingleWord(i: number, a: Atom): boolean {
    if (!this.mode.inText) return true;
    if (a.entries.every((e) => e.standalone === false)) return false;
    if (a.entries.some((e) => e.homonym === 'month') && this.nextToMonthContext(i, a)) return false;
    if (this.kind(a, 'unit')?.value === 1) {
      const before = this.tokens[i - 1];
      if (before && this.adjacent(i) && before.kind === 'word') {
        const word = CONJUNCTIONS.has(before.text[0] as string) ? before.text.slice(1) : '';
        if (PRONOUN_ONE_WORDS.has(before.text) || PRONOUN_ONE_WORDS.has(word)) return false;
      }
    }
    return true;
  }

  /** `10 صفر 1447`, `شهر صفر`: digits beside the word, or شهر before it. */
  private nextToMonthContext(i: number, a: Atom): boolean {
    const before = this.tokens[i - 1];
    const after = this.tokens[a.next];
    if (before && this.adjacent(i) && (before.kind === 'digits' || MONTH_CONTEXT_WORDS.has(before.text))) return true;
    return after !== undefined && this.adjacent(a.next) && after.kind === 'digits';
  }

  /** `خمس` is five, but a fifth before a definite noun (`خمس الفطيرة`). */
  private singleWordValue(a: Atom, value: number): number {
    const unit = this.kind(a, 'unit');
    const fraction = this.kind(a, 'fraction');
    if (!this.mode.inText || !unit || !fraction) return value;
    const after = this.tokens[a.next];
    const definiteNoun =
      after !== undefined && this.adjacent(a.next) && after.kind === 'word' && after.text.startsWith(DEFINITE_ARTICLE) && !NUMBER_LEXICON.has(after.text);
    return definiteNoun ? fraction.value : unit.value;
  }
}
