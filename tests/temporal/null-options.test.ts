/** `null` options (a JavaScript caller's «no options») read like no options, not a TypeError. */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import { parseDate } from '../../src/temporal/parse-date';

describe('options: null', () => {
  it('findTemporal reads with the defaults', () => {
    const text = 'التقى الوزير نظيره الكويتي في 15 آذار 2025';
    const [match] = findTemporal(text, null as never);
    expect(match?.text).toBe('15 آذار 2025');
    expect(match?.index).toBe(text.indexOf('15'));
    expect(match?.value).toMatchObject({ type: 'date', start: '2025-03-15' });
  });

  it('parseDate reads with the defaults', () => {
    expect(parseDate('الأول من تموز 2024', null as never)).toMatchObject({ type: 'date', start: '2024-07-01', end: '2024-07-01' });
  });
});
