import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/index';
import type { DateValue } from '../../src/temporal/types';

// Reference: 30 November 2026.
const reference = '2026-11-30';

function only(text: string) {
  const [match, ...rest] = findTemporal(text, { reference });
  expect(rest).toEqual([]);
  const value = match!.value as DateValue;
  return [match!.text, match!.index === text.indexOf(match!.text), value.start, value.end, value.implied.year];
}

describe('a month of the year a year noun and a direction name', () => {
  it.each([
    ['Levant, a day of last year', 'أبرم الاتفاق في الثامن من شهر آب/أغسطس من العام الماضي.', ['الثامن من شهر آب/أغسطس من العام الماضي', true, '2025-08-08', '2025-08-08', 2025]],
    ['Egypt, a month of last year', 'تراجعت الصادرات في مارس من العام الماضي.', ['مارس من العام الماضي', true, '2025-03-01', '2025-03-31', 2025]],
    ['Gulf, next year', 'تنطلق البطولة في يناير من العام المقبل.', ['يناير من العام المقبل', true, '2027-01-01', '2027-01-31', 2027]],
    ['this year, with «هذا»', 'زار الوفد الرباط في مارس من هذا العام.', ['مارس من هذا العام', true, '2026-03-01', '2026-03-31', 2026]],
  ])('%s', (_, text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it('differs from a direction after the month, which names the last such month', () => {
    // «آب الماضي» said in November 2026 is August 2026; «آب من العام الماضي» is August 2025.
    expect(only('في آب الماضي')[2]).toBe('2026-08-01');
    expect(only('في آب من العام الماضي')[2]).toBe('2025-08-01');
  });
});
