import { describe, expect, it } from 'vitest';
import { CalendarRangeError } from '../../src/calendar/errors';
import { toCivilDate } from '../../src/calendar/to-civil-date';

describe('toCivilDate', () => {
  it('reads a Date in UTC by default and in the given IANA zone', () => {
    const lateEvening = new Date('2026-01-27T22:30:00Z');
    expect(toCivilDate(lateEvening)).toEqual({ year: 2026, month: 1, day: 27 });
    expect(toCivilDate(lateEvening, 'Asia/Damascus')).toEqual({ year: 2026, month: 1, day: 28 });
    expect(toCivilDate(lateEvening, 'Africa/Casablanca')).toEqual({ year: 2026, month: 1, day: 27 });
    expect(toCivilDate(new Date('2026-01-28T02:00:00Z'), 'America/New_York')).toEqual({ year: 2026, month: 1, day: 27 });
  });

  it('takes an ISO date string as is, whatever the zone', () => {
    expect(toCivilDate('2026-01-28')).toEqual({ year: 2026, month: 1, day: 28 });
    expect(toCivilDate('2026-01-28', 'Pacific/Kiritimati')).toEqual({ year: 2026, month: 1, day: 28 });
  });

  it('reads an ISO date-time with a zone designator as an instant', () => {
    expect(toCivilDate('2026-01-27T22:30:00Z', 'Asia/Riyadh')).toEqual({ year: 2026, month: 1, day: 28 });
    expect(toCivilDate('2026-01-28T01:30+03:00')).toEqual({ year: 2026, month: 1, day: 27 });
    expect(toCivilDate('2026-01-28T01:30:00.123456+0300')).toEqual({ year: 2026, month: 1, day: 27 });
  });

  it('keeps the date of a local date-time without a zone', () => {
    expect(toCivilDate('2026-01-28T23:59', 'Asia/Tokyo')).toEqual({ year: 2026, month: 1, day: 28 });
  });

  it.each(['', 'أمس', '2026-02-30', '2026-01-28T25:00Z', '28/01/2026', '2026-01-28 extra', '\uD800', 'x'.repeat(1_000_000)])(
    'throws CalendarRangeError for %j',
    (text) => {
      expect(() => toCivilDate(text)).toThrow(CalendarRangeError);
    },
  );

  it('throws CalendarRangeError naming an invalid Date or zone', () => {
    expect(() => toCivilDate(new Date(Number.NaN))).toThrow('Invalid reference date Invalid Date');
    expect(() => toCivilDate('2026-01-28', 'Asia/Atlantis')).toThrow('Invalid time zone "Asia/Atlantis"');
  });
});
