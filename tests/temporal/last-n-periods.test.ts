import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/index';

const reference = '2026-11-30';

function ranges(text: string) {
  return findTemporal(text, { reference }).map((m) => {
    const v = m.value;
    return [m.text, m.index === text.indexOf(m.text), v.type === 'range' && v.from.type === 'date' ? v.from.start : v.type === 'date' ? v.start : null, v.type === 'range' && v.to.type === 'date' ? v.to.end : v.type === 'date' ? v.end : null];
  });
}

describe('«الأخيرة» after a counted plural is the last N periods', () => {
  it.each([
    ['Egypt, years', 'تضاعفت الصادرات في السنوات العشر الأخيرة.', [['في السنوات العشر الأخيرة', true, '2016-01-01', '2025-12-31']]],
    ['Iraq, months', 'تحسنت الخدمات خلال الأشهر الستة الأخيرة.', [['الأشهر الستة الأخيرة', true, '2026-05-01', '2026-10-31']]],
    ['the same as «الماضية»', 'تحسنت الخدمات خلال الأشهر الستة الماضية.', [['الأشهر الستة الماضية', true, '2026-05-01', '2026-10-31']]],
  ])('%s', (_, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  it('but «الأيام العشرة الأخيرة من» is the end of the month named after it', () => {
    expect(ranges('يعتكف المصلون في الأيام العشرة الأخيرة من رمضان 1447.')).toEqual([['الأيام العشرة الأخيرة من رمضان 1447', true, '2026-03-10', '2026-03-19']]);
  });
});

describe('the last or next N hours are the days they touch', () => {
  it.each([
    ['Iraq, the past 24 hours', 'سجلت وزارة الصحة خلال الساعات الـ24 الماضية 12 إصابة.', [['الساعات الـ24 الماضية', true, '2026-11-29', '2026-11-30']]],
    ['Gulf, the next 72 hours', 'تتوقع الأرصاد أمطارا في الساعات الـ72 المقبلة.', [['في الساعات الـ72 المقبلة', true, '2026-11-30', '2026-12-03']]],
    ['Levant, the past 24 hours in words, the tens with their article', 'سجلت الوزارة 37 إصابة خلال الساعات الأربع والعشرين الماضية.', [['الساعات الأربع والعشرين الماضية', true, '2026-11-29', '2026-11-30']]],
    ['Gulf, the next 48 hours in words', 'تتوقع الأرصاد أمطارا خلال الساعات الثماني والأربعين المقبلة.', [['الساعات الثماني والأربعين المقبلة', true, '2026-11-30', '2026-12-02']]],
    ['Iraq, the past two hours: a dual', 'تراجع القصف خلال الساعتين الماضيتين.', [['الساعتين الماضيتين', true, '2026-11-29', '2026-11-30']]],
    ['Egypt, the last 25 years in words', 'تضاعف عدد السكان خلال السنوات الخمس والعشرين الماضية.', [['السنوات الخمس والعشرين الماضية', true, '2001-01-01', '2025-12-31']]],
  ])('%s', (_, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
