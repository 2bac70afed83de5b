import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import type { DateValue } from '../../src/temporal/types';

/** The single match of `sentence`, which must be a date. */
function dateIn(sentence: string, reference: string): { text: string; index: number; end: number; value: DateValue } {
  const matches = findTemporal(sentence, { reference });
  expect(matches).toHaveLength(1);
  const [match] = matches;
  if (!match || match.value.type !== 'date') throw new Error(`no date in ${sentence}`);
  return { text: match.text, index: match.index, end: match.end, value: match.value };
}

describe('a duration counted from the reference day', () => {
  it('«قبل يومين» is a day, as Recognizers expects (reference Monday 2016-11-07 → 2016-11-05)', () => {
    const found = dateIn('لقد عدت قبل يومين', '2016-11-07');
    expect(found).toMatchObject({ text: 'قبل يومين', index: 8, end: 17 });
    expect(found.value).toEqual({
      type: 'date',
      calendar: 'gregory',
      precision: 'day',
      known: {},
      implied: { year: 2016, month: 11, day: 5 },
      start: '2016-11-05',
      end: '2016-11-05',
      relative: { unit: 'day', offset: -2 },
    });
  });

  it('«منذ أسبوع» and «بعد أسبوعين» count weeks as seven days', () => {
    expect(dateIn('أغلقت السفارة منذ أسبوع', '2026-01-28').value).toMatchObject({ precision: 'day', start: '2026-01-21', relative: { unit: 'week', offset: -1 } });
    expect(dateIn('تعقد القمة بعد أسبوعين', '2026-01-28').value).toMatchObject({ precision: 'day', start: '2026-02-11', end: '2026-02-11', relative: { unit: 'week', offset: 2 } });
  });

  it('«قبل ثلاثة أشهر» is a month: the text does not pin a day', () => {
    const found = dateIn('وكان الوزير قد زار بغداد قبل ثلاثة أشهر', '2026-01-28');
    expect(found.text).toBe('قبل ثلاثة أشهر');
    expect(found.value).toMatchObject({ precision: 'month', implied: { year: 2025, month: 10 }, start: '2025-10-01', end: '2025-10-31', relative: { unit: 'month', offset: -3 } });
  });

  it('«منذ 3 سنوات» is a year', () => {
    expect(dateIn('يعيش في المنفى منذ 3 سنوات', '2026-01-28').value).toMatchObject({
      precision: 'year',
      implied: { year: 2023 },
      start: '2023-01-01',
      end: '2023-12-31',
      relative: { unit: 'year', offset: -3 },
    });
  });

  it('fractions follow the calendar rule: «منذ شهر ونصف» is a day, «قبل عام ونصف» a month', () => {
    expect(dateIn('بدأت الأزمة منذ شهر ونصف', '2026-01-28').value).toMatchObject({ precision: 'day', start: '2025-12-13', relative: { unit: 'month', offset: -1.5 } });
    expect(dateIn('انسحبت القوات قبل عام ونصف', '2026-01-28').value).toMatchObject({ precision: 'month', start: '2024-07-01', end: '2024-07-31' });
  });

  it('a sum is counted in its smallest unit', () => {
    expect(dateIn('وقع الاتفاق قبل عام وثلاثة أشهر', '2026-01-28').value).toMatchObject({ precision: 'month', start: '2024-10-01', relative: { unit: 'month', offset: -15 } });
  });

  it('clock units keep the reference day unless they make whole days', () => {
    expect(dateIn('انتهى الاجتماع قبل ساعتين', '2026-01-28').value).toMatchObject({ precision: 'day', start: '2026-01-28', relative: { unit: 'hour', offset: -2 } });
    expect(dateIn('بدأ الإضراب منذ 48 ساعة', '2026-01-28').value).toMatchObject({ precision: 'day', start: '2026-01-26' });
  });

  it('reads a glued «و» and the lone singular after an anchor', () => {
    const found = dateIn('وبعد يوم واحد أعلن الجيش الهدنة', '2026-01-28');
    expect(found).toMatchObject({ text: 'بعد يوم واحد', index: 1, end: 13 });
    expect(found.value.start).toBe('2026-01-29');
  });

  it('a bounded duration stays a duration: «منذ أكثر من عامين»', () => {
    const [match] = findTemporal('يعيش اللاجئون في المخيم منذ أكثر من عامين', { reference: '2026-01-28' });
    expect(match).toMatchObject({ kind: 'duration', text: 'أكثر من عامين', value: { iso: 'P2Y', qualifier: 'more-than' } });
  });

  it('«قبل عام 2011» is a year the date parser reads, not one year ago', () => {
    const matches = findTemporal('كان ذلك قبل عام 2011', { reference: '2026-01-28' });
    expect(matches.some((m) => m.value.type === 'date' && m.value.relative?.unit === 'year')).toBe(false);
  });

  it('colloquial «من أسبوع» counts back only at the start of a clause', () => {
    expect(dateIn('من اسبوع', '2013-02-12').value).toMatchObject({ precision: 'day', start: '2013-02-05', relative: { unit: 'week', offset: -1 } });
    expect(dateIn('قال السفير: من أسبوع وصلت الرسالة', '2013-02-12').text).toBe('من أسبوع');
    expect(findTemporal('مدة تتراوح من يومين إلى ثلاثة أيام', { reference: '2026-01-28' }).some((m) => m.kind === 'date')).toBe(false);
  });

  it('a duration tied to another event by «من»/«على» is a length, not a day counted from the reference', () => {
    const iraq = 'وقال المتحدث باسم الحكومة إن الزيارة جاءت بعد أسبوعين من توقيع الاتفاق الأمني.';
    expect(findTemporal(iraq, { reference: '2026-11-30' }).map((m) => [m.kind, m.text, m.index, m.end, m.value.type === 'duration' ? m.value.iso : null])).toEqual([['duration', 'أسبوعين', 46, 53, 'P2W']]);
    const levant = 'وصل الوفد إلى بيروت قبل يومين من الانتخابات النيابية';
    expect(findTemporal(levant, { reference: '2026-11-30' }).map((m) => [m.kind, m.text, m.index, m.value.type === 'duration' ? m.value.iso : null])).toEqual([['duration', 'يومين', 24, 'P2D']]);
    const gulf = 'عاد السفير إلى الدوحة بعد عام على إغلاق السفارة';
    expect(findTemporal(gulf, { reference: '2026-11-30' }).map((m) => [m.kind, m.text, m.index])).toEqual([['duration', 'عام', 26]]);
    // «من الآن» still counts from the reference.
    expect(dateIn('تنتهي المهلة بعد أسبوعين من الآن', '2026-11-30')).toMatchObject({ text: 'بعد أسبوعين من الآن', index: 13, value: { start: '2026-12-14' } });
  });

  it('«من الآن» after the duration counts forward, with or without «بعد»', () => {
    const found = dateIn('سأعود بعد أسبوعين من الآن', '2016-11-07');
    expect(found).toMatchObject({ text: 'بعد أسبوعين من الآن', index: 6, end: 25 });
    expect(found.value.start).toBe('2016-11-21');
    const sum = dateIn('كان لدينا اجتماع 1 شهر و 21 يوم من الآن', '2016-11-07');
    expect(sum).toMatchObject({ text: '1 شهر و 21 يوم من الآن', value: { precision: 'day', start: '2016-12-28' } });
  });
});
