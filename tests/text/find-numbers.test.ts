import { describe, expect, it } from 'vitest';
import { findArabicNumbers, findArabicOrdinals } from '../../src/text/find-numbers';

/** The matches as `[text, index, end, value]`, checked against the input. */
function spans(text: string, found: { text: string; index: number; end: number; value: number }[]) {
  for (const m of found) expect(text.slice(m.index, m.end)).toBe(m.text);
  return found.map((m) => [m.text, m.index, m.end, m.value]);
}

describe('findArabicNumbers', () => {
  it('finds words and digits in a Levantine news sentence', () => {
    const text = 'وصل الرئيس إلى دمشق على رأس وفد من خمسة وعشرين شخصاً بعد ٣ أيام';
    expect(spans(text, findArabicNumbers(text))).toEqual([
      ['خمسة وعشرين', 35, 46, 25],
      ['٣', 57, 58, 3],
    ]);
  });

  it('keeps a clitic out of the span but ونصف after a number inside it (Iraqi style)', () => {
    const text = 'وثلاثة آلاف نازح عادوا إلى الموصل خلال سنة ونصف، ومليون ونصف ما زالوا';
    expect(spans(text, findArabicNumbers(text))).toEqual([
      ['ثلاثة آلاف', 1, 11, 3000],
      ['نصف', 44, 47, 0.5], // سنة ونصف: the temporal layer joins the half to its unit
      ['مليون ونصف', 50, 60, 1.5e6],
    ]);
  });

  it('reads digits with scale words and decimals (Gulf economic news)', () => {
    const text = 'بلغ حجم التبادل التجاري ٢٫٥ مليار دولار، ونما 3.5% مقارنة بـ 1,200 مليون';
    expect(spans(text, findArabicNumbers(text))).toEqual([
      ['٢٫٥ مليار', 24, 33, 2.5e9],
      ['3.5', 46, 49, 3.5],
      ['1,200 مليون', 61, 72, 1.2e9],
    ]);
  });

  it('reads Egyptian forms', () => {
    const text = 'حضر المؤتمر تلتمية وخمسين صحفي و حداشر وزير';
    expect(spans(text, findArabicNumbers(text))).toEqual([
      ['تلتمية وخمسين', 12, 25, 350],
      ['حداشر', 33, 38, 11],
    ]);
  });

  it('reads Maghrebi forms', () => {
    const text = 'جاو جوج وزراء و طناش سفير';
    expect(spans(text, findArabicNumbers(text))).toEqual([
      ['جوج', 4, 7, 2],
      ['طناش', 16, 20, 12],
    ]);
  });

  it('maps offsets back through diacritics and tatweel', () => {
    const text = 'التقى بِخَمْسَةِ وُزَراءَ وثلاثـــة سفراء';
    const found = findArabicNumbers(text);
    expect(spans(text, found)).toEqual([
      ['خَمْسَةِ', 8, 16, 5],
      ['ثلاثـــة', 27, 35, 3],
    ]);
  });

  it('reads negatives only where a minus sign is one', () => {
    const text = 'انخفضت الحرارة إلى -5 درجات، وسجلت بين 10-15 درجة، سالب واحد ليلاً';
    expect(spans(text, findArabicNumbers(text))).toEqual([
      ['-5', 19, 21, -5],
      ['10', 39, 41, 10],
      ['15', 42, 44, 15],
      ['سالب واحد', 51, 60, -1],
    ]);
  });

  it('keeps an era marker after a year but not other glued letters', () => {
    expect(spans('عام 2025م', findArabicNumbers('عام 2025م'))).toEqual([['2025', 4, 8, 2025]]);
    expect(findArabicNumbers('دفع 20دولار و١مليون')).toEqual([]);
  });

  it('does not read words that usually mean something else', () => {
    expect(findArabicNumbers('نص البيان وثمن الحرب، وأي واحد منهم، وكل واحد')).toEqual([]);
    expect(findArabicNumbers('لست متأكداً')).toEqual([]);
    expect(findArabicNumbers('عاد آلاف النازحين')).toEqual([]);
    expect(findArabicNumbers('وتلت ذلك زيارة')).toEqual([]);
    expect(findArabicNumbers('الاثنين القادم')).toEqual([]);
  });

  it('reads صفر as the Hijri month next to digits or after شهر, and as zero elsewhere', () => {
    expect(findArabicNumbers('في 10 صفر 1447').map((m) => m.text)).toEqual(['10', '1447']);
    expect(findArabicNumbers('مطلع شهر صفر').map((m) => m.text)).toEqual([]);
    expect(spans('النتيجة صفر', findArabicNumbers('النتيجة صفر'))).toEqual([['صفر', 8, 11, 0]]);
  });

  it('reads خمس as five before an indefinite noun and a fifth before a definite one', () => {
    const text = 'خمس سنوات وخمس الميزانية';
    expect(spans(text, findArabicNumbers(text))).toEqual([
      ['خمس', 0, 3, 5],
      ['خمس', 11, 14, 0.2],
    ]);
  });

  it('does not join numbers across punctuation', () => {
    const text = 'ثلاثة، أربعة';
    expect(spans(text, findArabicNumbers(text))).toEqual([
      ['ثلاثة', 0, 5, 3],
      ['أربعة', 7, 12, 4],
    ]);
  });

  it('returns [] for text without numbers and for empty text', () => {
    expect(findArabicNumbers('أكد الوزير أن العلاقات متينة')).toEqual([]);
    expect(findArabicNumbers('')).toEqual([]);
  });
});

describe('findArabicOrdinals', () => {
  it('finds ordinals of both genders, with and without ال', () => {
    const text = 'هي الزيارة الثانية له، والحادية عشرة للوفد، في أول جولة';
    expect(spans(text, findArabicOrdinals(text))).toEqual([
      ['الثانية', 11, 18, 2],
      ['الحادية عشرة', 24, 36, 11],
      ['أول', 47, 50, 1],
    ]);
  });

  it('reads compounds with و and the article on both words', () => {
    const text = 'في الذكرى الخامسة والعشرين للاستقلال، خلال القرن الحادي و العشرين';
    expect(spans(text, findArabicOrdinals(text))).toEqual([
      ['الخامسة والعشرين', 10, 26, 25],
      ['الحادي و العشرين', 49, 65, 21],
    ]);
  });

  it('keeps a clitic out of the span', () => {
    const text = 'للمرة الثالثة وبالمرتبة الأولى';
    expect(spans(text, findArabicOrdinals(text))).toEqual([
      ['الثالثة', 6, 13, 3],
      ['الأولى', 24, 30, 1],
    ]);
  });

  it('reads a bare ثانية after a number as the unit of time', () => {
    expect(findArabicOrdinals('خلال 30 ثانية، وللمرة ثانية')).toEqual([{ text: 'ثانية', index: 22, end: 27, value: 2 }]);
    expect(findArabicOrdinals('بعد خمس ثواني وعشر ثانية')).toEqual([]);
  });

  it('reads في المائة and بالمئة as per cent, not the hundredth', () => {
    expect(findArabicOrdinals('ارتفع التضخم 5 في المائة و3 بالمئة، في الذكرى المئة')).toEqual([
      { text: 'المئة', index: 46, end: 51, value: 100 },
    ]);
  });

  it('does not read cardinals as ordinals', () => {
    expect(findArabicOrdinals('الأعضاء الخمسة عشر وثلاثة وعشرون')).toEqual([]);
  });
});
