import { describe, expect, it } from 'vitest';
import { extractStateVisit } from '../../src/extract';

// Written for this test (Gulf style): the earlier visit and the arrival are 105 days apart.
const article = (interval: string) =>
  `وصل وزير الخارجية العماني بدر الحارثي اليوم إلى الدوحة في زيارة رسمية هي الثانية له ${interval}. وكان الحارثي زار الدوحة في 15 أكتوبر الماضي.`;

describe('checks between facts', () => {
  it('records agreement of a duration with the two visit dates', () => {
    const { checks, warnings } = extractStateVisit(article('خلال ثلاثة أشهر ونصف'), { reference: '2026-01-28' });
    expect(warnings).toEqual([]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ relation: 'agrees', expected: '2026-01-30', differenceDays: -2, from: { date: '2025-10-15' }, to: { date: '2026-01-28', evidence: { text: 'اليوم' } } });
  });

  it('puts a contradiction into the warnings with the evidence of the duration and both dates', () => {
    const text = article('خلال شهر واحد');
    const { checks, warnings, visit } = extractStateVisit(text, { reference: '2026-01-28' });
    expect(visit?.ordinal?.value).toBe(2);
    expect(checks[0]).toMatchObject({ relation: 'contradicts', expected: '2025-11-15', differenceDays: 74 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe('interval-mismatch');
    expect(warnings[0]?.evidence.map((e) => text.slice(e.index, e.end))).toEqual(['خلال شهر واحد', '15 أكتوبر الماضي', 'اليوم']);
  });

  it('reads a bound: «أقل من شهرين» is contradicted, «أكثر من ثلاثة أشهر» agrees', () => {
    expect(extractStateVisit(article('خلال أقل من شهرين'), { reference: '2026-01-28' }).checks[0]?.relation).toBe('contradicts');
    expect(extractStateVisit(article('بعد أكثر من ثلاثة أشهر'), { reference: '2026-01-28' }).checks[0]?.relation).toBe('agrees');
  });
});
