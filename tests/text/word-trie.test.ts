import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRegex } from '../../src/text/regex';
import { wordTrie } from '../../src/text/word-trie';

describe('wordTrie', () => {
  it('matches exactly the words, longest first', () => {
    const source = wordTrie(['خمس', 'خمسه', 'خمسون', 'خمسين', 'ست', 'سته', 'ستون']);
    const whole = buildRegex('test/trie-whole', `^${source}$`);
    for (const w of ['خمس', 'خمسه', 'خمسون', 'خمسين', 'ست', 'سته', 'ستون']) expect(whole.test(w)).toBe(true);
    for (const w of ['خم', 'خمسو', 'س', 'ستين', '']) expect(whole.test(w)).toBe(false);
    expect(buildRegex('test/trie-first', source).exec('خمسون عاما')?.[0]).toBe('خمسون');
  });

  it('escapes pattern characters and never matches for an empty list', () => {
    expect(buildRegex('test/trie-escape', `^${wordTrie(['a.b', 'a+'])}$`).test('a.b')).toBe(true);
    expect(buildRegex('test/trie-escape-2', `^${wordTrie(['a.b'])}$`).test('axb')).toBe(false);
    expect(buildRegex('test/trie-empty', wordTrie([])).test('anything')).toBe(false);
  });

  it('accepts the same strings as a plain alternation (property)', () => {
    const letters = fc.constantFrom(...'ابتسهون');
    const word = fc.array(letters, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), word, (list, probe) => {
        const trie = buildRegex('test/trie-prop', `^${wordTrie(list)}$`);
        expect(trie.test(probe)).toBe(list.includes(probe));
      }),
      { numRuns: 300 },
    );
  });
});
