import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as text from '../../src/text/index';

/** Strings that stress the text functions: any UTF-16 (lone surrogates too), and number-like Arabic. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(fc.constantFrom('خمسة', 'و', 'عشرون', 'ألف', 'مليون', 'ونصف', '٢٫٥', '-', '1,000', '/', 'الحادي', 'عشر', ' ', '،', '\uD800', 'ال', '.', 'فاصلة', 'سالب', 'على'), {
      maxLength: 40,
    })
    .map((parts) => parts.join('')),
);

const finders = {
  normalizeArabic: text.normalizeArabic,
  toLatinDigits: text.toLatinDigits,
  toArabicDigits: (s: string) => text.toArabicDigits(s, 'arabext'),
  parseArabicNumber: text.parseArabicNumber,
  parseArabicOrdinal: text.parseArabicOrdinal,
  findArabicNumbers: text.findArabicNumbers,
  findArabicOrdinals: text.findArabicOrdinals,
};

describe('no exported text function throws on arbitrary strings (property)', () => {
  for (const [name, fn] of Object.entries(finders)) {
    it(name, () => {
      fc.assert(
        fc.property(anyString, (s) => {
          expect(() => fn(s)).not.toThrow();
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('originalSpan stays inside the original for any indices', () => {
    fc.assert(
      fc.property(anyString, fc.integer(), fc.integer(), (s, from, to) => {
        const { index, end } = text.originalSpan(text.normalizeWithMap(s), from, to);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('finder results are sorted, non-overlapping and point at their own text', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        for (const found of [text.findArabicNumbers(s), text.findArabicOrdinals(s)]) {
          let last = 0;
          for (const m of found) {
            expect(m.index).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.index);
            expect(s.slice(m.index, m.end)).toBe(m.text);
            expect(Number.isFinite(m.value)).toBe(true);
            last = m.end;
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('handles a 1 MB string of mixed scripts and returns every number in it', () => {
    const chunk = 'وصل خمسة وعشرون وفداً في ١٥ تشرين الأول 2025 🚀 abc \uD800 ';
    const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const found = text.findArabicNumbers(big);
    const repeats = Math.ceil(1_000_000 / chunk.length);
    expect(found.length).toBe(repeats * 3);
    expect(found[0]).toEqual({ text: 'خمسة وعشرون', index: 4, end: 15, value: 25 });
    expect(text.parseArabicNumber(big)).toBeNull();
    expect(text.parseArabicOrdinal(big)).toBeNull();
  });
});

describe('long runs of joining words do not exhaust the stack', () => {
  it.each([
    ['و ', 'و '.repeat(50_000)],
    ['سالب ', 'سالب '.repeat(50_000)],
    ['الحادي و ', 'الحادي و '.repeat(20_000)],
  ])('%j repeated', (_name, input) => {
    expect(text.findArabicNumbers(input)).toEqual([]);
    expect(text.parseArabicNumber(input)).toBeNull();
    expect(text.parseArabicOrdinal(input)).toBeNull();
    expect(text.findArabicOrdinals(input)).toEqual([]);
  });
});
