import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import type { DateValue } from '../../src/temporal/types';

const reference = { reference: '2026-11-30' };

/** Every match as [text, index, start, end]. */
function spans(sentence: string): [string, number, string | undefined, string | undefined][] {
  return findTemporal(sentence, reference).map((m) => [m.text, m.index, (m.value as DateValue).start, (m.value as DateValue).end]);
}

describe('a year named by an adjective is not the calendar year', () => {
  it.each([
    ['Egypt, the school year', 'تبدأ امتحانات نصف العام الدراسي يوم السبت 16 يناير 2027.', [['السبت 16 يناير 2027', 36, '2027-01-16', '2027-01-16']]],
    ['Gulf, the middle of the school year', 'تبدأ إجازة منتصف العام الدراسي في المدارس الحكومية.', []],
    ['Iraq, the fiscal year', 'ارتفع العجز في النصف الأول من السنة المالية.', []],
    ['Maghreb, the end of the parliamentary year', 'صادق البرلمان على القانون في نهاية السنة التشريعية.', []],
  ])('%s', (_, sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
  });

  it('the calendar year with a direction is still read', () => {
    expect(spans('تنتهي المهلة منتصف العام المقبل.')).toEqual([['منتصف العام المقبل', 13, '2027-05-01', '2027-08-31']]);
    expect(spans('سجلت الصادرات نموا في النصف الأول من العام.')).toEqual([['النصف الأول من العام', 22, '2026-01-01', '2026-06-30']]);
  });
});
