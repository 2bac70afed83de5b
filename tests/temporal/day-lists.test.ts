import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import type { DateValue, RangeValue, TemporalMatch, TemporalOptions } from '../../src/temporal/types';

// Wednesday 28 January 2026.
const REF: TemporalOptions = { reference: '2026-01-28' };
const FUTURE: TemporalOptions = { reference: '2026-01-28', prefer: 'future' };

/** What a reader checks of a date match: the text, its offsets in the input and the day. */
function day(match: TemporalMatch): [string, number, number, string | undefined] {
  expect(match.kind).toBe('date');
  return [match.text, match.index, match.end, (match.value as DateValue).start];
}

function days(text: string, options: TemporalOptions = REF): [string, number, number, string | undefined][] {
  return findTemporal(text, options).map(day);
}

function range(match: TemporalMatch): [string, number, number, string | undefined, string | undefined] {
  expect(match.kind).toBe('range');
  const value = match.value as RangeValue;
  return [match.text, match.index, match.end, (value.from as DateValue).start, (value.to as DateValue).start];
}

describe('days of a month joined by «و» that are not consecutive: one date per day', () => {
  it('«يومي 12 و15 آذار» (Levant): the bare day takes the month and year of the last', () => {
    expect(days('وتجري الانتخابات البلدية يومي 12 و15 آذار', FUTURE)).toEqual([
      ['12', 30, 32, '2026-03-12'],
      ['15 آذار', 34, 41, '2026-03-15'],
    ]);
  });

  it('«أيام 5 و7 و9 أبريل» (Egypt): three dates', () => {
    expect(days('وتقام العروض المسرحية أيام 5 و7 و9 أبريل', FUTURE)).toEqual([
      ['5', 27, 28, '2026-04-05'],
      ['7', 30, 31, '2026-04-07'],
      ['9 أبريل', 33, 40, '2026-04-09'],
    ]);
  });

  it('«في 3 و10 و17 من الشهر المقبل» (Gulf): month and year implied by «الشهر المقبل»', () => {
    const matches = findTemporal('ويعقد المجلس جلساته في 3 و10 و17 من الشهر المقبل', REF);
    expect(matches.map(day)).toEqual([
      ['3', 23, 24, '2026-02-03'],
      ['10', 26, 28, '2026-02-10'],
      ['17 من الشهر المقبل', 30, 48, '2026-02-17'],
    ]);
    for (const match of matches) expect((match.value as DateValue).implied).toEqual({ year: 2026, month: 2 });
    expect(matches.map((m) => (m.value as DateValue).known)).toEqual([{ day: 3 }, { day: 10 }, { day: 17 }]);
  });

  it('a written year belongs to every day (Maghreb, leading zeros)', () => {
    const matches = findTemporal('وتنظم المباريات في 05 و19 ماي 2026', REF);
    expect(matches.map(day)).toEqual([
      ['05', 19, 21, '2026-05-05'],
      ['19 ماي 2026', 23, 34, '2026-05-19'],
    ]);
    expect((matches[0]!.value as DateValue).known).toEqual({ day: 5, month: 5, year: 2026 });
  });

  it('a year borrowed from the last day is implied, a direction word reaches every day (Iraq)', () => {
    const matches = findTemporal('وزار الوفد بغداد مرتين، في 2 و24 تموز الماضي', REF);
    expect(matches.map(day)).toEqual([
      ['2', 27, 28, '2025-07-02'],
      ['24 تموز الماضي', 30, 44, '2025-07-24'],
    ]);
    expect([(matches[0]!.value as DateValue).known, (matches[0]!.value as DateValue).implied]).toEqual([{ day: 2, month: 7 }, { year: 2025 }]);
  });

  it('a preposition with a glued «و» gives context too', () => {
    expect(days('وفي 12 و15 آذار الماضي جرت جولتان من المحادثات')).toEqual([
      ['12', 4, 6, '2025-03-12'],
      ['15 آذار الماضي', 8, 22, '2025-03-15'],
    ]);
  });

  it('keeps consecutive lists and «بين» as ranges', () => {
    expect(findTemporal('تنعقد الدورة يومي 12 و13 آذار', FUTURE).map(range)).toEqual([['يومي 12 و13 آذار', 13, 29, '2026-03-12', '2026-03-13']]);
    expect(findTemporal('وتقام الفعاليات أيام 5 و6 و7 أبريل', FUTURE).map(range)).toEqual([['أيام 5 و6 و7 أبريل', 16, 34, '2026-04-05', '2026-04-07']]);
    expect(findTemporal('تستمر الهدنة بين 12 و15 آذار', FUTURE).map(range)).toEqual([['بين 12 و15 آذار', 13, 28, '2026-03-12', '2026-03-15']]);
  });

  it.each([
    // No «يومي/أيام» or preposition before the days: «12» may count something else.
    ['زار 12 و15 أكتوبر', [['15 أكتوبر', 8, 17, '2025-10-15']]],
    // Days out of order are no list.
    ['في 15 و12 آذار', [['12 آذار', 7, 14, '2025-03-12']]],
    // A day the month does not have spoils the list.
    ['في 27 و30 شباط', []],
    // «يومي» names exactly two days.
    ['يومي 12 و14 و16 مارس', [['16 مارس', 13, 20, '2025-03-16']]],
    // No month: counts, not days.
    ['قتل في الهجوم 3 و10 أصيبوا', []],
  ])('%s', (text, expected) => {
    expect(days(text)).toEqual(expected);
  });
});

describe('weekdays after «أيام»', () => {
  it.each([
    'تفتح المتاحف أيام الجمعة والسبت', // Gulf: a weekly schedule
    'وتغلق الأسواق الشعبية أيام الجمعة', // a single weekday after «أيام» recurs too
    'ويجتمع المجلس البلدي كل يوم خميس', // «كل»: every Thursday
    'ويصلي المصلون في الأقصى كل جمعة',
    'وكل يوم جمعة يخرج المحتجون إلى الساحة', // «و» glued to «كل»
    'يومي الأحد والخميس', // two days that do not follow each other, with no direction: which week?
  ])('a schedule or an unknown week gives no date: %s', (text) => {
    expect(findTemporal(text, REF)).toEqual([]);
  });

  it('«يوم الجمعة» (singular) stays a date', () => {
    expect(days('ووصل الوفد يوم الجمعة', REF)).toEqual([['الجمعة', 15, 21, '2026-01-23']]);
  });

  it('with a direction, consecutive weekdays are a range (Egypt, Levant)', () => {
    expect(findTemporal('ويقام المهرجان أيام الجمعة والسبت المقبلة في القاهرة', REF).map(range)).toEqual([['أيام الجمعة والسبت المقبلة', 15, 41, '2026-01-30', '2026-01-31']]);
    expect(findTemporal('وتتواصل الجلسات أيام الجمعة والسبت والأحد القادمة', REF).map(range)).toEqual([['أيام الجمعة والسبت والأحد القادمة', 16, 49, '2026-01-30', '2026-02-01']]);
  });

  it('with a direction, weekdays that do not follow each other are one date each, in order', () => {
    // Next: Sunday 1 February, then the Thursday after it.
    expect(days('ويزور المبعوث الأممي الخرطوم يومي الأحد والخميس المقبلين', REF)).toEqual([
      ['الأحد', 34, 39, '2026-02-01'],
      ['الخميس المقبلين', 41, 56, '2026-02-05'],
    ]);
    // Past: the most recent Thursday, and the Sunday before it.
    expect(days('وكان الوزير قد التقى السفير يومي الأحد والخميس الماضيين', REF)).toEqual([
      ['الأحد', 33, 38, '2026-01-18'],
      ['الخميس الماضيين', 40, 55, '2026-01-22'],
    ]);
    expect(days('وتعقد اللجنة اجتماعاتها أيام الأحد والثلاثاء والخميس القادمة', REF)).toEqual([
      ['الأحد', 29, 34, '2026-02-01'],
      ['الثلاثاء', 36, 44, '2026-02-03'],
      ['الخميس القادمة', 46, 60, '2026-02-05'],
    ]);
  });
});

describe('two weekdays without «يومي», paired by a dual direction word', () => {
  const reference = { reference: '2026-11-30' }; // a Monday

  it.each([
    ['Egypt, next', 'يعقد المؤتمر الثلاثاء والأربعاء المقبلين في القاهرة.', 'الثلاثاء والأربعاء المقبلين', '2026-12-01', '2026-12-02'],
    ['Levant, last: the last day is the most recent', 'اجتمع الوزراء الأحد والاثنين الماضيين في عمّان.', 'الأحد والاثنين الماضيين', '2026-11-22', '2026-11-23'],
    ['Maghreb, a glued «و» stays out', 'وتنظم الدورة والجمعة والسبت المقبلين بالرباط.', 'الجمعة والسبت المقبلين', '2026-12-04', '2026-12-05'],
  ])('%s', (_, sentence, text, from, to) => {
    const matches = findTemporal(sentence, reference);
    expect(matches.map((m) => [m.kind, m.text, m.index])).toEqual([['range', text, sentence.indexOf(text)]]);
    const value = matches[0]!.value as RangeValue;
    expect([value.from.type === 'date' ? value.from.start : null, value.to.type === 'date' ? value.to.end : null]).toEqual([from, to]);
  });

  it('without a direction word two weekdays stay unpaired', () => {
    expect(findTemporal('يعمل المكتب الثلاثاء والأربعاء', reference).map((m) => m.kind)).not.toContain('range');
  });
});
