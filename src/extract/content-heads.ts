/**
 * The spellings of the content heads of `CONTENT_HEAD_NOUNS`, with the possessive pronouns of
 * the nouns that take one (`حرص` → `حرصه`، `حرصها`، `حرصهما`، `حرصهم`; `ضرورة` → `ضرورته`).
 *
 * @internal
 * @module
 */
import { THIRD_PERSON_SUFFIXES } from '../data/clitics';
import { CONTENT_HEAD_NOUNS } from '../data/reporting-verbs';

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
    for (const suffix of THIRD_PERSON_SUFFIXES) all.add(stem + suffix);
  }
  spellings = [...all];
  return spellings;
}
