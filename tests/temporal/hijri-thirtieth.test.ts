/**
 * A Hijri 30th in a month the Umm al-Qura table gives 29 days: a sighted month can have it, so the
 * whole date is read as the day after the 29th, with a warning; never the year alone.
 */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';

const OPTIONS = { reference: '2026-01-28' } as const;

describe('a 30th of a 29-day Umm al-Qura month', () => {
  it('reads «30 ذي القعدة 1446 هـ» as the day after 29 Dhu al-Qadah (Gulf style)', () => {
    const text = 'وأدى الحجاج طواف القدوم في 30 ذي القعدة 1446 هـ وسط إجراءات مشددة';
    const [match, ...rest] = findTemporal(text, OPTIONS);
    expect(rest).toEqual([]);
    expect(match?.text).toBe('30 ذي القعدة 1446 هـ');
    expect(match?.index).toBe(text.indexOf('30'));
    expect(match?.end).toBe(text.indexOf(' وسط'));
    const value = match?.value;
    if (value?.type !== 'date') throw new Error('expected a date');
    expect(value.precision).toBe('day');
    expect(value.start).toBe('2025-05-28');
    expect(value.end).toBe('2025-05-28');
    expect(value.hijri).toEqual({ year: 1446, month: 11, day: 30 });
    expect(value.warnings).toEqual(['the Umm al-Qura month 11 of 1446 has 29 days; the 30th is read as the day after the 29th']);
  });

  it('reads «30 ذو الحجة 1446 هـ» (nominative spelling) as the day after the 29th, the first of the next year', () => {
    const text = 'أعلنت الرئاسة في 30 ذو الحجة 1446 هـ عطلة رسمية';
    const [match, ...rest] = findTemporal(text, OPTIONS);
    expect(rest).toEqual([]);
    expect(match?.text).toBe('30 ذو الحجة 1446 هـ');
    expect(match?.index).toBe(text.indexOf('30'));
    if (match?.value.type !== 'date') throw new Error('expected a date');
    expect(match.value.start).toBe('2025-06-26');
    // 1 Muharram 1447 in the table is the same Gregorian day.
    expect(findTemporal('1 محرم 1447 هـ', OPTIONS)[0]?.value).toMatchObject({ start: '2025-06-26' });
    expect(match.value.warnings?.[0]).toContain('29 days');
  });

  it('leaves a 30th that the table has without a warning (30 شوال 1446)', () => {
    const [match] = findTemporal('عاد الوفد العراقي في 30 شوال 1446', OPTIONS);
    expect(match?.text).toBe('30 شوال 1446');
    if (match?.value.type !== 'date') throw new Error('expected a date');
    expect(match.value.start).toBe('2025-04-28');
    expect(match.value.warnings).toBeUndefined();
  });

  it('picks the nearest year for a 30th written without one, as for the 29th', () => {
    const [thirtieth] = findTemporal('في 30 رمضان', OPTIONS);
    const [twentyNinth] = findTemporal('في 29 رمضان', OPTIONS);
    if (thirtieth?.value.type !== 'date' || twentyNinth?.value.type !== 'date') throw new Error('expected dates');
    expect(twentyNinth.value.implied.year).toBe(1446);
    expect(thirtieth.value.implied.year).toBe(1446);
    expect(thirtieth.value.start).toBe('2025-03-30');
  });

  it('reads no 31st of a Hijri month', () => {
    expect(findTemporal('في 31 رمضان 1446 هـ', OPTIONS).map((m) => m.value.type === 'date' && m.value.precision)).not.toContain('day');
  });
});
