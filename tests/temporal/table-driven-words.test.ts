/**
 * Words the temporal code used to spell inline now come from the data tables: the readings they
 * drive stay the same, and the tables hold what the code picks from them.
 */
import { describe, expect, it } from 'vitest';
import { formatArabicDate } from '../../src/calendar/format';
import { ERA_MARKERS } from '../../src/data/era-markers';
import { EQUIVALENCE_WORDS, PERIOD_WORDS } from '../../src/data/relative-words';
import { findTemporal } from '../../src/temporal/find';

const OPTIONS = { reference: '2026-01-28' } as const;

function only(text: string) {
  const matches = findTemporal(text, OPTIONS);
  expect(matches).toHaveLength(1);
  return matches[0]!;
}

describe('words taken from the tables', () => {
  it('formatArabicDate writes the preferred era markers and equivalence word (one of each per table)', () => {
    expect(ERA_MARKERS.filter((e) => e.preferred).map((e) => [e.calendar, e.marker])).toEqual([['gregory', 'م'], ['islamic-umalqura', 'هـ']]);
    expect(EQUIVALENCE_WORDS.filter((w) => w.preferred).map((w) => w.word)).toEqual(['الموافق']);
    expect(formatArabicDate('2025-06-26', { calendar: 'both', dialect: 'egyptian' })).toBe('1 محرم 1447 هـ الموافق 26 يونيو 2025 م');
  });

  it('reads the hours 11 and 12 from HOUR_TEEN_HEADS (Gulf and Levant styles)', () => {
    const eleven = only('يبدأ الاجتماع الوزاري الخليجي الساعة الحادية عشرة');
    expect([eleven.text, eleven.value]).toEqual(['الساعة الحادية عشرة', { type: 'time', hour: 11, minute: 0 }]);
    const noon = only('بتلتقي اللجنة الساعة الاثنتي عشرة ظهرا');
    expect(noon.text).toBe('الساعة الاثنتي عشرة ظهرا');
    expect(noon.value).toMatchObject({ type: 'time', hour: 12, minute: 0 });
  });

  it('«العام» after a definite noun is the adjective of its PERIOD_WORDS entry, not a year', () => {
    expect(PERIOD_WORDS.filter((w) => w.adjective).map((w) => w.word)).toEqual(['العام']);
    expect(findTemporal('وقال الأمين العام المقبل للجامعة العربية', OPTIONS)).toEqual([]);
    expect(only('تستضيف بغداد القمة في العام المقبل').value).toMatchObject({ start: '2027-01-01', end: '2027-12-31' });
  });

  it('an ordinal weekday «من الشهر الحالي» (CURRENT_MONTH_WORDS) is one date in the reference month', () => {
    const text = 'تعقد الهيئة اجتماعها الخميس الثاني من الشهر الحالي';
    const match = only(text);
    expect([match.text, match.index]).toEqual(['الخميس الثاني من الشهر الحالي', text.indexOf('الخميس')]);
    expect(match.value).toMatchObject({ start: '2026-01-08' });
  });

  it('the nth weekday «قبل»/«بعد» a date takes its direction from DURATION_ANCHOR_SPELLINGS', () => {
    expect(only('ثاني جمعة قبل 1 مارس 2026').value).toMatchObject({ start: '2026-02-20', known: { weekday: 5 } });
    expect(only('ثالث ثلاثاء بعد 25 ديسمبر 2014').value).toMatchObject({ start: '2015-01-13', known: { weekday: 2 } });
  });

  it('a decade «من القرن العشرين» (LAST_CENTURY_WORDS) is in the 1900s, alone or after a part', () => {
    expect(only('شهدت المنطقة في التسعينيات من القرن العشرين موجة نزوح').value).toMatchObject({ start: '1990-01-01', end: '1999-12-31' });
    expect(only('عاد إلى الجزائر نهاية الثمانينات من القرن المنصرم').text).toBe('نهاية الثمانينات من القرن المنصرم');
  });
});
