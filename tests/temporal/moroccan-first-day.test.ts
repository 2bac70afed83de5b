/** Moroccan «فاتح» is the first of the month, after «يوم» too. */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';

const OPTIONS = { reference: '2026-01-28' } as const;

describe('«فاتح» + a Maghrebi month name', () => {
  it('reads «يوم فاتح ماي» as 1 May (the last one before the reference)', () => {
    const text = 'خرجت النقابات المغربية يوم فاتح ماي إلى الشوارع';
    const [match, ...rest] = findTemporal(text, OPTIONS);
    expect(rest).toEqual([]);
    expect(match?.text).toBe('فاتح ماي');
    expect(match?.index).toBe(text.indexOf('فاتح'));
    expect(match?.value).toMatchObject({ type: 'date', precision: 'day', start: '2025-05-01', known: { day: 1, month: 5 } });
  });

  it('reads «فاتح يوليوز 2025» as 2025-07-01', () => {
    const text = 'يدخل القانون حيز التنفيذ في فاتح يوليوز 2025 بالرباط';
    const [match] = findTemporal(text, OPTIONS);
    expect(match?.text).toBe('فاتح يوليوز 2025');
    expect(match?.end).toBe(text.indexOf(' بالرباط'));
    expect(match?.value).toMatchObject({ start: '2025-07-01', end: '2025-07-01' });
  });
});
