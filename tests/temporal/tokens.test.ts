import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, WordShapes } from '../../src/temporal/tokens';
import { UNIT_TOKENS } from '../../src/temporal/durations/lexicon';
import { normalizeArabic } from '../../src/text/normalize';

describe('tokenize', () => {
  it('cuts words, clock numbers and punctuation with their offsets (Levant)', () => {
    const text = normalizeArabic('وصل الوفد الساعة 10:30، بعد يومين.');
    expect(tokenize(text).map((t) => [t.text, t.start, t.end])).toEqual([
      ['وصل', 0, 3],
      ['الوفد', 4, 9],
      ['الساعه', 10, 16],
      ['10:30', 17, 22],
      ['،', 22, 23],
      ['بعد', 24, 27],
      ['يومين', 28, 33],
      ['.', 33, 34],
    ]);
  });

  it('gives each token the text between its offsets (any string)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ابت سه،.:0123456789وني') }), (text) => {
        for (const token of tokenize(text)) expect(token.text).toBe(text.slice(token.start, token.end));
      }),
      { numRuns: 300 },
    );
  });
});

describe('WordShapes', () => {
  const units = new WordShapes(UNIT_TOKENS);

  it('lets every word of its set through', () => {
    for (const word of UNIT_TOKENS) expect(units.mayBe(` ${word} `, 1, word.length + 1), word).toBe(true);
  });

  it('stops most other words of a news sentence (Gulf)', () => {
    const text = normalizeArabic('وأكد المتحدث باسم الحكومة في مؤتمر صحفي أن الوفد أمضى أسبوعين في الدوحة');
    const tokens = tokenize(text);
    const passed = tokens.filter((t) => units.mayBe(text, t.start, t.end)).map((t) => t.text);
    expect(passed).toContain('اسبوعين');
    // Words shaped like a unit («الحكومه» like «الدقيقه») pass too; the set lookup then decides.
    expect(passed.length).toBeLessThan(tokens.length / 2);
  });
});
