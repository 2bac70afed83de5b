import { describe, expect, it } from 'vitest';
import { parseMonthName } from '../../src/calendar/months';
import { findTemporal } from '../../src/temporal/find';
import { parseDate } from '../../src/temporal/parse-date';
import type { DateValue, TemporalMatch, TemporalOptions } from '../../src/temporal/types';

// Wednesday 28 January 2026 (9 Sha'ban 1447): Ramadan 1446 was 2025-03-01 … 2025-03-29, Ramadan 1447 is 2026-02-18 … 2026-03-19.
const REF: TemporalOptions = { reference: '2026-01-28' };

function only(text: string, options: TemporalOptions = REF): TemporalMatch {
  const matches = findTemporal(text, options);
  expect(matches.map((m) => m.text)).toHaveLength(1);
  return matches[0]!;
}

/** What a reader checks: the span and the Gregorian days covered, with the Hijri month and year. */
function read(match: TemporalMatch): [string, number, number, string | undefined, string | undefined, number | undefined, number | undefined] {
  const value = match.value as DateValue;
  return [match.text, match.index, match.end, value.start, value.end, value.hijri?.year, value.hijri?.month];
}

describe('«الشهر الفضيل» / «الشهر الكريم» / «شهر الصوم» are Ramadan', () => {
  it.each(['الشهر الفضيل', 'الشهر الكريم', 'شهر الصوم', 'شهر الصيام', 'الشهر المبارك'])('parseDate(%s) equals parseDate(«رمضان») with the same options', (phrase) => {
    for (const options of [REF, { reference: '2026-01-28', prefer: 'future' as const }, { reference: '2026-03-01', prefer: 'nearest' as const }]) {
      expect(parseDate(phrase, options)).toEqual(parseDate('رمضان', options));
    }
    expect(parseDate(phrase, REF)).toMatchObject({ start: '2025-03-01', end: '2025-03-29', hijri: { year: 1446, month: 9 } });
  });

  it('names the month like «رمضان» does', () => {
    expect(parseMonthName('الشهر الفضيل')).toEqual({ calendar: 'islamic-umalqura', month: 9, dialects: ['hijri'] });
  });

  it.each([
    // Gulf
    ['وتستعد الأسواق لاستقبال الشهر الفضيل بعروض واسعة', 'الشهر الفضيل', 24, 36, '2025-03-01', '2025-03-29', 1446],
    // Egypt
    ['وتقرر تخفيض ساعات العمل خلال الشهر الكريم المقبل', 'الشهر الكريم المقبل', 29, 48, '2026-02-18', '2026-03-19', 1447],
    // Levant
    ['ويحل شهر الصوم هذا العام في الشتاء', 'شهر الصوم هذا العام', 5, 24, '2026-02-18', '2026-03-19', 1447],
    // Maghreb: a Hijri year written after the epithet
    ['وأعلنت الوزارة مواقيت الشهر الفضيل 1447 هـ', 'الشهر الفضيل 1447 هـ', 22, 42, '2026-02-18', '2026-03-19', 1447],
  ])('%s', (text, matched, index, end, start, last, year) => {
    expect(read(only(text))).toEqual([matched, index, end, start, last, year, 9]);
  });

  it('parts of the month: «منتصف الشهر الفضيل», «العشر الأواخر من الشهر الكريم»', () => {
    const middle = only('ويعود الوفد إلى الدوحة منتصف الشهر الفضيل', REF);
    expect([...read(middle), (middle.value as DateValue).modifier]).toEqual(['منتصف الشهر الفضيل', 23, 41, '2025-03-11', '2025-03-20', 1446, 9, 'middle']);
    // Iraq
    const lastTen = only('وتكثر الزيارات في العشر الأواخر من الشهر الكريم المقبل', REF);
    expect([...read(lastTen), (lastTen.value as DateValue).modifier]).toEqual(['العشر الأواخر من الشهر الكريم المقبل', 18, 54, '2026-03-10', '2026-03-19', 1447, 9, 'end']);
  });

  it('the first Friday of «الشهر الكريم»', () => {
    expect(read(only('وتقام الصلاة أول جمعة من الشهر الكريم', { reference: '2026-02-01', prefer: 'future' }))).toEqual(['أول جمعة من الشهر الكريم', 13, 37, '2026-02-20', '2026-02-20', 1447, 9]);
  });
});

describe('other months and uses are unaffected', () => {
  it('«الشهر الماضي/المقبل», «منتصف الشهر» stay the calendar month', () => {
    expect(read(only('وزار الوفد عمان الشهر الماضي'))).toEqual(['الشهر الماضي', 16, 28, '2025-12-01', '2025-12-31', undefined, undefined]);
    expect(read(only('ويصل الوفد منتصف الشهر المقبل'))).toEqual(['منتصف الشهر المقبل', 11, 29, '2026-02-11', '2026-02-20', undefined, undefined]);
    expect(read(only('وتنتهي المهلة أواخر الشهر الجاري'))).toEqual(['أواخر الشهر الجاري', 14, 32, '2026-01-21', '2026-01-31', undefined, undefined]);
  });

  it('«شهر رمضان الكريم» is read once, with its epithet', () => {
    expect(read(only('وتبدأ الدروس مع حلول شهر رمضان الكريم'))).toEqual(['شهر رمضان الكريم', 21, 37, '2025-03-01', '2025-03-29', 1446, 9]);
  });

  it.each([
    'وكرم الشهر الماضي الفائزين', // «الشهر الماضي» only, no Ramadan
    'واعتبر أن الأشهر الحرم لها مكانة خاصة', // the sacred months are four, not Ramadan
    'وقال إن الشهر كان كريما على المزارعين', // «الشهر ... كريما» is no epithet
    'وشكر عبد الكريم الشهري الحضور', // a name
  ])('%s', (text) => {
    expect(findTemporal(text, REF).some((m) => (m.value as DateValue).hijri?.month === 9)).toBe(false);
  });
});

describe('a Hijri month with its epithet keeps the day and the year around it', () => {
  it.each([
    ['Gulf, «رمضان المبارك» and «لعام»', 'أقيمت الصلاة في العشر الأواخر من شهر رمضان المبارك لعام 1447هـ', 'العشر الأواخر من شهر رمضان المبارك لعام 1447هـ', '2026-03-10', '2026-03-19'],
    ['Egypt, a day of «رمضان الكريم»', 'وقع الاتفاق في 5 رمضان الكريم 1447', '5 رمضان الكريم 1447', '2026-02-22', '2026-02-22'],
    ['Iraq, «شعبان المعظم»', 'وقعت الحادثة في منتصف شعبان المعظم 1447', 'منتصف شعبان المعظم 1447', '2026-01-30', '2026-02-08'],
    ['Yemen, «محرم الحرام»', 'يبدأ العام الهجري في الأول من محرم الحرام 1448', 'الأول من محرم الحرام 1448', '2026-06-16', '2026-06-16'],
  ])('%s', (_, sentence, text, start, end) => {
    const match = only(sentence);
    const value = match.value as DateValue;
    expect([match.text, match.index, value.start, value.end]).toEqual([text, sentence.indexOf(text), start, end]);
  });
});
