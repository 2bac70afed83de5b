import { describe, expect, it } from 'vitest';
import { parseArabicNumber } from '../../src/text/numbers';

// parseArabicNumber keeps its answers for short phrases in a bounded map: the answers must not change.
describe('parseArabicNumber answers asked again', () => {
  it('gives the same value the second time, for words, digits and non-numbers', () => {
    const phrases: [string, number | null][] = [
      ['ثلاثة', 3],
      ['عشرين', 20],
      ['حداشر', 11],
      ['٢٫٥', 2.5],
      ['ونصف', 0.5],
      ['شهر', null],
    ];
    for (const [phrase, value] of phrases) {
      expect(parseArabicNumber(phrase)).toBe(value);
      expect(parseArabicNumber(phrase)).toBe(value);
    }
  });

  it('keeps reading right after the map fills up and is cleared', () => {
    expect(parseArabicNumber('خمسة')).toBe(5);
    for (let n = 1; n <= 5000; n++) expect(parseArabicNumber(String(n))).toBe(n);
    expect(parseArabicNumber('خمسة')).toBe(5);
    expect(parseArabicNumber('4999')).toBe(4999);
  });

  it('reads a long phrase (not kept) the same every time', () => {
    const phrase = 'ثلاثمائة وخمسة وعشرون ألفا';
    expect(parseArabicNumber(phrase)).toBe(325_000);
    expect(parseArabicNumber(phrase)).toBe(325_000);
  });
});
