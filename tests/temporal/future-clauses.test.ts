import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/index';
import type { TemporalOptions } from '../../src/temporal/index';

// Reference: Monday 30 November 2026, no `prefer`: the most recent past reading, except in a future clause.
const reference = '2026-11-30';

function starts(text: string, options: TemporalOptions = {}) {
  return findTemporal(text, { reference, ...options }).map((m) => {
    const v = m.value;
    return [m.text, v.type === 'date' ? v.start : v.type === 'range' && v.from.type === 'date' ? v.from.start : null];
  });
}

describe('a date without a year or week after a future marker is the coming one', () => {
  it.each([
    ['Gulf, «ستعقد»', 'ستعقد القمة الخليجية في 15 ديسمبر بالدوحة.', [['15 ديسمبر', '2026-12-15']]],
    ['Levant, a weekday after «سيزور»', 'سيزور الرئيس اللبناني باريس الخميس.', [['الخميس', '2026-12-03']]],
    ['Egypt, «من المقرر أن»', 'ومن المقرر أن يصل الوفد المصري إلى أثينا في 3 يناير.', [['3 يناير', '2027-01-03']]],
    ['Maghreb, a day list', 'وسيزور الوزير الرباط يومي 9 و10 دجنبر.', [['يومي 9 و10 دجنبر', '2026-12-09']]],
    ['Egyptian colloquial «هيزور»', 'الوزير هيزور الخرطوم في 20 ديسمبر.', [['20 ديسمبر', '2026-12-20']]],
  ])('%s', (_, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('leaves past clauses, direction words and other sentences alone', () => {
    expect(starts('زار الرئيس باريس في 15 ديسمبر.')).toEqual([['15 ديسمبر', '2025-12-15']]);
    expect(starts('سيزور الرئيس باريس التي زارها في 15 أكتوبر الماضي.')).toEqual([['15 أكتوبر الماضي', '2026-10-15']]);
    expect(starts('زار الرئيس باريس في 15 أكتوبر، وسيعود إليها في 15 ديسمبر.')).toEqual([
      ['15 أكتوبر', '2026-10-15'],
      ['15 ديسمبر', '2026-12-15'],
    ]);
    expect(starts('ستعقد القمة غدا. وكان الرئيس زار الدوحة في 15 ديسمبر.')).toEqual([
      ['غدا', '2026-12-01'],
      ['15 ديسمبر', '2025-12-15'],
    ]);
  });

  it('an explicit `prefer` is obeyed as given', () => {
    expect(starts('ستعقد القمة الخليجية في 15 ديسمبر بالدوحة.', { prefer: 'past' })).toEqual([['15 ديسمبر', '2025-12-15']]);
    expect(starts('زار الرئيس باريس في 15 ديسمبر.', { prefer: 'future' })).toEqual([['15 ديسمبر', '2026-12-15']]);
  });
});

describe('a clause after a comma that goes on with «ثم»، «على أن»، «حيث»… keeps the future', () => {
  it.each([
    ['Levant, «ثم»', 'سيزور الرئيس باريس يوم الأحد، ثم يتوجه إلى روما في 3 ديسمبر.', [['الأحد', '2026-12-06'], ['3 ديسمبر', '2026-12-03']]],
    ['Gulf, «على أن»', 'ستنطلق المناورات في الكويت، على أن تختتم في 12 ديسمبر.', [['12 ديسمبر', '2026-12-12']]],
    ['Maghreb, two continued clauses', 'سيحل الوزير بالرباط، ثم يتوجه إلى نواكشوط، حيث يشارك في منتدى يوم 4 دجنبر.', [['4 دجنبر', '2026-12-04']]],
  ])('%s', (_, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('but not after a past clause, nor after a comma without a continuer', () => {
    expect(starts('زار الرئيس باريس، ثم توجه إلى روما في 3 ديسمبر.')).toEqual([['3 ديسمبر', '2025-12-03']]);
    expect(starts('سيزور الرئيس باريس، وكان قد زار روما في 3 ديسمبر.')).toEqual([['3 ديسمبر', '2025-12-03']]);
  });
});

describe('a present-tense verb of a scheduled event takes the nearer reading', () => {
  it.each([
    ['Levant, «تبدأ» and a month 3 days ahead', 'تبدأ الزيارة في 3 كانون الأول وتستمر يومين.', [['3 كانون الأول', '2026-12-03'], ['يومين', null]]],
    ['Maghreb, «يحل»', 'يحل الوزير بالرباط يوم 5 دجنبر.', [['5 دجنبر', '2026-12-05']]],
    ['Algeria, a month four months ahead', 'تنطلق الانتخابات المحلية في مارس.', [['مارس', '2027-03-01']]],
    ['Egypt, a day ten days back stays past', 'تعقد الجلسة في 20 نوفمبر.', [['20 نوفمبر', '2026-11-20']]],
    ['Iraq, a month a month back stays past', 'يزور الرئيس باريس في أكتوبر.', [['أكتوبر', '2026-10-01']]],
  ])('%s', (_, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('a date after «منذ» (or «مذ», every `since` entry of DATE_PREPOSITIONS) stays past, even after «سوف»', () => {
    // «سيبقى» is no marker: the clause is «سوف»'s, which without «منذ» makes the date the coming one.
    expect(starts('سوف يبقى في منصبه الذي يشغله منذ 3 ديسمبر.')).toEqual([['3 ديسمبر', '2025-12-03']]);
    expect(starts('سوف يبقى في منصبه الذي يشغله مذ 3 ديسمبر.')).toEqual([['3 ديسمبر', '2025-12-03']]);
    expect(starts('سوف يبقى في منصبه حتى 3 ديسمبر.')).toEqual([['3 ديسمبر', '2026-12-03']]);
    expect(starts('سيبقى في منصبه الذي يشغله منذ 3 ديسمبر.')).toEqual([['3 ديسمبر', '2025-12-03']]);
  });
});
