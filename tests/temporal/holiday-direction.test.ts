import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import type { DateValue } from '../../src/temporal/types';

// Reference: Monday 30 November 2026 (20 Jumada II 1448); `prefer` is the default, `past`.
const reference = { reference: '2026-11-30' };

/** Every match as [text, whether it stands at the text's first occurrence, start, Hijri day]. */
function holidays(sentence: string): [string, boolean, string | undefined, number | undefined][] {
  return findTemporal(sentence, reference).map((m) => [m.text, m.index === sentence.indexOf(m.text), (m.value as DateValue).start, (m.value as DateValue).hijri?.day]);
}

describe('a direction word after a holiday says which one', () => {
  it.each([
    ['Gulf, the next Eid al-Adha, after the epithet', 'تبدأ إجازة عيد الأضحى المبارك المقبل بعد صلاة العيد.', [['عيد الأضحى المبارك المقبل', true, '2027-05-16', 10]]],
    ['Egypt, the next Day of Arafah', 'يصوم المسلمون يوم عرفة المقبل.', [['يوم عرفة المقبل', true, '2027-05-15', 9]]],
    ['Levant, the last Eid al-Fitr', 'زار الرئيس المسجد الأموي في عيد الفطر الماضي.', [['عيد الفطر الماضي', true, '2026-03-20', 1]]],
    ['Iraq, the next Christmas is this December, with a glued «ب»', 'تحتفل الكنائس بعيد الميلاد المقبل في بغداد.', [['عيد الميلاد المقبل', true, '2026-12-25', undefined]]],
    ['without a direction, prefer decides (the last one)', 'أدى الرئيس صلاة العيد في مكة في عيد الفطر.', [['عيد الفطر', true, '2026-03-20', 1]]],
  ])('%s', (_, sentence, expected) => {
    expect(holidays(sentence)).toEqual(expected);
  });
});
