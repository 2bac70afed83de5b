import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import { DateValue } from '../../src/schemas/temporal';
import type { DateValue as DateValueType } from '../../src/temporal/types';

const REFERENCE = { reference: '2026-11-30' } as const;

/** The only match of `text`, which must be a vague date. */
function vagueDateOf(text: string): DateValueType {
  const matches = findTemporal(text, REFERENCE);
  expect(matches).toHaveLength(1);
  const value = matches[0]!.value;
  if (value.type !== 'date') throw new Error(`${text}: not a date`);
  expect(value.vague).toBe(true);
  expect(value.start).toBeUndefined();
  return value;
}

describe('the side of a vague date', () => {
  it.each([
    ['وصل الوفد إلى عمّان قبل أيام لبحث ملف المياه', 'قبل أيام', 'past', 'day'],
    ['تراجعت حدة التوتر على الحدود في الآونة الأخيرة', 'في الآونة الأخيرة', 'past', 'day'],
    ['زار المبعوث الأممي بغداد منذ أشهر دون نتيجة', 'منذ أشهر', 'past', 'month'],
    ['وقّع البلدان اتفاقا للتبادل التجاري قبل بضعة أسابيع', 'قبل بضعة أسابيع', 'past', 'week'],
    ['ويُنتظر أن يصل الوزير إلى الرباط في الأيام القليلة المقبلة', 'الأيام القليلة المقبلة', 'future', 'day'],
    ['وأعلنت الرئاسة أن القمة ستُعقد قريبا في القاهرة', 'قريبا', 'future', 'day'],
    ['وستُستأنف المفاوضات بعد عدة أشهر في الدوحة', 'بعد عدة أشهر', 'future', 'month'],
  ] as const)('%s', (sentence, span, side, precision) => {
    const value = vagueDateOf(sentence);
    const match = findTemporal(sentence, REFERENCE)[0]!;
    expect(match.text).toBe(span);
    expect(match.index).toBe(sentence.indexOf(span));
    expect(value.vagueSide).toBe(side);
    expect(value.precision).toBe(precision);
  });

  it('is absent on a date that pins its day', () => {
    const [match] = findTemporal('وصل الوزير أمس إلى تونس', REFERENCE);
    expect(match?.value).toMatchObject({ type: 'date', start: '2026-11-29' });
    expect(match?.value.type === 'date' && match.value.vagueSide).toBeFalsy();
  });

  it('is described by the DateValue schema, which refuses any other side', () => {
    const value = vagueDateOf('التقى الوزيران قبل أيام في جدة');
    expect(DateValue.parse(value)).toEqual(value);
    expect(DateValue.safeParse({ ...value, vagueSide: 'sideways' }).success).toBe(false);
  });
});
