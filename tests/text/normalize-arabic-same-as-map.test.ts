import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeWithMap } from '../../src/text/normalize';

// normalizeArabic folds in its own loop (no offset map): it must give exactly the text of normalizeWithMap.
const PIECES = [' ', '  ', '\t', '\n', '\u00a0', '\u064e', '\u0651', '\u0640', '\u200f', '\u2066', 'أ', 'إ', 'آ', 'ى', 'ة', 'ک', '١', '۳', '٫', '٬', 'a', 'Z', '\ud83d\ude00', '\ud800', '\udc00', 'تشرين', 'الأوّل'];

describe('normalizeArabic is the text of normalizeWithMap', () => {
  it('on Arabic news written in several regions', () => {
    for (const text of ['زارَ الرئيسُ موسكو في ١٥ تشرينَ الأوّل', 'وصل الوفد يوم الأربعاء ٣ آذار/مارس ٢٠٢٦', 'عاد بعد ثلاثة أشهُرٍ ونِصف', '  ما  بين  ١٢ و١٥ أكتوبــر  ']) {
      expect(normalizeArabic(text)).toBe(normalizeWithMap(text).text);
    }
    expect(normalizeArabic('زارَ الرئيسُ موسكو في ١٥ تشرينَ الأوّل')).toBe('زار الرئيس موسكو في 15 تشرين الاول');
  });

  it('on any string of UTF-16 units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => normalizeArabic(text) === normalizeWithMap(text).text), { numRuns: 3000 });
  });

  it('on mixes of spaces, marks, format characters and folded letters, short and past the native decoder threshold', () => {
    const mix = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((parts) => parts.join(''));
    fc.assert(fc.property(mix, (text) => normalizeArabic(text) === normalizeWithMap(text).text), { numRuns: 3000 });
  });
});
