import { describe, expect, it } from 'vitest';
import { MISSING_MESSAGE, readSeedArticle } from '../../conformance/load';
import { findTemporal } from '../../src/temporal/index';
import { formatSchemaIssues, StateVisit, TemporalMatch } from '../../src/schemas/index';
import { seedVisit } from './seed-visit';

const article = readSeedArticle();

describe.skipIf(!article)(`the seed article's visit, built by hand (${article ? 'present' : MISSING_MESSAGE})`, () => {
  const text = article ?? '';

  it('validates', () => {
    const result = StateVisit.safeParse(seedVisit(text));
    if (!result.success) throw new Error(JSON.stringify(formatSchemaIssues(result.error, { root: 'visit' })));
    const visit = result.data;
    expect(visit.guestCountry).toBe('SY');
    expect(visit.hostCountry).toBe('RU');
    expect(visit.visitType).toMatchObject({ type: 'official', text: 'زيارة رسمية' });
    expect(visit.ordinal?.value).toBe(2);
    expect(visit.period.arrival?.start).toBe('2026-01-28');
    expect(visit.relatedEvents[0]?.date?.start).toBe('2025-10-15');
    expect(visit.delegation?.members.map((m) => m.office?.portfolio ?? m.office?.code)).toEqual(['president', 'secretary-general', 'foreign', 'defence']);
    expect(visit.statements.map((s) => s.verb.code)).toEqual(['affirm', 'indicate', 'stress', 'clarify', 'convey', 'reject']);
    expect(visit.statements[4]?.speaker.office?.title).toBe('المتحدث باسم الكرملين');
    expect(visit.statements[5]?.certainty).toBe('declined-comment');
    expect(visit.eventCodes).toEqual({ cameo: ['042', '043'], plover: { event: 'CONSULT', mode: 'visit' } });
  });

  it('has every evidence span equal to its slice of the article', () => {
    const spans: { text: string; index: number; end: number }[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.text === 'string' && typeof record.index === 'number' && typeof record.end === 'number') {
          spans.push(record as { text: string; index: number; end: number });
        }
        Object.values(record).forEach(walk);
      }
    };
    walk(StateVisit.parse(seedVisit(text)));
    expect(spans.length).toBeGreaterThan(25);
    for (const span of spans) expect(text.slice(span.index, span.end)).toBe(span.text);
  });

  it('matches what findTemporal reads, and findTemporal output validates as TemporalMatch', () => {
    const matches = findTemporal(text, { reference: '2026-01-28' });
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) {
      const result = TemporalMatch.safeParse(match);
      if (!result.success) throw new Error(`${match.text}: ${JSON.stringify(formatSchemaIssues(result.error))}`);
      expect(result.data).toEqual(match);
    }
    const visit = StateVisit.parse(seedVisit(text));
    const earlier = matches.find((m) => m.index === visit.relatedEvents[0]?.evidence?.index);
    expect(earlier?.value).toMatchObject({ type: 'date', start: '2025-10-15', end: '2025-10-15' });
    expect(earlier?.value).toEqual(visit.relatedEvents[0]?.date);
  });

  it('rejects the same visit when the defence minister is made head without being a member', () => {
    const visit = seedVisit(text);
    const defence = visit.delegation!.members![3]!;
    visit.delegation!.head = { ...defence, office: { ...defence.office!, title: 'وزير الداخلية', portfolio: 'interior' }, role: 'head' };
    const result = StateVisit.safeParse(visit);
    expect(result.success).toBe(false);
    if (!result.success) expect(formatSchemaIssues(result.error, { root: 'visit' }).map((i) => i.path)).toEqual(['visit.delegation.head']);
  });
});
