import { describe, expect, it } from 'vitest';
import {
  Delegation,
  DelegationMember,
  Evidence,
  formatSchemaIssues,
  OfficialStatement,
  StateVisit,
  TemporalMatch,
  DateValue,
  VisitParticipant,
} from '../../src/schemas/index';
import type * as z from 'zod';
import { clone, day, emir, foreignMinister, gulfVisit } from './fixtures';

/** The formatted issues of a failing parse (fails the test when the parse succeeds). */
function issuesOf(schema: z.ZodType, input: unknown, root?: string) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? [] : formatSchemaIssues(result.error, root === undefined ? {} : { root });
}

describe('the fixture', () => {
  it('is a valid visit', () => {
    const visit = StateVisit.parse(gulfVisit());
    expect(visit.hostCountry).toBe('MA');
    expect(visit.eventCodes).toEqual({ cameo: ['042', '043'], plover: { event: 'CONSULT', mode: 'visit' } });
    expect(visit.statements[0]?.certainty).toBe('confirmed');
    expect(visit.sources[0]?.language).toBe('ar');
  });
});

describe('departure not before arrival', () => {
  it('rejects a departure the day before the arrival, at period.departure', () => {
    const visit = gulfVisit();
    visit.period = { arrival: day('2025-12-03'), departure: day('2025-12-02') };
    expect(issuesOf(StateVisit, visit, 'visit')).toEqual([
      {
        path: 'visit.period.departure',
        code: 'departure-before-arrival',
        message: 'departure (2025-12-02) must not be before arrival (2025-12-03)',
      },
    ]);
  });

  it('accepts a same-day departure and a month-precision departure overlapping the arrival', () => {
    const visit = gulfVisit();
    visit.period = { arrival: day('2025-12-03'), departure: day('2025-12-03') };
    expect(StateVisit.safeParse(visit).success).toBe(true);
    const month: DateValue = { ...day('2025-12-01'), precision: 'month', start: '2025-12-01', end: '2025-12-31' };
    visit.period = { arrival: day('2025-12-20'), departure: month };
    expect(StateVisit.safeParse(visit).success).toBe(true);
  });
});

describe('delegation head among members', () => {
  it('rejects a head who is not a member, at delegation.head', () => {
    const visit = gulfVisit();
    visit.delegation = { country: 'QA', kind: 'official', head: emir, members: [foreignMinister] };
    const [issue] = issuesOf(StateVisit, visit);
    expect(issue).toMatchObject({ path: 'delegation.head', code: 'head-not-member' });
    expect(issue?.message).toContain('أمير دولة قطر');
  });

  it('matches the head by normalized Arabic (hamza, vowel marks), not by exact spelling', () => {
    const head = { person: { name: { ar: 'عبد الله بن أحمد' } }, role: 'head' as const };
    const members = [{ person: { name: { ar: 'عبد الله بن اَحمد' } }, role: 'head' }, foreignMinister];
    expect(Delegation.safeParse({ kind: 'official', head, members }).success).toBe(true);
    const stranger = [{ person: { name: { ar: 'عبد الله بن محمد' } }, role: 'head' }];
    expect(Delegation.safeParse({ kind: 'official', head, members: stranger }).success).toBe(false);
  });

  it('rejects two members with the role head, at delegation.members', () => {
    const issues = issuesOf(Delegation, { kind: 'official', members: [emir, { ...foreignMinister, role: 'head' }] });
    expect(issues).toEqual([{ path: 'members', code: 'several-heads', message: '2 members have the role "head"; a delegation has one head' }]);
  });

  it('rejects a member with neither person nor office, at its index', () => {
    const issues = issuesOf(Delegation, { kind: 'official', members: [emir, { role: 'member' }] });
    expect(issues.map((i) => [i.path, i.code])).toEqual([['members[1]', 'member-unnamed']]);
  });
});

describe('evidence and match offsets', () => {
  it('accepts ordered offsets whose text has the span length', () => {
    expect(Evidence.parse({ text: 'الرباط', index: 22, end: 28 })).toEqual({ text: 'الرباط', index: 22, end: 28 });
  });

  it.each([
    [{ text: 'الرباط', index: 28, end: 22 }, 'end', 'offsets-ordered'],
    [{ text: 'الرباط', index: 22, end: 30 }, 'text', 'evidence-length'],
    [{ text: 'الرباط', index: -1, end: 5 }, 'index', 'too_small'],
    [{ text: 'الرباط', index: 1.5, end: 7.5 }, 'index', 'invalid_type'],
  ])('rejects %j at %s (%s)', (evidence, path, code) => {
    const issues = issuesOf(Evidence, evidence);
    expect(issues[0]).toMatchObject({ path, code });
  });

  it('names the nested path of bad evidence inside a visit', () => {
    const visit = gulfVisit();
    visit.places![0]!.evidence = { text: 'الرباط', index: 40, end: 10 };
    expect(issuesOf(StateVisit, visit, 'visit')[0]).toMatchObject({ path: 'visit.places[0].evidence.end', code: 'offsets-ordered' });
  });

  it('rejects statement parts whose evidence lies outside the statement evidence', () => {
    const sentence = 'وأكد وزير الخارجية العراقي أن بغداد تدعم الحوار';
    const statement = {
      speaker: { office: { title: 'وزير الخارجية العراقي', code: 'minister', portfolio: 'foreign', country: 'IQ' } },
      attribution: 'named',
      verb: { text: 'أكد', code: 'affirm', evidence: { text: 'أكد', index: 1, end: 4 } },
      content: { text: 'بغداد تدعم الحوار', mode: 'indirect', evidence: { text: 'بغداد تدعم الحوار', index: 30, end: 47 } },
      evidence: { text: sentence, index: 0, end: sentence.length },
    };
    expect(OfficialStatement.safeParse(statement).success).toBe(true);
    const short = { ...statement, evidence: { text: sentence.slice(0, 20), index: 0, end: 20 } };
    expect(issuesOf(OfficialStatement, short)).toEqual([
      { path: 'content.evidence', code: 'evidence-outside', message: "offsets 30–47 lie outside the statement's evidence 0–20" },
    ]);
  });

  it('rejects a temporal match whose kind disagrees with its value', () => {
    const match = { kind: 'duration', text: 'أمس', index: 10, end: 13, value: day('2026-01-27') };
    expect(issuesOf(TemporalMatch, match)).toEqual([{ path: 'kind', code: 'kind-mismatch', message: 'kind "duration" does not match the value\'s type "date"' }]);
  });
});

describe('statements need a speaker when attributed to one', () => {
  const base = { attribution: 'named', verb: { text: 'صرح', code: 'state' }, content: { text: 'الزيارة ناجحة', mode: 'indirect' } };

  it('rejects a named statement without speaker, at speaker', () => {
    expect(issuesOf(OfficialStatement, { ...base, speaker: {} })).toMatchObject([{ path: 'speaker', code: 'speaker-missing' }]);
  });

  it('accepts an anonymous source without speaker', () => {
    expect(OfficialStatement.safeParse({ ...base, attribution: 'anonymous-source', speaker: {} }).success).toBe(true);
  });

  it('rejects a visitor with neither person nor office', () => {
    expect(issuesOf(VisitParticipant, {})).toMatchObject([{ path: '', code: 'participant-unnamed' }]);
  });
});

describe('dates, countries and closed enums', () => {
  it.each([
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-13-01', false],
    ['2025-04-31', false],
    ['28/01/2026', false],
  ])('period arrival start %s valid: %s', (iso, valid) => {
    const visit = gulfVisit();
    visit.period = { arrival: { ...day('2024-02-29'), start: iso, end: iso } };
    const result = StateVisit.safeParse(visit);
    expect(result.success).toBe(valid);
    if (!result.success) expect(formatSchemaIssues(result.error)[0]?.path).toBe('period.arrival.start');
  });

  it('rejects a date value whose end is before its start', () => {
    expect(issuesOf(DateValue, { ...day('2025-10-15'), end: '2025-10-14' })).toMatchObject([{ path: 'end', code: 'date-range-order' }]);
  });

  it.each(['sy', 'SYR', 'EU', 'XK', 'SU', 'سوريا', ''])('rejects the country code %j at hostCountry', (code) => {
    const visit = { ...gulfVisit(), hostCountry: code };
    expect(issuesOf(StateVisit, visit)).toMatchObject([{ path: 'hostCountry', code: 'invalid_value' }]);
  });

  it.each([
    ['visitType', { type: 'state-visit' }, 'visitType.type'],
    ['delegation', { kind: 'cultural', members: [] }, 'delegation.kind'],
  ])('rejects an unknown enum value in %s', (key, value, path) => {
    const visit = { ...gulfVisit(), [key]: value };
    expect(issuesOf(StateVisit, visit)[0]).toMatchObject({ path, code: 'invalid_value' });
  });

  it('rejects an unknown reporting-verb code and office code', () => {
    const visit = clone(gulfVisit());
    (visit.statements![0]!.verb as { code: string }).code = 'whisper';
    (visit.visitor.office as { code: string }).code = 'pharaoh';
    expect(issuesOf(StateVisit, visit).map((i) => i.path)).toEqual(['visitor.office.code', 'statements[0].verb.code']);
  });

  it('rejects an ordinal of zero and a non-http URL', () => {
    const visit = { ...gulfVisit(), ordinal: { value: 0 }, sources: [{ outlet: 'سانا', url: 'ftp://sana.sy/' }] };
    expect(issuesOf(StateVisit, visit).map((i) => i.path)).toEqual(['ordinal.value', 'sources[0].url']);
  });
});

describe('member rule also applies inside a visit', () => {
  it('reports the nested member path', () => {
    const visit = gulfVisit();
    visit.delegation = { kind: 'official', members: [{ role: 'member' }] };
    expect(issuesOf(StateVisit, visit, 'visit')).toMatchObject([{ path: 'visit.delegation.members[0]', code: 'member-unnamed' }]);
    expect(DelegationMember.safeParse({ role: 'member', office: { title: 'السفير', code: 'ambassador' } }).success).toBe(true);
  });
});
