import { describe, expect, it } from 'vitest';
import { parseArabicOrdinal } from '../../src/text/ordinals';

const cases: [string, number][] = [
  ['الأول', 1],
  ['الأولى', 1],
  ['أول', 1],
  ['ثاني', 2],
  ['الثانية', 2],
  ['الثالث', 3],
  ['ثالثة', 3],
  ['العاشر', 10],
  ['العاشرة', 10],
  ['ثالثاً', 3],
  ['الحادي عشر', 11],
  ['الحادية عشرة', 11],
  ['الثاني عشر', 12],
  ['الثانية عشرة', 12],
  ['التاسع عشر', 19],
  ['العشرون', 20],
  ['العشرين', 20],
  ['الحادي والعشرون', 21],
  ['الحادية و العشرين', 21],
  ['الخامس والعشرون', 25],
  ['خامس وعشرون', 25],
  ['التاسع والتسعون', 99],
  ['التسعون', 90],
  ['المائة', 100],
  ['المئة', 100],
  ['الألف', 1000],
  ['المليون', 1e6],
  ['الثلاثة عشر', 13],
  ['المائة وواحد وعشرون', 121],
  ['التالت', 3],
];

describe('parseArabicOrdinal', () => {
  it.each(cases)('%s → %d', (text, value) => {
    expect(parseArabicOrdinal(text)).toBe(value);
  });

  it('reads diacritics and the hamza-less spellings', () => {
    expect(parseArabicOrdinal('الأُولَى')).toBe(1);
    expect(parseArabicOrdinal('الاولي')).toBe(1);
  });

  it.each(['', 'ثلاثة', 'الثلاثة', 'عشرون', 'الحادي', 'الزيارة الثانية', 'الأول الثاني', 'حادي'])('returns null for %j', (text) => {
    expect(parseArabicOrdinal(text)).toBeNull();
  });
});

describe('parseArabicOrdinal above a hundred', () => {
  it('reads a hundred and an ordinal joined with و', () => {
    expect(parseArabicOrdinal('المئة والخامسة والعشرون')).toBe(125);
    expect(parseArabicOrdinal('المائة والعاشر')).toBe(110);
    expect(parseArabicOrdinal('الألف والأول')).toBe(1001);
  });
});
