import { describe, expect, it } from 'vitest';
import { parseArabicNumber } from '../../src/text/numbers';

const cases: [string, number][] = [
  // digits of both systems, separators
  ['٢٠٢٥', 2025],
  ['۱۴۰۴', 1404],
  ['٢٬٥٠٠٬٠٠٠', 2500000],
  ['1,000,000.50', 1000000.5],
  ['٠٫٢٥', 0.25],
  ['.5', 0.5],
  ['25799,52', 25799.52],
  ['12،220,13', 12220.13],
  // units in every gender and case
  ['صفر', 0],
  ['واحدة', 1],
  ['اثنان', 2],
  ['اثنتين', 2],
  ['ثلاث', 3],
  ['ثمانية', 8],
  ['ثماني', 8],
  ['عشر', 10],
  // teens
  ['أحد عشر', 11],
  ['إحدى عشرة', 11],
  ['اثنا عشر', 12],
  ['اثنتي عشرة', 12],
  ['ثلاثة عشر', 13],
  ['ثماني عشرة', 18],
  ['تسعة عشر', 19],
  // tens and compounds, with and without a space after و
  ['عشرون', 20],
  ['تسعين', 90],
  ['خمسة وعشرون', 25],
  ['واحد و ثلاثون', 31],
  ['عشرين وخمسة', 25],
  // hundreds
  ['مائة', 100],
  ['مئتين', 200],
  ['ثلاثمائة وخمسين', 350],
  ['ثلاث مئة وستون', 360],
  ['تسعمئة وتسعة وتسعون', 999],
  // scales
  ['ألف', 1000],
  ['ألفان', 2000],
  ['ثلاثة آلاف', 3000],
  ['أحد عشر ألفاً', 11000],
  ['مئتين وخمسين ألفاً', 250000],
  ['مليون', 1e6],
  ['مليونين', 2e6],
  ['مئتي ألف', 200000],
  ['ألفي', 2000],
  ['ملياري', 2e9],
  ['ثلاثة ملايين وخمسمائة ألف', 3500000],
  ['تسعمائة وتسعة وتسعون ملياراً وتسعمائة وتسعة وتسعون مليوناً وتسعمائة وتسعة وتسعون ألفاً وتسعمائة وتسعة وتسعون', 999999999999],
  ['تريليون', 1e12],
  ['ألف مليون', 1e9],
  ['ألف مليار', 1e12],
  ['ثلاثة آلاف مليار', 3e12],
  // digits with scale words
  ['3 ملايين', 3e6],
  ['٢٫٥ مليار', 2.5e9],
  ['1,5 مليار', 1.5e9],
  ['3 مليون و500 ألف', 3500000],
  // fractions
  ['نصف', 0.5],
  ['ربع', 0.25],
  ['ثلث', 1 / 3],
  ['ثلثان', 2 / 3],
  ['ثلاثة أرباع', 0.75],
  ['خمسة أثمان', 0.625],
  ['ثلاثة ونصف', 3.5],
  ['عشرين وربع', 20.25],
  ['مليون ونصف', 1.5e6],
  ['ألفين ونص', 2500],
  ['ربع مليون', 250000],
  ['نصف مليار', 5e8],
  ['واحد على مائة', 0.01],
  ['واحد من أربعة', 0.25],
  // spoken decimals and negatives
  ['واحد فاصلة خمسة', 1.5],
  ['اثنان فاصلة خمسة وعشرون', 2.25],
  ['سالب خمسة', -5],
  ['ناقص عشرين', -20],
  ['-١٫٥', -1.5],
  ['-12/10', -1.2],
  ['\u22123', -3],
  // Egyptian, Levantine, Iraqi, Gulf, Maghrebi
  ['تلتمية وخمسين', 350],
  ['متين تلاتة وستين', 263],
  ['خمسمية خمسة و عشرين', 525],
  ['حداشر', 11],
  ['اتنين مليون', 2e6],
  ['مية وخمسين', 150],
  ['تسعتعش', 19],
  ['اربعطعش', 14],
  ['ثنتين', 2],
  ['طناش', 12],
  ['جوج', 2],
  ['تسعود', 9],
];

describe('parseArabicNumber', () => {
  it.each(cases)('%s → %d', (text, value) => {
    expect(parseArabicNumber(text)).toBeCloseTo(value, 10);
  });

  it('reads text with diacritics, tatweel and hamza variants', () => {
    expect(parseArabicNumber('خَمْسَةٌ وَعِشْرُونَ')).toBe(25);
    expect(parseArabicNumber('أربعـــة آلاف')).toBe(4000);
    expect(parseArabicNumber('اربعه الاف')).toBe(4000);
  });

  it('keeps decimals times scales exact to 15 significant digits', () => {
    expect(parseArabicNumber('1.1 مليون')).toBe(1100000);
    expect(parseArabicNumber('٠٫٣ مليار')).toBe(300000000);
    expect(parseArabicNumber('4.35 مليار')).toBe(4350000000);
  });

  it('ignores surrounding spaces', () => {
    expect(parseArabicNumber('  سبعة  ')).toBe(7);
  });

  it.each([
    '',
    '   ',
    'ثلاثة أشهر',
    'يومين',
    'آلاف',
    'خمسة خمسة',
    'مليون ألف',
    'أحد',
    'الثلاثة',
    '1.2.3',
    '5-',
    'واحد على صفر',
    'abc',
  ])('returns null for %j', (text) => {
    expect(parseArabicNumber(text)).toBeNull();
  });

  it('reads a clitic before the whole phrase (وخمسة) but nothing else around it', () => {
    expect(parseArabicNumber('وخمسة')).toBe(5);
    expect(parseArabicNumber('خمسة.')).toBeNull();
  });
});
