/**
 * What is announced or revealed as a bare object (`وأعلن الرئيس موعد الانتخابات`، `وكشف الوزير
 * تفاصيل الاتفاق`) is the statement's content, in mode `summary`, when its head noun is one of
 * the content heads marked `afterNamedSpeaker` and a speaker was named after (or, for a side,
 * right before) the verb. Without such a speaker the same words are an ordinary object. Sentences
 * written for ziyara in the styles of the Levant, Iraq, Egypt, the Gulf and the Maghreb.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { CONTENT_HEAD_NOUNS } from '../../src/data/reporting-verbs';
import { NAME_BOUNDARY_WORDS } from '../../src/data/name-boundaries';
import { normalizeArabic } from '../../src/text/normalize';
import { expectEvidenceInInput } from './evidence';

const at = (text: string, part: string) => ({ text: part, index: text.indexOf(part), end: text.indexOf(part) + part.length });

interface ObjectCase {
  region: string;
  text: string;
  person?: string;
  office?: string;
  country?: string;
  organization?: string;
  verb: string;
  content: string;
}

const CASES: ObjectCase[] = [
  { region: 'Maghreb', text: 'وأعلن الرئيس موعد الانتخابات.', office: 'president', verb: 'announce', content: 'موعد الانتخابات' },
  { region: 'Levant', text: 'وكشف الوزير تفاصيل الاتفاق.', office: 'minister', verb: 'reveal', content: 'تفاصيل الاتفاق' },
  { region: 'Iraq', text: 'وكشف وزير النفط العراقي تفاصيل الاتفاق مع الأردن على مد أنبوب البصرة العقبة.', office: 'minister', country: 'IQ', verb: 'reveal', content: 'تفاصيل الاتفاق مع الأردن على مد أنبوب البصرة العقبة' },
  { region: 'Maghreb', text: 'وأعلن رئيس الحكومة المغربية عزيز أخنوش موعد انطلاق الحوار الاجتماعي.', person: 'عزيز أخنوش', office: 'prime-minister', country: 'MA', verb: 'announce', content: 'موعد انطلاق الحوار الاجتماعي' },
  { region: 'Levant', text: 'وأعلنت الناطقة باسم الحكومة الأردنية تأجيل الزيارة إلى موعد لاحق.', office: 'spokesperson', country: 'JO', verb: 'announce', content: 'تأجيل الزيارة إلى موعد لاحق' },
  { region: 'Gulf', text: 'وأكد وزير الخارجية السعودي الأمير فيصل بن فرحان نتائج الاجتماع الوزاري.', person: 'فيصل بن فرحان', office: 'minister', country: 'SA', verb: 'affirm', content: 'نتائج الاجتماع الوزاري' },
  { region: 'Levant', text: 'ونفى وزير الداخلية اللبناني تفاصيل ما نشرته الصحف.', office: 'minister', country: 'LB', verb: 'deny', content: 'تفاصيل ما نشرته الصحف' },
  { region: 'Egypt', text: 'وأعلن الجانب المصري موعد الجولة المقبلة من المفاوضات.', organization: 'الجانب المصري', country: 'EG', verb: 'announce', content: 'موعد الجولة المقبلة من المفاوضات' },
  { region: 'Egypt', text: 'الجانب المصري أعلن موعد الجولة المقبلة من المفاوضات.', organization: 'الجانب المصري', country: 'EG', verb: 'announce', content: 'موعد الجولة المقبلة من المفاوضات' },
  { region: 'Gulf', text: 'وكشفت مصادر مطلعة تفاصيل الاتفاق بين البلدين.', organization: 'مصادر مطلعة', verb: 'reveal', content: 'تفاصيل الاتفاق بين البلدين' },
  { region: 'Gulf', text: 'وأعلنت وزارة الخارجية الإماراتية اعتماد الاتفاقية الجديدة.', organization: 'وزارة الخارجية الإماراتية', country: 'AE', verb: 'announce', content: 'اعتماد الاتفاقية الجديدة' },
  { region: 'Maghreb', text: 'وأعلن وزير الداخلية الجزائري الشروع في ترحيل المهاجرين.', office: 'minister', country: 'DZ', verb: 'announce', content: 'الشروع في ترحيل المهاجرين' },
  // A second batch, written after the first passed.
  { region: 'Iraq', text: 'وأعلن وزير الصحة العراقي نتائج حملة التلقيح الوطنية.', office: 'minister', country: 'IQ', verb: 'announce', content: 'نتائج حملة التلقيح الوطنية' },
  { region: 'Maghreb', text: 'وأعلنت الحكومة المغربية تأجيل المنتدى الاقتصادي إلى السنة المقبلة.', organization: 'الحكومة المغربية', country: 'MA', verb: 'announce', content: 'تأجيل المنتدى الاقتصادي إلى السنة المقبلة' },
];

describe('an announced or revealed object is the content', () => {
  it.each(CASES)('$region: «$text»', ({ text, person, office, country, organization, verb, content }) => {
    const statements = extractStatements(text);
    expectEvidenceInInput(text, statements);
    expect(statements).toHaveLength(1);
    const [s] = statements;
    expect(s?.speaker.person?.name.ar).toBe(person);
    expect(s?.speaker.office?.code).toBe(office);
    expect(s?.speaker.country).toBe(country);
    expect(s?.speaker.organization?.name.ar).toBe(organization);
    expect(s?.verb.code).toBe(verb);
    expect(s?.content).toMatchObject({ text: content, mode: 'summary', evidence: at(text, content) });
  });

  it('ends the name read after a title («قيس سعيد», not «قيس سعيد موعد الانتخابات»)', () => {
    const text = 'وأعلن الرئيس التونسي قيس سعيد موعد الانتخابات التشريعية.';
    const [s] = extractStatements(text);
    expect(s?.speaker.person?.name.ar).toBe('قيس سعيد');
    expect(s?.content.text).toBe('موعد الانتخابات التشريعية');
  });
});

describe('the same words without a speaker named at the verb: no statement', () => {
  it.each([
    ['Levant, carried-over speaker', 'وصل وزير الخارجية السوري إلى عمان. وأكد موعد الزيارة المقبلة.'],
    ['Levant, a verb with no subject inside a clause', 'وتوقع مراقبون أن تصدر بيانات توضح نتائج المباحثات بين الطرفين.'],
    ['Gulf, no speaker at all', 'وأعلن موعد الانتخابات.'],
    ['Iraq, a verb that is no reporting verb', 'وتسلم الرئيس نتائج التحقيق في الحادث.'],
    ['Gulf, an ordinary object', 'ونقل الوفد الكويتي رسالة خطية من أمير الكويت.'],
  ])('%s: «%s»', (_, text) => {
    expect(extractStatements(text)).toEqual([]);
  });
});

describe('the table', () => {
  const marked = CONTENT_HEAD_NOUNS.filter((noun) => noun.afterNamedSpeaker);

  it('marks the announced objects, and only nouns that never start a name or a clause', () => {
    expect(marked.map((noun) => noun.phrase)).toEqual(expect.arrayContaining(['موعد', 'تفاصيل', 'نتائج', 'تأجيل', 'اعتماد']));
    const boundaries = new Set(NAME_BOUNDARY_WORDS.map(normalizeArabic));
    for (const noun of marked) expect(boundaries.has(normalizeArabic(noun.phrase)), noun.phrase).toBe(false);
    // The older heads (`صحة`، `أهمية`) still open a content after a carried-over speaker.
    expect(CONTENT_HEAD_NOUNS.find((noun) => noun.phrase === 'صحة')?.afterNamedSpeaker).toBeUndefined();
  });

  it('every regional spelling is tagged with a known region', () => {
    for (const noun of marked) if (noun.region) expect(['levant', 'iraq', 'egypt', 'gulf', 'maghreb']).toContain(noun.region);
  });
});
