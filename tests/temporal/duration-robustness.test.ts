import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import { parseDuration } from '../../src/temporal/parse-duration';

const reference = '2026-01-28';

/** Words of the duration, ago/later and time readers, so random text exercises them. */
const VOCABULARY = [
  'يوم', 'يومين', 'أيام', 'شهر', 'أشهر', 'عام', 'سنة', 'ساعة', 'ساعتين', 'دقيقة', 'دقائق', 'و', 'ونصف', 'وربع', 'نصف',
  'ثلاثة', 'خمسة', 'عشر', 'أحد', 'عشرين', '3', '10:30', '7', '2025', 'فقط', 'أقل', 'من', 'خلال', 'قبل', 'منذ', 'بعد',
  'لمدة', 'طوال', 'الساعة', 'العاشرة', 'الثانية', 'عشرة', 'إلا', 'ربعا', 'صباحا', 'مساء', 'م', 'إلى', 'بين', 'حتى',
  'منتصف', 'الليل', 'غدا', 'أكتوبر', '،', '.', 'واحد', 'كامل', 'على', 'الأقل',
];

function checkMatches(text: string): void {
  const matches = findTemporal(text, { reference });
  let previousEnd = 0;
  for (const match of matches) {
    expect(match.text).toBe(text.slice(match.index, match.end));
    expect(match.index).toBeGreaterThanOrEqual(previousEnd);
    expect(match.end).toBeGreaterThan(match.index);
    previousEnd = match.end;
    if (match.value.type === 'duration') expect(match.value.iso).toMatch(/^P(?:\d|T\d)/);
    if (match.value.type === 'time') {
      expect(match.value.hour).toBeGreaterThanOrEqual(0);
      expect(match.value.hour).toBeLessThanOrEqual(23);
      expect(match.value.minute).toBeGreaterThanOrEqual(0);
      expect(match.value.minute).toBeLessThanOrEqual(59);
    }
  }
}

describe('duration and time readers on any input', () => {
  it('give consistent, sorted, non-overlapping matches on random sentences of their own words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }), fc.constantFrom(' ', '  ', ' ـ '), (words, gap) => {
        checkMatches(words.join(gap));
      }),
      { numRuns: 1500 },
    );
  });

  it('never throw on arbitrary strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkMatches(text);
        parseDuration(text);
      }),
      { numRuns: 1500 },
    );
    expect(findTemporal('\uD800يومين\uDC00', { reference })).toEqual([expect.objectContaining({ text: 'يومين' })]);
  });

  it('read long repetitive text: every repeated phrase once', () => {
    const repeated = 'بقي يومين فقط ثم عاد الساعة 10:30 مساء. '.repeat(2000);
    const matches = findTemporal(repeated, { reference });
    expect(matches.filter((m) => m.kind === 'duration')).toHaveLength(2000);
    expect(matches.filter((m) => m.kind === 'time')).toHaveLength(2000);
    expect(findTemporal('يوم و'.repeat(20_000), { reference }).every((m) => m.text.length < 100)).toBe(true);
  });
});
