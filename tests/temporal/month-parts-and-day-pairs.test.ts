import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import type { DateValue, RangeValue, TemporalMatch } from '../../src/temporal/types';

// Reference: Tuesday 10 March 2026, which is 21 Ramadan 1447 (Ramadan 1447: 2026-02-18 … 2026-03-19).
const REF = { reference: '2026-03-10' };

function only(text: string, options: Parameters<typeof findTemporal>[1] = REF): TemporalMatch {
  const matches = findTemporal(text, options);
  expect(matches).toHaveLength(1);
  return matches[0]!;
}

function span(match: TemporalMatch): [string, number, number, string | undefined, string | undefined] {
  const value = match.value as DateValue;
  return [match.text, match.index, match.end, value.start, value.end];
}

function rangeDays(match: TemporalMatch): [string, string | undefined, string | undefined] {
  const value = match.value as RangeValue;
  return [match.text, (value.from as DateValue).start, (value.to as DateValue).end];
}

describe('a start, middle or end with a glued «و/ف/ب/ل»', () => {
  it.each([
    ['أواخر عام 2024 وأوائل عام 2025', 'أوائل عام 2025', 16, 30, '2025-01-01', '2025-04-30'],
    ['ومنتصف الشهر المقبل', 'منتصف الشهر المقبل', 1, 19, '2026-04-11', '2026-04-20'],
    ['بنهاية العام الجاري', 'نهاية العام الجاري', 1, 19, '2026-09-01', '2026-12-31'],
    ['فأول العام', 'أول العام', 1, 10, '2026-01-01', '2026-04-30'],
  ])('%s', (text, matched, index, end, start, last) => {
    const matches = findTemporal(text, REF);
    expect(span(matches[matches.length - 1]!)).toEqual([matched, index, end, start, last]);
  });

  it('leaves a word that only looks like a modifier alone', () => {
    expect(findTemporal('ولآخر مرة التقى الزعيمان', REF)).toEqual([]);
    expect(findTemporal('في وسط المدينة', REF)).toEqual([]);
    // «عام ونصف العام» is a duration, not «the middle of the year».
    expect(findTemporal('استمرت المفاوضات عاما ونصف العام', REF).map((m) => [m.kind, m.text])).toEqual([['duration', 'عاما ونصف العام']]);
  });
});

describe('parts of a Hijri month', () => {
  it('a start, middle or end counts days from the month’s first day (1–10, 11–20, 21–end)', () => {
    expect(span(only('أواخر رمضان 1446'))).toEqual(['أواخر رمضان 1446', 0, 16, '2025-03-21', '2025-03-29']);
    expect(span(only('مطلع رمضان 1446'))).toEqual(['مطلع رمضان 1446', 0, 15, '2025-03-01', '2025-03-10']);
    expect((only('منتصف شعبان 1447').value as DateValue).start).toBe('2026-01-30');
  });

  it('«العشر الأواخر» and «العشر الأوائل» are ten days whatever periodParts says', () => {
    const lastTen = only('يكثف المصلون حضورهم في العشر الأواخر من رمضان');
    expect(span(lastTen)).toEqual(['العشر الأواخر من رمضان', 23, 45, '2026-03-10', '2026-03-19']);
    expect((lastTen.value as DateValue).hijri).toEqual({ year: 1447, month: 9 });
    expect(span(only('العشر الأواخر من رمضان', { ...REF, periodParts: 'halves' })).slice(3)).toEqual(['2026-03-10', '2026-03-19']);
    expect(span(only('العشر الأوائل من ذي الحجة')).slice(3)).toEqual(['2025-05-28', '2025-06-06']);
  });

  it('the nth week, day or weekday of a Hijri month', () => {
    const firstWeek = only('الأسبوع الأول من شهر رمضان');
    expect(span(firstWeek)).toEqual(['الأسبوع الأول من شهر رمضان', 0, 26, '2026-02-18', '2026-02-24']);
    expect([(firstWeek.value as DateValue).precision, (firstWeek.value as DateValue).hijri]).toEqual(['week', { year: 1447, month: 9 }]);
    expect(span(only('الأسبوع الأخير من رمضان')).slice(3)).toEqual(['2026-03-13', '2026-03-19']);
    const firstFriday = only('أدى المصلون صلاة أول جمعة من رمضان').value as DateValue;
    expect([firstFriday.start, firstFriday.hijri, firstFriday.known]).toEqual(['2026-02-20', { year: 1447, month: 9, day: 3 }, { month: 9, weekday: 5 }]);
    expect((only('آخر جمعة من شهر رمضان').value as DateValue).start).toBe('2026-03-13');
    expect((only('الجمعة الثانية من رمضان').value as DateValue).start).toBe('2026-02-27');
    const lastDay = only('اليوم الأخير من شعبان').value as DateValue;
    expect([lastDay.start, lastDay.hijri]).toEqual(['2026-02-17', { year: 1447, month: 8, day: 29 }]);
    expect((only('اليوم الأول من رمضان 1446').value as DateValue).start).toBe('2025-03-01');
  });

  it('a Gregorian month keeps whole weeks inside the month', () => {
    expect(span(only('الأسبوع الأول من أكتوبر 2025')).slice(3)).toEqual(['2025-10-06', '2025-10-12']);
  });
});

describe('a count after a plural period that is also a fraction word', () => {
  it.each([
    ['خلال السنوات الخمس المقبلة', 'السنوات الخمس المقبلة', '2027-01-01', '2031-12-31'],
    // «في» before a counted period belongs to the span, as Recognizers reads it.
    ['في السنوات العشر الماضية', 'في السنوات العشر الماضية', '2016-01-01', '2025-12-31'],
    ['السنوات الثلاث الماضية', 'السنوات الثلاث الماضية', '2023-01-01', '2025-12-31'],
  ])('%s', (text, matched, start, end) => {
    expect(rangeDays(only(text))).toEqual([matched, start, end]);
  });
});

describe('«يومي» and «أيام» before consecutive days', () => {
  it('two weekdays, with a dual or plural direction', () => {
    expect(rangeDays(only('تعقد القمة يومي الأحد والاثنين المقبلين في شرم الشيخ'))).toEqual(['يومي الأحد والاثنين المقبلين', '2026-03-15', '2026-03-16']);
    expect(rangeDays(only('في يومي السبت والأحد الماضيين'))).toEqual(['يومي السبت والأحد الماضيين', '2026-03-07', '2026-03-08']);
    // Sunday follows Saturday and Monday follows Sunday, across the end of the ISO week.
    expect(rangeDays(only('يومي الأحد والاثنين'))).toEqual(['يومي الأحد والاثنين', '2026-03-08', '2026-03-09']);
  });

  it('two days of a month', () => {
    const pair = only('تنعقد الدورة يومي 12 و13 مارس');
    expect([...rangeDays(pair), pair.index, pair.end]).toEqual(['يومي 12 و13 مارس', '2026-03-12', '2026-03-13', 13, 29]);
  });

  it('«أيام» before two or more consecutive days of a month', () => {
    const list = only('وتقام الفعاليات أيام 5 و6 و7 أبريل');
    // «تقام» schedules it: this April, 26 days ahead, is nearer than last April (PRESENT_SCHEDULE_MARKERS).
    expect([...rangeDays(list), list.index, list.end]).toEqual(['أيام 5 و6 و7 أبريل', '2026-04-05', '2026-04-07', 16, 34]);
    expect(rangeDays(only('في أيام 28 و29 و30 أكتوبر 2025'))).toEqual(['أيام 28 و29 و30 أكتوبر 2025', '2025-10-28', '2025-10-30']);
  });

  it('«يومي» names exactly two days', () => {
    expect(findTemporal('يومي 12 و13 و14 مارس', REF).some((m) => m.kind === 'range')).toBe(false);
  });

  it('days that are not consecutive are not a range', () => {
    expect(findTemporal('أيام 5 و7 أبريل', REF).some((m) => m.kind === 'range')).toBe(false);
    expect(findTemporal('يومي الأحد والخميس', REF)).toEqual([]);
    expect(findTemporal('يومي 12 و15 مارس', REF).some((m) => m.kind === 'range')).toBe(false);
  });
});

describe('«الثلث الأول/الأوسط/الأخير من» a period is its third, whatever periodParts says', () => {
  it.each([
    ['Gulf, the last third of Ramadan', 'يكثر المعتمرون في الثلث الأخير من شهر رمضان 1447', 'الثلث الأخير من شهر رمضان 1447', '2026-03-10', '2026-03-19'],
    ['Egypt, the first third of next year', 'يتوقع البنك تراجع التضخم في الثلث الأول من العام المقبل', 'الثلث الأول من العام المقبل', '2027-01-01', '2027-04-30'],
    ['Levant, the middle third of a month, halves asked for', 'تجرى الانتخابات في الثلث الأوسط من نيسان 2026', 'الثلث الأوسط من نيسان 2026', '2026-04-11', '2026-04-20'],
  ])('%s', (_, sentence, text, start, end) => {
    const match = only(sentence, { reference: '2026-03-10', periodParts: 'halves' });
    const value = match.value as DateValue;
    expect([match.text, match.index, value.start, value.end]).toEqual([text, sentence.indexOf(text), start, end]);
  });
});
