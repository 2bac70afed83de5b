import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import { parseDate } from '../../src/temporal/parse-date';
import { onlyDate, REF, startOf } from './date-helpers';

describe('full dates in every dialect and both digit systems', () => {
  it.each([
    ['وصل الوفد في 15 تشرين الأول 2025 إلى دمشق', '15 تشرين الأول 2025', '2025-10-15'], // Levant
    ['عقدت القمة يوم ١٥ أكتوبر ٢٠٢٥م في القاهرة', '١٥ أكتوبر ٢٠٢٥م', '2025-10-15'], // Egypt, Arabic-Indic digits, م
    ['استقبل الملك الضيف في 3 شتنبر 2024 بالرباط', '3 شتنبر 2024', '2024-09-03'], // Morocco
    ['انطلقت الدورة يوم 14 جويلية 2025 بالجزائر', '14 جويلية 2025', '2025-07-14'], // Algeria
    ['زار الوزير بغداد في 2 مايس 2025', '2 مايس 2025', '2025-05-02'], // Iraq
    ['وقّع الاتفاق في 9 دجنبر 2023', '9 دجنبر 2023', '2023-12-09'], // Morocco
    ['وصل في 12 أوت 2025 إلى تونس', '12 أوت 2025', '2025-08-12'], // Tunisia
    ['أعلنت الدوحة في 5 يونيو 2025', '5 يونيو 2025', '2025-06-05'], // Gulf
  ])('%s', (sentence, text, iso) => {
    const value = onlyDate(sentence);
    expect(value.text).toBe(text);
    expect(value.index).toBe(sentence.indexOf(text));
    expect([value.precision, value.start, value.end]).toEqual(['day', iso, iso]);
    expect(value.implied).toEqual({});
  });

  it('reads a combined month form as one month', () => {
    const value = onlyDate('التقى الوزيران في 15 تشرين الأول/أكتوبر 2025');
    expect([value.text, value.start]).toEqual(['15 تشرين الأول/أكتوبر 2025', '2025-10-15']);
    expect(onlyDate('صدر القرار في 3 أبريل (نيسان) 2024').start).toBe('2024-04-03');
  });

  it('reads ordinal days and years in words', () => {
    expect(onlyDate('الخامس عشر من تشرين الأول 2025').start).toBe('2025-10-15');
    const tenth = onlyDate('في العاشر من سبتمبر، ألفين');
    expect([tenth.text, tenth.start, tenth.known]).toEqual(['العاشر من سبتمبر، ألفين', '2000-09-10', { year: 2000, month: 9, day: 10 }]);
    expect(onlyDate('في الحادي والعشرين من آذار عام ألفين وخمسة وعشرين').start).toBe('2025-03-21');
  });

  it('reads digits-only dates, day first or ISO', () => {
    expect(onlyDate('بتاريخ 15/10/2025 صدر البيان').start).toBe('2025-10-15');
    expect(onlyDate('صدر البيان 2025-10-15 مساء').start).toBe('2025-10-15');
    expect(onlyDate('صدر في ١٥‏/١٠‏/٢٠٢٥').start).toBe('2025-10-15');
    expect(onlyDate('في 15.10.2025').start).toBe('2025-10-15');
  });

  it('merges a weekday with the date after it and warns when they disagree', () => {
    const value = onlyDate('الأربعاء 15 أكتوبر 2025');
    expect([value.text, value.start, value.known.weekday, value.warnings]).toEqual(['الأربعاء 15 أكتوبر 2025', '2025-10-15', 3, undefined]);
    expect(onlyDate('الخميس، 15 أكتوبر 2025').warnings?.[0]).toContain('2025-10-15');
  });

  it('does not read impossible days', () => {
    expect(parseDate('31 شباط 2025')).toBeNull();
    expect(startOf(parseDate('30 نيسان 2025'))).toBe('2025-04-30');
    expect(parseDate('31 نيسان 2025')).toBeNull();
    expect(startOf(parseDate('29 شباط 2024'))).toBe('2024-02-29');
    expect(parseDate('29 شباط 2025')).toBeNull();
  });
});

describe('partial dates resolved against the reference (2026-01-28)', () => {
  it('«15 تشرين الأول الماضي» is 2025-10-15 with the year implied', () => {
    const value = onlyDate('زار موسكو في 15 تشرين الأول الماضي');
    expect(value.known).toEqual({ day: 15, month: 10 });
    expect(value.implied).toEqual({ year: 2025 });
    expect(value.start).toBe('2025-10-15');
  });

  it('«3 آذار المقبل» is the next one', () => {
    expect(onlyDate('تعقد القمة في 3 آذار المقبل').start).toBe('2026-03-03');
  });

  it('a month with a year, or with a direction word, is a month', () => {
    const october = onlyDate('في أكتوبر 2025 أعلن');
    expect([october.precision, october.start, october.end]).toEqual(['month', '2025-10-01', '2025-10-31']);
    const last = onlyDate('منذ تشرين الأول الماضي');
    expect([last.precision, last.start, last.end, last.implied]).toEqual(['month', '2025-10-01', '2025-10-31', { year: 2025 }]);
    expect(onlyDate('في مارس من العام الجاري').start).toBe('2026-03-01');
  });

  it('prefer decides a day and month without a year', () => {
    expect(startOf(parseDate('15 آب', REF))).toBe('2025-08-15');
    expect(startOf(parseDate('15 آب', { ...REF, prefer: 'future' }))).toBe('2026-08-15');
    expect(startOf(parseDate('15 شباط', { ...REF, prefer: 'nearest' }))).toBe('2026-02-15');
  });

  it('a year alone needs a year noun or an era marker', () => {
    const year = onlyDate('خلال عام 2025');
    expect([year.precision, year.start, year.end, year.known]).toEqual(['year', '2025-01-01', '2025-12-31', { year: 2025 }]);
    expect(onlyDate('تأسست سنة 1990م').start).toBe('1990-01-01');
    expect(onlyDate('في عام ألفين وعشرين').start).toBe('2020-01-01');
  });
});

describe('Hijri dates', () => {
  it('«23 ربيع الآخر 1447 هـ» keeps the Hijri parts and gives the Gregorian day', () => {
    const value = onlyDate('صدر المرسوم في 23 ربيع الآخر 1447 هـ');
    expect(value.calendar).toBe('islamic-umalqura');
    expect(value.hijri).toEqual({ year: 1447, month: 4, day: 23 });
    expect([value.start, value.end]).toEqual(['2025-10-15', '2025-10-15']);
  });

  it('«رمضان 1446» is the whole month', () => {
    const value = onlyDate('في رمضان 1446');
    expect([value.precision, value.start, value.end]).toEqual(['month', '2025-03-01', '2025-03-29']);
  });

  it('«غرة رمضان» is the first of the latest Ramadan (prefer past)', () => {
    const value = onlyDate('يبدأ الصيام غرة رمضان');
    expect([value.start, value.known, value.implied]).toEqual(['2025-03-01', { day: 1, month: 9 }, { year: 1446 }]);
  });

  it('«1447هـ» is the Hijri year', () => {
    const value = onlyDate('ميزانية 1447هـ');
    expect([value.precision, value.start, value.end]).toEqual(['year', '2025-06-26', '2026-06-15']);
  });

  it('«في شهر رمضان» is a month', () => {
    expect(onlyDate('في شهر رمضان').start).toBe('2025-03-01');
  });

  it('a 30th of a 29-day Umm al-Qura month is the day after the 29th (a sighted month has it); a 31st is not a date', () => {
    expect(startOf(parseDate('30 ذو الحجة 1446 هـ'))).toBe('2025-06-26');
    expect(startOf(parseDate('29 ذو الحجة 1446 هـ'))).toBe('2025-06-25');
    expect(parseDate('31 ذو الحجة 1446 هـ')).toBeNull();
  });

  it('«الموافق» before an ordinal day with the lam of «ل» is one match: «… 1448هـ الموافق للتاسع والعشرين من نوفمبر 2026م»', () => {
    const sentence = 'صدر القرار في 19 جمادى الآخرة 1448هـ الموافق للتاسع والعشرين من نوفمبر 2026م';
    const date = onlyDate(sentence);
    expect([date.text, date.index, date.start, date.hijri]).toEqual(['19 جمادى الآخرة 1448هـ الموافق للتاسع والعشرين من نوفمبر 2026م', 14, '2026-11-29', { year: 1448, month: 6, day: 19 }]);
  });

  it('a الموافق double date in either order is one match', () => {
    const hijriFirst = onlyDate('23 ربيع الآخر 1447 هـ الموافق 15 تشرين الأول 2025');
    expect([hijriFirst.start, hijriFirst.hijri, hijriFirst.warnings]).toEqual(['2025-10-15', { year: 1447, month: 4, day: 23 }, undefined]);
    const gregorianFirst = onlyDate('الأربعاء 15 أكتوبر 2025 (الموافق 23 ربيع الآخر 1447 هـ)');
    expect([gregorianFirst.start, gregorianFirst.calendar, gregorianFirst.hijri?.day]).toEqual(['2025-10-15', 'gregory', 23]);
  });

  it('a double date whose halves disagree says so', () => {
    const value = onlyDate('1 ربيع الآخر 1447 هـ الموافق 15 تشرين الأول 2025');
    expect(value.start).toBe('2025-10-15');
    expect(value.warnings?.[0]).toContain('22 days');
  });
});

describe('«الفاتح من» a month is its first day (Maghreb)', () => {
  const reference = { reference: '2026-11-30' };

  it.each([
    ['Mauritania', 'وأدى الرئيس اليمين في الفاتح من أغشت 2024.', 'الفاتح من أغشت 2024', '2024-08-01'],
    ['Algeria, the past one', 'تحيي الجزائر ذكرى الفاتح من نوفمبر', 'الفاتح من نوفمبر', '2026-11-01'],
    ['Morocco, «شهر» and a direction', 'تدخل الزيادة حيز التنفيذ في الفاتح من شهر يناير المقبل', 'الفاتح من شهر يناير المقبل', '2027-01-01'],
  ])('%s', (_, sentence, text, iso) => {
    const value = onlyDate(sentence, reference);
    expect([value.text, value.index, value.start, value.end, value.known.day]).toEqual([text, sentence.indexOf(text), iso, iso, 1]);
  });

  it('needs «من»: «محمد الفاتح» before «مارس» (practised) is a name', () => {
    expect(findTemporal('قال إن السلطان محمد الفاتح مارس ضغوطا على البندقية', reference)).toEqual([]);
  });

  it('Morocco: «فاتح» without the article before a month is its first day too; «فاتح بيرول» is a name', () => {
    const sentence = 'يدخل القانون حيز التنفيذ ابتداء من فاتح يناير 2027.';
    const value = onlyDate(sentence, reference);
    expect([value.text, value.index, value.start, value.known.day]).toEqual(['فاتح يناير 2027', sentence.indexOf('فاتح'), '2027-01-01', 1]);
    expect(findTemporal('ويلقي فاتح بيرول كلمة أمام المؤتمر', reference)).toEqual([]);
  });
});
