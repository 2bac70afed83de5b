/**
 * A phrase lookup built from data tables: phrases are normalized and stored
 * word by word in a trie, then matched on the tokens of a text, longest first,
 * with the clitics Arabic writes joined to a word (`و`، `ف`، `ب`، `ل`، `ك`,
 * and `لل` for `ل` + `ال`). Matching is linear in the number of tokens.
 *
 * @internal
 * @module
 */
import { normalizeArabic } from '../text/normalize';
import { type Token, isPlainGap } from './tokens';

/** Which joined clitics a phrase may carry on its first word. */
export type CliticPolicy = 'none' | 'conjunction' | 'any';

/** One phrase found in the tokens. */
export interface PhraseMatch<T> {
  /** First token position. */
  readonly from: number;
  /** Token position after the last token. */
  readonly to: number;
  /** Start offset in the normalized text, after any clitic. */
  readonly start: number;
  /** End offset (exclusive) in the normalized text. */
  readonly end: number;
  /** The clitic letters that preceded the phrase in its first word (`'و'`, `'وب'`, `''`). */
  readonly clitic: string;
  /** The values stored for the phrase, in the order they were added. */
  readonly values: readonly T[];
  /** The normalized phrase. */
  readonly phrase: string;
}

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  values: T[];
  phrase: string;
}

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), values: [], phrase: '' };
}

/** Readings of a first word with its clitics removed: `[rest, clitic, offset]`. */
function firstWordReadings(word: string, policy: CliticPolicy): Array<[string, string, number]> {
  const readings: Array<[string, string, number]> = [[word, '', 0]];
  if (policy === 'none') return readings;
  const afterConjunction: Array<[string, string, number]> = [[word, '', 0]];
  const first = word[0] ?? '';
  if (CONJUNCTIONS.includes(first) && word.length > 2) {
    readings.push([word.slice(1), first, 1]);
    afterConjunction.push([word.slice(1), first, 1]);
  }
  if (policy === 'conjunction') return readings;
  for (const [rest, clitic, offset] of afterConjunction) {
    const letter = rest[0] ?? '';
    if (!PREPOSITIONS.includes(letter) || rest.length <= 2) continue;
    // ل + ال is written لل: «للعراق» reads «العراق».
    if (letter === 'ل' && rest[1] === 'ل' && rest.length > 3) readings.push([`ا${rest.slice(1)}`, clitic + letter, offset]);
    readings.push([rest.slice(1), clitic + letter, offset + 1]);
  }
  return readings;
}

/** A trie of normalized phrases. */
export class PhraseLexicon<T> {
  private readonly root: TrieNode<T> = newNode<T>();
  private size = 0;

  /**
   * Adds a phrase (normalized here) with a value.
   *
   * @param phrase - the phrase as written in a data table.
   * @param value - what the phrase stands for.
   */
  add(phrase: string, value: T): void {
    const words = normalizeArabic(phrase).trim().split(' ').filter((w) => w.length > 0);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = newNode<T>();
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    node.phrase = words.join(' ');
    this.size++;
  }

  /** How many phrases were added. */
  get count(): number {
    return this.size;
  }

  /**
   * The longest phrase starting at a token.
   *
   * @param text - the normalized text.
   * @param tokens - its tokens.
   * @param position - the token to start at.
   * @param policy - clitics allowed on the first word.
   * @returns the match, or `null`.
   */
  matchAt(text: string, tokens: readonly Token[], position: number, policy: CliticPolicy = 'any'): PhraseMatch<T> | null {
    const first = tokens[position];
    if (!first) return null;
    let best: PhraseMatch<T> | null = null;
    for (const [word, clitic, offset] of firstWordReadings(first.text, policy)) {
      let node = this.root.next.get(word);
      let at = position;
      while (node) {
        if (node.values.length > 0 && (!best || at + 1 > best.to || (at + 1 === best.to && clitic.length < best.clitic.length))) {
          best = {
            from: position,
            to: at + 1,
            start: first.start + offset,
            end: (tokens[at] as Token).end,
            clitic,
            values: node.values,
            phrase: node.phrase,
          };
        }
        const following = tokens[at + 1];
        if (!following || !isPlainGap(text, tokens, at)) break;
        node = node.next.get(following.text);
        at++;
      }
    }
    return best;
  }

  /**
   * Every phrase in the tokens, left to right, longest first, never overlapping.
   *
   * @param text - the normalized text.
   * @param tokens - its tokens.
   * @param policy - clitics allowed on the first word.
   * @param from - first token position to look at.
   * @param to - token position to stop before.
   * @returns the matches in order.
   */
  findAll(text: string, tokens: readonly Token[], policy: CliticPolicy = 'any', from = 0, to = tokens.length): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let position = from;
    while (position < to) {
      const match = this.matchAt(text, tokens, position, policy);
      if (match && match.to <= to) {
        matches.push(match);
        position = match.to;
      } else {
        position++;
      }
    }
    return matches;
  }
}

/**
 * A lexicon of phrases that all mean the same `value` (a flag table: «اختتم», «أنهى» → `true`).
 *
 * @param list - the phrases, as written in their table.
 * @param value - what each of them means.
 * @returns the lexicon.
 */
export function lexiconOf<T>(list: readonly string[], value: T): PhraseLexicon<T> {
  const lexicon = new PhraseLexicon<T>();
  for (const phrase of list) lexicon.add(phrase, value);
  return lexicon;
}
