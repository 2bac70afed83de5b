/**
 * `ziyara extract` on a terminal: the extraction as a few lines a reader takes in at a glance
 * (the visit, the delegation, who said what, the dates, the checks), instead of the JSON record
 * that `--json` and pipes get.
 */
import type { StateVisitExtraction } from '../extract';
import { describeMatches } from './describe';

type Visit = NonNullable<StateVisitExtraction['visit']>;
type Side = Visit['visitor'];
type Statement = StateVisitExtraction['statements'][number];

/** Width of the label column. */
const LABEL = 12;
/** Longest statement content shown; the JSON has it whole. */
const CONTENT_LENGTH = 90;

function line(label: string, text: string): string {
  return `${label.padEnd(LABEL)}${text}`;
}

function shortened(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** «الرئيس السوري أحمد الشرع (SY)»: the office as written, the name, the country. */
function sideOf(side: Side | undefined, country: string | undefined): string {
  if (!side) return country ?? '—';
  const words = [side.office?.title, side.person?.name.ar].filter((word): word is string => word !== undefined && word !== '');
  const who = words.length > 0 ? words.join(' ') : '—';
  return country ? `${who} (${country})` : who;
}

function visitLines(visit: Visit): string[] {
  const facts = [
    visit.visitType ? visit.visitType.type : undefined,
    visit.places.length > 0 ? visit.places.map((place) => place.name.ar).join('، ') : undefined,
    visit.period?.arrival?.start ? `arrival ${visit.period.arrival.start}` : undefined,
    visit.period?.departure?.start ? `departure ${visit.period.departure.start}` : undefined,
    visit.period?.duration ? `lasting ${visit.period.duration.iso}` : undefined,
    visit.ordinal ? `visit no. ${visit.ordinal.value}` : undefined,
  ].filter((fact): fact is string => fact !== undefined);
  const lines = [line('visit', `${sideOf(visit.visitor, visit.guestCountry)} → ${sideOf(visit.host, visit.hostCountry)}`)];
  if (facts.length > 0) lines.push(line('', facts.join(' · ')));
  if (visit.agenda.length > 0) lines.push(line('agenda', visit.agenda.join('؛ ')));
  return lines;
}

function delegationLine(delegation: NonNullable<StateVisitExtraction['delegation']>): string {
  const head = delegation.head ? sideOf(delegation.head, undefined) : 'no head named';
  // Two offices of one title («وزيري الخارجية والدفاع») are one phrase to show.
  const others = [...new Set(delegation.members.filter((member) => member.role !== 'head').map((member) => sideOf(member, undefined)))];
  const parts = [`${delegation.country ?? '—'}, ${delegation.kind}: head ${head}`];
  if (others.length > 0) parts.push(others.join('؛ '));
  if (delegation.unspecified) parts.push(delegation.unspecified.text);
  return line('delegation', parts.join(' · '));
}

function speakerOf(statement: Statement): string {
  const { speaker } = statement;
  return speaker.person?.name.ar ?? speaker.office?.title ?? speaker.organization?.name.ar ?? statement.attribution;
}

function statementLine(statement: Statement): string {
  return `  ${speakerOf(statement)} · ${statement.verb.code} · ${statement.certainty}: ${shortened(statement.content.text, CONTENT_LENGTH)}`;
}

/**
 * The extraction as text for a terminal.
 *
 * @param result - what `extractStateVisit` returned.
 * @returns a few labelled lines; the last one points at `--json` for the full record.
 */
export function describeExtraction(result: StateVisitExtraction): string {
  const lines = result.visit ? visitLines(result.visit) : [line('visit', 'none read')];
  if (result.delegation) lines.push(delegationLine(result.delegation));
  lines.push(line('statements', String(result.statements.length)), ...result.statements.map(statementLine));
  lines.push(line('dates', String(result.temporal.length)));
  if (result.temporal.length > 0) lines.push(describeMatches(result.temporal));
  for (const check of result.checks) {
    lines.push(line('check', `«${check.duration.text}» between ${check.from.date} and ${check.to.date}: ${check.relation} (expected ${check.expected})`));
  }
  for (const warning of result.warnings) lines.push(line('warning', `${warning.code}: ${warning.message}`));
  lines.push('(--json for the whole record, with evidence offsets)');
  return lines.join('\n');
}
