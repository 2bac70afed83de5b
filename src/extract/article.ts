/**
 * `extractStateVisit`: an Arabic news article becomes a validated `StateVisit`
 * draft, with its statements, delegation, dates and the checks between them.
 *
 * @module
 */
import { formatSchemaIssues } from '../schemas/errors';
import { Delegation } from '../schemas/delegation';
import { OfficialStatement } from '../schemas/official-statement';
import type { SourceInput } from '../schemas/source';
import { StateVisit, type StateVisitInput } from '../schemas/state-visit';
import { findTemporal } from '../temporal/find';
import type { TemporalMatch } from '../temporal/types';
import { analyseArticle } from './analysis';
import { type ExtractionWarning, type FactCheck, checkIntervals } from './checks';
import { readDelegation } from './delegation';
import { PeopleRegistry } from './people';
import { readStatements } from './statements';
import { delegationOf, officeOf, personOf, placeOf, statementOf } from './to-schema';
import type { Evidence } from './types';
import { type Participant, type VisitFacts, readVisit } from './visit';

/**
 * Options of {@link extractStateVisit}.
 *
 * @example
 * ```ts
 * const options: ExtractStateVisitOptions = { reference: '2026-01-28', source: { outlet: 'سانا', language: 'ar-SY' } };
 * ```
 */
export interface ExtractStateVisitOptions {
  /** The day the article was written (`YYYY-MM-DD` or a `Date`): `اليوم` is this day. Default: today. */
  reference?: Date | string;
  /** IANA time zone to read a `Date` reference in. Default `UTC`. */
  timeZone?: string;
  /** Where the article was published; goes into the visit's `sources`. */
  source?: SourceInput;
}

/**
 * What {@link extractStateVisit} returns.
 *
 * @example
 * ```ts
 * const article = 'وصل الرئيس السوري أحمد الشرع اليوم إلى موسكو في زيارة رسمية.';
 * const result: StateVisitExtraction = extractStateVisit(article, { reference: '2026-01-28' });
 * result.visit?.hostCountry; // 'RU'
 * ```
 */
export interface StateVisitExtraction {
  /** The visit, validated by the `StateVisit` schema, or `null` when the text reports no visit (or it failed validation: see `warnings`). */
  visit: StateVisit | null;
  /** Every statement of the text, validated by the `OfficialStatement` schema. */
  statements: OfficialStatement[];
  /** The delegation, validated by the `Delegation` schema, or `null`. */
  delegation: Delegation | null;
  /** Every temporal expression of the text (`findTemporal`). */
  temporal: TemporalMatch[];
  /** Checks between facts that agreed or contradicted each other. */
  checks: FactCheck[];
  /** Contradictions and problems, each with the evidence involved. */
  warnings: ExtractionWarning[];
}

function participantOf(participant: Participant | undefined): StateVisitInput['visitor'] | undefined {
  if (!participant) return undefined;
  const view = participant.person ? PeopleRegistry.view(participant.person) : undefined;
  const person = personOf(view);
  const officeMention = participant.person?.office ?? participant.office?.mention;
  const office = officeMention ? officeOf(officeMention) : undefined;
  if (!person && !office) return undefined;
  return { ...(person ? { person } : {}), ...(office ? { office } : {}) };
}

/** The index of the first temporal match that starts at or after `offset` (binary search). */
function firstMatchAtOrAfter(matches: readonly TemporalMatch[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((matches[middle] as TemporalMatch).index < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function matchEvidence(match: TemporalMatch): Evidence {
  return { text: match.text, index: match.index, end: match.end };
}

function buildVisitInput(facts: VisitFacts, statements: OfficialStatement[], delegation: Delegation | null, source: SourceInput | undefined): StateVisitInput | { missing: string } {
  const visitor = participantOf(facts.visitor);
  if (!visitor) return { missing: 'visitor' };
  if (!facts.guestCountry) return { missing: 'guest country' };
  if (!facts.hostCountry) return { missing: 'host country' };
  const host = participantOf(facts.host);
  return {
    visitor,
    ...(host ? { host } : {}),
    guestCountry: facts.guestCountry.code,
    hostCountry: facts.hostCountry.code,
    places: facts.places.map(placeOf),
    visitType: facts.type ? { type: facts.type.type, text: facts.type.text, evidence: facts.type.evidence } : { type: 'unspecified' },
    ...(facts.ordinal ? { ordinal: { value: facts.ordinal.value, text: facts.ordinal.text, evidence: facts.ordinal.evidence } } : {}),
    agenda: facts.agenda.map((topic) => topic.text),
    period: { ...(facts.arrival ? { arrival: facts.arrival.value } : {}), ...(facts.duration ? { duration: facts.duration.value } : {}) },
    ...(delegation ? { delegation } : {}),
    statements,
    relatedEvents: facts.earlierVisits.map((visit) => ({
      kind: 'previous-visit' as const,
      description: visit.description,
      ...(visit.date ? { date: visit.date.value } : {}),
      ...(visit.place ? { place: placeOf(visit.place) } : {}),
      evidence: visit.evidence,
    })),
    expectedOutcomes: facts.outcomes.map((outcome) => outcome.text),
    ...(source ? { sources: [source] } : {}),
    eventCodes: { cameo: ['042', '043'], plover: { event: 'CONSULT', mode: 'visit' } },
    evidence: facts.evidence,
  };
}

function emptyExtraction(): StateVisitExtraction {
  return { visit: null, statements: [], delegation: null, temporal: [], checks: [], warnings: [] };
}

/**
 * Reads an Arabic news article and returns a validated `StateVisit` draft:
 * who visited whom (person, office, country — from titles, nisba adjectives
 * and place names), where (`إلى موسكو` → RU), the protocol type (`زيارة
 * رسمية`), the ordinal (`الثانية له`), the arrival day (`ووصل … اليوم` → the
 * reference), earlier visits with their dates, agenda topics, expected
 * outcomes, the delegation and every statement — each fact with evidence
 * offsets into `text`. Durations the text gives between two visits are
 * checked against the two dates (by the calendar's rule for fractional
 * months); agreement is recorded in `checks`, a contradiction goes into
 * `warnings` with both evidences.
 *
 * Never throws on any string (an invalid `reference` option throws
 * `TemporalOptionsError`); linear in the length of the text. A text with no
 * visit gives `visit: null` with its statements and dates.
 *
 * @param text - the article.
 * @param options - `reference` day, `timeZone`, and the `source` of the article. `null` is read as `{}`.
 * @returns the visit, statements, delegation, temporal expressions, checks and warnings.
 * @throws TemporalOptionsError when `reference` or `timeZone` is invalid.
 * @example
 * ```ts
 * const { visit, checks } = extractStateVisit(
 *   'وصل الرئيس التونسي قيس سعيد اليوم إلى الجزائر في زيارة دولة هي الأولى له، ويرافقه وفد رسمي يضم وزير الخارجية.',
 *   { reference: '2026-03-10' },
 * );
 * visit?.guestCountry; // 'TN'
 * visit?.hostCountry; // 'DZ'
 * visit?.visitType.type; // 'state'
 * visit?.period.arrival?.start; // '2026-03-10'
 * ```
 */
export function extractStateVisit(text: string, options: ExtractStateVisitOptions | null = {}): StateVisitExtraction {
  // JavaScript callers pass null for «no options».
  options ??= {};
  const temporalOptions = { ...(options.reference !== undefined ? { reference: options.reference } : {}), ...(options.timeZone ? { timeZone: options.timeZone } : {}) };
  // Validates the options first, so that a bad reference throws even for empty text.
  const temporal = findTemporal(typeof text === 'string' ? text : '', temporalOptions);
  if (typeof text !== 'string' || text.length === 0) return emptyExtraction();
  const analysis = analyseArticle(text);
  const warnings: ExtractionWarning[] = [];
  const facts = readVisit(analysis, temporal);
  const statements: OfficialStatement[] = [];
  const roles = { ...(facts?.visitor?.person ? { visitor: facts.visitor.person } : {}), ...(facts?.host?.person ? { host: facts.host.person } : {}) };
  for (const statement of readStatements(analysis, roles)) {
    const input = statementOf(statement);
    // «أكد … خلال لقائه اليوم … أن»: a day named between the statement's start and its content dates it.
    let said: TemporalMatch | undefined;
    for (let i = firstMatchAtOrAfter(temporal, statement.evidence.index); i < temporal.length; i++) {
      const match = temporal[i] as TemporalMatch;
      if (match.end > statement.content.evidence.index) break;
      if (match.value.type === 'date' && match.value.precision === 'day') {
        said = match;
        break;
      }
    }
    if (said && said.value.type === 'date') input.date = said.value;
    const parsed = OfficialStatement.safeParse(input);
    if (parsed.success) statements.push(parsed.data);
  }
  const extracted = readDelegation(analysis, facts?.visitor?.person);
  let delegation: Delegation | null = null;
  if (extracted) {
    const parsed = Delegation.safeParse(delegationOf(extracted));
    if (parsed.success) delegation = parsed.data;
  }
  if (!facts) return { visit: null, statements, delegation, temporal, checks: [], warnings };
  const today = temporal.find((m) => m.kind === 'date' && m.value.type === 'date' && m.value.relative?.unit === 'day' && m.value.relative.offset === 0);
  let checks: FactCheck[] = [];
  try {
    const checked = checkIntervals(facts, today && today.value.type === 'date' && today.value.start ? { date: today.value.start, evidence: matchEvidence(today) } : null);
    checks = checked.checks;
    warnings.push(...checked.warnings);
  } catch {
    // A date outside the calendar's range: nothing to compare.
  }
  const input = buildVisitInput(facts, statements, delegation, options.source);
  if ('missing' in input) {
    warnings.push({ code: 'visit-incomplete', message: `The text reports a visit but no ${input.missing} was found.`, evidence: [facts.evidence] });
    return { visit: null, statements, delegation, temporal, checks, warnings };
  }
  const parsed = StateVisit.safeParse(input);
  if (!parsed.success) {
    const issues = formatSchemaIssues(parsed.error).map((issue) => `${issue.path}: ${issue.message}`);
    warnings.push({ code: 'visit-invalid', message: `The visit failed validation: ${issues.join('; ')}`, evidence: [facts.evidence] });
    return { visit: null, statements, delegation, temporal, checks, warnings };
  }
  return { visit: parsed.data, statements, delegation, temporal, checks, warnings };
}
