/**
 * The full name of a person the article introduced without a title (`حضرها عن الجانب
 * الأذربيجاني جيهون بيراموف`) and later names by the surname alone (`وقال بيراموف إن`).
 *
 * @internal
 * @module
 */
import { THIRD_PERSON_SUFFIXES } from '../data/clitics';
import type { ArticleDocument } from './document';
import { type NameSpan, readName } from './people';

/** Token positions of every word, per document, built once: a lookup per speaker stays constant. */
const positionsByWord = new WeakMap<ArticleDocument, Map<string, number[]>>();

function positionsOf(document: ArticleDocument, word: string): readonly number[] {
  let index = positionsByWord.get(document);
  if (!index) {
    index = new Map();
    for (const token of document.tokens) {
      const list = index.get(token.text);
      if (list) list.push(token.position);
      else index.set(token.text, [token.position]);
    }
    positionsByWord.set(document, index);
  }
  return index.get(word) ?? [];
}

/**
 * Pronoun suffixes a name's first word does not end with (`حضرها جيهون بيراموف` is «حضرها» +
 * a name): all but «ه», which names end with (`طه`، `عبدالله`).
 */
const OBJECT_SUFFIXES = THIRD_PERSON_SUFFIXES.filter((suffix) => suffix.length > 1);

/** How many earlier uses of the word are looked at: the introduction comes early. */
const EARLIER_USES = 8;
/** How many name words may stand before the surname (`محمد علي النفطي`). */
const WORDS_BEFORE = 3;

/**
 * The fullest name ending with the one word at `position`, read at an earlier use of that word:
 * a name the name reader reads there through the word, cut after it, of two words at least.
 *
 * @param document - the prepared article.
 * @param position - the token of a one-word name (a surname).
 * @param officeStarts - token positions where a title starts.
 * @returns the earlier full name, or `null` when the word is never used before as a name's end.
 */
export function earlierFullName(document: ArticleDocument, position: number, officeStarts: ReadonlySet<number>): NameSpan | null {
  const word = document.tokens[position]?.text;
  if (word === undefined) return null;
  const uses = positionsOf(document, word);
  for (let u = 0; u < uses.length && u < EARLIER_USES; u++) {
    const use = uses[u] as number;
    if (use >= position) break;
    for (let start = Math.max(0, use - WORDS_BEFORE); start < use; start++) {
      const name = readName(document, start, officeStarts);
      if (!name || name.from > use || name.to <= use || use + 1 - name.from < 2) continue;
      const first = name.words[0] as string;
      if (OBJECT_SUFFIXES.some((suffix) => first.endsWith(suffix) && first.length > suffix.length + 2)) continue;
      // «مع السيد ناصر بوريطة تتناول …»: the reader may run on past the surname; the name ends on it.
      return { from: name.from, to: use + 1, words: name.words.slice(0, use + 1 - name.from) };
    }
  }
  return null;
}
