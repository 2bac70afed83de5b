import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/temporal/parse-duration';

describe('parseDuration', () => {
  it('reads the whole string with its qualifier', () => {
    expect(parseDuration('ثلاثة أشهر ونصف')).toEqual({ type: 'duration', iso: 'P3.5M', parts: { months: 3.5 }, qualifier: null });
    expect(parseDuration('أقل من 4 أشهر')).toEqual({ type: 'duration', iso: 'P4M', parts: { months: 4 }, qualifier: 'less-than' });
    expect(parseDuration('يومين فقط')).toEqual({ type: 'duration', iso: 'P2D', parts: { days: 2 }, qualifier: 'only' });
    expect(parseDuration('خلال ثلاثة أشهر ونصف')).toEqual({ type: 'duration', iso: 'P3.5M', parts: { months: 3.5 }, qualifier: 'within' });
    expect(parseDuration('ما لا يقل عن عامين')).toEqual({ type: 'duration', iso: 'P2Y', parts: { years: 2 }, qualifier: 'at-least' });
    expect(parseDuration('على الأكثر ثلاث ساعات')).toEqual({ type: 'duration', iso: 'PT3H', parts: { hours: 3 }, qualifier: 'at-most' });
  });

  it('reads a bare singular as one unit when it is the whole string', () => {
    expect(parseDuration('شهر')?.iso).toBe('P1M');
    expect(parseDuration('اسبوع')?.iso).toBe('P1W');
    expect(parseDuration('ثانية')?.iso).toBe('PT1S');
    expect(parseDuration('عام')?.iso).toBe('P1Y');
    expect(parseDuration('قرن')?.parts).toEqual({ centuries: 1 });
  });

  it('reads both duals, both digit systems and words', () => {
    expect(parseDuration('يومان')?.iso).toBe('P2D');
    expect(parseDuration('يومين')?.iso).toBe('P2D');
    expect(parseDuration('عامان')?.iso).toBe('P2Y');
    expect(parseDuration('سنتين')?.iso).toBe('P2Y');
    expect(parseDuration('٣ سنوات')?.iso).toBe('P3Y');
    expect(parseDuration('3.5 سنوات')?.iso).toBe('P3.5Y');
    expect(parseDuration('123.45 ثانية')?.iso).toBe('PT123.45S');
    expect(parseDuration('سبع اسابيع')?.iso).toBe('P7W');
    expect(parseDuration('خمسة ساعات')?.iso).toBe('PT5H');
  });

  it('allows a leading «لمدة» and surrounding punctuation', () => {
    expect(parseDuration('لمدة ثلاثة أشهر')?.iso).toBe('P3M');
    expect(parseDuration('«عام وثلاثة أشهر»،')?.iso).toBe('P1Y3M');
    expect(parseDuration('  نصف عام. ')?.iso).toBe('P0.5Y');
  });

  it('answers null for anything that is not one whole duration', () => {
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('زار موسكو')).toBeNull();
    expect(parseDuration('ثلاثة أشهر في موسكو')).toBeNull();
    expect(parseDuration('15 تشرين الأول')).toBeNull();
    expect(parseDuration('أيام')).toBeNull();
    expect(parseDuration('عام 2025')).toBeNull();
    expect(parseDuration('شهرين ثم ثلاثة أيام')).toBeNull();
    // «قبل يومين» is a date (two days ago), read by parseDate.
    expect(parseDuration('قبل يومين')).toBeNull();
    expect(parseDuration('منذ 3 سنوات')).toBeNull();
    expect(parseDuration('ي'.repeat(1_000_000))).toBeNull();
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const value = parseDuration(text);
        expect(value === null || value.type === 'duration').toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ثلاثة', 'أشهر', 'و', 'ونصف', 'يومين', 'فقط', 'أقل', 'من', '4', ' ', '،', 'عام'), { maxLength: 30 }), (words) => {
        const value = parseDuration(words.join(' '));
        expect(value === null || /^P/.test(value.iso)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
