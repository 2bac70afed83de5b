import { describe, expect, it } from 'vitest';
import { findCountries } from '../../src/extract';
import { deriveNisba } from '../../src/extract/nisba';
import { countryCodes, arabicCountryName } from '../../src/data/country-codes';
import { expectEvidenceInInput } from './evidence';

const summary = (text: string) => findCountries(text).map((m) => [m.code, m.kind, m.evidence.text]);

describe('findCountries', () => {
  it('reads names, nisba adjectives, capitals and seats of power with their offsets', () => {
    const text = 'استقبل العاهل المغربي في الرباط الرئيسَ الموريتاني، وأعلن الكرملين دعمه';
    expect(summary(text)).toEqual([
      ['MA', 'nisba', 'المغربي'],
      ['MA', 'capital', 'الرباط'],
      ['MR', 'nisba', 'الموريتاني'],
      ['RU', 'institution', 'الكرملين'],
    ]);
    const [first] = findCountries(text);
    expect(first?.evidence).toEqual({ text: 'المغربي', index: 14, end: 21 });
    expect(first?.nameEn).toBe('Morocco');
  });

  it('reads alternative names and joined clitics (Levant, Gulf)', () => {
    expect(summary('زار وفد من سورية وروسيا الاتحادية وللعراق والإمارات')).toEqual([
      ['SY', 'name', 'سورية'],
      ['RU', 'name', 'روسيا الاتحادية'],
      ['IQ', 'name', 'للعراق'],
      ['AE', 'name', 'الإمارات'],
    ]);
    expect(summary('الولايات المتحدة الأميركية والرئيس الأمريكي')).toEqual([
      ['US', 'name', 'الولايات المتحدة الأميركية'],
      ['US', 'nisba', 'الأمريكي'],
    ]);
  });

  it('derives the nisba of every one-word name by rule', () => {
    expect(deriveNisba('سوريا')).toBe('السوري');
    expect(deriveNisba('روسيا')).toBe('الروسي');
    expect(deriveNisba('مصر')).toBe('المصري');
    expect(deriveNisba('الجزائر')).toBe('الجزائري');
    expect(deriveNisba('السعوديه')).toBe('السعودي');
    expect(deriveNisba('فرنسا')).toBe('الفرنسي');
    expect(deriveNisba('الامارات')).toBe('الاماراتي');
    expect(deriveNisba('المملكه المتحده')).toBeNull();
    expect(summary('العلاقات الروسية السورية والمواطنين السوريين')).toEqual([
      ['RU', 'nisba', 'الروسية'],
      ['SY', 'nisba', 'السورية'],
      ['SY', 'nisba', 'السوريين'],
    ]);
  });

  it('finds every ISO country by its CLDR Arabic name (Mali and Benin need context)', () => {
    const missed: string[] = [];
    let named = 0;
    for (const code of countryCodes()) {
      const name = arabicCountryName(code);
      if (!name || name.includes('(') || name.includes(' - ') || name.includes('منطقة')) continue;
      named++;
      const mentions = findCountries(`وصل الوفد إلى ${name} أمس`);
      if (!mentions.some((m) => m.code === code)) missed.push(code);
    }
    expect(named).toBeGreaterThan(230);
    expect(missed).toEqual(['BJ', 'ML']);
  });

  it('tells Amman from Oman by diacritics, then by the other countries named', () => {
    expect(summary('زار الوزير عمّان ثم مسقط والتقى سلطان عُمان')).toEqual([
      ['JO', 'capital', 'عمّان'],
      ['OM', 'capital', 'مسقط'],
      ['OM', 'name', 'عُمان'],
    ]);
    expect(summary('وصل إلى عمان قادما من الأردن')[0]).toEqual(['JO', 'capital', 'عمان']);
    expect(summary('وصل إلى عمان في جولة خليجية')[0]).toEqual(['OM', 'name', 'عمان']);
    expect(findCountries('وصل إلى عمان')[0]?.alternatives).toEqual(['JO']);
  });

  it('does not read ordinary words as Mali or Benin', () => {
    expect(summary('وزير المالية ودعم مالي للمدارس بنين وبنات')).toEqual([]);
    // The state form is the country's name as written, like «جمهورية العراق» (STATE_NAME_FORMS).
    expect(summary('وصل إلى جمهورية مالي')).toEqual([['ML', 'name', 'جمهورية مالي']]);
    expect(summary('استقبل رئيس جمهورية كينيا ثم زار الجمهورية الإيطالية ومملكة إسبانيا')).toEqual([
      ['KE', 'name', 'جمهورية كينيا'],
      ['IT', 'name', 'الجمهورية الإيطالية'],
      ['ES', 'name', 'مملكة إسبانيا'],
    ]);
  });

  it('keeps offsets in the original text through diacritics and tatweel', () => {
    const text = 'وصلَ الرئيـــس إلى مُوسكو والقاهرةِ';
    expect(expectEvidenceInInput(text, findCountries(text))).toBe(2);
  });

  it('returns [] for empty or hostile input', () => {
    expect(findCountries('')).toEqual([]);
    expect(findCountries('\uD800\uDC00\uD800 abc ١٢٣')).toEqual([]);
    expect(findCountries(undefined as unknown as string)).toEqual([]);
  });
});
