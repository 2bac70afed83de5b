/** «في مثل هذا اليوم من العام الماضي»: the reference's day in another period, one reading. */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';

const OPTIONS = { reference: '2026-01-28' } as const;

describe('the same day of another period', () => {
  it.each([
    ['levant', 'وفي مثل هذا اليوم من العام الماضي وقّع البلدان اتفاق الترسيم', 'مثل هذا اليوم من العام الماضي', '2025-01-28', { unit: 'year', offset: -1 }],
    ['egypt', 'في مثل هذا اليوم من الشهر الماضي افتتح الرئيس المحطة الجديدة', 'مثل هذا اليوم من الشهر الماضي', '2025-12-28', { unit: 'month', offset: -1 }],
    ['gulf', 'وتعود اللجنة للانعقاد في نفس اليوم من الأسبوع المقبل', 'نفس اليوم من الأسبوع المقبل', '2026-02-04', { unit: 'week', offset: 1 }],
    ['iraq', 'وفي ذات اليوم من السنة الماضية، زار الوفد البصرة', 'ذات اليوم من السنة الماضية', '2025-01-28', { unit: 'year', offset: -1 }],
  ])('%s: one date for «%s»', (_region, text, span, day, relative) => {
    const matches = findTemporal(text, OPTIONS);
    expect(matches).toHaveLength(1);
    const [match] = matches;
    expect(match?.text).toBe(span);
    expect(match?.index).toBe(text.indexOf(span));
    expect(match?.end).toBe(text.indexOf(span) + span.length);
    expect(match?.value).toMatchObject({ type: 'date', precision: 'day', start: day, end: day, relative });
  });

  it('keeps «اليوم» and the period apart without a lead («اليوم من العام الماضي» is no same-day phrase)', () => {
    expect(findTemporal('اليوم من العام الماضي', OPTIONS).map((m) => m.text)).toEqual(['اليوم', 'العام الماضي']);
  });

  it('reads the reference\'s day in a written year: «في مثل هذا اليوم من عام 2020» (Maghreb style)', () => {
    const text = 'وفي مثل هذا اليوم من عام 2020 أغلقت تونس حدودها';
    const [match, ...rest] = findTemporal(text, OPTIONS);
    expect(rest).toEqual([]);
    expect(match?.text).toBe('مثل هذا اليوم من عام 2020');
    expect(match?.index).toBe(text.indexOf('مثل'));
    expect(match?.value).toMatchObject({ type: 'date', precision: 'day', start: '2020-01-28', known: { year: 2020 }, implied: { month: 1, day: 28 } });
    const [leap] = findTemporal('في مثل هذا اليوم من عام 2021', { reference: '2028-02-29' });
    expect(leap?.value).toMatchObject({ start: '2021-02-28' });
  });

  it('clamps the 29th of February to the 28th a year later', () => {
    const [match] = findTemporal('في مثل هذا اليوم من العام المقبل', { reference: '2028-02-29' });
    expect(match?.value).toMatchObject({ start: '2029-02-28' });
  });
});
