/** The `@example` blocks of the public extract functions give what they say. */
import { describe, expect, it } from 'vitest';
import { TOPICS, TOPIC_CODES, extractDelegation, extractStatements, extractStateVisit, findCountries, findOffices, findTopics } from '../../src/extract';

describe('TSDoc examples', () => {
  it('findCountries', () => {
    expect(findCountries('استقبل العاهل المغربي في الرباط الرئيسَ الموريتاني').map((m) => [m.code, m.kind, m.evidence.text])).toEqual([
      ['MA', 'nisba', 'المغربي'],
      ['MA', 'capital', 'الرباط'],
      ['MR', 'nisba', 'الموريتاني'],
    ]);
  });
  it('findOffices', () => {
    expect(findOffices('ويرافقه وزيرا الخارجية والدفاع').map((o) => [o.code, o.portfolio])).toEqual([
      ['minister', 'foreign'],
      ['minister', 'defence'],
    ]);
    expect(findOffices('قال الرئيس السوري')[0]?.country).toBe('SY');
  });
  it('extractStatements', () => {
    const [s] = extractStatements('وأكد وزير الخارجية العراقي فؤاد حسين أن بغداد تدعم الحوار.');
    expect([s?.speaker.person?.name.ar, s?.speaker.office?.portfolio, s?.verb.code, s?.content.text]).toEqual(['فؤاد حسين', 'foreign', 'affirm', 'بغداد تدعم الحوار']);
    expect(s?.content.evidence).toEqual({ text: 'بغداد تدعم الحوار', index: 40, end: 57 });
    expect(extractStatements('وقال وزير النفط العراقي إن الصادرات عبر ميناء البصرة ارتفعت.')[0]?.topics).toEqual(['trade', 'transport']);
    const [side] = extractStatements('وأكد الجانب المصري أهمية الحوار.');
    expect(side?.speaker.person).toBeUndefined();
    expect([side?.speaker.country, side?.attribution]).toEqual(['EG', 'official-source']);
    expect(side?.content.evidence).toEqual({ text: 'أهمية الحوار', index: 19, end: 31 });
    const [head] = extractStatements('وقال رئيس الوفد السوداني إن المفاوضات مستمرة.');
    expect([head?.speaker.office?.code, head?.speaker.country]).toEqual(['head-of-delegation', 'SD']);
    expect(extractStatements('وأعلن الرئيس موعد الانتخابات.')[0]?.content.text).toBe('موعد الانتخابات');
    expect(extractStatements('وقال الوزير إن اللقاء تناول الطاقة ولم يتطرق إلى الملف النووي.')[0]?.topics).toEqual(['energy']);
  });
  it('findTopics, TopicMention, TOPICS, TOPIC_CODES', () => {
    expect(findTopics('أكد وزير الطاقة العراقي أهمية الربط الكهربائي وتعزيز الأمن الغذائي، وعزف السلام الجمهوري.').map((m) => [m.code, m.evidence.text])).toEqual([
      ['energy', 'الكهربائي'],
      ['food-security', 'الأمن الغذائي'],
    ]);
    expect(findTopics('بحث الجانبان التعاون في مجال الطاقة دون التطرق إلى الملف النووي.').map((m) => m.code)).toEqual(['energy']);
    const [mention] = findTopics('بحث الجانبان ملف المياه');
    expect([mention?.code, mention?.keyword, mention?.evidence.text]).toEqual(['water', 'مياه', 'المياه']);
    expect(TOPICS.find((t) => t.code === 'energy')?.keywords.some((k) => k.phrase === 'المحروقات' && k.region === 'maghreb')).toBe(true);
    expect(TOPICS.find((t) => t.code === 'water')?.ar).toBe('المياه');
    expect(TOPIC_CODES.includes('energy')).toBe(true);
  });
  it('extractDelegation', () => {
    const d = extractDelegation('وصل أمير قطر إلى الجزائر، ويرافقه وفد رسمي يضم وزيري الخارجية والتجارة.');
    expect(d?.members.map((m) => m.office?.portfolio ?? m.role)).toEqual(['head', 'foreign', 'trade']);
    expect(d?.kind).toBe('official');
  });
  it('extractStateVisit', () => {
    const { visit } = extractStateVisit('وصل الرئيس التونسي قيس سعيد اليوم إلى الجزائر في زيارة دولة هي الأولى له، ويرافقه وفد رسمي يضم وزير الخارجية.', {
      reference: '2026-03-10',
    });
    expect([visit?.guestCountry, visit?.hostCountry, visit?.visitType.type, visit?.period.arrival?.start, visit?.ordinal?.value]).toEqual(['TN', 'DZ', 'state', '2026-03-10', 1]);
  });
});
