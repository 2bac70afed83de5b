import { gregorianToHijri, hijriToGregorian } from '@tabby_ai/hijri-converter';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/add';
import { toIsoDate } from '../../src/calendar/civil-date';
import { toDayNumber } from '../../src/calendar/day-number';
import { CalendarRangeError } from '../../src/calendar/errors';
import {
  hijriMonthLength,
  isValidHijriDate,
  MAX_HIJRI_GREGORIAN,
  MAX_HIJRI_YEAR,
  MIN_HIJRI_GREGORIAN,
  MIN_HIJRI_YEAR,
  toGregorian,
  toHijri,
} from '../../src/calendar/hijri';

describe('toHijri / toGregorian', () => {
  it.each([
    ['2025-10-15', { year: 1447, month: 4, day: 23 }],
    ['2024-12-02', { year: 1446, month: 6, day: 1 }],
    ['2025-03-01', { year: 1446, month: 9, day: 1 }],
    ['2025-03-30', { year: 1446, month: 10, day: 1 }],
    ['1924-08-01', { year: 1343, month: 1, day: 1 }],
    ['2077-11-16', { year: 1500, month: 12, day: 30 }],
  ])('%s = %o AH', (iso, hijri) => {
    expect(toHijri(iso)).toEqual(hijri);
    expect(toIsoDate(toGregorian(hijri))).toBe(iso);
  });

  it('accepts a civil date object as well as an ISO string', () => {
    expect(toHijri({ year: 2026, month: 1, day: 28 })).toEqual(toHijri('2026-01-28'));
  });

  it('every day of the supported range round-trips, and Hijri days follow one another', () => {
    const failures: string[] = [];
    let day = MIN_HIJRI_GREGORIAN;
    let previous = { year: 1342, month: 12, day: 29 };
    let count = 0;
    const last = toDayNumber(MAX_HIJRI_GREGORIAN);
    for (let n = toDayNumber(day); n <= last; n++) {
      const hijri = toHijri(day);
      const back = toGregorian(hijri);
      if (back.year !== day.year || back.month !== day.month || back.day !== day.day) failures.push(toIsoDate(day));
      const next =
        hijri.day === previous.day + 1 && hijri.month === previous.month && hijri.year === previous.year
          ? true
          : hijri.day === 1 && previous.day >= 28 && (hijri.month === previous.month + 1 ? hijri.year === previous.year : hijri.month === 1 && previous.month === 12 && hijri.year === previous.year + 1);
      if (!next) failures.push(`sequence at ${toIsoDate(day)}`);
      if (hijri.day === 1 && n > toDayNumber(MIN_HIJRI_GREGORIAN) && previous.day !== hijriMonthLength(previous.year, previous.month)) {
        failures.push(`month length of ${previous.year}-${previous.month}`);
      }
      previous = hijri;
      count++;
      if (n < last) day = addDays(day, 1);
    }
    expect(failures).toEqual([]);
    expect(count).toBe(55_991);
  });

  it('every day of the range is the day @tabby_ai/hijri-converter gives, both ways (ziyara reads its table directly)', () => {
    const failures: string[] = [];
    const last = toDayNumber(MAX_HIJRI_GREGORIAN);
    let day = MIN_HIJRI_GREGORIAN;
    for (let n = toDayNumber(day); n <= last; n++, day = n <= last ? addDays(day, 1) : day) {
      const ours = toHijri(day);
      const theirs = gregorianToHijri({ year: day.year, month: day.month, day: day.day });
      if (ours.year !== theirs.year || ours.month !== theirs.month || ours.day !== theirs.day) failures.push(`toHijri ${toIsoDate(day)}`);
      const back = hijriToGregorian({ year: ours.year, month: ours.month, day: ours.day });
      const ourBack = toGregorian(ours);
      if (back.year !== ourBack.year || back.month !== ourBack.month || back.day !== ourBack.day) failures.push(`toGregorian ${toIsoDate(day)}`);
    }
    expect(failures).toEqual([]);
  });

  it('every day from 1420-01-01 to 1450-12-29 AH equals Intl islamic-umalqura', () => {
    const intl = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    const first = toGregorian({ year: 1420, month: 1, day: 1 });
    const last = toGregorian({ year: 1450, month: 12, day: 29 });
    const mismatches: string[] = [];
    let day = first;
    let count = 0;
    for (let n = toDayNumber(first); n <= toDayNumber(last); n++) {
      const parts = intl.formatToParts(new Date(Date.UTC(day.year, day.month - 1, day.day)));
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      const hijri = toHijri(day);
      if (get('year') !== hijri.year || get('month') !== hijri.month || get('day') !== hijri.day) mismatches.push(toIsoDate(day));
      count++;
      day = addDays(day, 1);
    }
    expect(mismatches).toEqual([]);
    expect(count).toBeGreaterThan(10_900);
  });
});

describe('nothing invalid passes', () => {
  it.each([
    [{ year: 1447, month: 13, day: 1 }],
    [{ year: 1447, month: 0, day: 1 }],
    [{ year: 1447.5, month: 1, day: 1 }],
    [{ year: 1342, month: 12, day: 29 }],
    [{ year: 1501, month: 1, day: 1 }],
    [{ year: Number.NaN, month: 1, day: 1 }],
  ])('toGregorian(%o) throws CalendarRangeError naming the range', (hijri) => {
    expect(() => toGregorian(hijri)).toThrow(CalendarRangeError);
    expect(() => toGregorian(hijri)).toThrow('valid range is 1343-01-01 … 1500-12-30 AH (Umm al-Qura)');
    expect(isValidHijriDate(hijri)).toBe(false);
  });

  it.each([
    [{ year: 1446, month: 9, day: 30 }, '1–29 (month 9 of 1446 AH has 29 days in the Umm al-Qura calendar)'],
    [{ year: 1446, month: 12, day: 30 }, '1–29 (month 12 of 1446 AH has 29 days in the Umm al-Qura calendar)'],
    [{ year: 1447, month: 1, day: 31 }, '1–30 (month 1 of 1447 AH has 30 days in the Umm al-Qura calendar)'],
    [{ year: 1447, month: 1, day: 0 }, '1–30 (month 1 of 1447 AH has 30 days in the Umm al-Qura calendar)'],
    [{ year: 1447, month: 1, day: 1.5 }, '1–30 (month 1 of 1447 AH has 30 days in the Umm al-Qura calendar)'],
  ])('toGregorian(%o) names the length of that month', (hijri, range) => {
    expect(() => toGregorian(hijri)).toThrow(CalendarRangeError);
    expect(() => toGregorian(hijri)).toThrow(`Invalid Hijri day ${JSON.stringify(hijri)}: valid range is ${range}`);
    expect(isValidHijriDate(hijri)).toBe(false);
  });

  it.each(['1924-07-31', '2077-11-17', '1900-01-01', '2025-02-29', 'أمس', '', '2025-10-15T00:00'])('toHijri(%j) throws CalendarRangeError', (input) => {
    expect(() => toHijri(input)).toThrow(CalendarRangeError);
    expect(() => toHijri(input)).toThrow('1924-08-01 … 2077-11-16');
  });

  it('toHijri rejects impossible civil date objects', () => {
    expect(() => toHijri({ year: 2025, month: 2, day: 29 })).toThrow(CalendarRangeError);
    expect(() => toHijri({ year: 2025, month: 1, day: 1.5 })).toThrow(CalendarRangeError);
  });

  it('the error message names the value', () => {
    expect(() => toHijri('1900-01-01')).toThrow('Invalid Gregorian date "1900-01-01": valid range is 1924-08-01 … 2077-11-16');
    expect(() => toGregorian({ year: 1447, month: 13, day: 1 })).toThrow('Invalid Hijri date {"year":1447,"month":13,"day":1}');
  });
});

describe('hijriMonthLength', () => {
  it('gives the Umm al-Qura month lengths', () => {
    expect(hijriMonthLength(1446, 9)).toBe(29);
    expect(hijriMonthLength(1447, 9)).toBe(30);
    expect(hijriMonthLength(MAX_HIJRI_YEAR, 12)).toBe(30);
  });

  it('keeps the eight irregular early months of the published table (28 or 31 days)', () => {
    const irregular: string[] = [];
    for (let year = MIN_HIJRI_YEAR; year <= MAX_HIJRI_YEAR; year++) {
      for (let month = 1; month <= 12; month++) {
        const length = hijriMonthLength(year, month);
        if (length !== 29 && length !== 30) irregular.push(`${year}-${month}:${length}`);
      }
    }
    expect(irregular).toEqual(['1343-9:28', '1345-5:31', '1345-8:28', '1348-11:31', '1348-12:28', '1349-10:28', '1349-11:31', '1364-8:28']);
    expect(isValidHijriDate({ year: 1345, month: 5, day: 31 })).toBe(true);
    expect(isValidHijriDate({ year: 1343, month: 9, day: 29 })).toBe(false);
  });

  it('agrees with the day count between consecutive month starts for every month', () => {
    const wrong: string[] = [];
    for (let year = MIN_HIJRI_YEAR; year <= MAX_HIJRI_YEAR; year++) {
      for (let month = 1; month <= 12; month++) {
        if (year === MAX_HIJRI_YEAR && month === 12) continue;
        const start = toDayNumber(toGregorian({ year, month, day: 1 }));
        const next = toDayNumber(toGregorian(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }));
        if (next - start !== hijriMonthLength(year, month)) wrong.push(`${year}-${month}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('throws CalendarRangeError outside the table', () => {
    expect(() => hijriMonthLength(1342, 1)).toThrow('Invalid Hijri year 1342: valid range is 1343–1500 AH (Umm al-Qura)');
    expect(() => hijriMonthLength(1447, 13)).toThrow('Invalid Hijri month 13: valid range is 1–12');
  });
});
