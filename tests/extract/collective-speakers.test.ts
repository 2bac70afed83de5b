/**
 * Two gaps of the statement reader, with sentences written for ziyara in the styles of the
 * Levant, Iraq, Egypt, the Gulf and the Maghreb:
 * - a collective speaker (`الوفد السوداني`، `الجانب المصري`، `الطرفان`) is a side, never a person;
 * - a content written as a noun phrase (`أكد أهمية …`، `شدد على ضرورة …`، `جدد التزامه …`) is a
 *   `summary`, read from the table of content heads, while `أن …` still comes first and an
 *   ordinary object (`نقل الوفد رسالة`) is no statement.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { analyseArticle } from '../../src/extract/analysis';
import { COLLECTIVE_SPEAKER_NOUNS } from '../../src/data/name-boundaries';
import { CONTENT_HEAD_NOUNS } from '../../src/data/reporting-verbs';
import { normalizeArabic } from '../../src/text/normalize';
import { expectEvidenceInInput } from './evidence';

const one = (text: string) => {
  const statements = extractStatements(text);
  expectEvidenceInInput(text, statements);
  expect(statements).toHaveLength(1);
  return statements[0]!;
};

/** Asserts the content's text, mode and its offsets in the input. */
const expectContent = (text: string, content: { text: string; mode: string; evidence?: { index: number; end: number } }, expected: string, mode: string) => {
  const index = text.indexOf(expected);
  expect(index).toBeGreaterThan(0);
  expect(content).toMatchObject({ text: expected, mode, evidence: { text: expected, index, end: index + expected.length } });
};

interface SideCase {
  region: string;
  text: string;
  country?: string;
  attribution: 'official-source' | 'joint';
  side: string;
  verb: [string, string];
  content: string;
  mode: 'indirect' | 'summary';
}

const SIDES: SideCase[] = [
  { region: 'Iraq', text: 'وأكد الوفد السوداني أن المحادثات كانت إيجابية.', country: 'SD', attribution: 'official-source', side: 'الوفد السوداني', verb: ['أكد', 'affirm'], content: 'المحادثات كانت إيجابية', mode: 'indirect' },
  { region: 'Egypt', text: 'وأكد الجانب المصري أن العلاقات متينة.', country: 'EG', attribution: 'official-source', side: 'الجانب المصري', verb: ['أكد', 'affirm'], content: 'العلاقات متينة', mode: 'indirect' },
  { region: 'Gulf', text: 'وأعرب الجانب الكويتي عن تقديره للموقف السعودي الثابت.', country: 'KW', attribution: 'official-source', side: 'الجانب الكويتي', verb: ['أعرب', 'express'], content: 'تقديره للموقف السعودي الثابت', mode: 'summary' },
  { region: 'Maghreb', text: 'وأبرز الوفد المغربي أن الشراكة مع موريتانيا خيار استراتيجي.', country: 'MA', attribution: 'official-source', side: 'الوفد المغربي', verb: ['أبرز', 'note'], content: 'الشراكة مع موريتانيا خيار استراتيجي', mode: 'indirect' },
  { region: 'Levant', text: 'وقال الطرف اللبناني إن المعابر ستبقى مفتوحة أمام الشاحنات.', country: 'LB', attribution: 'official-source', side: 'الطرف اللبناني', verb: ['قال', 'say'], content: 'المعابر ستبقى مفتوحة أمام الشاحنات', mode: 'indirect' },
  { region: 'Levant', text: 'وأكد الطرفان أن الحوار هو السبيل الوحيد لحل الخلافات.', attribution: 'joint', side: 'الطرفان', verb: ['أكد', 'affirm'], content: 'الحوار هو السبيل الوحيد لحل الخلافات', mode: 'indirect' },
  { region: 'Iraq', text: 'وشدد الجانبان على أن أمن الحدود مسؤولية مشتركة.', attribution: 'joint', side: 'الجانبان', verb: ['شدد', 'stress'], content: 'أمن الحدود مسؤولية مشتركة', mode: 'indirect' },
  { region: 'Gulf', text: 'وأعرب البلدان عن ارتياحهما لمستوى التنسيق في أوبك بلس.', attribution: 'joint', side: 'البلدان', verb: ['أعرب', 'express'], content: 'ارتياحهما لمستوى التنسيق في أوبك بلس', mode: 'summary' },
];

describe('a collective speaker is a side, not a person', () => {
  it.each(SIDES)('$region: «$text»', ({ text, country, attribution, side, verb, content, mode }) => {
    const s = one(text);
    expect(s.speaker.person).toBeUndefined();
    expect(s.speaker.country).toBe(country);
    expect(s.attribution).toBe(attribution);
    expect(s.speaker.organization?.name.ar).toBe(side);
    expect(s.speaker.organization?.evidence).toEqual({ text: side, index: text.indexOf(side), end: text.indexOf(side) + side.length });
    expect(s.verb).toMatchObject({ text: verb[0], code: verb[1] });
    expectContent(text, s.content, content, mode);
  });

  it('sources and circles are unnamed sources; a qualifier and both adjectives belong to the speaker (Levant, Gulf, Egypt)', () => {
    const circles = one('وقالت الأوساط السياسية في بيروت إن الحكومة ستجتمع.');
    expect(circles.speaker.person).toBeUndefined();
    expect(circles.speaker.organization?.name.ar).toBe('الأوساط السياسية');
    expect(circles.attribution).toBe('anonymous-source');
    const bodies = one('وأكدت الجهات المختصة في الكويت أن المطار يعمل بصورة طبيعية.');
    expect(bodies.speaker.organization?.name.ar).toBe('الجهات المختصة');
    expect(bodies.attribution).toBe('official-source');
    const ministerial = one('وأكد الوفد الوزاري المصري أن الاتفاق جاهز للتوقيع.');
    expect(ministerial.speaker.organization?.name.ar).toBe('الوفد الوزاري المصري');
    expect(ministerial.speaker.country).toBe('EG');
    const both = one('وأكد الجانبان السوري والروسي أهمية تعزيز التنسيق.');
    expect(both.speaker.organization?.name.ar).toBe('الجانبان السوري والروسي');
    expect(both.speaker.country).toBeUndefined();
    expect(both.attribution).toBe('joint');
    expect(both.content).toMatchObject({ text: 'أهمية تعزيز التنسيق', mode: 'summary' });
  });

  it('no person of the article starts with a collective noun (Iraq, Egypt)', () => {
    const text = 'استقبل رئيس الوزراء العراقي محمد شياع السوداني الوفد السوداني. وأكد الجانب المصري أن المصادر الرسمية لم تعلن الموعد.';
    expect(analyseArticle(text).people.people.flatMap((p) => (p.name ? [p.name] : []))).toEqual(['محمد شياع السوداني']);
  });

  it('the table: one line per word, no spelling twice', () => {
    const spellings = COLLECTIVE_SPEAKER_NOUNS.map((n) => normalizeArabic(n.word));
    expect(new Set(spellings).size).toBe(spellings.length);
    expect(spellings).toEqual(expect.arrayContaining(['الوفد', 'الجانب', 'الطرف', 'الجهات', 'المصادر', 'الاوساط', 'الطرفان', 'الجانبان', 'البلدان']));
    for (const noun of COLLECTIVE_SPEAKER_NOUNS) expect(noun.word.split(' ')).toHaveLength(1);
  });
});

interface ContentCase {
  region: string;
  text: string;
  person?: string;
  country?: string;
  attribution: string;
  verb: [string, string];
  content: string;
  mode: 'indirect' | 'summary';
}

const NOUN_PHRASES: ContentCase[] = [
  { region: 'Levant', text: 'وأكد الطرفان أهمية الحوار.', attribution: 'joint', verb: ['أكد', 'affirm'], content: 'أهمية الحوار', mode: 'summary' },
  { region: 'Maghreb', text: 'وشدد الرئيس التونسي على ضرورة تعزيز التعاون.', country: 'TN', attribution: 'named', verb: ['شدد', 'stress'], content: 'ضرورة تعزيز التعاون', mode: 'summary' },
  { region: 'Iraq', text: 'وأكد وزير الخارجية العراقي فؤاد حسين حرص بغداد على علاقات متوازنة مع جيرانها.', person: 'فؤاد حسين', country: 'IQ', attribution: 'named', verb: ['أكد', 'affirm'], content: 'حرص بغداد على علاقات متوازنة مع جيرانها', mode: 'summary' },
  { region: 'Egypt', text: 'التقى وزير الخارجية المصري بدر عبد العاطي نظيره الأردني في القاهرة، وأكد التزام مصر بدعم الاستقرار الإقليمي.', person: 'بدر عبد العاطي', country: 'EG', attribution: 'named', verb: ['أكد', 'affirm'], content: 'التزام مصر بدعم الاستقرار الإقليمي', mode: 'summary' },
  { region: 'Gulf', text: 'وأعرب ولي العهد السعودي عن تطلعه إلى تعزيز الشراكة مع اليابان.', country: 'SA', attribution: 'named', verb: ['أعرب', 'express'], content: 'تطلعه إلى تعزيز الشراكة مع اليابان', mode: 'summary' },
  { region: 'Maghreb', text: 'وجدد رئيس الحكومة المغربية عزيز أخنوش تمسك المغرب بمبادرة الحكم الذاتي.', person: 'عزيز أخنوش', country: 'MA', attribution: 'named', verb: ['جدد', 'renew'], content: 'تمسك المغرب بمبادرة الحكم الذاتي', mode: 'summary' },
  { region: 'Iraq', text: 'وصل رئيس الوزراء العراقي محمد شياع السوداني إلى الكويت. وأكد استعداد العراق لتوسيع التبادل التجاري.', person: 'محمد شياع السوداني', country: 'IQ', attribution: 'named', verb: ['أكد', 'affirm'], content: 'استعداد العراق لتوسيع التبادل التجاري', mode: 'summary' },
  { region: 'Levant', text: 'وأكد الجانب الأردني رفضه لأي مساس بالوصاية الهاشمية.', country: 'JO', attribution: 'official-source', verb: ['أكد', 'affirm'], content: 'رفضه لأي مساس بالوصاية الهاشمية', mode: 'summary' },
  { region: 'Gulf', text: 'ودعا وزير الخارجية العماني إلى ضرورة خفض التصعيد في البحر الأحمر.', country: 'OM', attribution: 'named', verb: ['دعا', 'call-for'], content: 'ضرورة خفض التصعيد في البحر الأحمر', mode: 'summary' },
  { region: 'Egypt', text: 'وأكد الرئيس المصري أن دعم السودان أولوية لبلاده.', country: 'EG', attribution: 'named', verb: ['أكد', 'affirm'], content: 'دعم السودان أولوية لبلاده', mode: 'indirect' },
];

describe('a content written as a noun phrase is a summary', () => {
  it.each(NOUN_PHRASES)('$region: «$text»', ({ text, person, country, attribution, verb, content, mode }) => {
    const statements = extractStatements(text);
    expectEvidenceInInput(text, statements);
    const s = statements.find((x) => x.verb.code === verb[1]);
    expect(s).toBeDefined();
    expect(s!.speaker.person?.name.ar).toBe(person);
    expect(s!.speaker.country).toBe(country);
    expect(s!.attribution).toBe(attribution);
    expect(s!.verb).toMatchObject({ text: verb[0], code: verb[1] });
    expectContent(text, s!.content, content, mode);
  });

  it('every content head is one line of its table, spelled once', () => {
    const spellings = CONTENT_HEAD_NOUNS.map((n) => normalizeArabic(n.phrase));
    expect(new Set(spellings).size).toBe(spellings.length);
    expect(spellings).toEqual(expect.arrayContaining(['اهميه', 'ضروره', 'حرص', 'دعم', 'رفض', 'تمسك', 'استعداد', 'التزام', 'تطلع']));
  });
});

describe('look-alikes: no statement', () => {
  it.each([
    ['Iraq', 'وصل الوفد السوداني إلى بغداد صباح اليوم.'],
    ['Egypt', 'وتسلم الجانب المصري رسالة من الرئيس الجزائري.'],
    ['Levant', 'وبحث الجانبان دعم التعاون الاقتصادي.'],
    ['Maghreb', 'وقال الرئيس الجزائري عبد المجيد تبون أمام الصحفيين.'],
    ['Gulf', 'ونقل الوفد الكويتي رسالة خطية إلى العاهل الأردني.'],
    ['Iraq', 'ودعم الوفد العراقي مشروع القرار في الجامعة العربية.'],
    ['Egypt', 'وأكد الرئيس المصري حضوره القمة المقبلة.'],
  ])('%s: «%s»', (_region, text) => {
    expect(extractStatements(text)).toEqual([]);
  });

  it('«قال الرئيس» with a name and no content says nothing; «أكد» without a content head reads nothing carried (Levant)', () => {
    expect(extractStatements('واستقبل الرئيس اللبناني جوزاف عون السفير الفرنسي. وقال الرئيس عون.')).toEqual([]);
    expect(extractStatements('وصل وزير الخارجية السوري إلى عمان. وأكد موعد الزيارة المقبلة.')).toEqual([]);
  });
});
