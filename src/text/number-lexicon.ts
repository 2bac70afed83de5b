/**
 * Lookup maps built once from the number and ordinal tables, keyed by the
 * normalized spelling.
 *
 * @module
 */
import { MONTH_CONTEXT, NUMBER_WORDS, PRONOUN_ONE_CONTEXT, type NumberWord, type NumberWordKind } from '../data/number-words';
import { DIGIT_SUFFIXES } from '../data/digit-suffixes';
import { ORDINAL_WORDS, type OrdinalWord } from '../data/ordinal-words';
import { normalizeArabic } from './normalize';

function groupBy<T>(entries: readonly T[], key: (entry: T) => string): ReadonlyMap<string, readonly T[]> {
  const map = new Map<string, T[]>();
  for (const entry of entries) {
    const k = key(entry);
    const list = map.get(k);
    if (list) list.push(entry);
    else map.set(k, [entry]);
  }
  return map;
}

/** Number words by normalized spelling; one spelling may have several kinds (`عشر`: unit, teen-ten, fraction). */
export const NUMBER_LEXICON: ReadonlyMap<string, readonly NumberWord[]> = groupBy(NUMBER_WORDS, (e) => normalizeArabic(e.spelling));

/** Ordinal words by normalized spelling (without `ال`). */
export const ORDINAL_LEXICON: ReadonlyMap<string, readonly OrdinalWord[]> = groupBy(ORDINAL_WORDS, (e) => normalizeArabic(e.spelling));

/** Normalized words after which a bare `واحد` is a pronoun. */
export const PRONOUN_ONE_WORDS: ReadonlySet<string> = new Set(PRONOUN_ONE_CONTEXT.map(normalizeArabic));

/** Normalized words before a month name (`شهر`). */
export const MONTH_CONTEXT_WORDS: ReadonlySet<string> = new Set(MONTH_CONTEXT.map(normalizeArabic));

/** Normalized letters that may be glued after digits (`2025م`). */
export const DIGIT_SUFFIX_WORDS: ReadonlySet<string> = new Set(DIGIT_SUFFIXES.map(normalizeArabic));

/** The entry of `kind` among a word's readings, if any. */
export function entryOfKind(entries: readonly NumberWord[] | undefined, kind: NumberWordKind): NumberWord | undefined {
  return entries?.find((e) => e.kind === kind);
}

/** Normalized spellings of every number word of the given kinds (for pattern building). */
export function spellingsOf(kinds: readonly NumberWordKind[], filter: (e: NumberWord) => boolean = () => true): string[] {
  return NUMBER_WORDS.filter((e) => kinds.includes(e.kind) && filter(e)).map((e) => normalizeArabic(e.spelling));
}
