/**
 * Delegations and topics a new user found read short: the plural «وزراء الخارجية والطاقة
 * والاستثمار» (one member per portfolio, as for the dual), a bare «الوزير» heading the delegation
 * (the visitor the article named), and the plural «الطاقات المتجددة» as energy. Sentences
 * written for these tests in the styles of different regions.
 */
import { describe, expect, it } from 'vitest';
import { extractDelegation, extractStateVisit, findOffices, findTopics } from '../../src/extract';
import { expectEvidenceInInput } from './evidence';

const reference = '2026-11-30';

describe('a plural minister title names one minister per portfolio', () => {
  it('«وزراء الخارجية والطاقة والاستثمار» in a delegation (Iraq → Gulf)', () => {
    const text = 'وصل الرئيس العراقي إلى الكويت اليوم على رأس وفد رفيع المستوى يضم وزراء الخارجية والطاقة والاستثمار.';
    const { delegation } = extractStateVisit(text, { reference });
    expect(delegation?.members.map((m) => [m.role, m.office?.code, m.office?.portfolio ?? null])).toEqual([
      ['head', 'president', null],
      ['member', 'minister', 'foreign'],
      ['member', 'minister', 'energy'],
      ['member', 'minister', 'investment'],
    ]);
    expectEvidenceInInput(text, delegation);
  });

  it('findOffices gives three hits sharing the plural\'s span', () => {
    const text = 'ويضم الوفد وزراء الخارجية والدفاع والداخلية.';
    const hits = findOffices(text);
    expect(hits.map((h) => [h.portfolio, h.fromDual, h.evidence.index, h.evidence.end])).toEqual([
      ['foreign', true, 11, 43],
      ['defence', true, 11, 43],
      ['interior', true, 11, 43],
    ]);
    expect(text.slice(11, 43)).toBe('وزراء الخارجية والدفاع والداخلية');
  });

  it('a plural with one portfolio («اجتماع وزراء الخارجية العرب») is no minister of a portfolio', () => {
    expect(findOffices('وشارك في اجتماع وزراء الخارجية العرب.').filter((h) => h.code === 'minister')).toEqual([]);
  });
});

describe('a bare «الوزير» heading the delegation refers back to the visitor', () => {
  it('«ويرافق الوزير وفد يضم وزير التجارة ووزير الاستثمار» (Maghreb)', () => {
    const text = 'وصل وزير الخارجية المغربي ناصر بوريطة إلى نواكشوط اليوم. ويرافق الوزير وفد يضم وزير التجارة ووزير الاستثمار.';
    const { delegation } = extractStateVisit(text, { reference });
    expect(delegation?.head?.person?.name.ar).toBe('ناصر بوريطة');
    expect(delegation?.head?.office?.title).toBe('الوزير');
    expect(delegation?.country).toBe('MA');
    expect(delegation?.members.map((m) => m.office?.portfolio ?? m.role)).toEqual(['head', 'trade', 'investment']);
    expect(extractDelegation(text)?.head?.person?.name.ar).toBe('ناصر بوريطة');
  });

  it('a bare title with two named holders refers to neither when the visitor is not one (Levant)', () => {
    const text = 'التقى وزير الخارجية السوري أسعد الشيباني ووزير الخارجية الأردني أيمن الصفدي في عمان. ويرافق الرئيس وفد يضم وزير الطاقة.';
    expect(extractDelegation(text)?.head?.person).toBeUndefined();
  });
});

describe('plural and definite forms of energy', () => {
  it('«الطاقات المتجددة»، «بالطاقات النظيفة» are energy; «الطاقات الشبابية» is not (Maghreb, Gulf)', () => {
    expect(findTopics('بحث الجانبان التعاون في مجال الطاقات المتجددة.').map((m) => [m.code, m.evidence.text])).toEqual([['energy', 'الطاقات المتجددة']]);
    expect(findTopics('ورحب الوزير بالطاقات النظيفة.').map((m) => [m.code, m.evidence.text])).toEqual([['energy', 'الطاقات النظيفة']]);
    expect(findTopics('وأشاد بالطاقات الشبابية في البلدين.').map((m) => m.code)).not.toContain('energy');
  });

  it('a statement about renewable energies has the energy topic', () => {
    const text = 'وقال وزير الطاقة الإماراتي سهيل المزروعي إن الطاقات المتجددة أولوية للبلدين.';
    const { statements } = extractStateVisit(text, { reference });
    expect(statements[0]?.topics).toEqual(['energy']);
  });
});
