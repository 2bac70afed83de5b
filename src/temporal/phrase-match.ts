/**
 * Matching the phrases of the data tables (already normalized, single-spaced)
 * right before or right after an offset of normalized text, at word boundaries.
 *
 * @internal
 * @module
 */
import { buildRegex } from '../text/regex';

/** A phrase of one or more normalized words, with what it means. */
export interface Phrase<T> {
  /** The normalized words, single-spaced. */
  readonly text: string;
  readonly meaning: T;
}

const WORD_CHAR = buildRegex('temporal/word-char', '^[\\p{L}\\p{N}\\p{M}]$');

/** `true` for a letter, digit or mark: used for word boundaries around phrases. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** One-letter proclitics that may be glued to a word (`وشهر`، `ليوم`، `وخلال`). */
export const PROCLITICS: ReadonlySet<string> = new Set(['و', 'ل', 'ب', 'ف', 'ك']);

/** Phrases of a list grouped by their first and by their last character, so a lookup tries only a few. */
interface PhraseIndex<T> {
  readonly byFirst: Map<number, Phrase<T>[]>;
  readonly byLast: Map<number, Phrase<T>[]>;
}

const indexes = new WeakMap<readonly Phrase<unknown>[], PhraseIndex<unknown>>();

function indexOf<T>(list: readonly Phrase<T>[]): PhraseIndex<T> {
  let index = indexes.get(list) as PhraseIndex<T> | undefined;
  if (!index) {
    index = { byFirst: new Map(), byLast: new Map() };
    for (const phrase of list) {
      // The list is longest first; each group keeps that order.
      const first = phrase.text.charCodeAt(0);
      const last = phrase.text.charCodeAt(phrase.text.length - 1);
      index.byFirst.set(first, [...(index.byFirst.get(first) ?? []), phrase]);
      index.byLast.set(last, [...(index.byLast.get(last) ?? []), phrase]);
    }
    indexes.set(list, index as PhraseIndex<unknown>);
  }
  return index;
}

/** The phrase of `list` that starts exactly at `offset` and ends at a word end. */
export function phraseAt<T>(text: string, offset: number, list: readonly Phrase<T>[]): { end: number; meaning: T } | null {
  const candidates = indexOf(list).byFirst.get(text.charCodeAt(offset));
  if (!candidates) return null;
  for (const phrase of candidates) {
    if (!text.startsWith(phrase.text, offset)) continue;
    const end = offset + phrase.text.length;
    if (end === text.length || !isWordChar(text[end])) return { end, meaning: phrase.meaning };
  }
  return null;
}

/** The longest phrase of `list` that ends right before `offset` (one space between), at a word start. */
export function phraseBefore<T>(text: string, offset: number, list: readonly Phrase<T>[]): { start: number; meaning: T } | null {
  if (offset < 2 || text.charCodeAt(offset - 1) !== 32) return null;
  const candidates = indexOf(list).byLast.get(text.charCodeAt(offset - 2));
  if (!candidates) return null;
  for (const phrase of candidates) {
    const start = offset - 1 - phrase.text.length;
    if (start < 0 || !text.startsWith(phrase.text, start)) continue;
    const before = start === 0 ? '' : text[start - 1]!;
    if (before === '' || !isWordChar(before)) return { start, meaning: phrase.meaning };
    // A glued proclitic before the phrase («وخلال»، «ولمدة»).
    if (PROCLITICS.has(before) && (start === 1 || !isWordChar(text[start - 2]))) return { start, meaning: phrase.meaning };
  }
  return null;
}

/** The phrase of `list` that starts right after `offset` (one space between) and ends at a word end. */
export function phraseAfter<T>(text: string, offset: number, list: readonly Phrase<T>[]): { end: number; meaning: T } | null {
  if (text.charCodeAt(offset) !== 32) return null;
  const candidates = indexOf(list).byFirst.get(text.charCodeAt(offset + 1));
  if (!candidates) return null;
  for (const phrase of candidates) {
    if (!text.startsWith(phrase.text, offset + 1)) continue;
    const end = offset + 1 + phrase.text.length;
    if (end === text.length || !isWordChar(text[end])) return { end, meaning: phrase.meaning };
  }
  return null;
}

