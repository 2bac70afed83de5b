import { describe, expect, it } from 'vitest';
import { findOffices } from '../../src/extract';
import { expectEvidenceInInput } from './evidence';

const codes = (text: string) => findOffices(text).map((o) => [o.code, o.portfolio ?? null, o.country ?? null, o.evidence.text]);

describe('findOffices', () => {
  it('expands a dual into one office per portfolio (genitive وزيري and nominative وزيرا)', () => {
    expect(codes('ضمّ الأمين العام لرئاسة الجمهورية ووزيري الخارجية والدفاع')).toEqual([
      ['secretary-general', null, null, 'الأمين العام لرئاسة الجمهورية'],
      ['minister', 'foreign', null, 'وزيري الخارجية والدفاع'],
      ['minister', 'defence', null, 'وزيري الخارجية والدفاع'],
    ]);
    const dual = findOffices('ويرافقه وزيرا النفط والتجارة');
    expect(dual.map((o) => o.portfolio)).toEqual(['oil', 'trade']);
    expect(dual.every((o) => o.fromDual)).toBe(true);
  });

  it('takes the country from the adjective after the title (Levant, Egypt, Gulf, Maghreb)', () => {
    expect(codes('قال الرئيس السوري')).toEqual([['president', null, 'SY', 'الرئيس السوري']]);
    expect(codes('وزير الخارجية المصري')).toEqual([['minister', 'foreign', 'EG', 'وزير الخارجية المصري']]);
    expect(codes('ولي العهد الكويتي')).toEqual([['crown-prince', null, 'KW', 'ولي العهد الكويتي']]);
    expect(codes('الوزير الأول الجزائري')).toEqual([['prime-minister', null, 'DZ', 'الوزير الأول الجزائري']]);
  });

  it('reads a construct title before a state form of the country (Levant, Gulf, Algeria)', () => {
    expect(codes('استقبل الرئيس الشرع رئيس جمهورية قبرص')).toEqual([
      ['president', null, null, 'الرئيس'],
      ['president', null, 'CY', 'رئيس جمهورية قبرص'],
    ]);
    expect(codes('وصل دولة رئيس وزراء جمهورية باكستان الإسلامية')).toEqual([['prime-minister', null, 'PK', 'رئيس وزراء جمهورية باكستان الإسلامية']]);
    expect(codes('حل رئيس جمهورية موريتانيا الإسلامية، محمد')).toEqual([['president', null, 'MR', 'رئيس جمهورية موريتانيا الإسلامية']]);
  });

  it('reads the long foreign-minister titles of Egypt and Algeria whole', () => {
    expect(codes('توجه وزير الخارجية والهجرة وشؤون المصريين بالخارج الدكتور')).toEqual([
      ['minister', 'foreign', 'EG', 'وزير الخارجية والهجرة وشؤون المصريين بالخارج'],
    ]);
    expect(codes('وزير الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية، أحمد عطاف')).toEqual([
      ['minister', 'foreign', 'DZ', 'وزير الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية'],
    ]);
  });

  it('reads the organization after a title that takes one, with its country', () => {
    const [kremlin] = findOffices('ونقل ديميتري بيسكوف، المتحدث باسم الكرملين، أن');
    expect(kremlin).toMatchObject({ code: 'spokesperson', organization: 'الكرملين', country: 'RU', title: 'المتحدث باسم الكرملين' });
    const [government] = findOffices('وقال المتحدث باسم الحكومة المغربية');
    expect(government).toMatchObject({ code: 'spokesperson', organization: 'الحكومة المغربية', country: 'MA' });
  });

  it('prefers the longest title and keeps offsets in the original', () => {
    const text = 'وصرّح المتحدثُ الرسمي باسم رئاسة الجمهورية';
    const [office] = findOffices(text);
    expect(office?.code).toBe('spokesperson');
    expect(office?.organization).toBe('رئاسة الجمهورية');
    expect(expectEvidenceInInput(text, findOffices(text))).toBe(1);
  });

  it('reads «نظيره» + adjective as the same office in another country', () => {
    expect(codes('واستقبل وزير الخارجية المصري نظيره الأردني')).toEqual([
      ['minister', 'foreign', 'EG', 'وزير الخارجية المصري'],
      ['minister', 'foreign', 'JO', 'نظيره الأردني'],
    ]);
  });

  it('returns [] for text without titles and never throws', () => {
    expect(findOffices('الطقس جميل اليوم في بيروت')).toEqual([]);
    expect(findOffices('')).toEqual([]);
    expect(findOffices('\uDFFF'.repeat(10))).toEqual([]);
  });
  it('does not read «وإلى» ("and to") as the Maghrebi title «والي», which it normalizes like', () => {
    expect(findOffices('وشدد على أن لبنان بحاجة إلى الوقود، وإلى دعم الجيش.')).toEqual([]);
    expect(findOffices('واستقبل الوفد والي ولاية وهران.').map((o) => [o.code, o.title])).toEqual([['governor', 'والي ولاية وهران']]);
    expect(findOffices('استقبل والى الولاية الوفد').map((o) => o.code)).toEqual(['governor']);
  });
});
