import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate, toIsoDate } from '../../src/calendar/civil-date';
import { CalendarRangeError } from '../../src/calendar/errors';
import { daysBetween, firstDayFromTable, firstDayOfWeek, startOfWeek, weekdayOf } from '../../src/calendar/week';
import { ARABIC_LOCALES } from './arabic-locales';

const d = (iso: string) => parseIsoDate(iso)!;

describe('weekdayOf', () => {
  it.each([
    ['2025-10-15', 3],
    ['2026-01-28', 3],
    ['2025-10-17', 5],
    ['2025-10-19', 7],
    ['2025-10-20', 1],
    ['0001-01-01', 1],
  ])('%s is ISO weekday %d', (date, weekday) => {
    expect(weekdayOf(d(date))).toBe(weekday);
  });

  it('agrees with Date#getUTCDay (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1) / 864e5, max: Date.UTC(3000, 0, 1) / 864e5 }), (day) => {
        const date = new Date(day * 864e5);
        const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(weekdayOf(civil)).toBe(date.getUTCDay() === 0 ? 7 : date.getUTCDay());
      }),
    );
  });
});

describe('daysBetween', () => {
  it('counts days from a to b', () => {
    expect(daysBetween(d('2025-10-15'), d('2026-01-28'))).toBe(105);
    expect(daysBetween(d('2026-01-28'), d('2025-10-15'))).toBe(-105);
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(() => daysBetween(d('2024-01-01'), { year: 2025, month: 2, day: 29 })).toThrow(CalendarRangeError);
  });
});

describe('startOfWeek', () => {
  it.each([
    ['2025-10-15', 6, '2025-10-11'],
    ['2025-10-15', 7, '2025-10-12'],
    ['2025-10-15', 1, '2025-10-13'],
    ['2025-10-11', 6, '2025-10-11'],
    ['2026-01-01', 6, '2025-12-27'],
  ])('week of %s starting on %d begins %s', (date, weekStart, expected) => {
    expect(toIsoDate(startOfWeek(d(date), weekStart))).toBe(expected);
  });

  it('throws for a week start outside 1–7', () => {
    expect(() => startOfWeek(d('2025-10-15'), 0)).toThrow('Invalid week start 0: valid range is 1–7 (1 = Monday … 7 = Sunday)');
  });
});

describe('firstDayOfWeek', () => {
  it.each([
    ['ar-SY', 6],
    ['ar-EG', 6],
    ['ar-SA', 7],
    ['ar-MA', 1],
    ['ar', 6],
  ])('%s starts the week on %d', (locale, firstDay) => {
    expect(firstDayOfWeek(locale)).toBe(firstDay);
  });

  it('the fallback table agrees with Intl week info for every Arabic locale', () => {
    const probe = new Intl.Locale('ar-SA') as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const hasWeekInfo = typeof probe.getWeekInfo === 'function' || probe.weekInfo !== undefined;
    if (!hasWeekInfo) return; // nothing to compare against on this ICU
    const differences = ARABIC_LOCALES.filter((locale) => firstDayFromTable(new Intl.Locale(locale)) !== firstDayOfWeek(locale));
    expect(differences).toEqual([]);
  });

  it('throws CalendarRangeError for a malformed tag', () => {
    expect(() => firstDayOfWeek('ar_SY!!')).toThrow(CalendarRangeError);
  });
});
