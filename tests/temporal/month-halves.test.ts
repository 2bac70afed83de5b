import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/index';
import type { DateValue } from '../../src/temporal/types';

const reference = '2026-11-30';

function only(text: string, options: { periodParts?: 'thirds' | 'halves' } = {}) {
  const matches = findTemporal(text, { reference, ...options });
  expect(matches).toHaveLength(1);
  const [match] = matches;
  const value = match!.value as DateValue;
  return { text: match!.text, index: match!.index, start: value.start, end: value.end, precision: value.precision, modifier: value.modifier };
}

describe('halves and first ten days of a month', () => {
  it.each([
    ['Maghreb, second half of a named month', 'يحل العاهل المغربي ضيفا على الرياض في النصف الثاني من شهر يناير 2027.', 'النصف الثاني من شهر يناير 2027', '2027-01-16', '2027-01-31', 'end'],
    ['Levant, first half of next month', 'تُستأنف الجلسات في النصف الأول من الشهر المقبل.', 'النصف الأول من الشهر المقبل', '2026-12-01', '2026-12-15', 'start'],
    ['Gulf, last half of Ramadan 1448', 'تتكثف الزيارات في النصف الأخير من رمضان 1448.', 'النصف الأخير من رمضان 1448', '2027-02-23', '2027-03-08', 'end'],
    ['Iraq, first ten days of this month', 'شهدت الأيام العشرة الأولى من الشهر الجاري اتصالات مكثفة.', 'الأيام العشرة الأولى من الشهر الجاري', '2026-11-01', '2026-11-10', 'start'],
  ])('%s', (_, text, span, start, end, modifier) => {
    expect(only(text)).toEqual({ text: span, index: text.indexOf(span), start, end, precision: 'month', modifier });
  });

  it('a month half is the same whatever periodParts says', () => {
    const text = 'في النصف الثاني من شباط 2026';
    expect(only(text, { periodParts: 'thirds' })).toEqual(only(text, { periodParts: 'halves' }));
    expect(only(text).start).toBe('2026-02-16');
  });

  it('a half of a year stays a half-year period', () => {
    expect(only('خلال النصف الأول من العام المقبل')).toEqual({ text: 'النصف الأول من العام المقبل', index: 5, start: '2027-01-01', end: '2027-06-30', precision: 'half', modifier: undefined });
  });

  it('«الثاني من شهر يناير» alone is still the second of January', () => {
    expect(only('في الثاني من شهر يناير 2027')).toMatchObject({ text: 'الثاني من شهر يناير 2027', start: '2027-01-02', precision: 'day' });
  });
});
