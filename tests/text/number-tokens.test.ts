import { describe, expect, it } from 'vitest';
import { readDigits, tokenize } from '../../src/text/number-tokens';

describe('tokenize', () => {
  it('splits words, digit groups with their separators, and punctuation', () => {
    expect(tokenize('في 1,000.5 دولار، .77').map((t) => [t.kind, t.text, t.start, t.end])).toEqual([
      ['word', 'في', 0, 2],
      ['digits', '1,000.5', 3, 10],
      ['word', 'دولار', 11, 16],
      ['punct', '،', 16, 17],
      ['digits', '.77', 18, 21],
    ]);
  });

  it('ends a digit group at a separator not followed by a digit', () => {
    expect(tokenize('2025, 2026.').map((t) => t.text)).toEqual(['2025', ',', '2026', '.']);
  });
});

describe('readDigits', () => {
  it.each([
    ['2025', 2025],
    ['01.10', 1.1],
    ['.77', 0.77],
    ['1,000,000', 1e6],
    ['100,000.0', 100000],
    ['26،013', 26013],
    ['25799,52', 25799.52],
    ['26،013,94', 26013.94],
    ['1,5', 1.5],
    ['9,2321312', 9.2321312],
  ] as [string, number][])('%s → %d', (text, value) => {
    expect(readDigits(text)).toBe(value);
  });

  it.each(['1.2.3', '10,5,3', '1,00,000', '1.000,5'])('rejects %s', (text) => {
    expect(readDigits(text)).toBeNull();
  });
});
