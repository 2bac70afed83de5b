import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/add';
import { toIsoDate } from '../../src/calendar/civil-date';
import { CalendarRangeError } from '../../src/calendar/errors';
import { formatArabicDate } from '../../src/calendar/format';
import type { CivilDate } from '../../src/calendar/types';
import { ARABIC_LOCALES } from './arabic-locales';

function daysOf2025(): CivilDate[] {
  const days: CivilDate[] = [];
  for (let day: CivilDate = { year: 2025, month: 1, day: 1 }; day.year === 2025; day = addDays(day, 1)) days.push(day);
  return days;
}

const DAYS = daysOf2025();
const utc = (date: CivilDate) => new Date(Date.UTC(date.year, date.month - 1, date.day));

describe('formatArabicDate — options', () => {
  it.each([
    [{ dialect: 'levantine' }, '15 تشرين الأول 2025'],
    [{ dialect: 'gulf' }, '15 أكتوبر 2025'],
    [{}, '15 أكتوبر 2025'],
    [{ dialect: 'iraqi', digits: 'arab' }, '١٥ تشرين الأول ٢٠٢٥'],
    [{ dialect: ['levantine', 'gulf'] }, '15 تشرين الأول/أكتوبر 2025'],
    [{ dialect: ['gulf', 'levantine'], digits: 'arab' }, '١٥ أكتوبر/تشرين الأول ٢٠٢٥'],
    [{ dialect: ['algerian', 'gulf'] }, '15 أكتوبر 2025'],
    [{ calendar: 'islamic-umalqura' }, '23 ربيع الآخر 1447 هـ'],
    [{ calendar: 'both', dialect: 'levantine' }, '23 ربيع الآخر 1447 هـ الموافق 15 تشرين الأول 2025 م'],
    [{ calendar: 'both', dialect: 'egyptian', digits: 'arab', weekday: true }, 'الأربعاء، ٢٣ ربيع الآخر ١٤٤٧ هـ الموافق ١٥ أكتوبر ٢٠٢٥ م'],
    [{ weekday: true, dialect: 'levantine' }, 'الأربعاء، 15 تشرين الأول 2025'],
    [{ locale: 'ar-SY' }, '١٥ تشرين الأول ٢٠٢٥'],
    [{ locale: 'ar-SY', digits: 'latn' }, '15 تشرين الأول 2025'],
    [{ locale: 'ar-TN' }, '15 أكتوبر 2025'],
    [{ locale: 'ar-SA-u-ca-islamic-umalqura' }, '٢٣ ربيع الآخر ١٤٤٧ هـ'],
  ] as const)('%o → %s', (options, expected) => {
    expect(formatArabicDate('2025-10-15', options)).toBe(expected);
  });

  it('writes each Maghrebi and Mauritanian name', () => {
    expect(formatArabicDate({ year: 2025, month: 8, day: 15 }, { locale: 'ar-MA', weekday: true })).toBe('الجمعة، 15 غشت 2025');
    expect(formatArabicDate({ year: 2025, month: 7, day: 5 }, { dialect: 'algerian' })).toBe('5 جويلية 2025');
    expect(formatArabicDate({ year: 2025, month: 12, day: 1 }, { dialect: 'mauritanian', digits: 'arab' })).toBe('١ دجمبر ٢٠٢٥');
  });

  it('throws CalendarRangeError for invalid dates, Hijri out of range, non-Arabic locales and a Hijri dialect for a Gregorian month', () => {
    expect(() => formatArabicDate('2025-02-29')).toThrow(CalendarRangeError);
    expect(() => formatArabicDate({ year: 2025, month: 13, day: 1 })).toThrow(CalendarRangeError);
    expect(() => formatArabicDate('1900-01-01', { calendar: 'both' })).toThrow('1924-08-01 … 2077-11-16');
    expect(() => formatArabicDate('2025-10-15', { locale: 'fr-FR' })).toThrow('Invalid locale "fr-FR"');
    expect(() => formatArabicDate('2025-10-15', { dialect: 'hijri' })).toThrow(CalendarRangeError);
  });
});

describe('formatArabicDate equals Intl for every Arabic locale of CLDR', () => {
  it('dateStyle long, every day of 2025 (Gregorian)', () => {
    const mismatches: string[] = [];
    for (const locale of ARABIC_LOCALES) {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      for (const day of DAYS) {
        const expected = intl.format(utc(day));
        const actual = formatArabicDate(day, { locale });
        if (actual !== expected) mismatches.push(`${locale} ${toIsoDate(day)}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('dateStyle full (with the weekday), every day of 2025', () => {
    const mismatches: string[] = [];
    for (const locale of ARABIC_LOCALES) {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
      for (const day of DAYS) {
        const expected = intl.format(utc(day));
        const actual = formatArabicDate(day, { locale, weekday: true });
        if (actual !== expected) mismatches.push(`${locale} ${toIsoDate(day)}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('dateStyle long in the islamic-umalqura calendar, every day of 2025', () => {
    const mismatches: string[] = [];
    for (const base of ARABIC_LOCALES) {
      const locale = `${base}-u-ca-islamic-umalqura`;
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      for (const day of DAYS) {
        const expected = intl.format(utc(day));
        const actual = formatArabicDate(day, { locale });
        if (actual !== expected) mismatches.push(`${locale} ${toIsoDate(day)}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
