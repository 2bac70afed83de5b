import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import { parseDate } from '../../src/temporal/parse-date';
import { onlyDate, REF, startOf } from './date-helpers';

// Reference: Wednesday 28 January 2026.
describe('relative days', () => {
  it.each([
    ['وصل الرئيس اليوم إلى موسكو', 'اليوم', '2026-01-28', 0],
    ['التقى الوفد أمس وزير الخارجية', 'أمس', '2026-01-27', -1],
    ['وصل البارحة إلى بيروت', 'البارحة', '2026-01-27', -1],
    ['غادر أول أمس إلى عمّان', 'أول أمس', '2026-01-26', -2],
    ['التقى الوزيران أمس الأول في الكويت', 'أمس الأول', '2026-01-26', -2],
    ['جرى الاتصال الهاتفي مساء أمس الأول', 'مساء أمس الأول', '2026-01-26', -2],
    ['يصل غدًا إلى الرياض', 'غدًا', '2026-01-29', 1],
    ['يصل غداً إلى الرياض', 'غداً', '2026-01-29', 1],
    ['يصل غدا إلى الكويت', 'غدا', '2026-01-29', 1],
    ['تعقد الجلسة بعد غد في الدوحة', 'بعد غد', '2026-01-30', 2],
    ['يلقي كلمة الليلة', 'الليلة', '2026-01-28', 0],
    ['أعلن صباح اليوم عن الزيارة', 'صباح اليوم', '2026-01-28', 0],
    ['وصل مساء أمس إلى الجزائر', 'مساء أمس', '2026-01-27', -1],
    ['يصل ظهر غد إلى تونس', 'ظهر غد', '2026-01-29', 1],
    ['يحل يومه بالرباط وزير الخارجية', 'يومه', '2026-01-28', 0],
    ['رجع بكرة عالشام', 'بكرة', '2026-01-29', 1],
  ])('%s', (sentence, text, iso, offset) => {
    const value = onlyDate(sentence);
    expect([value.text, value.index, value.start, value.end]).toEqual([text, sentence.indexOf(text), iso, iso]);
    expect(value.relative).toEqual({ unit: 'day', offset });
    expect(value.known).toEqual({});
  });

  it('«اليوم» before a definite adjective is not today', () => {
    expect(findTemporal('احتفلت البلاد باليوم الوطني', REF)).toEqual([]);
    expect(findTemporal('وفي اليوم التالي غادر', REF)).toEqual([]);
  });
});

describe('weekdays', () => {
  it('«الأربعاء الماضي» is strictly before the reference', () => {
    const value = onlyDate('التقى الوزير الأربعاء الماضي نظيره');
    expect([value.text, value.start, value.known]).toEqual(['الأربعاء الماضي', '2026-01-21', { weekday: 3 }]);
  });

  it('«يوم الخميس المقبل» is the next Thursday; «يوم» stays out of the span', () => {
    const value = onlyDate('تعقد القمة يوم الخميس المقبل');
    expect([value.text, value.start]).toEqual(['الخميس المقبل', '2026-01-29']);
  });

  it('a bare weekday follows prefer', () => {
    expect(onlyDate('وصل الجمعة إلى الرياض').start).toBe('2026-01-23');
    expect(onlyDate('يصل الجمعة إلى الرياض', { ...REF, prefer: 'future' }).start).toBe('2026-01-30');
    expect(onlyDate('وصل الجمعة إلى الرياض', { ...REF, prefer: 'nearest' }).start).toBe('2026-01-30');
  });

  it('«الاثنين» and «الأحد» need context: «الاثنين» is also "the two"', () => {
    expect(findTemporal('اتفق الاثنين على التعاون', REF)).toEqual([]);
    expect(onlyDate('وصل يوم الاثنين إلى القاهرة').start).toBe('2026-01-26');
    expect(onlyDate('من المقرر الأحد المقبل').start).toBe('2026-02-01');
  });

  it('the weekday of a named week follows the week start', () => {
    expect(onlyDate('الأحد من الأسبوع الماضي').start).toBe('2026-01-25');
    // In Cairo the week starts on Saturday: last week ran 17–23 January.
    expect(onlyDate('الأحد من الأسبوع الماضي', { ...REF, locale: 'ar-EG' }).start).toBe('2026-01-18');
  });
});

describe('relative periods', () => {
  it.each([
    ['الأسبوع الماضي', 'week', '2026-01-19', '2026-01-25'],
    ['الأسبوع المقبل', 'week', '2026-02-02', '2026-02-08'],
    ['الشهر الجاري', 'month', '2026-01-01', '2026-01-31'],
    ['الشهر الماضي', 'month', '2025-12-01', '2025-12-31'],
    ['الشهر الفائت', 'month', '2025-12-01', '2025-12-31'],
    ['العام المنصرم', 'year', '2025-01-01', '2025-12-31'],
    ['السنة الماضية', 'year', '2025-01-01', '2025-12-31'],
    ['العام القادم', 'year', '2027-01-01', '2027-12-31'],
    ['السنة الحالية', 'year', '2026-01-01', '2026-12-31'],
    ['هذا العام', 'year', '2026-01-01', '2026-12-31'],
  ])('%s', (text, precision, start, end) => {
    const value = onlyDate(`تحدث عن ${text} في كلمته`);
    expect([value.text, value.precision, value.start, value.end]).toEqual([text, precision, start, end]);
  });

  it('a week starts on the locale first day (Saturday in Syria)', () => {
    const value = onlyDate('الأسبوع الماضي', { ...REF, locale: 'ar-SY' });
    expect([value.start, value.end]).toEqual(['2026-01-17', '2026-01-23']);
  });

  it('«العام» after a definite noun is the adjective "general"', () => {
    expect(findTemporal('استقبل الأمين العام السابق للأمم المتحدة', REF)).toEqual([]);
  });

  it('beginnings, middles and ends', () => {
    const late = onlyDate('أواخر الشهر الماضي');
    expect([late.start, late.end, late.modifier, late.precision]).toEqual(['2025-12-21', '2025-12-31', 'end', 'month']);
    const early = onlyDate('مطلع العام');
    expect([early.start, early.end, early.modifier]).toEqual(['2026-01-01', '2026-04-30', 'start']);
    const mid = onlyDate('منتصف آذار');
    expect([mid.start, mid.end]).toEqual(['2025-03-11', '2025-03-20']);
    const eighties = onlyDate('نهاية الثمانينات');
    expect([eighties.precision, eighties.start, eighties.end]).toEqual(['decade', '1987-01-01', '1989-12-31']);
    expect(onlyDate('منذ بداية 2025').start).toBe('2025-01-01');
  });

  it('periodParts: halves reads a start or an end as half of the period, as Recognizers does', () => {
    const halves = { ...REF, periodParts: 'halves' as const };
    const spans = (text: string) => {
      const value = parseDate(text, halves);
      return value?.type === 'date' ? [value.start, value.end, value.modifier] : value;
    };
    expect(spans('نهاية شهر مارس 2025')).toEqual(['2025-03-16', '2025-03-31', 'end']);
    expect(spans('مطلع شباط 2024')).toEqual(['2024-02-01', '2024-02-15', 'start']);
    expect(spans('أواخر العام الماضي')).toEqual(['2025-07-01', '2025-12-31', 'end']);
    expect(spans('بداية الأسبوع المقبل')).toEqual(['2026-02-02', '2026-02-04', 'start']);
    expect(spans('نهاية الثمانينات')).toEqual(['1985-01-01', '1989-12-31', 'end']);
    // A middle stays the middle third.
    expect(spans('منتصف آذار 2025')).toEqual(['2025-03-11', '2025-03-20', 'middle']);
    // The default is thirds.
    expect(onlyDate('نهاية شهر مارس 2025').start).toBe('2025-03-21');
  });

  it('quarters and halves', () => {
    const q1 = onlyDate('في الربع الأول من العام');
    expect([q1.precision, q1.start, q1.end]).toEqual(['quarter', '2026-01-01', '2026-03-31']);
    const h2 = onlyDate('النصف الثاني من 2025');
    expect([h2.precision, h2.start, h2.end, h2.known]).toEqual(['half', '2025-07-01', '2025-12-31', { year: 2025 }]);
    expect(onlyDate('الربع الأخير من العام الماضي').start).toBe('2025-10-01');
  });

  it('decades', () => {
    const value = onlyDate('في الثمانينيات');
    expect([value.start, value.end]).toEqual(['1980-01-01', '1989-12-31']);
  });

  it('the nth weekday of a month', () => {
    expect(onlyDate('آخر اثنين من شهر آذار 2026').start).toBe('2026-03-30');
    expect(onlyDate('أول ثلاثاء من شهر تشرين الأول 2025').start).toBe('2025-10-07');
  });
});

describe('vague dates', () => {
  it.each(['قبل أيام', 'في الآونة الأخيرة', 'مؤخرًا'])('%s is vague with no days', (text) => {
    const value = onlyDate(`التقى الطرفان ${text} في جنيف`);
    expect(value.text).toBe(text);
    expect(value.vague).toBe(true);
    expect(value.start).toBeUndefined();
    expect(value.end).toBeUndefined();
  });
});

describe('holidays', () => {
  it('Islamic holidays follow the Umm al-Qura calendar', () => {
    const fitr = onlyDate('يزور عمان بعد عيد الفطر 2025');
    expect([fitr.start, fitr.calendar, fitr.hijri]).toEqual(['2025-03-30', 'islamic-umalqura', { year: 1446, month: 10, day: 1 }]);
    expect(startOf(parseDate('عيد الأضحى', REF))).toBe('2025-06-06');
  });

  it('Easter is computed', () => {
    expect(startOf(parseDate('عيد الفصح 2025'))).toBe('2025-04-20');
  });
});

describe('a relative day with its weekday', () => {
  it('«صباح اليوم الأربعاء» is one match, today, with the weekday known', () => {
    const value = onlyDate('وقع الانفجار صباح اليوم الأربعاء في الحي');
    expect([value.text, value.start, value.known, value.warnings]).toEqual(['صباح اليوم الأربعاء', '2026-01-28', { weekday: 3 }, undefined]);
  });

  it('a weekday that is not the reference weekday is kept and warned about', () => {
    const value = onlyDate('وصل اليوم الثلاثاء');
    expect(value.start).toBe('2026-01-28');
    expect(value.warnings?.[0]).toContain('2026-01-28');
  });
});

describe('later and earlier in a period', () => {
  it('«في وقت لاحق من هذا الشهر» is the end of this month', () => {
    const value = onlyDate('يزور الوفد بغداد في وقت لاحق من هذا الشهر');
    expect([value.text, value.start, value.end, value.modifier]).toEqual(['في وقت لاحق من هذا الشهر', '2026-01-21', '2026-01-31', 'end']);
  });

  it('«العقد الماضي» is the previous decade', () => {
    const value = onlyDate('شهد العقد الماضي تحولات كبيرة');
    expect([value.precision, value.start, value.end]).toEqual(['decade', '2010-01-01', '2019-12-31']);
  });
});

describe('a weekday with an ordinal', () => {
  it('«الأحد الثاني» is the second Sunday of the reference month', () => {
    expect(onlyDate('الاجتماع الأحد الثاني').start).toBe('2026-01-11');
  });

  it('«السبت السابع عشر» is the Saturday that falls on the 17th', () => {
    expect(onlyDate('الاجتماع السبت السابع عشر').start).toBe('2026-01-17');
  });
});

describe('«الغد» is tomorrow after «حتى», still «the future» elsewhere', () => {
  const read = (text: string) =>
    findTemporal(text, REF).map((m) => {
      const v = m.value;
      return [m.text, m.index, v.type === 'range' && v.from.type === 'date' && v.to.type === 'date' ? `${v.from.start}..${v.to.end}` : v.type === 'date' ? v.start : v.type];
    });

  it('Gulf: «اليوم حتى الغد» is today to tomorrow, «حتى الغد» alone from today', () => {
    expect(read('تستمر التقلبات الجوية اليوم حتى الغد')).toEqual([['اليوم حتى الغد', 22, '2026-01-28..2026-01-29']]);
    expect(read('يبقى المعبر مغلقا حتى الغد')).toEqual([['حتى الغد', 18, '2026-01-28..2026-01-29']]);
  });

  it('«تحديات الغد» and «نظرة إلى الغد» are no day', () => {
    expect(read('ناقش المنتدى تحديات الغد')).toEqual([]);
    expect(read('قدم الوزير نظرة إلى الغد')).toEqual([]);
  });
});

describe('a relative day followed by the date of that same day is one date', () => {
  it('Maghreb: «اليوم الأربعاء 28 يناير 2026» is one match, the date’s fields known, the relative day kept', () => {
    const sentence = 'حل وزير الخارجية الإسباني بنواكشوط اليوم الأربعاء 28 يناير 2026 في زيارة رسمية';
    const date = onlyDate(sentence);
    expect([date.text, date.index, date.start, date.known, date.relative]).toEqual(['اليوم الأربعاء 28 يناير 2026', sentence.indexOf('اليوم'), '2026-01-28', { year: 2026, month: 1, day: 28, weekday: 3 }, { unit: 'day', offset: 0 }]);
  });

  it('Gulf: «مساء أمس الثلاثاء 27 يناير» and «أمس 27 يناير»', () => {
    expect(onlyDate('وصل ولي العهد إلى الرياض مساء أمس الثلاثاء 27 يناير')).toMatchObject({ text: 'مساء أمس الثلاثاء 27 يناير', start: '2026-01-27', partOfDay: 'evening' });
    expect(onlyDate('وصل ولي العهد إلى الرياض أمس 27 يناير')).toMatchObject({ text: 'أمس 27 يناير', start: '2026-01-27' });
  });

  it('a date of another day stays apart', () => {
    expect(findTemporal('أعلن اليوم 15 يناير موعدا للانتخابات', REF).map((m) => m.text)).toEqual(['اليوم', '15 يناير']);
  });
});

describe('«العام الجديد» is the coming year late in a year, the current one early in it', () => {
  it.each([
    ['Gulf, written in November', 'مع بداية العام الجديد تدخل الضريبة حيز التنفيذ', '2026-11-30', 'بداية العام الجديد', '2027-01-01', '2027-04-30'],
    ['Levant, written in January', 'مع بداية العام الجديد تدخل الضريبة حيز التنفيذ', '2026-01-05', 'بداية العام الجديد', '2026-01-01', '2026-04-30'],
    ['Egypt, the whole year', 'وتعهد الوزير بخفض الأسعار في السنة الجديدة', '2026-12-20', 'السنة الجديدة', '2027-01-01', '2027-12-31'],
  ])('%s', (_, sentence, reference, text, start, end) => {
    const date = onlyDate(sentence, { reference });
    expect([date.text, date.index, date.start, date.end]).toEqual([text, sentence.indexOf(text), start, end]);
  });

  it('«المدير العام الجديد» is a new director-general, no year', () => {
    expect(findTemporal('تم تعيين المدير العام الجديد للشركة', { reference: '2026-11-30' })).toEqual([]);
  });
});
