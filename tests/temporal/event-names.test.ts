/**
 * A day and month after the name of an event («ثورة 25 يناير») is that event's name, not a date, as
 * with «قوى 14 آذار» (DATE_NAME_HEADS); with a year it is a date again.
 */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';

const OPTIONS = { reference: '2026-01-28' } as const;

describe('events named by their day', () => {
  it.each([
    ['egypt', 'شارك آلاف الشباب في ثورة 25 يناير ضد نظام الحكم'],
    ['egypt', 'أكد المتحدث أن ثورة 30 يونيو أنقذت مؤسسات الدولة'],
    ['egypt', 'أقيم الحفل في مدينة 6 أكتوبر غرب القاهرة'],
    ['egypt', 'كرّم الرئيس أبطال حرب 6 أكتوبر'],
    ['levant', 'رفع المتظاهرون شعارات انتفاضة 17 تشرين في ساحة الشهداء'],
    ['maghreb', 'استعاد المتظاهرون في الجزائر أجواء حراك 22 فبراير'],
  ])('%s: %s gives no date', (_region, text) => {
    expect(findTemporal(text, OPTIONS).filter((m) => m.value.type === 'date')).toEqual([]);
  });

  it('reads the date when the same words carry a year', () => {
    const text = 'اندلعت ثورة 25 يناير 2011 في ميدان التحرير';
    const [match] = findTemporal(text, OPTIONS);
    expect(match?.text).toBe('25 يناير 2011');
    expect(match?.index).toBe(text.indexOf('25'));
    expect(match?.value).toMatchObject({ type: 'date', start: '2011-01-25', end: '2011-01-25' });
  });

  it('still reads a day and month after an ordinary word', () => {
    const text = 'يزور الوزير القاهرة في 25 يناير';
    const [match] = findTemporal(text, OPTIONS);
    expect(match?.text).toBe('25 يناير');
    expect(match?.value).toMatchObject({ type: 'date', start: '2026-01-25' });
  });
});
