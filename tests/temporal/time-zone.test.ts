import { describe, expect, it } from 'vitest';
import { TIME_ZONE_LEADS, TIME_ZONE_PLACES } from '../../src/data/time-zones';
import { normalizeArabic } from '../../src/text/normalize';
import { findTemporal } from '../../src/temporal/find';
import type { RangeValue, TimeValue } from '../../src/temporal/types';
import { onlyMatch, REF } from './date-helpers';

/** The only match of `text` as a time, with its span. */
function onlyTime(text: string): TimeValue & { text: string; index: number; end: number } {
  const match = onlyMatch(text);
  if (match.value.type !== 'time') throw new Error(`«${match.text}» is a ${match.value.type}`);
  return { ...match.value, text: match.text, index: match.index, end: match.end };
}

describe('a time zone after a clock time', () => {
  it('Gulf: «الساعة 10 صباحًا بتوقيت مكة المكرمة» is 10:00 Asia/Riyadh', () => {
    const time = onlyTime('تنطلق القمة الخليجية الساعة 10 صباحًا بتوقيت مكة المكرمة في الرياض');
    expect(time).toMatchObject({ text: 'الساعة 10 صباحًا بتوقيت مكة المكرمة', index: 21, end: 56 });
    expect(time).toMatchObject({ hour: 10, minute: 0, partOfDay: 'morning', timeZone: 'Asia/Riyadh' });
  });

  it('Levant: «الساعة التاسعة مساءً بتوقيت بيروت» and «بتوقيت القدس»', () => {
    expect(onlyTime('يلقي الأمين العام كلمته الساعة التاسعة مساءً بتوقيت بيروت')).toMatchObject({
      text: 'الساعة التاسعة مساءً بتوقيت بيروت',
      index: 24,
      hour: 21,
      timeZone: 'Asia/Beirut',
    });
    expect(onlyTime('يبدأ الإضراب الساعة 9 بتوقيت القدس')).toMatchObject({ text: 'الساعة 9 بتوقيت القدس', index: 13, hour: 9, timeZone: 'Asia/Jerusalem' });
  });

  it('Greenwich in every spelling, GMT, UTC (lower case too) and «ت.غ» are UTC', () => {
    for (const written of ['بتوقيت غرينتش', 'بتوقيت جرينتش', 'بتوقيت غرنتش', 'GMT', 'UTC', 'gmt', 'بتوقيت gmt', 'ت.غ', 'بالتوقيت العالمي الموحد']) {
      const time = onlyTime(`أقلعت الطائرة في الساعة 14:00 ${written}`);
      expect(time, written).toMatchObject({ text: `الساعة 14:00 ${written}`, index: 17, hour: 14, minute: 0, timeZone: 'UTC' });
    }
  });

  it('an offset from Greenwich is an Etc zone (IANA inverts the sign)', () => {
    expect(onlyTime('الساعة 10 بتوقيت غرينتش +3')).toMatchObject({ text: 'الساعة 10 بتوقيت غرينتش +3', timeZone: 'Etc/GMT-3' });
    expect(onlyTime('الساعة 10:30 GMT-5')).toMatchObject({ text: 'الساعة 10:30 GMT-5', hour: 10, minute: 30, timeZone: 'Etc/GMT+5' });
    expect(onlyTime('الساعة 10 GMT+0')).toMatchObject({ text: 'الساعة 10 GMT+0', timeZone: 'UTC' });
  });

  it('Egypt: a zone in brackets «(بتوقيت القاهرة)» is part of the match', () => {
    expect(onlyTime('تذاع المباراة الساعة 18:00 (بتوقيت القاهرة) على القناة الأولى')).toMatchObject({
      text: 'الساعة 18:00 (بتوقيت القاهرة)',
      index: 14,
      end: 43,
      timeZone: 'Africa/Cairo',
    });
  });

  it('Maghreb: «العاشرة بتوقيت الجزائر» — a zone makes an ordinal hour a time', () => {
    expect(onlyTime('يستأنف الحوار العاشرة بتوقيت الجزائر')).toMatchObject({ text: 'العاشرة بتوقيت الجزائر', index: 14, hour: 10, timeZone: 'Africa/Algiers' });
  });

  it('Iraq: «الثالثة عصرًا بالتوقيت المحلي» is read whole and sets no zone', () => {
    const time = onlyTime('تبدأ الجلسة الثالثة عصرًا بالتوقيت المحلي في بغداد');
    expect(time).toMatchObject({ text: 'الثالثة عصرًا بالتوقيت المحلي', index: 12, hour: 15, partOfDay: 'afternoon' });
    expect(time.timeZone).toBeUndefined();
    expect(onlyTime('الساعة 7 بتوقيت محلي').text).toBe('الساعة 7 بتوقيت محلي');
  });

  it('«بتوقيت عمان» is Amman; Oman is «سلطنة عمان» or «مسقط»', () => {
    expect(onlyTime('الساعة 11 بتوقيت عمان').timeZone).toBe('Asia/Amman');
    expect(onlyTime('الساعة 11 بتوقيت سلطنة عمان').timeZone).toBe('Asia/Muscat');
    expect(onlyTime('الساعة 11 بتوقيت مسقط').timeZone).toBe('Asia/Muscat');
  });

  it('a range of times: both ends take the zone', () => {
    const match = onlyMatch('يفتح المعبر من 5 إلى 6 مساءً بتوقيت بيروت');
    expect(match).toMatchObject({ kind: 'range', text: 'من 5 إلى 6 مساءً بتوقيت بيروت', index: 12 });
    const { from, to } = match.value as RangeValue;
    expect(from).toEqual({ type: 'time', hour: 17, minute: 0, partOfDay: 'evening', timeZone: 'Asia/Beirut' });
    expect(to).toEqual({ type: 'time', hour: 18, minute: 0, partOfDay: 'evening', timeZone: 'Asia/Beirut' });
  });

  it('with a day: before the time, or after it with the zone at the end', () => {
    expect(onlyTime('يصل الوفد الخميس الساعة 8 بتوقيت الدوحة')).toMatchObject({
      text: 'الخميس الساعة 8 بتوقيت الدوحة',
      index: 10,
      hour: 8,
      timeZone: 'Asia/Qatar',
      date: { start: '2026-01-22' },
    });
    expect(onlyTime('الساعة العاشرة من صباح الخميس بتوقيت القدس')).toMatchObject({
      text: 'الساعة العاشرة من صباح الخميس بتوقيت القدس',
      index: 0,
      hour: 10,
      partOfDay: 'morning',
      timeZone: 'Asia/Jerusalem',
      date: { start: '2026-01-22' },
    });
  });
});

describe('a time zone in longer news sentences', () => {
  it('Levant: the zone between the time and its day «الساعة الثامنة مساء بتوقيت دمشق من يوم الأحد»', () => {
    expect(onlyTime('تبدأ الجولة في تمام الساعة الثامنة مساء بتوقيت دمشق من يوم الأحد')).toMatchObject({
      text: 'الساعة الثامنة مساء بتوقيت دمشق من يوم الأحد',
      index: 20,
      hour: 20,
      partOfDay: 'evening',
      timeZone: 'Asia/Damascus',
      date: { start: '2026-01-25' },
    });
  });

  it('Iraq: local time, then Greenwich time in brackets, are two times', () => {
    const [local, greenwich] = findTemporal('تبدأ الجلسة الساعة العاشرة صباحًا بالتوقيت المحلي (السابعة بتوقيت غرينتش)', REF);
    expect(local).toMatchObject({ text: 'الساعة العاشرة صباحًا بالتوقيت المحلي', index: 12, value: { hour: 10, partOfDay: 'morning' } });
    expect((local?.value as TimeValue).timeZone).toBeUndefined();
    expect(greenwich).toMatchObject({ text: 'السابعة بتوقيت غرينتش', index: 51, value: { hour: 7, minute: 0, timeZone: 'UTC' } });
  });
});

describe('zone phrases that are no zone of a time', () => {
  it.each(['توقيت الزيارة كان مدروسا', 'جاءت الخطوة بتوقيت حساس', 'أعلنت الحكومة اعتماد بتوقيت القدس', 'يعمل بتوقيت غرينتش', 'GMT'])('%s: no match', (text) => {
    expect(findTemporal(text, REF)).toEqual([]);
  });

  it('«بتوقيت حساس» after a time is left out and sets no zone', () => {
    const time = onlyTime('الساعة 10 بتوقيت حساس');
    expect(time).toMatchObject({ text: 'الساعة 10', end: 9 });
    expect(time.timeZone).toBeUndefined();
  });

  it('a bracket that does not close is left out', () => {
    expect(onlyTime('الساعة 10 (بتوقيت القدس').text).toBe('الساعة 10');
  });
});

describe('the time-zone table', () => {
  it('every place gives its zone after «بتوقيت», and every zone is a real IANA zone', () => {
    for (const { spellings, zone } of TIME_ZONE_PLACES) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.toThrow();
      for (const spelling of spellings) expect(onlyTime(`الساعة 10 بتوقيت ${spelling}`).timeZone, spelling).toBe(zone);
    }
  });

  it('no spelling is listed twice once normalized', () => {
    const places = TIME_ZONE_PLACES.flatMap((e) => e.spellings.map(normalizeArabic));
    expect(new Set(places).size).toBe(places.length);
    const leads = TIME_ZONE_LEADS.map((e) => normalizeArabic(e.spelling));
    expect(new Set(leads).size).toBe(leads.length);
  });
});
