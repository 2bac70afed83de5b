import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TemporalOptionsError } from '../../src/temporal/errors';
import { findTemporal } from '../../src/temporal/find';
import { parseDate } from '../../src/temporal/parse-date';
import type { DateValue } from '../../src/temporal/types';
import { REF } from './date-helpers';

describe('findTemporal', () => {
  it('reports offsets into the input as given, harakat and tatweel included', () => {
    const text = 'وَصَلَ الوفدُ فِي ١٥ تِشْرِينَ الأَوَّلِ الماضي إلى دمشق';
    const [match] = findTemporal(text, REF);
    expect(match?.text).toBe('١٥ تِشْرِينَ الأَوَّلِ الماضي');
    expect(text.slice(match?.index, match?.end)).toBe(match?.text);
    expect((match?.value as DateValue).start).toBe('2025-10-15');
  });

  it('returns matches sorted and without overlaps, the longest reading winning', () => {
    const text = 'وصل أمس، وكان قد زار الرياض في 3 آذار 2025 ثم الدوحة الأسبوع الماضي.';
    const matches = findTemporal(text, REF);
    expect(matches.map((m) => m.text)).toEqual(['أمس', '3 آذار 2025', 'الأسبوع الماضي']);
    expect(matches.map((m) => m.index)).toEqual([text.indexOf('أمس'), text.indexOf('3 آذار'), text.indexOf('الأسبوع')]);
  });

  it('reads a Date reference in the time zone given', () => {
    // 23:30 UTC on 27 January is already 28 January in Damascus (UTC+3).
    const reference = new Date('2026-01-27T23:30:00Z');
    expect((findTemporal('اليوم', { reference, timeZone: 'Asia/Damascus' })[0]?.value as DateValue).start).toBe('2026-01-28');
    expect((findTemporal('اليوم', { reference })[0]?.value as DateValue).start).toBe('2026-01-27');
  });

  it('throws TemporalOptionsError for invalid options, naming the option', () => {
    expect(() => findTemporal('اليوم', { reference: '2026-02-30' })).toThrow(TemporalOptionsError);
    expect(() => findTemporal('اليوم', { reference: '2026-01-28', timeZone: 'Mars/Olympus' })).toThrow(/time zone/);
    expect(() => findTemporal('اليوم', { reference: '2026-01-28', prefer: 'later' as 'past' })).toThrow(/prefer/);
    expect(() => findTemporal('اليوم', { reference: '2026-01-28', periodParts: 'quarters' as 'halves' })).toThrow(/periodParts .*"thirds", "halves"/);
  });

  it('never throws on any string and keeps text === input.slice(index, end)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 20 }), (noise, tail) => {
        const text = `${noise} 15 أكتوبر ${tail}`;
        for (const m of findTemporal(text, REF)) expect(text.slice(m.index, m.end)).toBe(m.text);
      }),
      { numRuns: 300 },
    );
    for (const text of ['', ' ', '\uD800', 'a\uDFFFb', 'من '.repeat(20_000), '٢٠٢٥'.repeat(5_000), 'أكتوبر'.repeat(5_000)]) {
      expect(() => findTemporal(text, REF)).not.toThrow();
    }
  });
});

describe('parseDate', () => {
  it('reads the whole string, allowing leading prepositions and punctuation', () => {
    expect(parseDate('في 15 تشرين الأول الماضي', REF)?.type).toBe('date');
    expect((parseDate('«بتاريخ 2025-10-15»', REF) as DateValue).start).toBe('2025-10-15');
    expect((parseDate('يوم الخميس، 16 أكتوبر 2025.', REF) as DateValue).known).toEqual({ day: 16, month: 10, year: 2025, weekday: 4 });
    expect((parseDate('خلال العام الماضي', REF) as DateValue).start).toBe('2025-01-01');
  });

  it('answers null when anything else is left over or the string is not a date', () => {
    expect(parseDate('زار موسكو في 15 أكتوبر', REF)).toBeNull();
    expect(parseDate('15 أكتوبر و3 آذار', REF)).toBeNull();
    expect(parseDate('ثلاثة أشهر', REF)).toBeNull();
    expect(parseDate('', REF)).toBeNull();
    expect(parseDate('ا'.repeat(1_000_000), REF)).toBeNull();
  });

  it('reads a bare month name or weekday when it is the whole string', () => {
    expect((parseDate('أكتوبر', REF) as DateValue).start).toBe('2025-10-01');
    expect((parseDate('الاثنين', REF) as DateValue).start).toBe('2026-01-26');
  });
});
