import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/calendar/civil-date';
import { isValidHijriDate } from '../../src/calendar/hijri';
import { lookupMonth, parseMonthName } from '../../src/calendar/months';
import { lookupWeekday, parseWeekday } from '../../src/calendar/weekdays';

/** Strings mixing Arabic month words, separators, digits, marks and lone surrogates. */
const arabicish = fc
  .array(fc.constantFrom('تشرين', 'الاول', 'أكتوبر', 'شهر', '١٠', '10', ' ', '/', '(', ')', '-', 'يوم', 'الخميس', '\u064E', '\u200F', '\uD800', '\uDC00', 'x', 'ـ'), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('parsers never throw and answer null or a value', () => {
  it('on any full-Unicode string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const month = parseMonthName(text);
        expect(month === null || (month.month >= 1 && month.month <= 12)).toBe(true);
        const weekday = parseWeekday(text);
        expect(weekday === null || (weekday >= 1 && weekday <= 7)).toBe(true);
        expect(parseIsoDate(text) === null || text.length === 10).toBe(true);
        lookupMonth(text);
        lookupWeekday(text);
      }),
    );
  });

  it('on Arabic-looking strings built from month words and separators (property)', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        const month = parseMonthName(text);
        if (month) expect(['gregory', 'islamic-umalqura']).toContain(month.calendar);
        parseWeekday(text);
      }),
    );
  });

  it('isValidHijriDate answers false for anything that is not a Hijri date', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof isValidHijriDate(value)).toBe('boolean');
      }),
    );
  });
});
