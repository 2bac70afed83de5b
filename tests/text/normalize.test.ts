import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeWithMap, originalSpan } from '../../src/text/normalize';

describe('normalizeArabic', () => {
  it('folds alef forms, alef maqsura and ta marbuta', () => {
    expect(normalizeArabic('أإآٱ')).toBe('اااا');
    expect(normalizeArabic('مستشفى الجامعة')).toBe('مستشفي الجامعه');
  });

  it('folds Persian and Urdu letters', () => {
    expect(normalizeArabic('کی')).toBe('كي');
    expect(normalizeArabic('ۀ')).toBe('ه');
  });

  it('removes harakat, tanwin, shadda, superscript alef and tatweel', () => {
    expect(normalizeArabic('الأوَّلُ شَهْرًا هٰذا')).toBe('الاول شهرا هذا');
    expect(normalizeArabic('أكتوبـــر')).toBe('اكتوبر');
  });

  it('removes bidi and format characters', () => {
    expect(normalizeArabic('\u200Fموسكو\u200E \u202Bدمشق\u202C \u2067بغداد\u2069 \u200Dعمان\uFEFF \u061Cتونس')).toBe('موسكو دمشق بغداد عمان تونس');
  });

  it('turns every run of spaces into one space', () => {
    expect(normalizeArabic('في\u00A0\u00A0 ١٥\t\nتشرين')).toBe('في 15 تشرين');
  });

  it('turns both Arabic digit systems and separators into ASCII', () => {
    expect(normalizeArabic('٢٫٥ و١٬٠٠٠ و۱۴۰۴')).toBe('2.5 و1,000 و1404');
  });

  it('gives the same text with and without a surrogate present (native decode and the chunked one agree)', () => {
    const long = 'وصلَ الوفدُ إلى الرباط في ١٥ أيلول ٢٠٢٥ ٫ '.repeat(500);
    expect(long.length).toBeGreaterThan(8192);
    expect(normalizeArabic(`${long}\uD800`)).toBe(`${normalizeArabic(long)}\uD800`);
    expect(normalizeArabic(long).slice(0, 28)).toBe('وصل الوفد الي الرباط في 15 ا');
  });

  it('keeps lone surrogates and other scripts', () => {
    expect(normalizeArabic('a\uD800b 😀')).toBe('a\uD800b 😀');
  });
});

describe('normalizeWithMap and originalSpan', () => {
  it('maps a match in the normalized text back over diacritics', () => {
    const n = normalizeWithMap('في ١٥ تشرينَ الأوّل');
    expect(n.text).toBe('في 15 تشرين الاول');
    expect(originalSpan(n, 6, 17)).toEqual({ index: 6, end: 19 });
  });

  it('covers tatweel and marks inside a word', () => {
    const original = 'زار موسكـــو يومَ الخميس';
    const n = normalizeWithMap(original);
    const at = n.text.indexOf('موسكو');
    const span = originalSpan(n, at, at + 5);
    expect(original.slice(span.index, span.end)).toBe('موسكـــو');
  });

  it('maps collapsed spaces to the whole run', () => {
    const n = normalizeWithMap('a   b');
    expect(n.text).toBe('a b');
    expect(originalSpan(n, 0, 3)).toEqual({ index: 0, end: 5 });
  });

  it('returns an empty span for empty text', () => {
    expect(originalSpan(normalizeWithMap(''), 0, 0)).toEqual({ index: 0, end: 0 });
  });
});
