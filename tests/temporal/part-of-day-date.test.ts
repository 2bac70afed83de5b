import { describe, expect, it } from 'vitest';
import { DAY_PART_PREFIXES } from '../../src/data/times-of-day';
import { findTemporal } from '../../src/temporal/find';
import { parseDate } from '../../src/temporal/parse-date';
import type { DateValue, TimeValue } from '../../src/temporal/types';
import { onlyDate, onlyMatch, REF } from './date-helpers';

// REF is Wednesday 28 January 2026.

describe('a part of the day before a weekday or a date', () => {
  it('Levant: «مساء الخميس» is last Thursday, in the evening, the match starting at «مساء»', () => {
    const date = onlyDate('وصل وزير الخارجية الأردني إلى دمشق مساء الخميس في زيارة رسمية');
    expect(date).toMatchObject({ text: 'مساء الخميس', index: 35 });
    expect(date.start).toBe('2026-01-22');
    expect(date.end).toBe('2026-01-22');
    expect(date.known).toEqual({ weekday: 4 });
    expect(date.partOfDay).toBe('evening');
  });

  it('Gulf: «صباح الأحد المقبل» is next Sunday morning', () => {
    const date = onlyDate('يستقبل أمير قطر ولي عهد الكويت صباح الأحد المقبل');
    expect(date).toMatchObject({ text: 'صباح الأحد المقبل', index: 31, start: '2026-02-01', partOfDay: 'morning' });
  });

  it('Levant: «عصر السبت 14 شباط 2026» keeps the merged weekday and date', () => {
    const date = onlyDate('تبدأ المحادثات عصر السبت 14 شباط 2026 في بيروت');
    expect(date).toMatchObject({ text: 'عصر السبت 14 شباط 2026', index: 15, start: '2026-02-14', partOfDay: 'afternoon' });
    expect(date.known).toEqual({ year: 2026, month: 2, day: 14, weekday: 6 });
    expect(date.warnings).toBeUndefined();
  });

  it('Maghreb: «مساء يوم الثلاثاء الماضي», with «يوم» between', () => {
    const date = onlyDate('حل وزير الخارجية المغربي بنواكشوط مساء يوم الثلاثاء الماضي');
    expect(date).toMatchObject({ text: 'مساء يوم الثلاثاء الماضي', index: 34, start: '2026-01-27', partOfDay: 'evening', relative: { unit: 'day', offset: -1 } });
  });

  it('Maghreb: «صبيحة يوم الأحد» is a morning', () => {
    expect(onlyDate('استقبل جلالة الملك صبيحة يوم الأحد وزير خارجية موريتانيا')).toMatchObject({ text: 'صبيحة يوم الأحد', index: 19, start: '2026-01-25', partOfDay: 'morning' });
  });

  it('Gulf: «ظهيرة الخميس» is noon; «في ساعة متأخرة من مساء الخميس» keeps the day with its part', () => {
    // «يصل» schedules it: the nearer Thursday, tomorrow (PRESENT_SCHEDULE_MARKERS).
    expect(onlyDate('يصل ولي العهد إلى مسقط ظهيرة الخميس')).toMatchObject({ text: 'ظهيرة الخميس', index: 23, start: '2026-01-29', partOfDay: 'noon' });
    expect(onlyDate('انتهت المشاورات في ساعة متأخرة من مساء الخميس')).toMatchObject({ text: 'مساء الخميس', index: 34, start: '2026-01-22', partOfDay: 'evening' });
  });

  it('Levant: «قبل ظهر أمس» is yesterday morning (was yesterday noon), «قبيل ظهر الخميس» likewise', () => {
    expect(onlyDate('عقدت اللجنة اجتماعها قبل ظهر أمس في السراي')).toMatchObject({ text: 'قبل ظهر أمس', index: 21, start: '2026-01-27', partOfDay: 'morning' });
    expect(onlyDate('وصل الموفد قبيل ظهر الخميس')).toMatchObject({ text: 'قبيل ظهر الخميس', index: 11, start: '2026-01-22', partOfDay: 'morning' });
  });

  it('Egypt: «مساء 14 شباط 2026» is an evening date, not 14:00', () => {
    const match = onlyMatch('يصل الوفد المصري إلى عمان مساء 14 شباط 2026');
    expect(match).toMatchObject({ kind: 'date', text: 'مساء 14 شباط 2026', index: 26, end: 43 });
    expect(match.value).toMatchObject({ type: 'date', start: '2026-02-14', partOfDay: 'evening' });
  });

  it('Iraq: «فجر الجمعة» is dawn of last Friday; a proclitic stays out of the span', () => {
    expect(onlyDate('وصل الكاظمي إلى الرياض فجر الجمعة')).toMatchObject({ text: 'فجر الجمعة', index: 23, start: '2026-01-23', partOfDay: 'dawn' });
    expect(onlyDate('انتهى الاجتماع وظهر الخميس عقد مؤتمر صحفي')).toMatchObject({ text: 'ظهر الخميس', index: 16, start: '2026-01-22', partOfDay: 'noon' });
  });

  it('every part except the eve only adds `partOfDay` to the value of the day alone', () => {
    for (const { spelling, partOfDay, eve } of DAY_PART_PREFIXES) {
      if (eve) continue;
      for (const day of ['الخميس', 'الأحد المقبل', '15 تشرين الأول الماضي', 'يوم الثلاثاء']) {
        const alone = parseDate(day, REF) as DateValue;
        expect(parseDate(`${spelling} ${day}`, REF), `${spelling} ${day}`).toEqual({ ...alone, partOfDay });
      }
    }
  });
});

describe('«ليلة» + a weekday is the night before it', () => {
  it('Levant: «ليلة الجمعة» is Thursday night: Thursday, the text’s Friday fields implied as Thursday’s', () => {
    const date = onlyDate('شنت الطائرات غارات ليلة الجمعة على مواقع في ريف إدلب');
    expect(date).toMatchObject({ text: 'ليلة الجمعة', index: 19 });
    expect(date.start).toBe('2026-01-22');
    expect(date.end).toBe('2026-01-22');
    expect(date.known).toEqual({});
    expect(date.implied).toEqual({ year: 2026, month: 1, day: 22, weekday: 4 });
    expect(date.relative).toEqual({ unit: 'day', offset: -6 });
    expect(date.partOfDay).toBe('night');
  });

  it('«ليلة الخميس المقبل» is Wednesday night, the reference day itself', () => {
    expect(onlyDate('تعقد القمة الخليجية ليلة الخميس المقبل')).toMatchObject({ start: '2026-01-28', implied: { weekday: 3 }, relative: { unit: 'day', offset: 0 }, partOfDay: 'night' });
  });

  it('«عشية» is the eve: «عشية يوم الأحد» is Saturday evening, «عشية الخميس المقبل» next Wednesday evening', () => {
    expect(onlyDate('وصل المبعوث الأممي إلى بيروت عشية يوم الأحد')).toMatchObject({ text: 'عشية يوم الأحد', index: 29, start: '2026-01-24', implied: { weekday: 6 }, partOfDay: 'evening' });
    expect(onlyDate('تنطلق الاحتفالات في الدوحة عشية الخميس المقبل')).toMatchObject({ text: 'عشية الخميس المقبل', index: 27, start: '2026-01-28', partOfDay: 'evening' });
  });

  it('Tunisia, Algeria, Libya: with their locale «عشية الأحد» is Sunday afternoon, as their press writes it', () => {
    const sentence = 'انطلقت عشية الأحد بتونس العاصمة أشغال الندوة الوطنية';
    expect(onlyDate(sentence, { ...REF, locale: 'ar-TN' })).toMatchObject({ text: 'عشية الأحد', index: 7, start: '2026-01-25', known: { weekday: 7 }, partOfDay: 'afternoon' });
    expect(onlyDate(sentence, { ...REF, locale: 'ar-DZ' })).toMatchObject({ start: '2026-01-25', partOfDay: 'afternoon' });
    expect(onlyDate(sentence)).toMatchObject({ start: '2026-01-24', partOfDay: 'evening' });
    expect(onlyDate(sentence, { ...REF, locale: 'ar-LB' })).toMatchObject({ start: '2026-01-24', partOfDay: 'evening' });
  });

  it('«ليلة الجمعة 30 كانون الثاني 2026» is Thursday 29th', () => {
    expect(onlyDate('ليلة الجمعة 30 كانون الثاني 2026')).toMatchObject({ start: '2026-01-29', known: {}, implied: { year: 2026, month: 1, day: 29, weekday: 4 }, partOfDay: 'night' });
  });

  it('a Hijri date keeps its day: «ليلة الجمعة 3 رمضان 1447» is already 3 Ramadan', () => {
    const date = onlyDate('ليلة الجمعة 3 رمضان 1447');
    expect(date).toMatchObject({ calendar: 'islamic-umalqura', start: '2026-02-20', hijri: { year: 1447, month: 9, day: 3 }, partOfDay: 'night' });
    expect(date.warnings).toBeUndefined();
  });

  it('every part of the day gives an ambiguous weekday its context: «في ساعة متأخرة من ليل الأحد»، «صبيحة الاثنين»', () => {
    expect(onlyDate('وصل الرئيس إلى نواكشوط في ساعة متأخرة من ليل الأحد')).toMatchObject({ text: 'ليل الأحد', index: 41, start: '2026-01-25', partOfDay: 'night' });
    expect(onlyDate('استقبل الأمير ضيوفه صبيحة الاثنين')).toMatchObject({ text: 'صبيحة الاثنين', index: 20, start: '2026-01-26', partOfDay: 'morning' });
  });

  it('«ليل الخميس» is Thursday’s own night, «ليلة أمس» and «ليلة 14 شباط 2026» their day’s night', () => {
    expect(onlyDate('ليل الخميس')).toMatchObject({ start: '2026-01-22', known: { weekday: 4 }, partOfDay: 'night' });
    expect(onlyDate('سمعت انفجارات ليلة أمس في بغداد')).toMatchObject({ text: 'ليلة أمس', start: '2026-01-27', partOfDay: 'night' });
    expect(onlyDate('ليلة 14 شباط 2026')).toMatchObject({ start: '2026-02-14', partOfDay: 'night' });
  });

  it('the night between two days is the first day’s night, one match: «ليلة الخميس الجمعة»، «ليل الخميس - الجمعة»', () => {
    for (const written of ['ليلة الخميس الجمعة', 'ليلة الخميس إلى الجمعة', 'ليلة الخميس على الجمعة', 'ليل الخميس - الجمعة']) {
      const date = onlyDate(`دارت اشتباكات عنيفة ${written} في محيط المطار`);
      expect(date, written).toMatchObject({ text: written, index: 20, start: '2026-01-22', end: '2026-01-22', known: { weekday: 4 }, partOfDay: 'night' });
    }
  });

  it('two days that do not follow each other are no night between them', () => {
    const matches = findTemporal('ليلة الخميس السبت', REF);
    expect(matches[0]).toMatchObject({ text: 'ليلة الخميس', value: { start: '2026-01-21', partOfDay: 'night' } });
  });

  it('a clock time after the eve is on the eve: «ليلة الجمعة الساعة 10» is Thursday 22:00', () => {
    const match = onlyMatch('ليلة الجمعة الساعة 10');
    expect(match.value).toMatchObject({ type: 'time', hour: 22, minute: 0, partOfDay: 'night', date: { start: '2026-01-22' } });
  });
});

describe('a part of the day before a relative day', () => {
  it.each([
    ['وصل رئيس الوزراء العراقي إلى طهران فجر اليوم', 'فجر اليوم', 35, '2026-01-28', 'dawn'],
    ['التقى الرئيس المصري نظيره الفرنسي ظهر أمس في القاهرة', 'ظهر أمس', 34, '2026-01-27', 'noon'],
    ['يغادر الوفد القطري صباح الغد متوجها إلى أنقرة', 'صباح الغد', 19, '2026-01-29', 'morning'],
    ['يعقد المجلس جلسته بعد ظهر اليوم', 'بعد ظهر اليوم', 18, '2026-01-28', 'afternoon'],
    ['وصل الموفد الأممي صباح اليوم إلى صنعاء', 'صباح اليوم', 18, '2026-01-28', 'morning'],
  ] as const)('%s', (sentence, text, index, start, partOfDay) => {
    expect(onlyDate(sentence)).toMatchObject({ text, index, start, end: start, partOfDay });
  });
});

describe('a clock time with the day keeps the date-time reading', () => {
  it('«مساء الخميس الساعة 8» is 20:00 on Thursday; the date itself has no part', () => {
    const match = onlyMatch('يلتقي الوزيران مساء الخميس الساعة 8');
    expect(match).toMatchObject({ kind: 'time', text: 'مساء الخميس الساعة 8', index: 15 });
    const value = match.value as TimeValue;
    expect(value).toMatchObject({ hour: 20, minute: 0, partOfDay: 'evening' });
    expect(value.date).toEqual({ ...(parseDate('الخميس', REF) as DateValue) });
  });

  it('«الساعة العاشرة من صباح الخميس» and «الساعة 10 صباح الأحد»', () => {
    expect(onlyMatch('الساعة العاشرة من صباح الخميس').value).toEqual({ type: 'time', hour: 10, minute: 0, partOfDay: 'morning', date: parseDate('الخميس', REF) });
    expect(onlyMatch('الساعة 10 صباح الأحد')).toMatchObject({ text: 'الساعة 10 صباح الأحد', value: { hour: 10, partOfDay: 'morning', date: { start: '2026-01-25' } } });
  });

  it('a range of two days with their parts', () => {
    const match = onlyMatch('تستمر المفاوضات من مساء الخميس إلى صباح السبت');
    expect(match).toMatchObject({ kind: 'range', text: 'من مساء الخميس إلى صباح السبت', index: 16 });
    expect(match.value).toMatchObject({ from: { start: '2026-01-22', partOfDay: 'evening' }, to: { start: '2026-01-24', partOfDay: 'morning' } });
  });
});

describe('greetings and other words are no part of a day', () => {
  it.each(['صباح الخير يا عراق', 'مساء النور', 'مساء الخير على الجميع', 'عصر النهضة العربية', 'فجر جديد للمنطقة', 'ليلة سعيدة', 'برنامج صباح الخير يا مصر'])('%s', (text) => {
    expect(findTemporal(text, REF)).toEqual([]);
  });

  it('a part of the day before a month or a week is left out of the match', () => {
    const month = onlyDate('مساء شهر رمضان 1447');
    expect(month).toMatchObject({ text: 'شهر رمضان 1447', index: 5, precision: 'month', start: '2026-02-18' });
    expect(month.partOfDay).toBeUndefined();
    const week = onlyDate('صباح الأسبوع المقبل');
    expect(week).toMatchObject({ text: 'الأسبوع المقبل', index: 5, precision: 'week', start: '2026-02-02' });
    expect(week.partOfDay).toBeUndefined();
  });
});
