/**
 * A pattern source for a list of literal words, written as a trie
 * (`خمس(?:ه|ون|ين)?`) instead of a flat alternation (`خمسه|خمسون|خمسين|خمس`).
 *
 * Both match the same words, longest first. The trie is much cheaper to try
 * and to backtrack through: a flat alternation of 250 words compares every
 * word at every attempt, a trie compares one letter per level.
 *
 * @module
 */
import { escapeRegex } from './regex';

interface TrieNode {
  terminal: boolean;
  readonly children: Map<string, TrieNode>;
}

function emit(node: TrieNode): string {
  const branches = [...node.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ch, child]) => `${escapeRegex(ch)}${emit(child)}`);
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  if (!node.terminal) return body;
  // A word may end here or go on: the greedy `?` tries the longer word first.
  return branches.length === 1 && (branches[0] as string).length === 1 ? `${body}?` : `(?:${body})?`;
}

/**
 * Builds a non-capturing pattern source that matches exactly the given words,
 * preferring the longest (like `alternation`).
 *
 * @param words - literal spellings; empty strings and duplicates are ignored.
 * @returns the pattern source, `(?!)` when the list is empty.
 */
export function wordTrie(words: Iterable<string>): string {
  const root: TrieNode = { terminal: false, children: new Map() };
  let count = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    let node = root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) {
        next = { terminal: false, children: new Map() };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.terminal = true;
    count++;
  }
  return count === 0 ? '(?!)' : `(?:${emit(root)})`;
}
