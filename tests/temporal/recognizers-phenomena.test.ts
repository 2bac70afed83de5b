/**
 * Readings added for the phenomena of Recognizers-Text's Arabic date specs: month-first days, numeric
 * dates whose order is unambiguous, two-digit years, year-month numbers, seasons, the weekend, stretches
 * of periods, «يوم 27», the week of a day and the nth week of a year. Sentences written for this test.
 * Reference: Monday 2016-11-07 (the specs' day) unless said otherwise.
 */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import { parseDate } from '../../src/temporal/parse-date';
import { onlyDate, onlyRange } from './date-helpers';

const MON = { reference: '2016-11-07' };
const MON_FUTURE = { reference: '2016-11-07', prefer: 'future' as const };

describe('month first («يناير 1»)', () => {
  it('reads a day in digits after a Gregorian month name, with its offsets', () => {
    const d = onlyDate('تعود البعثة إلى القاهرة في يناير 1', MON_FUTURE);
    expect([d.text, d.index, d.start, d.known]).toEqual(['يناير 1', 27, '2017-01-01', { month: 1, day: 1 }]);
    // «سيصل»: a future verb makes the coming January the one meant (no `prefer` given).
    expect(onlyDate('سيصل الوفد يناير-1', MON).start).toBe('2017-01-01');
    expect(onlyDate('وصل الوفد يناير-1', MON).start).toBe('2016-01-01');
  });

  it('reads an ordinal day and a year in digits or words', () => {
    expect(onlyDate('وقّع الاتفاق يوم الاثنين، يناير الثاني والعشرين، 2018', MON).start).toBe('2018-01-22');
    expect(onlyDate('جرى ذلك في سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعين', MON).start).toBe('1978-09-21');
    expect(onlyDate('افتتح البرلمان في سبتمبر10، ألف وتسعمائة وواحد', MON).start).toBe('1901-09-10');
    expect(onlyDate('تنطلق الدورة مايو الحادي عشر', MON).start).toBe('2016-05-11');
  });

  it('does not read a verb followed by a count («مارس 3 مرات»)', () => {
    expect(findTemporal('مارس 3 مرات ضغوطا على الحكومة', MON)).toEqual([]);
  });
});

describe('numeric dates whose order is unambiguous', () => {
  it('reads month-first and day-first pairs when one side cannot be a month', () => {
    expect(onlyDate('يعود السفير 4/22', MON_FUTURE).start).toBe('2017-04-22');
    expect(onlyDate('يعود السفير 22/04', MON).start).toBe('2016-04-22');
    expect(onlyDate('الاجتماع في 22-4', MON).start).toBe('2016-04-22');
    expect(onlyDate('الاجتماع في 4.22', MON).start).toBe('2016-04-22');
  });

  it('reads two-digit years, month first only when the day fixes the order', () => {
    expect(onlyDate('صدر القرار 18-9-15', MON).start).toBe('2015-09-18');
    expect(onlyDate('صدر القرار 9-18-15', MON).start).toBe('2015-09-18');
    expect(onlyDate('نُشر البيان 16/04/21', MON).start).toBe('2021-04-16');
  });

  it('reads a year and a month in digits as that month', () => {
    for (const text of ['سأخرج 2015/3', 'سأخرج 3-2015', 'سأخرج 2015.3']) {
      const d = onlyDate(text, MON);
      expect([d.precision, d.start, d.end]).toEqual(['month', '2015-03-01', '2015-03-31']);
    }
  });

  it('leaves decimals, scores and ratios alone', () => {
    expect(findTemporal('ارتفع المؤشر 2015.3 نقطة', MON)).toEqual([]);
    expect(findTemporal('سجل النمو 4.5% في الربع', MON).filter((m) => m.text.includes('4.5'))).toEqual([]);
    expect(findTemporal('فاز الفريق 22-4 على ضيفه', MON)).toEqual([]);
    expect(findTemporal('بلغت النسبة 12/15 في المائة', MON)).toEqual([]);
  });
});

describe('seasons', () => {
  it('reads a season with a year, a direction or «هذا»', () => {
    const summer = onlyDate('سافرنا صيف 2016 إلى تونس', MON);
    expect([summer.precision, summer.start, summer.end, summer.known]).toEqual(['season', '2016-06-01', '2016-08-31', { year: 2016 }]);
    expect(onlyDate('نعود الربيع القادم', MON).start).toBe('2017-03-01');
    expect(onlyDate('كان الشتاء الماضي قاسيا في عمّان', MON).start).toBe('2015-12-01');
    expect(onlyDate('الحصاد هذا الخريف', MON).end).toBe('2016-11-30');
  });

  it('does not read a bare season or «الربيع العربي»', () => {
    expect(findTemporal('انطلق الربيع العربي من تونس', MON)).toEqual([]);
    expect(findTemporal('نحب الصيف في الإسكندرية', MON)).toEqual([]);
    expect(findTemporal('صدر في شهر ربيع الأول', MON).map((m) => m.value.type === 'date' && m.value.precision)).toEqual(['month']);
  });
});

describe('the weekend', () => {
  it('is Saturday–Sunday with the ISO week and Friday–Saturday with a Saturday or Sunday week', () => {
    const iso = onlyDate('نلتقي في عطلة نهاية الأسبوع', MON);
    expect([iso.text, iso.start, iso.end]).toEqual(['عطلة نهاية الأسبوع', '2016-11-12', '2016-11-13']);
    const egypt = onlyDate('نلتقي عطلة نهاية الأسبوع المقبل', { ...MON, locale: 'ar-EG' });
    expect([egypt.start, egypt.end]).toEqual(['2016-11-18', '2016-11-19']);
  });
});

describe('stretches of periods', () => {
  it('reads «3 أيام القادمة», «آخر 3 سنوات», duals and «في» before a plural', () => {
    expect(onlyRange('سأغيب 3 أيام القادمة', MON)).toEqual(['2016-11-08', '2016-11-10', '3 أيام القادمة']);
    expect(onlyRange('تراجعت الصادرات آخر 3 سنوات', MON)).toEqual(['2013-01-01', '2015-12-31', 'آخر 3 سنوات']);
    expect(onlyRange('تغيرت بغداد كثيرا في العقدين الماضيين', MON)).toEqual(['1990-01-01', '2009-12-31', 'العقدين الماضيين']);
    expect(onlyRange('سأخرج في الأسابيع الثلاثة الماضية', MON)).toEqual(['2016-10-17', '2016-11-06', 'في الأسابيع الثلاثة الماضية']);
  });

  it('reads «الأسبوع بعد القادم» two weeks ahead and few-weeks phrases as vague', () => {
    const week = onlyDate('الزيارة الأسبوع بعد القادم', MON);
    expect([week.start, week.end]).toEqual(['2016-11-21', '2016-11-27']);
    const vague = onlyDate('تصاعد التوتر في الأسابيع القليلة الماضية', MON);
    expect([vague.vague, vague.precision, vague.start]).toEqual([true, 'week', undefined]);
  });

  it('«3 أيام» alone stays a duration', () => {
    expect(findTemporal('استمرت المحادثات 3 أيام', MON).map((m) => m.kind)).toEqual(['duration']);
  });
});

describe('a day after «يوم»', () => {
  it('reads «يوم 27» in a nearby month, by prefer', () => {
    const past = onlyDate('عاد الوفد يوم 27', MON);
    expect([past.text, past.start, past.known]).toEqual(['يوم 27', '2016-10-27', { day: 27 }]);
    expect(onlyDate('يصل الوزير يوم 21 في الرباط', MON_FUTURE).start).toBe('2016-11-21');
  });

  it('does not read a count after «يوم» or a bare number', () => {
    expect(findTemporal('سقط يوم 21 قتيلا في الاشتباكات', MON)).toEqual([]);
    expect(findTemporal('عدت في 22', MON)).toEqual([]);
  });

  it('joins a weekday and its day before a particle', () => {
    const d = onlyDate('اجتماع يوم الأربعاء 27 مع وفد الكويت', MON);
    expect([d.text, d.start, d.known]).toEqual(['الأربعاء 27', '2016-07-27', { day: 27, weekday: 3 }]);
  });
});

describe('a period named by the date after it', () => {
  it('reads the week of a day', () => {
    const d = onlyDate('ما جدول أسبوع 15 سبتمبر؟', MON);
    expect([d.text, d.precision, d.start, d.end]).toEqual(['أسبوع 15 سبتمبر', 'week', '2016-09-12', '2016-09-18']);
  });

  it('reads the nth week or quarter of a year in digits or words', () => {
    const week = onlyDate('سأخرج الأسبوع الثالث من عام 2027', MON);
    expect([week.start, week.end]).toEqual(['2027-01-18', '2027-01-24']);
    const quarter = onlyDate('نما الاقتصاد في الربع الأول من عام ألفين وعشرين', MON);
    expect([quarter.text, quarter.start, quarter.end]).toEqual(['الربع الأول من عام ألفين وعشرين', '2020-01-01', '2020-03-31']);
  });
});

describe('more periods', () => {
  it('reads the part of a season, but not of «الربيع العربي» or «ربيع دمشق»', () => {
    const mid = onlyDate('ماذا عن منتصف الصيف؟', MON);
    expect([mid.text, mid.modifier, mid.start]).toEqual(['منتصف الصيف', 'middle', '2016-07-01']);
    expect(findTemporal('منذ نهاية الربيع العربي', MON)).toEqual([]);
    expect(findTemporal('منذ نهاية ربيع دمشق', MON)).toEqual([]);
  });

  it('reads a decade without the article and «العام المقبل» after an ordinal', () => {
    const decade = onlyDate('شهدت سبعينيات القرن الماضي ازدهارا', MON);
    expect([decade.text, decade.start, decade.end]).toEqual(['سبعينيات', '1970-01-01', '1979-12-31']);
    const week = onlyDate('سأخرج الأسبوع الثالث العام المقبل', MON);
    expect([week.text, week.start]).toEqual(['الأسبوع الثالث العام المقبل', '2017-01-16']);
    expect(findTemporal('قال الأمين العام السابق', MON)).toEqual([]);
  });

  it('reads two ordinal days after «بين» joined by «و»', () => {
    expect(onlyRange('تُعقد الدورة بين الخامس عشر والتاسع عشر من نوفمبر', MON)).toEqual(['2016-11-15', '2016-11-19', 'بين الخامس عشر والتاسع عشر من نوفمبر']);
    expect(findTemporal('الفرق بين الأول والثاني من الفريق كبير', MON)).toEqual([]);
  });

  it('joins a weekday and a month-first date after a Latin comma', () => {
    expect(onlyDate('الاثنين, يناير الثاني والعشرين, 2018', MON)).toMatchObject({ start: '2018-01-22', known: { weekday: 1, day: 22, month: 1, year: 2018 } });
  });

  it('reads two weekdays inside a named week as one range', () => {
    expect(onlyRange('نرتب لقاء الأسبوع المقبل بين الأربعاء والجمعة.', MON)).toEqual(['2016-11-16', '2016-11-18', 'الأسبوع المقبل بين الأربعاء والجمعة']);
    expect(onlyRange('الورشة هذا الأسبوع من الثلاثاء إلى الخميس', MON)).toEqual(['2016-11-08', '2016-11-10', 'هذا الأسبوع من الثلاثاء إلى الخميس']);
  });
});

describe('years', () => {
  it('reads three-digit years after a year noun and «في 1970» ending a clause', () => {
    expect(onlyDate('بُني المسجد عام 247', MON).start).toBe('0247-01-01');
    expect(onlyDate('وُلد الشاعر في 1970.', MON).start).toBe('1970-01-01');
    expect(findTemporal('وزعت المساعدات في 2030 موقعا', MON)).toEqual([]);
  });
});

describe('spans', () => {
  it('«هذا اليوم» is «اليوم»; «ما بين» starts at «بين»; «قبل يوم أمس» is two days back', () => {
    expect(onlyDate('سأعود هذا اليوم', MON).text).toBe('اليوم');
    expect(onlyRange('سأخرج ما بين 4 و 22 هذا الشهر', MON)).toEqual(['2016-11-04', '2016-11-22', 'بين 4 و 22 هذا الشهر']);
    expect(onlyDate('سأعود قبل يوم أمس', MON).start).toBe('2016-11-05');
  });

  it('«هذا يوم الجمعة» is one span: the coming Friday', () => {
    expect(onlyDate('سأعود هذا يوم الجمعة', MON)).toMatchObject({ text: 'هذا يوم الجمعة', start: '2016-11-11' });
  });

  it('whole-string parseDate reads «يوم 15» but not a bare number (a count as often as a day)', () => {
    expect(parseDate('يوم 15', MON)).toMatchObject({ start: '2016-10-15', known: { day: 15 } });
    expect(parseDate('في 15', MON)).toBeNull();
  });
});
