import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/index';
import type { DateValue } from '../../src/temporal/types';

// Reference: Monday 30 November 2026; `prefer` is the default, `past`.
const reference = '2026-11-30';

function only(text: string): DateValue & { text: string } {
  const [match, ...rest] = findTemporal(text, { reference });
  expect(rest).toEqual([]);
  return { ...(match!.value as DateValue), text: match!.text };
}

describe('a weekday named with a day whose year was left out', () => {
  it('picks the year in which the day falls on that weekday (Thursday 3 December is 2026, not 2025)', () => {
    const value = only('يلتقي الوزيران يوم الخميس الموافق 3 ديسمبر في الكويت.');
    expect([value.text, value.start, value.known, value.implied, value.warnings]).toEqual(['الخميس الموافق 3 ديسمبر', '2026-12-03', { month: 12, day: 3, weekday: 4 }, { year: 2026 }, undefined]);
  });

  it('keeps the preferred year when the weekday already fits it', () => {
    expect(only('عقد المجلس جلسته الأربعاء 3 كانون الأول').start).toBe('2025-12-03');
  });

  it('never moves a written year: a mismatch is reported instead', () => {
    const value = only('الخميس 3 ديسمبر 2025');
    expect(value.start).toBe('2025-12-03');
    expect(value.warnings).toEqual(['the text names الخميس but 2025-12-03 is a الأربعاء']);
  });
});
