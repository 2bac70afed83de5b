import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import type { DateValue, RangeValue } from '../../src/temporal/types';
import { onlyMatch, onlyRange, REF } from './date-helpers';

// Reference: Wednesday 28 January 2026; a missing year is the latest past one.
describe('date ranges', () => {
  it.each([
    ['تستمر الدورة من 12 إلى 15 تشرين الأول', 'من 12 إلى 15 تشرين الأول', '2025-10-12', '2025-10-15'],
    ['يقام المعرض بين 12 و15 أكتوبر', 'بين 12 و15 أكتوبر', '2025-10-12', '2025-10-15'],
    ['المؤتمر 12-15 أكتوبر 2025 في الرياض', '12-15 أكتوبر 2025', '2025-10-12', '2025-10-15'],
    ['المهرجان بداية من الخامس إلى 13 ماي', 'بداية من الخامس إلى 13 ماي', '2025-05-05', '2025-05-13'],
    ['من 28 أيلول إلى 3 تشرين الأول 2025', 'من 28 أيلول إلى 3 تشرين الأول 2025', '2025-09-28', '2025-10-03'],
    ['يوليو 13-15', 'يوليو 13-15', '2025-07-13', '2025-07-15'],
    ['من الثالث والعشرين وحتى السادس والعشرين من شهر تشرين الأول', 'من الثالث والعشرين وحتى السادس والعشرين من شهر تشرين الأول', '2025-10-23', '2025-10-26'],
  ])('%s', (sentence, text, from, to) => {
    expect(onlyRange(sentence)).toEqual([from, to, text]);
  });

  it('«من الأحد إلى الخميس» runs forward', () => {
    expect(onlyRange('الدوام من الأحد إلى الخميس')).toEqual(['2026-01-25', '2026-01-29', 'من الأحد إلى الخميس']);
  });

  it('«حتى نهاية العام» runs from the reference day', () => {
    const [from, to, text] = onlyRange('يستمر التمديد حتى نهاية العام');
    expect([from, to, text]).toEqual(['2026-01-28', '2026-12-31', 'حتى نهاية العام']);
  });

  it('the next N weeks', () => {
    expect(onlyRange('خلال الأسابيع الثلاثة القادمة')).toEqual(['2026-02-02', '2026-02-22', 'الأسابيع الثلاثة القادمة']);
  });

  it('«12 و15» is not a range without «بين»', () => {
    const matches = findTemporal('زار 12 و15 أكتوبر', REF);
    expect(matches.map((m) => m.text)).toEqual(['15 أكتوبر']);
  });

  it('a range keeps both ends as date values with their own fields', () => {
    const [match] = findTemporal('من 12 إلى 15 تشرين الأول 2025', REF);
    const value = match?.value as RangeValue;
    expect((value.from as DateValue).known).toEqual({ day: 12, month: 10, year: 2025 });
    expect((value.to as DateValue).known).toEqual({ day: 15, month: 10, year: 2025 });
  });
});

describe('more ranges', () => {
  it('«بقية الأسبوع» runs from the reference day to the end of the week', () => {
    expect(onlyRange('سيبقى الوفد بقية الأسبوع في القاهرة')).toEqual(['2026-01-28', '2026-02-01', 'بقية الأسبوع']);
  });

  it('the month first, then «بين» and the days', () => {
    expect(onlyRange('تعقد الجلسات تشرين الثاني بين 15 و19')).toEqual(['2025-11-15', '2025-11-19', 'تشرين الثاني بين 15 و19']);
  });

  it('a day range in a relative month', () => {
    expect(onlyRange('المعرض من 4 إلى 22 هذا الشهر')).toEqual(['2026-01-04', '2026-01-22', 'من 4 إلى 22 هذا الشهر']);
  });
});

describe('a dual direction after a range of two weekdays places both ends', () => {
  const reference = { reference: '2026-11-30' }; // a Monday

  it.each([
    ['Gulf, next week', 'أعلنت البحرين تعطيل الدوائر الحكومية من الأحد إلى الثلاثاء المقبلين.', 'من الأحد إلى الثلاثاء المقبلين', '2026-12-06', '2026-12-08'],
    ['Levant, last week: the last day is the most recent', 'أغلقت المدارس من السبت إلى الاثنين الماضيين بسبب العاصفة.', 'من السبت إلى الاثنين الماضيين', '2026-11-21', '2026-11-23'],
    ['Egypt, without a direction: the week around the reference', 'تستمر الحملة من الأحد إلى الخميس.', 'من الأحد إلى الخميس', '2026-11-29', '2026-12-03'],
  ])('%s', (_, sentence, text, from, to) => {
    expect(onlyRange(sentence, reference)).toEqual([from, to, text]);
    expect(onlyMatch(sentence, reference).index).toBe(sentence.indexOf(text));
  });
});
