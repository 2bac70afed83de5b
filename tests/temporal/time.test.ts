import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';

const reference = '2026-01-28';

/** The time matches of a sentence as [text, "HH:MM"]. */
function times(sentence: string): [string, string][] {
  return findTemporal(sentence, { reference })
    .filter((m) => m.value.type === 'time')
    .map((m) => (m.value.type === 'time' ? [m.text, `${String(m.value.hour).padStart(2, '0')}:${String(m.value.minute).padStart(2, '0')}`] : ['', '']));
}

describe('clock times', () => {
  it('reads the forms of the issue', () => {
    expect(times('يبدأ المؤتمر الساعة العاشرة صباحا')).toEqual([['الساعة العاشرة صباحا', '10:00']]);
    expect(times('وصل الموكب الساعة 10:30 مساء')).toEqual([['الساعة 10:30 مساء', '22:30']]);
    expect(times('أعلن الخبر عند 3:04 م')).toEqual([['3:04 م', '15:04']]);
    expect(times('انتهت الجلسة عند الثانية عشرة إلا ربعا')).toEqual([['الثانية عشرة إلا ربعا', '11:45']]);
    expect(times('استؤنف الحوار العاشرة والنصف')).toEqual([['العاشرة والنصف', '10:30']]);
  });

  it('gives the match offsets in the original text', () => {
    const [match] = findTemporal('يبدأ المؤتمر الساعة العاشرةَ صباحاً', { reference });
    expect(match).toMatchObject({ kind: 'time', text: 'الساعة العاشرةَ صباحاً', index: 13, end: 35, value: { hour: 10, minute: 0, partOfDay: 'morning' } });
  });

  it('applies the part of the day, written after or before the hour', () => {
    expect(times('يصل الوفد 7 مساء')).toEqual([['7 مساء', '19:00']]);
    expect(times('يصل الوفد مساء 7')).toEqual([['مساء 7', '19:00']]);
    expect(times('انطلق الموكب الثالثة فجرا')).toEqual([['الثالثة فجرا', '03:00']]);
    expect(times('صلى الجمعة ثم غادر الساعة 3 بعد الظهر')).toEqual([['الساعة 3 بعد الظهر', '15:00']]);
    expect(times('تعقد الجلسة بعد الظهر الساعة 4')).toEqual([['بعد الظهر الساعة 4', '16:00']]);
    expect(times('وصل الساعة 12 ظهرا')).toEqual([['الساعة 12 ظهرا', '12:00']]);
    expect(times('أطلق الصاروخ الساعة 11 ليلا')).toEqual([['الساعة 11 ليلا', '23:00']]);
    expect(times('دوى الانفجار الساعة 2 ليلا')).toEqual([['الساعة 2 ليلا', '02:00']]);
    expect(times('وصل الوزير الساعة الثامنة هذا المساء')).toEqual([['الساعة الثامنة هذا المساء', '20:00']]);
  });

  it('reads minutes as fractions, words and digits, and minutes before the hour', () => {
    expect(times('بدأ الاجتماع الساعة الثالثة وربع العصر')).toEqual([['الساعة الثالثة وربع العصر', '15:15']]);
    expect(times('الساعة خمسة إلا ثلث قبل المغرب')).toEqual([['الساعة خمسة إلا ثلث قبل المغرب', '16:40']]);
    expect(times('الساعة الرابعة وثلاث وعشرون دقيقة فجرا')).toEqual([['الساعة الرابعة وثلاث وعشرون دقيقة فجرا', '04:23']]);
    expect(times('الساعة الثامنة و 30 دقيقة')).toEqual([['الساعة الثامنة و 30 دقيقة', '08:30']]);
    expect(times('السابعة وخمسة وثلاثين مساءً')).toEqual([['السابعة وخمسة وثلاثين مساءً', '19:35']]);
    expect(times('وصل ثلاث دقائق قبل الثامنة')).toEqual([['ثلاث دقائق قبل الثامنة', '07:57']]);
  });

  it('reads seconds, ISO «T», hhmm with a part of the day, and named times', () => {
    const [withSeconds] = findTemporal('سجل الهدف 7:56:35 مساءً', { reference });
    expect(withSeconds?.value).toEqual({ type: 'time', hour: 19, minute: 56, second: 35, partOfDay: 'evening' });
    expect(times('سأعود T12:34:20')).toEqual([['T12:34:20', '12:34']]);
    expect(times('تقلع الطائرة 1140 صباحا')).toEqual([['1140 صباحا', '11:40']]);
    expect(times('حظر التجول يبدأ منتصف الليل')).toEqual([['منتصف الليل', '00:00']]);
    expect(times('عاد 12 منتصف الليل')).toEqual([['12 منتصف الليل', '00:00']]);
    expect(times('يلتقون وقت الظهيرة')).toEqual([['وقت الظهيرة', '12:00']]);
  });

  it('reads an ordinal hour alone only after «في», «عند», «حتى»…', () => {
    expect(times('ويلتقي الوفدان في السابعة')).toEqual([['السابعة', '07:00']]);
    expect(times('ويلتقي الوفدان عند التاسعة')).toEqual([['التاسعة', '09:00']]);
  });

  it('reads a time range as a range of two times, lending the part of the day', () => {
    const [range] = findTemporal('تفتح مراكز الاقتراع من 5 إلى 6 مساءً', { reference });
    expect(range).toMatchObject({
      kind: 'range',
      text: 'من 5 إلى 6 مساءً',
      value: { type: 'range', from: { type: 'time', hour: 17, minute: 0, partOfDay: 'evening' }, to: { type: 'time', hour: 18, minute: 0, partOfDay: 'evening' } },
    });
    const [between] = findTemporal('بين الساعة 5 و 6 مساءً', { reference });
    expect(between).toMatchObject({ kind: 'range', text: 'بين الساعة 5 و 6 مساءً', value: { from: { hour: 17 }, to: { hour: 18 } } });
    const [words] = findTemporal('من الساعة التاسعة وحتى الساعة الحادية عشرة صباحا', { reference });
    expect(words).toMatchObject({ kind: 'range', value: { from: { hour: 9 }, to: { hour: 11 } } });
  });

  it('reads «بين … و…» with the second hour glued to «و», and never lends a part of the day that puts the first end after the second', () => {
    const ranges = (sentence: string) =>
      findTemporal(sentence, { reference }).map((m) => [m.text, m.index === sentence.indexOf(m.text), m.value.type === 'range' && m.value.from.type === 'time' && m.value.to.type === 'time' ? [m.value.from.hour, m.value.to.hour] : m.value.type]);
    const levant = 'تعقد الجلسة بين العاشرة والثانية عشرة ظهرا';
    expect(ranges(levant)).toEqual([['بين العاشرة والثانية عشرة ظهرا', true, [10, 12]]]);
    // «و12» is the other end, not twelve minutes past ten (which «ظهرا» made 22:12).
    const gulf = 'يستقبل المجلس المراجعين بين الساعة 10 و12 ظهرا';
    expect(ranges(gulf)).toEqual([['بين الساعة 10 و12 ظهرا', true, [10, 12]]]);
    const iraq = 'تعقد الجلسة بين الساعة العاشرة والساعة الثانية عشرة';
    expect(ranges(iraq)).toEqual([['بين الساعة العاشرة والساعة الثانية عشرة', true, [10, 12]]]);
    const egypt = 'يفتح المتحف من 9 إلى 2 بعد الظهر';
    expect(ranges(egypt)).toEqual([['من 9 إلى 2 بعد الظهر', true, [9, 14]]]);
    // Outside a range «الساعة 10 و30» is still half past ten.
    expect(times('وصل الوفد الساعة 10 و30 صباحا')).toEqual([['الساعة 10 و30 صباحا', '10:30']]);
  });
});
