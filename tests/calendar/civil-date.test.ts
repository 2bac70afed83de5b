import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCivilDates, daysInMonth, isValidCivilDate, parseIsoDate, toIsoDate } from '../../src/calendar/civil-date';
import { fromDayNumber, toDayNumber } from '../../src/calendar/day-number';
import { CalendarRangeError } from '../../src/calendar/errors';

describe('daysInMonth', () => {
  it.each([
    [2025, 1, 31],
    [2025, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 9, 30],
    [2025, 10, 31],
    [2025, 11, 30],
    [2025, 12, 31],
  ])('%d-%d has %d days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    [2025, 13],
    [2025, 0],
    [2025, 1.5],
    [0, 1],
    [10_000, 1],
    [Number.NaN, 1],
  ])('throws CalendarRangeError for %d-%d, naming the value and range', (year, month) => {
    expect(() => daysInMonth(year, month)).toThrow(CalendarRangeError);
  });

  it('names the value and the valid range in the message', () => {
    expect(() => daysInMonth(2025, 13)).toThrow('Invalid month 13: valid range is 1–12');
  });
});

describe('isValidCivilDate', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isValidCivilDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidCivilDate({ year: 2025, month: 2, day: 29 })).toBe(false);
    expect(isValidCivilDate({ year: 2025, month: 4, day: 31 })).toBe(false);
    expect(isValidCivilDate({ year: 2025, month: 1, day: 0 })).toBe(false);
    expect(isValidCivilDate({ year: 2025, month: 1, day: 1.5 })).toBe(false);
    expect(isValidCivilDate({ year: '2025', month: 1, day: 1 })).toBe(false);
    expect(isValidCivilDate(null)).toBe(false);
    expect(isValidCivilDate('2025-01-01')).toBe(false);
  });
});

describe('toIsoDate / parseIsoDate', () => {
  it('writes and reads YYYY-MM-DD', () => {
    expect(toIsoDate({ year: 2025, month: 10, day: 15 })).toBe('2025-10-15');
    expect(toIsoDate({ year: 33, month: 4, day: 3 })).toBe('0033-04-03');
    expect(parseIsoDate('2026-01-28')).toEqual({ year: 2026, month: 1, day: 28 });
  });

  it.each(['', '2025-02-29', '2025-13-01', '2025-1-5', '2025-10-15T00:00', ' 2025-10-15', '٢٠٢٥-١٠-١٥', '0000-01-01', '\uD800'.repeat(10)])(
    'parseIsoDate(%j) → null',
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );

  it('toIsoDate throws CalendarRangeError for an impossible day', () => {
    expect(() => toIsoDate({ year: 2025, month: 2, day: 30 })).toThrow(CalendarRangeError);
    expect(() => toIsoDate({ year: 2025, month: 2, day: 30 })).toThrow(/"day":30.*9999-12-31/);
  });

  it('round-trips every valid date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const date = { year, month, day: Math.min(day, daysInMonth(year, month)) };
        expect(parseIsoDate(toIsoDate(date))).toEqual(date);
      }),
    );
  });
});

describe('compareCivilDates', () => {
  it('orders dates', () => {
    const visit = { year: 2025, month: 10, day: 15 };
    const reference = { year: 2026, month: 1, day: 28 };
    expect(compareCivilDates(visit, reference)).toBe(-1);
    expect(compareCivilDates(reference, visit)).toBe(1);
    expect(compareCivilDates(visit, { ...visit })).toBe(0);
    expect(() => compareCivilDates(visit, { year: 2025, month: 2, day: 29 })).toThrow(CalendarRangeError);
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC for every day from 1900 to 2100', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      const n = toDayNumber(date);
      if (n !== t / 86_400_000) mismatches.push(toIsoDate(date));
      const back = fromDayNumber(n);
      if (back.year !== date.year || back.month !== date.month || back.day !== date.day) mismatches.push(`back ${toIsoDate(date)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('cover the whole year range 1–9999', () => {
    expect(fromDayNumber(toDayNumber({ year: 1, month: 1, day: 1 }))).toEqual({ year: 1, month: 1, day: 1 });
    expect(fromDayNumber(toDayNumber({ year: 9999, month: 12, day: 31 }))).toEqual({ year: 9999, month: 12, day: 31 });
  });
});
