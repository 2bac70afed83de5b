import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeWithMap, originalSpan } from '../../src/text/normalize';

const LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة'];
const NOISE = [
  ...'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670', // harakat, tanwin, shadda, sukun, superscript alef
  '\u0640', // tatweel
  '\u200E', '\u200F', '\u061C', '\u202B', '\u202C', '\u2067', '\u2069', '\u200D', '\u200C', '\uFEFF', // bidi and format
];
const SPACES = [' ', '  ', '\u00A0', '\t', '\n'];
const DIGITS = [...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬'];

/** Arabic-looking text with random marks, tatweel, bidi characters, spaces and digits. */
const noisyArabic = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...LETTERS) },
      { weight: 3, arbitrary: fc.constantFrom(...NOISE) },
      { weight: 2, arbitrary: fc.constantFrom(...SPACES) },
      { weight: 1, arbitrary: fc.constantFrom(...DIGITS) },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe('normalizeWithMap offsets (property)', () => {
  it('maps every span of the normalized text to a substring of the original that normalizes to it', () => {
    fc.assert(
      fc.property(noisyArabic, fc.nat(), fc.nat(), (original, a, b) => {
        const n = normalizeWithMap(original);
        if (n.text.length === 0) return;
        const from = a % n.text.length;
        const to = from + 1 + (b % (n.text.length - from));
        const { index, end } = originalSpan(n, from, to);
        expect(index).toBeLessThan(end);
        expect(normalizeArabic(original.slice(index, end))).toBe(n.text.slice(from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the map the same length as the text and its offsets increasing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (original) => {
        const n = normalizeWithMap(original);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.ends.length).toBe(n.text.length);
        for (let i = 1; i < n.starts.length; i++) expect(n.starts[i]).toBeGreaterThan(n.starts[i - 1] as number);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(noisyArabic, (text) => {
        const once = normalizeArabic(text);
        expect(normalizeArabic(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
