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
