import { describe, expect, it } from 'vitest';
import { MONTH_TABLES } from '../../src/data/months/index';
import { lookupMonth, MONTH_DIALECTS, MONTH_NAME_SOURCE, monthNames, monthSpellings, parseMonthName } from '../../src/calendar/months';
import { CalendarRangeError } from '../../src/calendar/errors';
import { normalizeArabic, normalizeWithMap, originalSpan } from '../../src/text/normalize';
import { buildRegex, WORD_END, WORD_START } from '../../src/text/regex';
import { ARABIC_LOCALES } from './arabic-locales';

const month = (text: string) => {
  const result = parseMonthName(text);
  return result && `${result.calendar}:${result.month}`;
};

describe('parseMonthName — every dialect', () => {
  it.each([
    ['كانون الثاني', 'gregory:1'],
    ['كانون ثاني', 'gregory:1'],
    ['شباط', 'gregory:2'],
    ['آذار', 'gregory:3'],
    ['اذار', 'gregory:3'],
    ['نيسان', 'gregory:4'],
    ['أيار', 'gregory:5'],
    ['ايار', 'gregory:5'],
    ['حزيران', 'gregory:6'],
    ['تموز', 'gregory:7'],
    ['آب', 'gregory:8'],
    ['اب', 'gregory:8'],
    ['أيلول', 'gregory:9'],
    ['ايلول', 'gregory:9'],
    ['تشرين الأول', 'gregory:10'],
    ['تشرين أول', 'gregory:10'],
    ['تشرين الثاني', 'gregory:11'],
    ['تشرين ثاني', 'gregory:11'],
    ['كانون الأول', 'gregory:12'],
    ['كانون أول', 'gregory:12'],
    ['مايس', 'gregory:5'],
    ['يناير', 'gregory:1'],
    ['فبراير', 'gregory:2'],
    ['مارس', 'gregory:3'],
    ['أبريل', 'gregory:4'],
    ['إبريل', 'gregory:4'],
    ['ابريل', 'gregory:4'],
    ['مايو', 'gregory:5'],
    ['يونيو', 'gregory:6'],
    ['يونيه', 'gregory:6'],
    ['يوليو', 'gregory:7'],
    ['يوليه', 'gregory:7'],
    ['أغسطس', 'gregory:8'],
    ['اغسطس', 'gregory:8'],
    ['سبتمبر', 'gregory:9'],
    ['أكتوبر', 'gregory:10'],
    ['اكتوبر', 'gregory:10'],
    ['نوفمبر', 'gregory:11'],
    ['ديسمبر', 'gregory:12'],
    ['جانفي', 'gregory:1'],
    ['فيفري', 'gregory:2'],
    ['أفريل', 'gregory:4'],
    ['ماي', 'gregory:5'],
    ['جوان', 'gregory:6'],
    ['جويلية', 'gregory:7'],
    ['أوت', 'gregory:8'],
    ['يوليوز', 'gregory:7'],
    ['غشت', 'gregory:8'],
    ['شتنبر', 'gregory:9'],
    ['نونبر', 'gregory:11'],
    ['دجنبر', 'gregory:12'],
    ['أغشت', 'gregory:8'],
    ['شتمبر', 'gregory:9'],
    ['دجمبر', 'gregory:12'],
    ['محرم', 'islamic-umalqura:1'],
    ['المحرم', 'islamic-umalqura:1'],
    ['صفر', 'islamic-umalqura:2'],
    ['ربيع الأول', 'islamic-umalqura:3'],
    ['ربيع أول', 'islamic-umalqura:3'],
    ['ربيع الآخر', 'islamic-umalqura:4'],
    ['ربيع الثاني', 'islamic-umalqura:4'],
    ['جمادى الأولى', 'islamic-umalqura:5'],
    ['جمادى الأول', 'islamic-umalqura:5'],
    ['جمادى الآخرة', 'islamic-umalqura:6'],
    ['جمادى الثانية', 'islamic-umalqura:6'],
    ['رجب', 'islamic-umalqura:7'],
    ['شعبان', 'islamic-umalqura:8'],
    ['رمضان', 'islamic-umalqura:9'],
    ['شوال', 'islamic-umalqura:10'],
    ['ذو القعدة', 'islamic-umalqura:11'],
    ['ذي القعدة', 'islamic-umalqura:11'],
    ['ذو الحجة', 'islamic-umalqura:12'],
    ['ذي الحجة', 'islamic-umalqura:12'],
    ['الشهر العاشر', 'gregory:10'],
    ['الشهر الحادي عشر', 'gregory:11'],
    ['شهر 10', 'gregory:10'],
    ['شهر ١٠', 'gregory:10'],
    ['الشهر 3', 'gregory:3'],
    ['شهر 03', 'gregory:3'],
    ['شهر رمضان', 'islamic-umalqura:9'],
    ['شهر عشرة', 'gregory:10'],
    ['شهر ثلاث', 'gregory:3'],
    ['شهر تلاتة', 'gregory:3'],
    ['شهر اثنا عشر', 'gregory:12'],
    ['شهرَ أكتوبر', 'gregory:10'],
    ['شهر تشرين الأول/أكتوبر', 'gregory:10'],
  ])('%s → %s', (text, expected) => {
    expect(month(text)).toBe(expected);
  });

  it('ignores harakat, tatweel and surrounding spaces', () => {
    expect(month('  تِشْرِينَ الأوَّل ')).toBe('gregory:10');
    expect(month('أكتـــوبر')).toBe('gregory:10');
    expect(month('ذُو الْحِجَّة')).toBe('islamic-umalqura:12');
  });

  it('names every dialect that uses a spelling', () => {
    expect(parseMonthName('شباط')?.dialects).toEqual(['levantine', 'iraqi']);
    expect(parseMonthName('مايس')?.dialects).toEqual(['iraqi']);
    expect(parseMonthName('جانفي')?.dialects).toEqual(['algerian', 'tunisian']);
    expect(parseMonthName('ماي')?.dialects).toEqual(['algerian', 'tunisian', 'moroccan']);
    expect(parseMonthName('غشت')?.dialects).toEqual(['moroccan']);
    expect(parseMonthName('إبريل')?.dialects).toEqual(['egyptian', 'gulf', 'moroccan', 'mauritanian']);
    expect(parseMonthName('رمضان')?.dialects).toEqual(['hijri']);
    expect(parseMonthName('شهر 10')?.dialects).toEqual(['numbered']);
  });
});

describe('parseMonthName — combined forms', () => {
  it.each([
    ['تشرين الأول/أكتوبر', 'gregory:10'],
    ['أكتوبر/تشرين الأول', 'gregory:10'],
    ['أكتوبر (تشرين الأول)', 'gregory:10'],
    ['تشرين الأول (أكتوبر)', 'gregory:10'],
    ['تشرين الأول - أكتوبر', 'gregory:10'],
    ['تشرين الأول – أكتوبر', 'gregory:10'],
    ['نيسان / أبريل', 'gregory:4'],
    ['آب/أغسطس', 'gregory:8'],
    ['جويلية/يوليو', 'gregory:7'],
    ['كانون الثاني| يناير', 'gregory:1'],
  ])('%s → %s', (text, expected) => {
    expect(month(text)).toBe(expected);
  });

  it('joins the dialects of both names', () => {
    expect(parseMonthName('مايس/أيار')?.dialects).toEqual(['levantine', 'iraqi']);
    expect(parseMonthName('غشت (أغسطس)')?.dialects).toEqual(['egyptian', 'gulf', 'moroccan']);
  });

  it.each(['نيسان / مايو', 'تشرين الأول/نوفمبر', 'أكتوبر (تشرين الثاني)', 'رمضان/مارس', 'أكتوبر/', '/أكتوبر', 'أكتوبر (تشرين الأول', 'أكتوبر (تشرين الأول) (أكتوبر)', 'آب/أغسطس/أغسطس'])(
    'two names that disagree or a broken form are not a month: %s',
    (text) => {
      expect(parseMonthName(text)).toBeNull();
    },
  );
});

describe('parseMonthName — bad input', () => {
  it.each([
    '',
    ' ',
    'تشرين',
    'كانون',
    'الشهر الثالث عشر',
    'شهر 13',
    'شهر 0',
    'شهر واحد',
    'الشهر عشرة',
    'شهر',
    'شهر الشهر العاشر',
    'شهر شهر 10',
    'شهر شهر رمضان',
    'October',
    '15 أكتوبر',
    'أكتوبر 2025',
    '\uD800',
    'أكتوبر\uDC00',
    '🙂',
  ])('%j → null', (text) => {
    expect(parseMonthName(text)).toBeNull();
  });

  it('answers null for a megabyte without scanning it', () => {
    expect(parseMonthName('أكتوبر'.repeat(200_000))).toBeNull();
    expect(lookupMonth('ا'.repeat(1_000_000))).toBeNull();
  });

  it('answers null, not a throw, for non-strings passed from JavaScript', () => {
    expect(parseMonthName(undefined as unknown as string)).toBeNull();
    expect(lookupMonth(42 as unknown as string)).toBeNull();
  });
});

describe('monthNames', () => {
  it.each([
    ['levantine', 'كانون الثاني', 'تشرين الأول', 'كانون الأول'],
    ['iraqi', 'كانون الثاني', 'تشرين الأول', 'كانون الأول'],
    ['egyptian', 'يناير', 'أكتوبر', 'ديسمبر'],
    ['gulf', 'يناير', 'أكتوبر', 'ديسمبر'],
    ['algerian', 'جانفي', 'أكتوبر', 'ديسمبر'],
    ['tunisian', 'جانفي', 'أكتوبر', 'ديسمبر'],
    ['moroccan', 'يناير', 'أكتوبر', 'دجنبر'],
    ['mauritanian', 'يناير', 'أكتوبر', 'دجمبر'],
    ['hijri', 'محرم', 'شوال', 'ذو الحجة'],
    ['numbered', 'الشهر الأول', 'الشهر العاشر', 'الشهر الثاني عشر'],
  ] as const)('%s: January %s, October %s, December %s', (dialect, first, tenth, last) => {
    const names = monthNames(dialect);
    expect(names).toHaveLength(12);
    expect([names[0], names[9], names[11]]).toEqual([first, tenth, last]);
  });

  it('the Maghrebi tables are not reversed or shifted (date-fns bug)', () => {
    expect(monthNames('tunisian')).toEqual(['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']);
    expect(monthNames('moroccan')).toEqual(['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر']);
  });

  it('every name it gives parses back to its own month', () => {
    for (const dialect of MONTH_DIALECTS) {
      monthNames(dialect).forEach((name, index) => {
        const parsed = parseMonthName(name);
        expect(parsed?.month, `${dialect} ${name}`).toBe(index + 1);
        expect(parsed?.dialects, `${dialect} ${name}`).toContain(dialect);
      });
    }
  });

  it('throws CalendarRangeError naming the dialect for an unknown one', () => {
    expect(() => monthNames('martian' as never)).toThrow(CalendarRangeError);
    expect(() => monthNames('martian' as never)).toThrow(/martian.*levantine/);
  });
});

describe('symmetry of the tables', () => {
  it('every table has twelve months with exactly one preferred spelling each', () => {
    for (const table of MONTH_TABLES) {
      const months = new Set(table.entries.map((e) => e.month));
      expect([...months].sort((a, b) => a - b), table.dialect).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      for (let m = 1; m <= 12; m++) {
        expect(table.entries.filter((e) => e.month === m && e.preferred), `${table.dialect} month ${m}`).toHaveLength(1);
      }
      expect(['gregory', 'islamic-umalqura'], table.dialect).toContain(table.calendar);
    }
  });

  it('no normalized spelling maps to two different (calendar, month) pairs', () => {
    const seen = new Map<string, string>();
    const conflicts: string[] = [];
    for (const table of MONTH_TABLES) {
      for (const entry of table.entries) {
        const key = normalizeArabic(entry.spelling);
        const value = `${table.calendar}:${entry.month}`;
        const known = seen.get(key);
        if (known !== undefined && known !== value) conflicts.push(`${entry.spelling}: ${known} vs ${value}`);
        seen.set(key, value);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('lookupMonth gives the same answer as parseMonthName for every spelling', () => {
    for (const table of MONTH_TABLES) {
      for (const entry of table.entries) {
        expect(lookupMonth(normalizeArabic(entry.spelling)), entry.spelling).toEqual(parseMonthName(entry.spelling));
        expect(parseMonthName(entry.spelling)?.month, entry.spelling).toBe(entry.month);
      }
    }
  });
});

describe('every month name Intl produces for an Arabic locale is in the tables', () => {
  it('discovers the Arabic locales of this ICU', () => {
    expect(ARABIC_LOCALES).toEqual(expect.arrayContaining(['ar', 'ar-AE', 'ar-DZ', 'ar-EG', 'ar-IQ', 'ar-MA', 'ar-MR', 'ar-SA', 'ar-SY', 'ar-TN']));
  });

  it.each(['gregory', 'islamic-umalqura'] as const)('calendar %s: long and short, standalone and format context', (calendar) => {
    const numeric = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { month: 'numeric', timeZone: 'UTC' });
    // One day in each month of a year of that calendar.
    const days: Date[] = [];
    for (let t = Date.UTC(2025, 0, 10); t < Date.UTC(2026, 0, 25); t += 14 * 86_400_000) days.push(new Date(t));
    const missing: string[] = [];
    let checked = 0;
    for (const locale of ARABIC_LOCALES) {
      for (const width of ['long', 'short'] as const) {
        const standalone = new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}`, { month: width, timeZone: 'UTC' });
        const inContext = new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}`, { month: width, day: 'numeric', year: 'numeric', timeZone: 'UTC' });
        for (const day of days) {
          const expected = Number(numeric.format(day));
          for (const formatter of [standalone, inContext]) {
            const name = formatter.formatToParts(day).find((p) => p.type === 'month')?.value ?? '';
            const parsed = parseMonthName(name);
            checked++;
            if (parsed?.calendar !== calendar || parsed.month !== expected) missing.push(`${locale} ${width} ${JSON.stringify(name)} (month ${expected})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(ARABIC_LOCALES.length * 100);
  });
});

describe('MONTH_NAME_SOURCE', () => {
  const MONTH = buildRegex('test/calendar/month', `${WORD_START}${MONTH_NAME_SOURCE}${WORD_END}`, 'g');

  function find(text: string): Array<{ text: string; month: number | undefined; index: number; end: number }> {
    const normalized = normalizeWithMap(text);
    return [...normalized.text.matchAll(MONTH)].map((m) => {
      const span = originalSpan(normalized, m.index, m.index + m[0].length);
      return { text: text.slice(span.index, span.end), month: lookupMonth(m[0])?.month, ...span };
    });
  }

  it('has no capturing groups', () => {
    const groups = buildRegex('test/calendar/month-groups', `|${MONTH_NAME_SOURCE}`).exec('');
    expect(groups).toHaveLength(1);
  });

  it('covers a combined form in one match, with offsets in the original (Levant)', () => {
    const text = 'زار الوفد دمشق في ١٥ تشرينَ الأول/أكتوبر ٢٠٢٥ ثم عاد في آذار';
    expect(find(text)).toEqual([
      { text: 'تشرينَ الأول/أكتوبر', month: 10, index: 21, end: 40 },
      { text: 'آذار', month: 3, index: 56, end: 60 },
    ]);
  });

  it('finds Iraqi, Egyptian, Gulf and Maghrebi names in running text', () => {
    expect(find('انعقدت القمة في بغداد يوم 14 مايس').map((m) => [m.text, m.month])).toEqual([['مايس', 5]]);
    expect(find('يزور الرئيس القاهرة في يونيه المقبل').map((m) => [m.text, m.month])).toEqual([['يونيه', 6]]);
    expect(find('وصل الوزير إلى الرياض في 3 أبريل (نيسان)').map((m) => [m.text, m.month])).toEqual([['أبريل (نيسان)', 4]]);
    expect(find('استقبل الملك بالرباط يومه الخميس 7 غشت 2025').map((m) => [m.text, m.month])).toEqual([['غشت', 8]]);
    expect(find('التقى الرئيس تبون نظيره في 5 جويلية').map((m) => [m.text, m.month])).toEqual([['جويلية', 7]]);
  });

  it('prefers the longest spelling and leaves two different months apart', () => {
    expect(find('في ابريل').map((m) => m.text)).toEqual(['ابريل']);
    expect(find('بين أكتوبر/نوفمبر').map((m) => [m.text, m.month])).toEqual([
      ['أكتوبر', 10],
      ['نوفمبر', 11],
    ]);
  });

  it('does not match inside longer words', () => {
    expect(find('الأبرياء والمارسون صفرية')).toEqual([]);
  });

  it('every normalized spelling of the tables matches as a whole', () => {
    const whole = buildRegex('test/calendar/month-whole', `^${MONTH_NAME_SOURCE}$`);
    for (const spelling of monthSpellings().keys()) expect(whole.test(spelling), spelling).toBe(true);
  });
});
