import { describe, expect, it } from 'vitest';
import { toArabicDigits, toLatinDigits } from '../../src/text/digits';

describe('toLatinDigits', () => {
  it('turns Arabic-Indic digits and separators into ASCII', () => {
    expect(toLatinDigits('زار الرئيس بغداد في ١٥ تشرين الأول ٢٠٢٥')).toBe('زار الرئيس بغداد في 15 تشرين الأول 2025');
    expect(toLatinDigits('بلغ العجز ٢٫٥ مليار و١٬٢٠٠ دولار')).toBe('بلغ العجز 2.5 مليار و1,200 دولار');
  });

  it('turns Extended Arabic-Indic (Persian/Urdu) digits into ASCII', () => {
    expect(toLatinDigits('سال ۱۴۰۴')).toBe('سال 1404');
  });

  it('leaves other text unchanged', () => {
    expect(toLatinDigits('لا أرقام هنا. 42')).toBe('لا أرقام هنا. 42');
    expect(toLatinDigits('')).toBe('');
  });
});

describe('toArabicDigits', () => {
  it('writes ٠–٩ by default and turns a decimal point between digits into ٫', () => {
    expect(toArabicDigits('نما الاقتصاد المغربي 3.5% سنة 2024.')).toBe('نما الاقتصاد المغربي ٣٫٥% سنة ٢٠٢٤.');
  });

  it('keeps a full stop that is not between two digits', () => {
    expect(toArabicDigits('وصل 12 وزيرا.')).toBe('وصل ١٢ وزيرا.');
    expect(toArabicDigits('.5')).toBe('.٥');
  });

  it('writes ۰–۹ for arabext and converts digits of either Arabic system', () => {
    expect(toArabicDigits('1404', 'arabext')).toBe('۱۴۰۴');
    expect(toArabicDigits('٢٠٢٥', 'arabext')).toBe('۲۰۲۵');
    expect(toArabicDigits('۲۰۲۵', 'arab')).toBe('٢٠٢٥');
  });

  it('round-trips with toLatinDigits', () => {
    const text = 'الفقرة 12.5 من القرار 2254 لعام 2015';
    expect(toLatinDigits(toArabicDigits(text))).toBe(text);
  });
});
