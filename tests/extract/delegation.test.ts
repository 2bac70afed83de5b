import { describe, expect, it } from 'vitest';
import { extractDelegation } from '../../src/extract';
import { expectEvidenceInInput } from './evidence';

const members = (text: string) =>
  extractDelegation(text)?.members.map((m) => [m.role, m.person?.name.ar ?? null, m.office?.code ?? null, m.office?.portfolio ?? null]);

describe('extractDelegation', () => {
  it('reads ويرافقه وفد … يضم with a dual, the head from the pronoun (Gulf)', () => {
    const text = 'وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى الجزائر، ويرافقه وفد رسمي يضم وزيري الخارجية والتجارة.';
    const delegation = extractDelegation(text);
    expect(delegation).toMatchObject({ country: 'QA', kind: 'official' });
    expect(members(text)).toEqual([
      ['head', 'تميم بن حمد آل ثاني', 'emir', null],
      ['member', null, 'minister', 'foreign'],
      ['member', null, 'minister', 'trade'],
    ]);
    expect(delegation?.members[1]?.evidence).toEqual({ text: 'وزيري الخارجية والتجارة', index: 73, end: 96 });
    expect(expectEvidenceInInput(text, delegation)).toBeGreaterThan(5);
  });

  it('reads وفد … برئاسة, the country from the adjective and the unspecified remainder (Maghreb)', () => {
    const text = 'وصل إلى الرباط وفد اقتصادي سعودي برئاسة وزير الاستثمار خالد الفالح، يضم عددا من رجال الأعمال.';
    const delegation = extractDelegation(text);
    expect(delegation).toMatchObject({ country: 'SA', kind: 'economic', unspecified: { text: 'عددا من رجال الأعمال' } });
    expect(delegation?.head?.person?.name.ar).toBe('خالد الفالح');
    expect(delegation?.head?.office).toMatchObject({ code: 'minister', portfolio: 'investment' });
  });

  it('reads على رأس وفد with the head named before it, and nominative duals (Egypt, Iraq)', () => {
    const text = 'وحل رئيس الوزراء العراقي ضيفا على القاهرة على رأس وفد وزاري ضم وزير النفط ووزيرة الصحة ومستشار الأمن القومي قاسم الأعرجي.';
    expect(extractDelegation(text)).toMatchObject({ country: 'IQ', kind: 'ministerial' });
    expect(members(text)).toEqual([
      ['head', null, 'prime-minister', null],
      ['member', null, 'minister', 'oil'],
      ['member', null, 'minister', 'health'],
      ['member', 'قاسم الأعرجي', 'national-security-adviser', null],
    ]);
    expect(members('ويرافق رئيس الوزراء الأردني وفد يضم وزيرا الخارجية والداخلية.')?.slice(1)).toEqual([
      ['member', null, 'minister', 'foreign'],
      ['member', null, 'minister', 'interior'],
    ]);
  });

  it('reads an honorific head (ويرافق سموه وفد)', () => {
    const text = 'وصل ولي العهد الكويتي الشيخ فهد ناصر الصباح إلى الرياض. ويرافق سموه وفد رفيع المستوى يضم وزير الخارجية.';
    expect(members(text)).toEqual([
      ['head', 'فهد ناصر الصباح', 'crown-prince', null],
      ['member', null, 'minister', 'foreign'],
    ]);
  });

  it('returns null when the text reports no delegation, and never throws', () => {
    expect(extractDelegation('وصل وزير الخارجية الجزائري اليوم إلى تونس.')).toBeNull();
    expect(extractDelegation('')).toBeNull();
    expect(() => extractDelegation('ويرافقه وفد '.repeat(500))).not.toThrow();
  });
});
