import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/index';

const reference = '2026-11-30';

/** Each match as its text and value (a range's ends, or a date's first and last day); checks its offsets. */
function read(text: string) {
  return findTemporal(text, { reference }).map((m) => {
    expect([m.index, m.end]).toEqual([text.indexOf(m.text), text.indexOf(m.text) + m.text.length]);
    const v = m.value;
    if (v.type === 'range' && v.from.type === 'date' && v.to.type === 'date') return [m.text, v.from.start, v.to.end];
    if (v.type === 'date') return [m.text, v.start, v.end];
    return [m.text, v.type];
  });
}

describe('bare month names linked to another month', () => {
  it.each([
    ['Egypt, «من … إلى» with the year after the second', 'ارتفعت الصادرات خلال الفترة من يناير إلى مارس 2026.', [['من يناير إلى مارس 2026', '2026-01-01', '2026-03-31']]],
    ['Levant, a direction word after the second', 'تراجعت الأسعار من كانون الثاني إلى آذار الماضيين.', [['من كانون الثاني إلى آذار الماضيين', '2026-01-01', '2026-03-31']]],
    ['Gulf, «بين … و»', 'تنفذ المرحلة الأولى بين يونيو وأغسطس 2027.', [['بين يونيو وأغسطس 2027', '2027-06-01', '2027-08-31']]],
    ['Maghreb, «بين شهري»', 'تمتد الحملة بين شهري جويلية وأوت المقبلين.', [['بين شهري جويلية وأوت المقبلين', '2027-07-01', '2027-08-31']]],
    ['a plain pair without «بين» is two months', 'زار الوفد تونس في مارس ومايو 2026.', [['مارس', '2026-03-01', '2026-03-31'], ['مايو 2026', '2026-05-01', '2026-05-31']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('Hijri month names linked by «و» stay names: «رجب وشعبان» are two men as often as two months', () => {
    expect(read('شارك رجب وشعبان في اللقاء التشاوري.')).toEqual([]);
  });

  it('a month name alone still needs context', () => {
    expect(read('حضر مايو الاجتماع')).toEqual([]);
  });
});

describe('the first end of a range takes the year of the second', () => {
  it.each([
    ['a written year', 'وقعت الأحداث من 13 تموز الى 15 تموز 2013 في القاهرة.', [['من 13 تموز الى 15 تموز 2013', '2013-07-13', '2013-07-15']]],
    ['the year before, when the range crosses New Year', 'استمرت العطلة من 20 ديسمبر إلى 5 يناير 2017.', [['من 20 ديسمبر إلى 5 يناير 2017', '2016-12-20', '2017-01-05']]],
    ['a dual direction word places both', 'تمتد الحملة بين شهري جويلية وأوت المقبلين.', [['بين شهري جويلية وأوت المقبلين', '2027-07-01', '2027-08-31']]],
    ['an implied year is not forced on the first end', 'يقام المعرض من 28 نوفمبر إلى 3 ديسمبر.', [['من 28 نوفمبر إلى 3 ديسمبر', '2026-11-28', '2026-12-03']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a bare year linked to a year its noun introduced', () => {
  it.each([
    ['«من عام … إلى»', 'تضاعف حجم التبادل من عام 2020 إلى 2024.', [['من عام 2020 إلى 2024', '2020-01-01', '2024-12-31']]],
    ['«بين عامي … و» glued', 'سُجل التراجع بين عامي 2019 و2021 بسبب الجائحة.', [['بين عامي 2019 و2021', '2019-01-01', '2021-12-31']]],
    ['«بين عام … و» spaced', 'بين عام 2015 و 2018 توقفت الرحلات.', [['بين عام 2015 و 2018', '2015-01-01', '2018-12-31']]],
    ['a dash after the noun', 'خطة التنمية للفترة عام 2026-2030', [['عام 2026-2030', '2026-01-01', '2030-12-31']]],
    ['«عامي … و» without «بين» is two years', 'أجريت الانتخابات في عامي 2018 و2022.', [['عامي 2018', '2018-01-01', '2018-12-31'], ['2022', '2022-01-01', '2022-12-31']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('bare four-digit numbers without a year noun before them are not years', () => {
    expect(read('رؤية 2030 و2040 طموحة')).toEqual([]);
    expect(read('بين 1500 و2000 شخص')).toEqual([]);
  });
});
