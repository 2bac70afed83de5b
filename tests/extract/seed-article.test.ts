/**
 * The seed article (../shared/corpus/seed-article.txt, read at run time, never
 * copied) with reference 2026-01-28: every fact issue 6 lists.
 */
import { describe, expect, it } from 'vitest';
import { MISSING_MESSAGE, readSeedArticle } from '../../conformance/load';
import { extractStateVisit } from '../../src/extract';
import { expectEvidenceInInput } from './evidence';

const seed = readSeedArticle();

describe.skipIf(!seed)(`seed article, reference 2026-01-28${seed ? '' : ` (${MISSING_MESSAGE})`}`, () => {
  const text = seed as string;
  const result = extractStateVisit(text, { reference: '2026-01-28' });
  const visit = result.visit!;

  it('validates the visit', () => {
    expect(visit).not.toBeNull();
    expect(result.warnings).toEqual([]);
  });

  it('visitor: Ahmed al-Sharaa, President of Syria', () => {
    expect(visit.visitor.person?.name.ar).toBe('أحمد الشرع');
    expect(visit.visitor.office).toMatchObject({ code: 'president', country: 'SY' });
    expect(visit.guestCountry).toBe('SY');
  });

  it('host: Vladimir Putin, President of Russia', () => {
    expect(visit.host?.person?.name.ar).toBe('فلاديمير بوتين');
    expect(visit.host?.office).toMatchObject({ code: 'president', country: 'RU' });
    expect(visit.hostCountry).toBe('RU');
  });

  it('place Moscow, type official, ordinal 2, arrival 2026-01-28', () => {
    expect(visit.places[0]).toMatchObject({ name: { ar: 'موسكو', en: 'Moscow' }, kind: 'capital', country: 'RU' });
    expect(visit.visitType).toMatchObject({ type: 'official', text: 'زيارة رسمية' });
    expect(visit.ordinal).toMatchObject({ value: 2, text: 'هي الثانية له' });
    expect(visit.period.arrival).toMatchObject({ start: '2026-01-28', end: '2026-01-28', precision: 'day' });
  });

  it('an earlier visit on 2025-10-15 in Moscow', () => {
    expect(visit.relatedEvents).toHaveLength(1);
    expect(visit.relatedEvents[0]).toMatchObject({
      kind: 'previous-visit',
      date: { start: '2025-10-15', end: '2025-10-15', known: { day: 15, month: 10 }, implied: { year: 2025 } },
      place: { country: 'RU' },
    });
  });

  it('delegation headed by al-Sharaa: the secretary-general of the presidency, the foreign and defence ministers, and unspecified aides', () => {
    const delegation = visit.delegation!;
    expect(delegation.country).toBe('SY');
    expect(delegation.head?.person?.name.ar).toBe('أحمد الشرع');
    expect(delegation.members.map((m) => [m.role, m.office?.code, m.office?.portfolio ?? null])).toEqual([
      ['head', 'president', null],
      ['member', 'secretary-general', null],
      ['member', 'minister', 'foreign'],
      ['member', 'minister', 'defence'],
    ]);
    expect(delegation.members[1]?.office?.organization?.name.ar).toBe('رئاسة الجمهورية');
    expect(delegation.unspecified?.text.startsWith('عدد من كبار معاونيه')).toBe(true);
    expect(delegation.unspecified?.text.endsWith('السوري')).toBe(true);
  });

  it('statements by al-Sharaa (أكد، أشار، أعرب), Putin (شدد، أوضح) and Peskov as Kremlin spokesman (نقل، أكد)', () => {
    const by = (name: string) => visit.statements.filter((s) => s.speaker.person?.name.ar === name && s.verb.evidence && !['مؤكدًا', 'مشيرًا'].includes(s.verb.text));
    expect(by('أحمد الشرع').map((s) => [s.verb.text, s.verb.code])).toEqual([
      ['أكد', 'affirm'],
      ['أشار', 'indicate'],
      ['أعرب', 'express'],
    ]);
    expect(by('فلاديمير بوتين').map((s) => [s.verb.text, s.verb.code])).toEqual([
      ['شدد', 'stress'],
      ['أوضح', 'clarify'],
    ]);
    const peskov = by('ديميتري بيسكوف').filter((s) => s.certainty === 'confirmed');
    expect(peskov.map((s) => [s.verb.text, s.verb.code])).toEqual([
      ['نقل', 'convey'],
      ['أكد', 'affirm'],
    ]);
    for (const s of peskov) {
      expect(s.attribution).toBe('spokesperson');
      expect(s.speaker.office).toMatchObject({ code: 'spokesperson', country: 'RU', organization: { name: { ar: 'الكرملين' }, kind: 'presidency' } });
    }
    // «خلال لقائه اليوم»: the first statement is dated by the day named before its content.
    expect(visit.statements[0]?.date?.start).toBe('2026-01-28');
    // Every content follows its introducer (أن/على أن/عن) in the text.
    for (const s of visit.statements) expect(s.content.evidence!.index).toBeGreaterThan(s.verb.evidence!.index);
  });

  it('the participles and the declined comment are statements of the same speakers', () => {
    const participles = visit.statements.filter((s) => s.verb.text === 'مؤكدًا' || s.verb.text === 'مشيرًا');
    expect(participles.map((s) => [s.verb.code, s.speaker.person?.name.ar])).toEqual([
      ['affirm', 'فلاديمير بوتين'],
      ['indicate', 'ديميتري بيسكوف'],
    ]);
    const declined = visit.statements.find((s) => s.certainty === 'declined-comment');
    expect(declined?.speaker.person?.name.ar).toBe('ديميتري بيسكوف');
    expect(declined?.content.text.startsWith('أنباء غير مؤكدة')).toBe(true);
  });

  it('the media reports, unconfirmed', () => {
    const media = visit.statements.filter((s) => s.attribution === 'media-reports');
    expect(media).toHaveLength(1);
    expect(media[0]).toMatchObject({ certainty: 'unconfirmed', verb: { text: 'أفادت', code: 'report' }, content: { mode: 'indirect' } });
    expect(media[0]?.speaker.organization?.name.ar).toBe('التقارير الإعلامية');
  });

  it('checks the 3.5-month and under-4-month durations against the two visit dates', () => {
    expect(result.checks.map((c) => [c.duration.iso, c.duration.qualifier, c.from.date, c.to.date, c.expected, c.relation, c.differenceDays])).toEqual([
      ['P3.5M', 'within', '2025-10-15', '2026-01-28', '2026-01-30', 'agrees', -2],
      ['P4M', 'less-than', '2025-10-15', '2026-01-28', '2026-02-15', 'agrees', -18],
    ]);
  });

  it('agenda topics and the expected outcome', () => {
    expect(visit.agenda.slice(0, 2)).toEqual(['العلاقات الثنائية', 'آخر التطورات الإقليمية']);
    expect(visit.expectedOutcomes).toHaveLength(1);
    expect(visit.expectedOutcomes[0]?.startsWith('تصدر بيانات رسمية')).toBe(true);
  });

  it('statement topics, in the order of the statements', () => {
    expect(visit.statements.map((s) => s.topics)).toEqual([
      ['sovereignty', 'security'], // وحدة الأراضي السورية واستقرارها
      ['sovereignty'], // توحيد أراضيها
      ['security', 'economy'], // الاستقرار والتنمية
      ['bilateral-relations'], // العلاقات الروسية السورية
      ['sovereignty', 'security'], // وحدة الأراضي … استقرار البلاد
      ['economy', 'trade'], // الاقتصادية … التبادل التجاري
      ['bilateral-relations', 'defense'], // العلاقات الثنائية والتعاون العسكري
      ['bilateral-relations'], // التعاون الثنائي
      ['defense'], // القوات الروسية
      [], // the declined comment
      ['bilateral-relations'], // العلاقات بين موسكو ودمشق
    ]);
  });

  it('every evidence quotes the article exactly', () => {
    expect(expectEvidenceInInput(text, result)).toBeGreaterThan(80);
  });
});
