/**
 * The spellings of the content heads of `CONTENT_HEAD_NOUNS`, with the possessive pronouns of
 * the nouns that take one (`حرص` → `حرصه`، `حرصها`، `حرصهما`، `حرصهم`; `ضرورة` → `ضرورته`).
 *
 * @internal
 * @module
 */
import { CONTENT_HEAD_NOUNS } from '../data/reporting-verbs';

/** Possessive pronouns a head noun takes in news (his, her, their two, their). */
const POSSESSIVE_SUFFIXES = ['ه', 'ها', 'هما', 'هم'] as const;

let spellings: readonly string[] | null = null;

/**
 * Every written form of every content head, as written (hamza kept; normalize before matching).
 *
 * @returns the phrases, each once.
 */
export function contentHeadSpellings(): readonly string[] {
  if (spellings) return spellings;
  const all = new Set<string>();
  for (const noun of CONTENT_HEAD_NOUNS) {
    all.add(noun.phrase);
    if (!noun.withPronoun) continue;
    // ة becomes ت before a pronoun (`ضرورة` → `ضرورته`).
    const stem = noun.phrase.endsWith('ة') ? `${noun.phrase.slice(0, -1)}ت` : noun.phrase;
    for (const suffix of POSSESSIVE_SUFFIXES) all.add(stem + suffix);
  }
  spellings = [...all];
  return spellings;
}
