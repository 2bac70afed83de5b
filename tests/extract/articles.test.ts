/**
 * Articles written for ziyara in the styles of six regions (examples/articles/),
 * each with its expected record.
 */
import { describe, expect, it } from 'vitest';
import { extractStateVisit } from '../../src/extract';
import type { StateVisitExtraction } from '../../src/extract';
import { expectEvidenceInInput, readArticle } from './evidence';

type Party = { person?: { name: { ar: string } } | undefined; office?: { code: string; country?: string | undefined } | undefined } | undefined;
const party = (p: Party) => [p?.person?.name.ar ?? null, p?.office?.code ?? null, p?.office?.country ?? null];
const speakers = (r: StateVisitExtraction) =>
  r.statements.map((s) => [s.speaker.person?.name.ar ?? s.speaker.office?.title ?? s.speaker.organization?.name.ar ?? null, s.verb.code, s.attribution, s.certainty]);

async function extract(name: string, reference: string): Promise<{ text: string; result: StateVisitExtraction }> {
  const text = await readArticle(name);
  const result = extractStateVisit(text, { reference });
  expectEvidenceInInput(text, result);
  return { text, result };
}

describe('Levant: the demo article (Jordanian prime minister in Damascus)', async () => {
  const { result } = await extract('demo-article.txt', '2026-01-22');
  const visit = result.visit!;
  it('visit', () => {
    expect(party(visit.visitor)).toEqual(['سامر الخطيب', 'prime-minister', 'JO']);
    expect(party(visit.host)).toEqual(['أحمد الشرع', 'president', 'SY']);
    expect([visit.guestCountry, visit.hostCountry, visit.places[0]?.name.en]).toEqual(['JO', 'SY', 'Damascus']);
    expect(visit.visitType.type).toBe('official-working');
    expect(visit.ordinal?.value).toBe(2);
    expect(visit.period.arrival?.start).toBe('2026-01-22');
    expect(visit.agenda).toEqual(['التعاون الاقتصادي', 'أمن الحدود', 'ملف المياه', 'إعادة فتح معبر نصيب أمام حركة الشاحنات']);
    expect(visit.expectedOutcomes).toHaveLength(1);
  });
  it('earlier visit with its double Levantine/Hijri date, checked against «خلال شهرين»', () => {
    expect(visit.relatedEvents[0]).toMatchObject({ kind: 'previous-visit', date: { start: '2025-11-20', calendar: 'gregory' }, place: { country: 'SY' } });
    expect(result.checks.map((c) => [c.duration.iso, c.expected, c.relation])).toEqual([['P2M', '2026-01-20', 'agrees']]);
  });
  it('delegation and statements', () => {
    expect(visit.delegation?.members.map((m) => [m.role, m.office?.portfolio ?? m.office?.code])).toEqual([
      ['head', 'prime-minister'],
      ['member', 'foreign'],
      ['member', 'energy'],
      ['member', 'transport'],
    ]);
    expect(visit.delegation?.unspecified?.text).toBe('عدد من المستشارين ورجال الأعمال');
    expect(speakers(result)).toEqual([
      ['سامر الخطيب', 'affirm', 'named', 'confirmed'],
      ['أحمد الشرع', 'stress', 'named', 'confirmed'],
      ['أحمد الشرع', 'indicate', 'named', 'confirmed'],
      ['مصادر مطلعة', 'report', 'anonymous-source', 'unconfirmed'],
    ]);
    expect(result.statements[0]?.content).toMatchObject({ text: 'الأردن يقف إلى جانب سوريا في مرحلة إعادة البناء', mode: 'direct-quote' });
  });
  it('statement topics: reconstruction, relations, the electricity link, the border crossing', () => {
    expect(result.statements.map((s) => s.topics)).toEqual([['reconstruction'], ['bilateral-relations'], ['energy'], ['transport', 'trade']]);
  });
});

describe('Gulf: the Kuwaiti crown prince in Riyadh', async () => {
  const { result } = await extract('gulf-kuwait-riyadh.txt', '2026-02-10');
  const visit = result.visit!;
  it('visit', () => {
    expect(party(visit.visitor)).toEqual(['فهد ناصر الصباح', 'crown-prince', 'KW']);
    expect(party(visit.host)).toEqual([null, 'crown-prince', 'SA']);
    expect([visit.guestCountry, visit.hostCountry, visit.visitType.type, visit.ordinal?.value]).toEqual(['KW', 'SA', 'state', 1]);
    expect(visit.period.arrival?.start).toBe('2026-02-09');
    expect(visit.agenda).toEqual(['تعزيز التنسيق الخليجي', 'الاستثمارات المشتركة']);
  });
  it('delegation under «سموه» and the quoted statement', () => {
    expect(visit.delegation?.members.map((m) => [m.role, m.office?.code, m.office?.portfolio ?? null])).toEqual([
      ['head', 'crown-prince', null],
      ['member', 'minister', 'foreign'],
      ['member', 'minister', 'defence'],
      ['member', 'chief-of-staff', null],
    ]);
    expect(speakers(result)).toEqual([['سالم العتيبي', 'say', 'named', 'confirmed']]);
    expect(result.statements[0]?.content.text.endsWith('الشقيقين"')).toBe(true);
    expect(result.statements.map((s) => s.topics)).toEqual([['bilateral-relations']]);
  });
});

describe('Egypt: the Iraqi prime minister received at the Ittihadiya palace', async () => {
  const { result } = await extract('egypt-cairo.txt', '2026-02-10');
  const visit = result.visit!;
  it('visit read from «استقبل»: host first, visitor second', () => {
    expect(party(visit.visitor)).toEqual(['حسن الجبوري', 'prime-minister', 'IQ']);
    expect(party(visit.host)).toEqual([null, 'president', 'EG']);
    expect(visit.places.map((p) => [p.name.ar, p.kind])).toEqual([
      ['قصر الاتحادية', 'palace'],
      ['القاهرة', 'capital'],
    ]);
    expect([visit.visitType.type, visit.period.arrival?.start]).toEqual(['official', '2026-02-10']);
  });
  it('statements and the nominative dual in the delegation', () => {
    expect(speakers(result)).toEqual([
      ['المتحدث الرسمي باسم رئاسة الجمهورية', 'state', 'spokesperson', 'confirmed'],
      ['الرئيس المصري', 'affirm', 'named', 'confirmed'],
      ['حسن الجبوري', 'express', 'named', 'confirmed'],
    ]);
    expect(result.statements[1]?.content).toMatchObject({ text: 'دعم مصر الكامل لأمن العراق واستقراره', mode: 'summary' });
    expect(visit.delegation?.members.map((m) => m.office?.portfolio ?? m.office?.code)).toEqual(['prime-minister', 'oil', 'trade', 'national-security-adviser']);
    // «لأمن العراق واستقراره» is security; «الدور المصري في المنطقة» names no topic.
    expect(result.statements.map((s) => s.topics)).toEqual([['energy', 'transport'], ['security'], []]);
  });
});

describe('Maghreb: the Mauritanian president in Rabat', async () => {
  const { result } = await extract('morocco-rabat.txt', '2026-04-27');
  const visit = result.visit!;
  it('visit from «حل … ضيفا», Moroccan «يومه» and «زيارة عمل وصداقة»', () => {
    expect(party(visit.visitor)).toEqual(['محمد ولد أحمد', 'president', 'MR']);
    expect(party(visit.host)).toEqual([null, 'king', 'MA']);
    expect([visit.guestCountry, visit.hostCountry, visit.visitType.type, visit.visitType.text]).toEqual(['MR', 'MA', 'working', 'زيارة عمل وصداقة']);
    expect(visit.period.arrival?.start).toBe('2026-04-27');
    expect(visit.agenda).toEqual(['التعاون الثنائي', 'قضايا الأمن في منطقة الساحل']);
    expect(visit.relatedEvents[0]).toMatchObject({ date: { start: '2024-12-12' }, place: { name: { ar: 'الرباط', en: 'Rabat' } } });
  });
  it('the royal communiqué and the minister', () => {
    expect(speakers(result)).toEqual([
      ['الديوان الملكي', 'state', 'official-source', 'confirmed'],
      ['وزير الشؤون الخارجية والتعاون الإفريقي المغربي', 'note', 'named', 'confirmed'],
    ]);
    // The minister's title (with «التعاون») is no topic; «الصيد البحري والطاقة» in his words are.
    expect(result.statements.map((s) => s.topics)).toEqual([[], ['food-security', 'energy']]);
  });
});

describe('Algeria/Tunisia: a state visit with a quoted welcome and «من جهته، أكد الضيف»', async () => {
  const { result } = await extract('algeria-tunisia.txt', '2026-03-10');
  const visit = result.visit!;
  it('visit', () => {
    expect(party(visit.visitor)).toEqual(['هشام بن سالم', 'president', 'TN']);
    expect(party(visit.host)).toEqual(['كمال بوزيد', 'president', 'DZ']);
    expect([visit.hostCountry, visit.places[0]?.name.en, visit.visitType.type, visit.period.arrival?.start]).toEqual(['DZ', 'Algiers', 'state', '2026-03-10']);
    expect(visit.expectedOutcomes).toHaveLength(1);
  });
  it('«الضيف» is the visitor; the quote is direct', () => {
    expect(speakers(result)).toEqual([
      ['كمال بوزيد', 'say', 'named', 'confirmed'],
      ['هشام بن سالم', 'affirm', 'named', 'confirmed'],
      ['هشام بن سالم', 'call-for', 'named', 'confirmed'],
    ]);
    expect(result.statements[0]?.content.mode).toBe('direct-quote');
    // Maghrebi «الربط الطاقوي» is energy.
    expect(result.statements.map((s) => s.topics)).toEqual([[], [], ['energy']]);
    expect(visit.delegation?.members.map((m) => [m.role, m.office?.portfolio ?? m.office?.code])).toEqual([
      ['head', 'president'],
      ['member', 'foreign'],
      ['member', 'trade'],
    ]);
  });
});

describe('Iraq: the Iranian foreign minister in Baghdad', async () => {
  const { result } = await extract('iraq-baghdad.txt', '2026-01-15');
  const visit = result.visit!;
  it('visit, ordinal 3, the earlier visit in mid-October, checked against «خلال عام»', () => {
    expect(party(visit.visitor)).toEqual(['مهدي رضائي', 'minister', 'IR']);
    expect(party(visit.host)).toEqual(['علي الساعدي', 'prime-minister', 'IQ']);
    expect([visit.visitType.type, visit.ordinal?.value, visit.period.arrival?.start]).toEqual(['official', 3, '2026-01-15']);
    expect(visit.agenda).toEqual(['ملفات المياه', 'الطاقة', 'أمن الحدود']);
    expect(visit.relatedEvents[0]?.date).toMatchObject({ start: '2025-10-11', end: '2025-10-20', modifier: 'middle' });
    expect(result.checks.map((c) => [c.duration.iso, c.relation])).toEqual([['P1Y', 'agrees']]);
    expect(visit.delegation).toMatchObject({ country: 'IR', kind: 'diplomatic' });
  });
  it('an official statement, a carried-over «وأضاف» and an organization speaker', () => {
    expect(speakers(result)).toEqual([
      ['مكتب رئيس الوزراء', 'state', 'official-source', 'confirmed'],
      ['علي الساعدي', 'add', 'named', 'confirmed'],
      ['الحكومة العراقية', 'announce', 'official-source', 'confirmed'],
    ]);
    expect(result.statements.map((s) => s.topics)).toEqual([['bilateral-relations'], ['regional-conflict'], []]);
  });
});

describe('Levant, no visit: statements and dates only', async () => {
  const { result } = await extract('levant-no-visit.txt', '2026-01-15');
  it('visit is null; statements, denial and sources remain', () => {
    expect(result.visit).toBeNull();
    expect(speakers(result)).toEqual([
      ['جاد حداد', 'affirm', 'named', 'confirmed'],
      ['جاد حداد', 'stress', 'named', 'confirmed'],
      ['الحكومة الإسرائيلية', 'deny', 'official-source', 'denied'],
      ['مصادر دبلوماسية', 'say', 'anonymous-source', 'unconfirmed'],
    ]);
    expect(result.temporal.map((m) => m.text)).toEqual(['الأسبوع المقبل']);
    // «القرار الدولي» is multilateral; the denied «صحة التقارير» ("the truth of the reports") is not health.
    expect(result.statements.map((s) => s.topics)).toEqual([['multilateral'], [], [], []]);
  });
});
