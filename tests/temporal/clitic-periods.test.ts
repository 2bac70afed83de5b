import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';

const REFERENCE = { reference: '2026-01-28' } as const;

/** Each match as [text, index, start, end] for dates, [text, index, type] otherwise. */
function readings(sentence: string): (string | number)[][] {
  return findTemporal(sentence, REFERENCE).map((match) =>
    match.value.type === 'date' ? [match.text, match.index, match.value.start ?? '', match.value.end ?? ''] : [match.text, match.index, match.value.type],
  );
}

describe('a relative period or day with clitics glued before it (the clitics stay out of the span)', () => {
  it.each([
    ['Levant', 'زار الوفد دمشق الشهر الماضي، والأسبوع الماضي التقى نظيره في بيروت', [['الشهر الماضي', 15, '2025-12-01', '2025-12-31'], ['الأسبوع الماضي', 30, '2026-01-19', '2026-01-25']]],
    ['Egypt', 'وقّع البلدان اتفاقية للطاقة، والعام المقبل تبدأ المرحلة الثانية', [['العام المقبل', 30, '2027-01-01', '2027-12-31']]],
    ['Gulf', 'فالأسبوع المقبل يصل ولي العهد إلى الرياض', [['الأسبوع المقبل', 1, '2026-02-02', '2026-02-08']]],
    ['Iraq', 'وبالأمس استقبل رئيس الوزراء السفير التركي في بغداد', [['الأمس', 2, '2026-01-27', '2026-01-27']]],
    ['Maghreb', 'وهذا العام يحتضن المغرب القمة الإفريقية', [['هذا العام', 1, '2026-01-01', '2026-12-31']]],
  ] as const)('%s', (_, sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });

  it('takes only the clitics of the table: «ك» is not one of them («كالأسبوع الماضي»)', () => {
    expect(readings('كالأسبوع الماضي')).toEqual([]);
  });

  it('leaves «العام» in «والرأي العام» alone', () => {
    expect(readings('وانقسم الرأي العام حول الاتفاق')).toEqual([]);
  });
});
