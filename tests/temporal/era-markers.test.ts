import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/index';

const reference = '2026-11-30';

describe('era markers after a year', () => {
  it.each([
    ['Gregorian «م» ending a sentence', 'وقّع الطرفان المذكرة في 22 نوفمبر 2026م. وعاد الوفد بعدها.', '22 نوفمبر 2026م', '2026-11-22'],
    ['Hijri «هـ» ending a sentence', 'بدأت أعمال الدورة في 12 جمادى الآخرة 1448 هـ. ثم رُفعت الجلسة.', '12 جمادى الآخرة 1448 هـ', '2026-11-22'],
    ['«م» before a comma', 'في 3 آذار 2025م، التقى الوزيران.', '3 آذار 2025م', '2025-03-03'],
  ])('%s: the full stop after the marker is not part of the date', (_, text, span, iso) => {
    const [match] = findTemporal(text, { reference });
    expect(match?.text).toBe(span);
    expect(match?.index).toBe(text.indexOf(span));
    expect(match?.value.type === 'date' ? match.value.start : null).toBe(iso);
  });
});

describe('era markers after the year of a part of a period', () => {
  it.each([
    ['Gulf, the middle of a Hijri month with «لعام»', 'يبدأ صرف المعونة في أواسط شهر رجب لعام 1448هـ.', 'أواسط شهر رجب لعام 1448هـ', '2026-12-20', '2026-12-29'],
    ['Egypt, the end of a Gregorian month with «م»', 'تنتهي المهلة أواخر ديسمبر 2026 م.', 'أواخر ديسمبر 2026 م', '2026-12-21', '2026-12-31'],
    ['a Hijri year is a Hijri year: the first third of 1448', 'أُطلقت المبادرة مطلع عام 1448هـ.', 'مطلع عام 1448هـ', '2026-06-16', '2026-10-11'],
  ])('%s', (_, text, span, start, end) => {
    const [match, ...rest] = findTemporal(text, { reference });
    expect(rest).toEqual([]);
    expect([match?.text, match?.index]).toEqual([span, text.indexOf(span)]);
    expect(match?.value.type === 'date' ? [match.value.start, match.value.end] : null).toEqual([start, end]);
  });
});
