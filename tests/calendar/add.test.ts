import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears } from '../../src/calendar/add';
import { addDuration, durationToMonthsAndDays } from '../../src/calendar/add-duration';
import { toIsoDate, parseIsoDate } from '../../src/calendar/civil-date';
import { CalendarRangeError } from '../../src/calendar/errors';

const d = (iso: string) => parseIsoDate(iso)!;
const iso = (date: { year: number; month: number; day: number }) => toIsoDate(date);

describe('addDays', () => {
  it.each([
    ['2026-01-28', -2, '2026-01-26'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-10-15', 105, '2026-01-28'],
    ['2025-10-15', 0, '2025-10-15'],
  ])('%s + %d days = %s', (from, days, expected) => {
    expect(iso(addDays(d(from), days))).toBe(expected);
  });

  it('agrees with Date.UTC (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1800, 0, 1) / 864e5, max: Date.UTC(2300, 0, 1) / 864e5 }), fc.integer({ min: -100_000, max: 100_000 }), (start, days) => {
        const s = new Date(start * 864e5);
        const e = new Date((start + days) * 864e5);
        const from = { year: s.getUTCFullYear(), month: s.getUTCMonth() + 1, day: s.getUTCDate() };
        expect(addDays(from, days)).toEqual({ year: e.getUTCFullYear(), month: e.getUTCMonth() + 1, day: e.getUTCDate() });
      }),
    );
  });

  it('throws CalendarRangeError for fractional days, invalid dates and results past 9999', () => {
    expect(() => addDays(d('2025-10-15'), 1.5)).toThrow(CalendarRangeError);
    expect(() => addDays({ year: 2025, month: 2, day: 29 }, 1)).toThrow(CalendarRangeError);
    expect(() => addDays(d('9999-12-31'), 1)).toThrow(/0001-01-01 … 9999-12-31/);
  });
});

describe('addMonths / addYears', () => {
  it.each([
    ['2025-10-15', 3, '2026-01-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-10-15', -10, '2024-12-15'],
    ['2025-05-31', 1, '2025-06-30'],
    ['2025-12-15', 1, '2026-01-15'],
  ])('%s + %d months = %s (clamped to the month end)', (from, months, expected) => {
    expect(iso(addMonths(d(from), months))).toBe(expected);
  });

  it.each([
    ['2026-01-28', -1, '2025-01-28'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
  ])('%s + %d years = %s', (from, years, expected) => {
    expect(iso(addYears(d(from), years))).toBe(expected);
  });

  it('throws CalendarRangeError for fractional amounts and results out of range', () => {
    expect(() => addMonths(d('2025-10-15'), 0.5)).toThrow(CalendarRangeError);
    expect(() => addYears(d('2025-10-15'), 9000)).toThrow(CalendarRangeError);
    expect(() => addYears(d('0001-06-01'), -1)).toThrow(/0001-01-01 … 9999-12-31/);
  });
});

describe('addDuration — the one rule for fractions', () => {
  it.each([
    // DESIGN.md: 15 تشرين الأول 2025 + ثلاثة أشهر ونصف = 2026-01-30
    ['2025-10-15', { months: 3.5 }, 1, '2026-01-30'],
    ['2026-01-30', { months: 3.5 }, -1, '2025-10-15'],
    ['2025-10-15', { months: 4 }, 1, '2026-02-15'],
    ['2025-01-01', { years: 1.5 }, 1, '2026-07-01'],
    ['2025-01-01', { years: 1 / 3 }, 1, '2025-05-01'],
    ['2025-01-01', { years: 0.25, months: 0.5 }, 1, '2025-04-16'],
    ['2025-01-31', { months: 1.5 }, 1, '2025-03-15'],
    ['2026-01-28', { weeks: 2 }, -1, '2026-01-14'],
    ['2026-01-28', { days: 2 }, -1, '2026-01-26'],
    ['2026-01-28', { weeks: 1.5 }, 1, '2026-02-08'],
    ['2026-01-28', { months: 0.25 }, 1, '2026-02-05'],
    ['2026-01-28', { months: 0.25 }, -1, '2026-01-20'],
    ['2026-01-28', {}, 1, '2026-01-28'],
  ] as const)('%s %o × %d = %s', (from, duration, sign, expected) => {
    expect(iso(addDuration(d(from), duration, sign))).toBe(expected);
  });

  it('splits durations into whole months and days', () => {
    expect(durationToMonthsAndDays({ months: 3.5 })).toEqual({ months: 3, days: 15 });
    expect(durationToMonthsAndDays({ years: 1.5 })).toEqual({ months: 18, days: 0 });
    expect(durationToMonthsAndDays({ years: 2, months: 1, weeks: 1, days: 3 })).toEqual({ months: 25, days: 10 });
    expect(durationToMonthsAndDays({ months: 0.25 })).toEqual({ months: 0, days: 8 });
    expect(durationToMonthsAndDays({ months: -0.25 })).toEqual({ months: 0, days: -8 });
  });

  it('throws CalendarRangeError for non-finite parts and a bad sign', () => {
    expect(() => addDuration(d('2025-10-15'), { months: Number.NaN })).toThrow(CalendarRangeError);
    expect(() => addDuration(d('2025-10-15'), { days: Infinity })).toThrow(/duration days Infinity/);
    expect(() => addDuration(d('2025-10-15'), { days: 1 }, 2 as never)).toThrow(CalendarRangeError);
  });

  it('whole-month durations are symmetric when no clamping happens (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: -600, max: 600 }), (year, month, day, months) => {
        const start = { year, month, day };
        expect(addDuration(addDuration(start, { months }), { months }, -1)).toEqual(start);
      }),
    );
  });
});
