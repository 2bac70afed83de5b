/** No temporal reading starts inside a run of digits («99999999999999999999 يوم» is no 99999999 days). */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import { parseDuration } from '../../src/temporal/parse-duration';

const OPTIONS = { reference: '2026-01-28' } as const;

describe('long digit runs', () => {
  it('gives no duration for a count of twenty digits', () => {
    expect(findTemporal('99999999999999999999 يوم', OPTIONS)).toEqual([]);
    expect(findTemporal('استمر الحصار مدة 1234567890123 سنة في رواية الكاتب', OPTIONS)).toEqual([]);
    expect(parseDuration('99999999999999999999 يوم')).toBeNull();
  });

  it('still reads a short count after the long run', () => {
    const text = 'رقم الملف 99999999999999999999 والمهلة 10 أيام';
    const [match, ...rest] = findTemporal(text, OPTIONS);
    expect(rest).toEqual([]);
    expect(match?.text).toBe('10 أيام');
    expect(match?.index).toBe(text.indexOf('10'));
    expect(match?.value).toMatchObject({ type: 'duration', iso: 'P10D' });
  });

  it('reads no year from the tail of a digit run', () => {
    expect(findTemporal('عام 99999999999999992025', OPTIONS)).toEqual([]);
  });
});
