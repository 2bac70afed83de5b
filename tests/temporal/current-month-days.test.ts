import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/index';
import type { DateValue } from '../../src/temporal/types';

const reference = '2026-11-30';

function dates(text: string) {
  return findTemporal(text, { reference }).map((m) => {
    expect(m.index).toBe(text.indexOf(m.text));
    const value = m.value as DateValue;
    return [m.text, value.start, value.end];
  });
}

describe('a day of the current month with «الشهر» left out', () => {
  it.each([
    ['Levant', 'تنطلق الجولة الثانية من المحادثات يوم 15 الجاري في جنيف.', [['15 الجاري', '2026-11-15', '2026-11-15']]],
    ['Gulf, an ordinal in words', 'ويختتم المعرض أعماله في العشرين من الجاري.', [['العشرين من الجاري', '2026-11-20', '2026-11-20']]],
    ['Iraq, «الحالي»', 'صوّت البرلمان في 9 الحالي على القانون.', [['9 الحالي', '2026-11-09', '2026-11-09']]],
    ['a day that the month does not have', 'يستمر التسجيل حتى 31 الجاري.', []],
    ['a feminine adjective agrees with another noun', 'افتتحت الدورة 15 الجارية أعمالها.', []],
  ])('%s', (_, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('a day before «الشهر المقبل» without «من», only when written in digits', () => {
    expect(dates('تبدأ المهلة في 5 الشهر المقبل.')).toEqual([['5 الشهر المقبل', '2026-12-05', '2026-12-05']]);
    expect(dates('يعقد الاجتماع الأول الشهر المقبل.')).toEqual([['الشهر المقبل', '2026-12-01', '2026-12-31']]);
  });
});

describe('an ordinal before «أيام» in construct with a month', () => {
  it.each([
    ['the first day of Ramadan', 'أعلنت الهيئة أن أول أيام شهر رمضان 1448 سيكون الأربعاء.', 'أول أيام شهر رمضان 1448', '2027-02-08'],
    ['the last day of this month', 'تنتهي المهلة آخر أيام الشهر الجاري.', 'آخر أيام الشهر الجاري', '2026-11-30'],
    ['the second day of Shawwal', 'غادر الوفد ثاني أيام شهر شوال 1447.', 'ثاني أيام شهر شوال 1447', '2026-03-21'],
    ['the first day of next month', 'يبدأ التطبيق أول أيام الشهر المقبل.', 'أول أيام الشهر المقبل', '2026-12-01'],
  ])('%s', (_, text, span, iso) => {
    expect(dates(text)[0]).toEqual([span, iso, iso]);
  });
});

describe('the article before a day in digits, «الـ15»', () => {
  it.each([
    ['Gulf, the current month', 'تنطلق الدورة في الـ15 من الشهر الجاري بالرياض.', [['الـ15 من الشهر الجاري', '2026-11-15', '2026-11-15']]],
    ['Egypt, a month name', 'وأعلنت الوزارة يوم الـ20 من نوفمبر موعدا للتسجيل.', [['الـ20 من نوفمبر', '2026-11-20', '2026-11-20']]],
    ['a space after the tatweel, and a year', 'وقعت الاتفاقية في الـ 20 من نوفمبر 2025.', [['الـ 20 من نوفمبر 2025', '2025-11-20', '2025-11-20']]],
    ['an ordinal count is no date', 'وتحتفل الجامعة بالذكرى الـ50 لتأسيسها للمرة الـ15.', []],
  ])('%s', (_, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
