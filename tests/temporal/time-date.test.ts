import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';

const reference = '2026-01-28';

describe('a time attached to the day next to it', () => {
  it('date then time, with «عند», a comma or nothing between', () => {
    const [match] = findTemporal('وصل الرئيس في 15 أكتوبر 2025، عند الساعة العاشرة صباحا', { reference });
    expect(match).toMatchObject({
      kind: 'time',
      text: '15 أكتوبر 2025، عند الساعة العاشرة صباحا',
      index: 14,
      value: { type: 'time', hour: 10, minute: 0, partOfDay: 'morning', date: { type: 'date', precision: 'day', start: '2025-10-15', end: '2025-10-15' } },
    });
  });

  it('time then date, with «من يوم»', () => {
    const [match] = findTemporal('تبدأ الانتخابات الساعة 8 من يوم 3 آذار 2026', { reference });
    expect(match).toMatchObject({ kind: 'time', text: 'الساعة 8 من يوم 3 آذار 2026', value: { hour: 8, date: { start: '2026-03-03' } } });
  });

  it('a day that begins inside the part of the day: «الثامنة من صباح الغد»', () => {
    const [match] = findTemporal('وسيتوجه الوفد إلى الجزائر في الثامنة من صباح الغد', { reference });
    expect(match).toMatchObject({ kind: 'time', text: 'الثامنة من صباح الغد', value: { hour: 8, minute: 0, partOfDay: 'morning', date: { start: '2026-01-29' } } });
  });

  it('a time with no part of the day takes the one of its day: «مساء اليوم الساعة 8» is 20:00', () => {
    const [evening] = findTemporal('وصل الوفد مساء اليوم الساعة 8', { reference });
    expect(evening).toMatchObject({ text: 'مساء اليوم الساعة 8', value: { hour: 20, minute: 0, partOfDay: 'evening', date: { start: '2026-01-28' } } });
    const [morning] = findTemporal('صباح الغد عند العاشرة', { reference });
    expect(morning).toMatchObject({ value: { hour: 10, partOfDay: 'morning', date: { start: '2026-01-29' } } });
  });

  it('leaves a time alone when no day is next to it', () => {
    const [match] = findTemporal('يبدأ المؤتمر الساعة العاشرة صباحا', { reference });
    expect(match?.value).toEqual({ type: 'time', hour: 10, minute: 0, partOfDay: 'morning' });
  });
});
