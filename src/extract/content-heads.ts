/**
 * The spellings of the content heads of `CONTENT_HEAD_NOUNS`, with the possessive pronouns of
 * the nouns that take one (`حرص` → `حرصه`، `حرصها`، `حرصهما`، `حرصهم`; `ضرورة` → `ضرورته`).
 *
 * @internal
 * @module
 */
import { THIRD_PERSON_SUFFIXES } from '../data/clitics';
import { CONTENT_HEAD_NOUNS, type ContentHeadNoun } from '../data/reporting-verbs';

let entries: ReadonlyArray<readonly [string, ContentHeadNoun]> | null = null;
let spellings: readonly string[] | null = null;

/**
 * Every written form of every content head with the table entry it comes from, as written
 * (hamza kept; normalize before matching).
 *
 * @returns `[spelling, entry]` pairs, each spelling once (the first entry that writes it).
 */
export function contentHeadEntries(): ReadonlyArray<readonly [string, ContentHeadNoun]> {
  if (entries) return entries;
  const all = new Map<string, ContentHeadNoun>();
  const add = (spelling: string, noun: ContentHeadNoun): void => {
    if (!all.has(spelling)) all.set(spelling, noun);
  };
  for (const noun of CONTENT_HEAD_NOUNS) {
    add(noun.phrase, noun);
    if (!noun.withPronoun) continue;
    // ة becomes ت before a pronoun (`ضرورة` → `ضرورته`).
    const stem = noun.phrase.endsWith('ة') ? `${noun.phrase.slice(0, -1)}ت` : noun.phrase;
    for (const suffix of THIRD_PERSON_SUFFIXES) add(stem + suffix, noun);
  }
  entries = [...all];
  return entries;
}

/**
 * Every written form of every content head, as written (hamza kept; normalize before matching).
 *
 * @returns the phrases, each once.
 */
export function contentHeadSpellings(): readonly string[] {
  spellings ??= contentHeadEntries().map(([spelling]) => spelling);
  return spellings;
}
