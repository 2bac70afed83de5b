/**
 * The ordinal grammar: reads the longest ordinal phrase starting at a token
 * (`الأول`, `الحادية عشرة`, `الخامس والعشرون`, `العشرون`, `المائة`).
 *
 * @module
 */
import { CONJUNCTION_CLITICS, DEFINITE_ARTICLE, JOINING_CONJUNCTION, LAM_WITH_ARTICLE, PREPOSITION_CLITICS } from '../data/clitics';
import { PERCENT_CLITICS, PERCENT_CONTEXT, type OrdinalWord } from '../data/ordinal-words';
import type { NumberWord } from '../data/number-words';
import { entryOfKind, NUMBER_LEXICON, ORDINAL_LEXICON } from './number-lexicon';
import { normalizeArabic } from './normalize';
import type { TextToken } from './number-tokens';

/** One ordinal word with its article and clitics resolved. */
interface OrdinalAtom {
  readonly ordinals: readonly OrdinalWord[];
  readonly cardinals: readonly NumberWord[];
  readonly definite: boolean;
  readonly joined: boolean;
  readonly start: number;
  readonly next: number;
}

/** An ordinal read by the grammar. */
export interface OrdinalReading {
  /** The ordinal value (3 for `الثالث`). */
  readonly value: number;
  /** Start in the normalized text (after any clitic, at the article). */
  readonly start: number;
  /** Index of the first token after the ordinal. */
  readonly next: number;
}

const CONJUNCTIONS = new Set(CONJUNCTION_CLITICS);
const PREPOSITIONS = new Set(PREPOSITION_CLITICS);
const EMPTY: readonly never[] = [];
const PERCENT_WORDS = new Set(PERCENT_CONTEXT.map(normalizeArabic));
const PERCENT_CLITIC_SET = new Set(PERCENT_CLITICS);

function stemAtom(i: number, text: string, start: number, joined: boolean): OrdinalAtom | null {
  const definite = text.startsWith(DEFINITE_ARTICLE) && text.length > DEFINITE_ARTICLE.length + 1;
  const stem = definite ? text.slice(DEFINITE_ARTICLE.length) : text;
  const ordinals = ORDINAL_LEXICON.get(stem) ?? EMPTY;
  const cardinals = NUMBER_LEXICON.get(stem) ?? EMPTY;
  if (ordinals.length === 0 && cardinals.length === 0) return null;
  return { ordinals, cardinals, definite, joined, start, next: i + 1 };
}

/** A grammar bound to one token list. */
export class OrdinalGrammar {
  private readonly tokens: readonly TextToken[];

  constructor(tokens: readonly TextToken[]) {
    this.tokens = tokens;
  }

  private adjacent(i: number): boolean {
    const t = this.tokens[i];
    const p = this.tokens[i - 1];
    return t !== undefined && p !== undefined && t.start === p.end + 1;
  }

  /** `30 ثانية`, `خمس ثوان`: after a number a bare `ثانية` is the unit of time, not "second". */
  private afterNumber(i: number): boolean {
    const before = this.tokens[i - 1];
    if (!before || !this.adjacent(i)) return false;
    if (before.kind === 'digits') return true;
    const stem = CONJUNCTIONS.has(before.text[0] as string) ? before.text.slice(1) : before.text;
    return before.kind === 'word' && (NUMBER_LEXICON.has(before.text) || NUMBER_LEXICON.has(stem));
  }

  /** `في المائة`, `بالمئة`: per cent, not the hundredth. */
  private isPercent(i: number, a: OrdinalAtom): boolean {
    const t = this.tokens[i] as TextToken;
    const clitic = t.text.slice(0, a.start - t.start);
    if (clitic.length > 0 && PERCENT_CLITIC_SET.has(clitic[clitic.length - 1] as string)) return true;
    const before = this.tokens[i - 1];
    return before !== undefined && this.adjacent(i) && PERCENT_WORDS.has(before.text);
  }

  /** The first word of an ordinal; clitics (و ف ب ل) before it are not part of it. */
  private firstAtom(i: number): OrdinalAtom | null {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return null;
    const direct = stemAtom(i, t.text, t.start, false);
    if (direct && (direct.definite || direct.ordinals.length > 0)) return direct;
    let k = 0;
    if (CONJUNCTIONS.has(t.text[k] as string)) k++;
    if (t.text.startsWith(LAM_WITH_ARTICLE, k)) {
      // «للثالث»: ل + the article without its alef, one written unit: the ordinal starts at «لل».
      const a = stemAtom(i, DEFINITE_ARTICLE + t.text.slice(k + LAM_WITH_ARTICLE.length), t.start + k, false);
      if (a && a.ordinals.length > 0) return a;
    }
    if (PREPOSITIONS.has(t.text[k] as string)) k++;
    for (let strip = k; strip >= 1; strip--) {
      const a = stemAtom(i, t.text.slice(strip), t.start + strip, false);
      if (a && (a.definite || a.ordinals.length > 0) && t.text.length - strip >= 3) return a;
    }
    return direct;
  }

  /** A word after the first, adjacent to it; `و` (attached or alone) sets `joined`. */
  private nextAtom(i: number): OrdinalAtom | null {
    if (!this.adjacent(i)) return null;
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return null;
    if (t.text === JOINING_CONJUNCTION) {
      if (this.tokens[i + 1]?.text === JOINING_CONJUNCTION) return null;
      const inner = this.nextAtom(i + 1);
      return inner && !inner.joined ? { ...inner, joined: true } : null;
    }
    const direct = stemAtom(i, t.text, t.start, false);
    if (direct) return direct;
    return t.text.startsWith(JOINING_CONJUNCTION) ? stemAtom(i, t.text.slice(1), t.start + 1, true) : null;
  }

  /**
   * Reads the longest ordinal starting at token `i`.
   *
   * @param i - token index.
   * @returns the reading, or `null` when no ordinal starts there.
   */
  read(i: number): OrdinalReading | null {
    const a = this.firstAtom(i);
    if (!a) return null;
    if (!a.definite && this.afterNumber(i)) return null;
    const small = this.below100(a);
    if (small) return small;
    if (!a.definite) return null;
    const whole = entryOfKind(a.cardinals, 'ten') ?? entryOfKind(a.cardinals, 'hundred') ?? entryOfKind(a.cardinals, 'scale');
    if (!whole) return null;
    if (whole.value === 100 && this.isPercent(i, a)) return null;
    // المائة والخامسة والعشرون: a hundred, then و and an ordinal below a hundred.
    const c = this.nextAtom(a.next);
    const rest = c?.joined && whole.value >= 100 ? this.below100(c) : null;
    if (rest) return { value: whole.value + rest.value, start: a.start, next: rest.next };
    return { value: whole.value, start: a.start, next: a.next };
  }

  /** 1st–99th from its first word: a unit, a teen (`الحادي عشر`), a compound (`الخامس والعشرون`), or a definite ten. */
  private below100(a: OrdinalAtom): OrdinalReading | null {
    const unit = a.ordinals.find((o) => o.kind === 'unit');
    const compound = a.ordinals.find((o) => o.value <= 9);
    const b = this.nextAtom(a.next);
    if (compound && b && !b.joined && entryOfKind(b.cardinals, 'teen-ten')) {
      return { value: compound.value + 10, start: a.start, next: b.next };
    }
    const ten = b?.joined ? entryOfKind(b.cardinals, 'ten') : undefined;
    if (compound && b && ten) return { value: compound.value + ten.value, start: a.start, next: b.next };
    if (unit) return { value: unit.value, start: a.start, next: a.next };
    const definiteTen = a.definite ? entryOfKind(a.cardinals, 'ten') : undefined;
    return definiteTen ? { value: definiteTen.value, start: a.start, next: a.next } : null;
  }
}
