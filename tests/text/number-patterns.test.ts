import { describe, expect, it } from 'vitest';
import { findArabicNumbers, findArabicOrdinals } from '../../src/text/find-numbers';
import { normalizeArabic } from '../../src/text/normalize';
import { NUMBER_PHRASE_SOURCE, ORDINAL_PHRASE_SOURCE } from '../../src/text/number-patterns';
import { parseArabicNumber } from '../../src/text/numbers';
import { parseArabicOrdinal } from '../../src/text/ordinals';
import { buildRegex } from '../../src/text/regex';

const wholeNumber = buildRegex('test/number-phrase-whole', `^(?:${NUMBER_PHRASE_SOURCE})$`);
const anyNumber = buildRegex('test/number-phrase-all', NUMBER_PHRASE_SOURCE, 'g');
const wholeOrdinal = buildRegex('test/ordinal-phrase-whole', `^(?:${ORDINAL_PHRASE_SOURCE})$`);
const anyOrdinal = buildRegex('test/ordinal-phrase-all', ORDINAL_PHRASE_SOURCE, 'g');

const phrases: [string, number][] = [
  ['خمسة وعشرون', 25],
  ['واحد و ثلاثون', 31],
  ['ثلاثة عشر', 13],
  ['إحدى عشرة', 11],
  ['ثلاثمائة وخمسين', 350],
  ['ثلاث مئة وستون', 360],
  ['متين تلاتة وستين', 263],
  ['ثلاثة ملايين وخمسمائة ألف', 3500000],
  ['أحد عشر ألفاً', 11000],
  ['مليونين', 2e6],
  ['3 ملايين', 3e6],
  ['٢٫٥ مليار', 2.5e9],
  ['1,000,000', 1e6],
  ['ثلاثة ونصف', 3.5],
  ['مليون ونصف', 1.5e6],
  ['ثلاثة أرباع', 0.75],
  ['ربع مليون', 250000],
  ['واحد فاصلة خمسة', 1.5],
  ['سالب خمسة', -5],
  ['نصف', 0.5],
];

describe('NUMBER_PHRASE_SOURCE', () => {
  it.each(phrases)('matches %s whole, and parseArabicNumber reads the match', (phrase, value) => {
    const normalized = normalizeArabic(phrase);
    expect(wholeNumber.test(normalized)).toBe(true);
    expect(parseArabicNumber(normalized)).toBeCloseTo(value, 10);
  });

  it('embeds in a larger pattern with a unit after it', () => {
    const days = buildRegex('test/number-days', `(${NUMBER_PHRASE_SOURCE}) (?:ايام|يوما)`);
    expect(days.exec(normalizeArabic('بعد خمسة وعشرين يوماً من الزيارة'))?.[1]).toBe('خمسه وعشرين');
    expect(days.exec(normalizeArabic('وثلاثة أيام'))?.[1]).toBe('ثلاثه');
  });

  it('finds the same spans as findArabicNumbers in running text', () => {
    const text = normalizeArabic('وصل ثلاثة ملايين وخمسمائة ألف لاجئ، ودفعت 1,5 مليار، وبعد خمسة وعشرين يوماً، ثم ١٢ وزيراً وثلاثة أرباع الأعضاء');
    const viaPattern = [...text.matchAll(anyNumber)].map((m) => [m[0], m.index]);
    const viaFinder = findArabicNumbers(text).map((m) => [m.text, m.index]);
    expect(viaPattern).toEqual(viaFinder);
  });

  it('joins digits only to a scale word after them', () => {
    expect([...normalizeArabic('عام 2024 ثلاث زيارات و3 ملايين').matchAll(anyNumber)].map((m) => m[0])).toEqual(['2024', 'ثلاث', '3 ملايين']);
  });

  it('does not start inside a word or after a clitic with fewer than three letters left', () => {
    expect([...'لست متاكدا، الفستان'.matchAll(anyNumber)]).toEqual([]);
  });
});

describe('ORDINAL_PHRASE_SOURCE', () => {
  it.each([
    ['الاولي', 1],
    ['ثاني', 2],
    ['الحاديه عشره', 11],
    ['الخامس والعشرون', 25],
    ['الحادي و العشرين', 21],
    ['العشرون', 20],
    ['المائه', 100],
    ['المائه والخامسه والعشرون', 125],
    ['الالف والاول', 1001],
  ] as [string, number][])('matches %s whole, and parseArabicOrdinal reads the match', (phrase, value) => {
    expect(wholeOrdinal.test(phrase)).toBe(true);
    expect(parseArabicOrdinal(phrase)).toBe(value);
  });

  it('finds the same spans as findArabicOrdinals in running text', () => {
    const text = normalizeArabic('هي الزيارة الثانية له، والحادية عشرة للوفد، في القرن الحادي والعشرين، للمرة الأولى، في الذكرى المئة والخامسة');
    const viaPattern = [...text.matchAll(anyOrdinal)].map((m) => [m[0], m.index]);
    const viaFinder = findArabicOrdinals(text).map((m) => [m.text, m.index]);
    expect(viaPattern).toEqual(viaFinder);
  });

  it('does not match a cardinal', () => {
    expect(wholeOrdinal.test('ثلاثه')).toBe(false);
    expect(wholeOrdinal.test('عشرون')).toBe(false);
  });
});

describe('the phrase sources', () => {
  it.each([
    ['NUMBER_PHRASE_SOURCE', NUMBER_PHRASE_SOURCE],
    ['ORDINAL_PHRASE_SOURCE', ORDINAL_PHRASE_SOURCE],
  ])('%s has no capturing group, so it embeds without shifting group numbers', (_name, source) => {
    const probe = buildRegex('test/phrase-groups', `${source}|`);
    expect(probe.exec('')?.length).toBe(1);
  });
});

