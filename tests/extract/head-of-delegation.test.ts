/**
 * «رئيس الوفد» as a speaker: the head of a delegation has an office of its own
 * (`head-of-delegation`), its country comes from the adjective after «الوفد» or from the
 * complement of «رئيس وفد», and a bare «رئيس الوفد» points back to the head the article named
 * (`ترأس الوفد …`، `على رأس وفد`، `وفد … برئاسة`). Sentences written for ziyara in the styles of
 * the Levant, Iraq, Egypt, the Gulf, Sudan and the Maghreb.
 */
import { describe, expect, it } from 'vitest';
import { extractDelegation, extractStateVisit, extractStatements, findOffices } from '../../src/extract';
import { HEAD_OF_DELEGATION_TITLES, OFFICE_CODES } from '../../src/data/offices';
import { DELEGATION_HEAD_QUALIFIERS, DELEGATION_KIND_WORDS } from '../../src/data/delegation-words';
import { Office } from '../../src/schemas/office';
import { expectEvidenceInInput } from './evidence';

const all = (text: string) => {
  const statements = extractStatements(text);
  expectEvidenceInInput(text, statements);
  return statements;
};

/** Offsets of a quoted part of the input. */
const at = (text: string, part: string) => ({ text: part, index: text.indexOf(part), end: text.indexOf(part) + part.length });

interface HeadCase {
  region: string;
  text: string;
  title: string;
  country?: string;
  organization?: string;
  verb: string;
  content: string;
}

const TITLES: HeadCase[] = [
  { region: 'Sudan', text: 'وقال رئيس الوفد السوداني إن المفاوضات في جدة تسير في الاتجاه الصحيح.', title: 'رئيس الوفد السوداني', country: 'SD', verb: 'say', content: 'المفاوضات في جدة تسير في الاتجاه الصحيح' },
  { region: 'Levant', text: 'وأكد رئيس وفد المعارضة السورية أن الحل السياسي هو الطريق الوحيد.', title: 'رئيس وفد المعارضة السورية', country: 'SY', organization: 'المعارضة السورية', verb: 'affirm', content: 'الحل السياسي هو الطريق الوحيد' },
  { region: 'Egypt', text: 'وأوضح رئيس الوفد الوزاري المصري أن القاهرة ستستضيف الجولة المقبلة.', title: 'رئيس الوفد الوزاري المصري', country: 'EG', verb: 'clarify', content: 'القاهرة ستستضيف الجولة المقبلة' },
  { region: 'Gulf', text: 'وأعربت رئيسة الوفد الإماراتي عن تقديرها لحسن الاستقبال.', title: 'رئيسة الوفد الإماراتي', country: 'AE', verb: 'express', content: 'تقديرها لحسن الاستقبال' },
  { region: 'Maghreb', text: 'وأبرز رئيس الوفد المفاوض المغربي أن الاتفاق يحترم الوحدة الترابية للمملكة.', title: 'رئيس الوفد المفاوض المغربي', country: 'MA', verb: 'note', content: 'الاتفاق يحترم الوحدة الترابية للمملكة' },
  { region: 'Iraq', text: 'وقال رئيس وفد الحكومة العراقية إن بغداد سلمت ردها على المقترح.', title: 'رئيس وفد الحكومة العراقية', country: 'IQ', organization: 'الحكومة العراقية', verb: 'say', content: 'بغداد سلمت ردها على المقترح' },
];

describe('«رئيس الوفد» is an office: head-of-delegation', () => {
  it.each(TITLES)('$region: «$title»', ({ text, title, country, organization, verb, content }) => {
    const [s, ...rest] = all(text);
    expect(rest).toEqual([]);
    expect(s?.speaker.office).toMatchObject({ code: 'head-of-delegation', title, evidence: at(text, title) });
    expect(s?.speaker.office?.country).toBe(country);
    expect(s?.speaker.country).toBe(country);
    if (organization) expect(s?.speaker.office?.organization?.name.ar).toBe(organization);
    expect(s?.speaker.person).toBeUndefined();
    expect(s?.attribution).toBe('named');
    expect(s?.verb.code).toBe(verb);
    expect(s?.content).toMatchObject({ text: content, evidence: at(text, content) });
  });

  it('a bare «رئيس الوفد» with no delegation named has no country and no person', () => {
    const text = 'وقال رئيس الوفد إن الجولة المقبلة ستعقد في الدوحة.';
    const [s] = all(text);
    expect(s?.speaker.office).toMatchObject({ code: 'head-of-delegation', title: 'رئيس الوفد' });
    expect(s?.speaker.country).toBeUndefined();
    expect(s?.speaker.person).toBeUndefined();
    expect(s?.content.text).toBe('الجولة المقبلة ستعقد في الدوحة');
  });

  it('what was said after «رئيس وفد …» is no part of the complement', () => {
    const text = 'وأكد رئيس وفد رجال الأعمال أهمية الاستثمار في قطاع الطاقة.';
    const [s] = all(text);
    expect(s?.speaker.office).toMatchObject({ code: 'head-of-delegation', title: 'رئيس وفد رجال الأعمال' });
    expect(s?.content).toMatchObject({ text: 'أهمية الاستثمار في قطاع الطاقة', mode: 'summary' });
  });

  it('a head named after the title is that person', () => {
    const text = 'وأكد رئيس الوفد الليبي عبد الحميد الدبيبة أن طرابلس متمسكة بالحوار.';
    const [s] = all(text);
    expect(s?.speaker.person?.name.ar).toBe('عبد الحميد الدبيبة');
    expect(s?.speaker.office).toMatchObject({ code: 'head-of-delegation', country: 'LY' });
  });

  it('findOffices reads the title, its qualifier and its country', () => {
    expect(findOffices('التقى رئيس الوفد الاقتصادي السعودي بوزير التجارة').map((o) => [o.code, o.title, o.country])).toEqual([
      ['head-of-delegation', 'رئيس الوفد الاقتصادي السعودي', 'SA'],
      ['minister', 'وزير التجارة', undefined],
    ]);
  });
});

describe('a bare «رئيس الوفد» is the head the article named', () => {
  it('after «وترأس الوفد السوري وزير الخارجية …» (Levant)', () => {
    const text = 'وصل الوفد السوري إلى أنقرة صباح اليوم. وترأس الوفد السوري وزير الخارجية أسعد الشيباني، وضم وزير الاقتصاد. وقال رئيس الوفد إن دمشق منفتحة على كل المبادرات.';
    const [s] = all(text);
    expect(s?.speaker.person?.name.ar).toBe('أسعد الشيباني');
    expect(s?.speaker.office).toMatchObject({ code: 'head-of-delegation', title: 'رئيس الوفد' });
    expect(s?.speaker.country).toBe('SY');
    expect(s?.content.text).toBe('دمشق منفتحة على كل المبادرات');
    // The delegation itself now reads its head after «ترأس الوفد».
    const delegation = extractDelegation(text);
    expect(delegation?.head?.person?.name.ar).toBe('أسعد الشيباني');
    expect(delegation?.country).toBe('SY');
    expect(delegation?.members.map((m) => m.office?.portfolio)).toEqual(['foreign', 'economy']);
  });

  it('after «على رأس وفد» (Iraq), and «وأضاف» carries it on', () => {
    const text = 'وصل رئيس الوزراء العراقي محمد شياع السوداني إلى عمّان على رأس وفد وزاري رفيع. وقال رئيس الوفد العراقي إن الربط الكهربائي سيكتمل هذا العام. وأضاف أن بغداد تريد رفع التبادل التجاري.';
    const [first, second] = all(text);
    expect(first?.speaker.person?.name.ar).toBe('محمد شياع السوداني');
    expect(first?.speaker.office).toMatchObject({ code: 'head-of-delegation', title: 'رئيس الوفد العراقي', country: 'IQ' });
    expect(second?.speaker.person?.name.ar).toBe('محمد شياع السوداني');
    expect(second?.content.text).toBe('بغداد تريد رفع التبادل التجاري');
  });

  it('after «وفد … برئاسة» (Gulf)', () => {
    const text = 'وصل إلى الرياض وفد كويتي برئاسة وزير الخارجية عبدالله اليحيا. وأكد رئيس الوفد أن الكويت تدعم الوساطة السعودية.';
    const [s] = all(text);
    expect(s?.speaker.person?.name.ar).toBe('عبدالله اليحيا');
    expect(s?.speaker.country).toBe('KW');
  });

  it('after «ويترأس الوفد الأردني …» with no member list (Levant; a second batch, written after the first passed)', () => {
    const text = 'ويترأس الوفد الأردني وزير الخارجية أيمن الصفدي. وشدد رئيس الوفد على أن عمان ترفض التهجير.';
    const [s] = all(text);
    expect(s?.speaker.person?.name.ar).toBe('أيمن الصفدي');
    expect(s?.speaker.country).toBe('JO');
    expect(s?.content.text).toBe('عمان ترفض التهجير');
    expect(extractDelegation(text)?.members.map((m) => m.person?.name.ar)).toEqual(['أيمن الصفدي']);
  });

  it('not the head of another country’s delegation (Egypt)', () => {
    const text = 'وصل وفد سوداني برئاسة وزير الخارجية علي يوسف إلى القاهرة. وقال رئيس الوفد المصري إن القاهرة ترحب بالمبادرة.';
    const [s] = all(text);
    expect(s?.speaker.person).toBeUndefined();
    expect(s?.speaker.country).toBe('EG');
  });

  it('not a head named only after the title speaks (Maghreb)', () => {
    const text = 'وقال رئيس الوفد إن الجولة كانت مثمرة. ووصل وفد جزائري برئاسة وزير الخارجية أحمد عطاف إلى تونس.';
    const [s] = all(text);
    expect(s?.speaker.person).toBeUndefined();
    expect(s?.content.text).toBe('الجولة كانت مثمرة');
  });
});

describe('the head of a delegation as a visitor', () => {
  it('a reception of «رئيس الوفد البرلماني الأردني» has him as the visitor (Gulf)', () => {
    const text = 'استقبل أمير الكويت الشيخ مشعل الأحمد رئيس الوفد البرلماني الأردني الذي يزور البلاد حاليا.';
    const { visit } = extractStateVisit(text, { reference: '2026-01-20' });
    expect(visit?.visitor.office).toMatchObject({ code: 'head-of-delegation', country: 'JO', evidence: at(text, 'رئيس الوفد البرلماني الأردني') });
    expect(visit?.host?.person?.name.ar).toBe('مشعل الأحمد');
    expect(visit?.hostCountry).toBe('KW');
  });
});

describe('the office table and the schema', () => {
  it('has the code, and the schema takes it', () => {
    expect(OFFICE_CODES).toContain('head-of-delegation');
    expect(Office.parse({ title: 'رئيس الوفد السوداني', code: 'head-of-delegation', country: 'SD' }).code).toBe('head-of-delegation');
  });

  it('composes every qualifier for both genders, and «رئيس وفد» with a complement', () => {
    const qualifiers = DELEGATION_KIND_WORDS.length + DELEGATION_HEAD_QUALIFIERS.length;
    expect(HEAD_OF_DELEGATION_TITLES).toHaveLength(2 * (qualifiers + 2));
    expect(HEAD_OF_DELEGATION_TITLES.every((t) => t.code === 'head-of-delegation')).toBe(true);
    expect(HEAD_OF_DELEGATION_TITLES.filter((t) => t.takesComplement).map((t) => t.ar)).toEqual(['رئيس وفد', 'رئيسة وفد']);
    expect(HEAD_OF_DELEGATION_TITLES.map((t) => t.ar)).toContain('رئيس الوفد الوزاري');
  });
});
