import { describe, expect, it } from 'vitest';
import { lookupWeekday, parseWeekday, WEEKDAY_SOURCE } from '../../src/calendar/weekdays';
import { WEEKDAYS } from '../../src/data/weekdays';
import { normalizeArabic, normalizeWithMap, originalSpan } from '../../src/text/normalize';
import { buildRegex, WORD_END, WORD_START } from '../../src/text/regex';
import { ARABIC_LOCALES } from './arabic-locales';

describe('parseWeekday', () => {
  it.each([
    ['الأحد', 7],
    ['الاحد', 7],
    ['الاثنين', 1],
    ['الإثنين', 1],
    ['الأثنين', 1],
    ['الاتنين', 1],
    ['الثلاثاء', 2],
    ['الثلاثا', 2],
    ['الأربعاء', 3],
    ['الاربعاء', 3],
    ['الأربعا', 3],
    ['الخميس', 4],
    ['الجمعة', 5],
    ['الجمعه', 5],
    ['السبت', 6],
    ['يوم الجمعة', 5],
    ['يومَ الأحد', 7],
    ['يومه الخميس', 4],
    ['  يوم   السبت ', 6],
    ['يوم اثنين', 1],
    ['يوم خميس', 4],
    ['يوم جمعة', 5],
    ['يوم أحد', 7],
  ])('%s → %d', (text, expected) => {
    expect(parseWeekday(text)).toBe(expected);
  });

  it.each(['', 'يوم', 'يومه', 'اثنين', 'أحد', 'خميس', 'سبت', 'الجمع', 'جمعة', 'اليوم', 'الخميس القادم', 'Friday', '\uD83D', 'ي'.repeat(1_000_000)])('%j → null', (text) => {
    expect(parseWeekday(text)).toBeNull();
  });

  it('reads every weekday name of every Arabic locale of Intl (full style)', () => {
    const missing: string[] = [];
    for (const locale of ARABIC_LOCALES) {
      const formatter = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
      for (let day = 0; day < 7; day++) {
        // 2025-10-13 is a Monday (ISO 1).
        const date = new Date(Date.UTC(2025, 9, 13 + day));
        const name = formatter.format(date);
        if (parseWeekday(name) !== day + 1) missing.push(`${locale} ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every table entry and lookupWeekday agree', () => {
    for (const entry of WEEKDAYS) {
      expect(parseWeekday(entry.spelling), entry.spelling).toBe(entry.afterPrefixOnly ? null : entry.weekday);
      expect(lookupWeekday(normalizeArabic(`يوم ${entry.spelling}`)), entry.spelling).toBe(entry.weekday);
    }
  });

  it('has exactly one preferred spelling per weekday', () => {
    for (let weekday = 1; weekday <= 7; weekday++) {
      expect(WEEKDAYS.filter((e) => e.weekday === weekday && e.preferred)).toHaveLength(1);
    }
  });
});

describe('WEEKDAY_SOURCE', () => {
  const WEEKDAY = buildRegex('test/calendar/weekday', `${WORD_START}${WEEKDAY_SOURCE}${WORD_END}`, 'g');

  function find(text: string) {
    const normalized = normalizeWithMap(text);
    return [...normalized.text.matchAll(WEEKDAY)].map((m) => {
      const span = originalSpan(normalized, m.index, m.index + m[0].length);
      return [text.slice(span.index, span.end), lookupWeekday(m[0]), span.index] as const;
    });
  }

  it('finds a weekday with its يوم/يومه in running text, with original offsets', () => {
    expect(find('وصل الوفد المغربي يومه الجمعة إلى نواكشوط')).toEqual([['يومه الجمعة', 5, 18]]);
    expect(find('التقى الوزيران يوم الإثنين في عمّان')).toEqual([['يوم الإثنين', 1, 15]]);
    expect(find('تُعقد الجلسة الأربعاء والخميس')).toEqual([['الأربعاء', 3, 13]]);
    expect(find('يجتمع المجلس كل يوم اثنين، لا أحد غاب')).toEqual([['يوم اثنين', 1, 16]]);
  });

  it('has no capturing groups', () => {
    expect(buildRegex('test/calendar/weekday-groups', `|${WEEKDAY_SOURCE}`).exec('')).toHaveLength(1);
  });
});
