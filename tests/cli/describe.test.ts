import { describe, expect, it } from 'vitest';
import { describeTemporalValue } from '../../src/cli/describe';
import { parseDate, parseDuration } from '../../src/temporal/index';
import type { DateValue } from '../../src/temporal/index';

describe('describeTemporalValue', () => {
  it('gives a day, what was implied and how it is relative', () => {
    expect(describeTemporalValue(parseDate('أمس', { reference: '2026-01-28' })!)).toBe('2026-01-27 · day · implied: year, month, day · relative: -1 day');
    expect(describeTemporalValue(parseDate('15 تشرين الأول الماضي', { reference: '2026-01-28' })!)).toBe('2025-10-15 · day · implied: year');
  });

  it('gives a period as its first and last day, and names a Hijri calendar', () => {
    expect(describeTemporalValue(parseDate('أكتوبر 2025')!)).toBe('2025-10-01 … 2025-10-31 · month');
    expect(describeTemporalValue(parseDate('23 ربيع الآخر 1447 هـ')!)).toBe('2025-10-15 · day · islamic-umalqura');
  });

  it('gives a duration as ISO 8601 with its qualifier', () => {
    expect(describeTemporalValue(parseDuration('ثلاثة أشهر ونصف')!)).toBe('P3.5M');
    expect(describeTemporalValue(parseDuration('أقل من 4 أشهر')!)).toBe('P4M (less-than)');
  });

  it('gives a vague date, a clock time with its date, and a range', () => {
    const vague: DateValue = { type: 'date', calendar: 'gregory', precision: 'day', known: {}, implied: {}, vague: true, relative: { unit: 'day', offset: -3 } };
    expect(describeTemporalValue(vague)).toBe('vague · day · relative: -3 day');
    expect(describeTemporalValue({ ...vague, relative: undefined, vagueSide: 'past' })).toBe('vague, past · day');
    const day: DateValue = { type: 'date', calendar: 'gregory', precision: 'day', known: { day: 15, month: 10, year: 2025 }, implied: {}, start: '2025-10-15', end: '2025-10-15' };
    expect(describeTemporalValue({ type: 'time', hour: 9, minute: 5, date: day })).toBe('2025-10-15 · day 09:05');
    expect(describeTemporalValue({ type: 'range', from: day, to: { ...day, start: '2025-10-17', end: '2025-10-17' } })).toBe('2025-10-15 · day → 2025-10-17 · day');
    expect(describeTemporalValue({ ...day, warnings: ['the two halves disagree by 2 days'] })).toBe('2025-10-15 · day · warnings: the two halves disagree by 2 days');
  });

  it('gives the part of the day of a date and the zone of a time', () => {
    expect(describeTemporalValue(parseDate('مساء الخميس', { reference: '2026-01-28' })!)).toBe('2026-01-22 · day · evening · implied: year, month, day · relative: -6 day');
    expect(describeTemporalValue({ type: 'time', hour: 10, minute: 0, partOfDay: 'morning', timeZone: 'Asia/Riyadh' })).toBe('10:00 Asia/Riyadh');
  });
});
