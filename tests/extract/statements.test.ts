import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { expectEvidenceInInput } from './evidence';

const one = (text: string) => {
  const statements = extractStatements(text);
  expect(statements).toHaveLength(1);
  expectEvidenceInInput(text, statements);
  return statements[0]!;
};

describe('extractStatements', () => {
  it('reads the speaker after the verb, with title, name and country (Iraq)', () => {
    const text = 'وأكد وزير الخارجية العراقي فؤاد حسين أن بغداد تدعم الحوار.';
    const s = one(text);
    expect(s.speaker.person?.name.ar).toBe('فؤاد حسين');
    expect(s.speaker.office).toMatchObject({ code: 'minister', portfolio: 'foreign', country: 'IQ' });
    expect(s.verb).toMatchObject({ text: 'أكد', code: 'affirm', evidence: { index: 1, end: 4 } });
    expect(s.content).toMatchObject({ text: 'بغداد تدعم الحوار', mode: 'indirect', evidence: { index: 40, end: 57 } });
    expect(s.attribution).toBe('named');
    expect(s.certainty).toBe('confirmed');
  });

  it('reads a direct quote after a colon (Maghreb)', () => {
    const s = one('قال الرئيس التونسي: «تونس لن تتخلى عن أشقائها».');
    expect(s.content).toMatchObject({ text: 'تونس لن تتخلى عن أشقائها', mode: 'direct-quote' });
    expect(s.speaker.office).toMatchObject({ code: 'president', country: 'TN' });
    expect(s.evidence?.text.endsWith('»')).toBe(true);
  });

  it('reads the speaker before the verb (Levant)', () => {
    const s = one('الرئيس اللبناني ميشال سليمان قال إن الانتخابات ستجري في موعدها.');
    expect(s.speaker.person?.name.ar).toBe('ميشال سليمان');
    expect(s.speaker.country).toBe('LB');
    expect(s.content.text).toBe('الانتخابات ستجري في موعدها');
  });

  it('carries the speaker over to وأضافت and to a bare verb after a sentence about someone', () => {
    const [first, second] = extractStatements('وأكدت وزيرة الخارجية الموريتانية أن نواكشوط ترحب بالمبادرة. وأضافت أن الحوار مستمر.');
    expect(first?.speaker.office?.title).toBe('وزيرة الخارجية الموريتانية');
    expect(second?.verb).toMatchObject({ text: 'أضافت', code: 'add' });
    expect(second?.speaker.office?.title).toBe('وزيرة الخارجية الموريتانية');
    const [carried] = extractStatements('وصل وزير الدفاع السعودي إلى بغداد. وأكد أن المملكة تقف مع العراق.');
    expect(carried?.speaker.office).toMatchObject({ code: 'minister', portfolio: 'defence', country: 'SA' });
  });

  it('turns بدوره to the other party of the exchange', () => {
    const text = 'التقى الرئيس الجزائري كمال بوزيد نظيره التونسي هشام بن سالم. وأكد الرئيس التونسي هشام بن سالم أن البلدين شريكان. بدوره، أكد أن الجزائر سند لتونس.';
    const statements = extractStatements(text);
    expect(statements.map((s) => s.speaker.person?.name.ar)).toEqual(['هشام بن سالم', 'كمال بوزيد']);
  });

  it('reads participles, verbal nouns and passives as statements of the context', () => {
    const [main, participle] = extractStatements('وأكد وزير الخارجية اللبناني جاد حداد أن لبنان متمسك بالحوار، مشددا على أن الحل سياسي.');
    expect(participle?.verb).toMatchObject({ text: 'مشددا', code: 'stress' });
    expect(participle?.speaker.person?.name.ar).toBe(main?.speaker.person?.name.ar);
    expect(participle?.content.text).toBe('الحل سياسي');
    const noun = one('وشارك الوزير في الاجتماع، مع تأكيده أن الحلول السياسية هي الأفضل.');
    expect(noun.verb.text).toBe('تأكيده');
    expect(noun.speaker.office?.title).toBe('الوزير');
    const passive = one('واستقبل الوزير نظيره، حيث تمت الإشارة إلى أن التعاون سيتوسع.');
    expect(passive.verb).toMatchObject({ text: 'تمت الإشارة', code: 'indicate' });
    expect(passive.content.text).toBe('التعاون سيتوسع');
  });

  it('reads the formulas جاء في البيان and صدر عن … البيان التالي', () => {
    const issued = one('صدر عن الرئاسة الجزائرية البيان التالي: تلقى رئيس الجمهورية اتصالا هاتفيا من أمير قطر.');
    expect(issued.speaker.organization?.name.ar).toBe('الرئاسة الجزائرية');
    expect(issued.attribution).toBe('official-source');
    expect(issued.content.text.startsWith('تلقى رئيس الجمهورية')).toBe(true);
    const formula = one('وجاء في بلاغ للديوان الملكي أن المباحثات جرت في جو أخوي.');
    expect(formula.verb.text).toBe('جاء في بلاغ');
    expect(formula.speaker.organization).toMatchObject({ name: { ar: 'الديوان الملكي' }, kind: 'royal-court' });
    expect(formula.content.text).toBe('المباحثات جرت في جو أخوي');
  });

  it('reads an attribution after the clause (Egypt)', () => {
    const s = one('وقع البلدان اتفاقية للنقل البحري، حسبما أفاد بيان لوزارة الخارجية المصرية.');
    expect(s.verb.text).toBe('حسبما أفاد');
    expect(s.content.text).toBe('وقع البلدان اتفاقية للنقل البحري');
    expect(s.attribution).toBe('official-source');
    expect(s.speaker.country).toBe('EG');
  });

  it('reads spokespeople, unnamed sources and certainty', () => {
    expect(one('دعا المتحدث باسم الخارجية القطرية إلى وقف فوري لإطلاق النار.')).toMatchObject({
      attribution: 'spokesperson',
      verb: { code: 'call-for' },
      content: { text: 'وقف فوري لإطلاق النار', mode: 'summary' },
      speaker: { country: 'QA' },
    });
    expect(one('ونفى الناطق باسم الحكومة العراقية أن تكون بغداد قد تلقت طلبا رسميا.')).toMatchObject({ certainty: 'denied', verb: { code: 'deny' } });
    expect(one('وقالت مصادر مطلعة إن الاتفاق بات وشيكا.')).toMatchObject({ attribution: 'anonymous-source', certainty: 'unconfirmed' });
    const declined = extractStatements('وأكد المتحدث باسم الكرملين أن الزيارة ناجحة، ورفض التعليق على أنباء غير مؤكدة عن صفقة سلاح.');
    expect(declined.map((s) => [s.verb.text, s.certainty])).toEqual([
      ['أكد', 'confirmed'],
      ['رفض التعليق', 'declined-comment'],
    ]);
    expect(declined[1]?.speaker.office?.title).toBe('المتحدث باسم الكرملين');
  });

  it('does not take "بين" (between) or a noun for a reporting verb', () => {
    expect(extractStatements('الطقس مشمس في الرياض اليوم والعلاقات بين البلدين جيدة.')).toEqual([]);
    expect(extractStatements('وتوقع مراقبون أن تصدر بيانات توضح نتائج المباحثات بين الطرفين.')).toEqual([]);
  });

  it('never throws and returns [] on garbage', () => {
    for (const input of ['', ' ', '«', 'أكد', 'أكد أن', '\uD800'.repeat(50), 'قال: «'.repeat(200), 'x'.repeat(10_000)]) {
      expect(() => extractStatements(input)).not.toThrow();
    }
    expect(extractStatements('أكد')).toEqual([]);
  });
});
