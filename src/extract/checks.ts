/**
 * Checks between facts: a duration the text gives between two visits
 * (`الثانية له خلال ثلاثة أشهر ونصف`) against the dates of the two visits.
 *
 * @module
 */
import { addDuration } from '../calendar/add-duration';
import { parseIsoDate, toIsoDate } from '../calendar/civil-date';
import { daysBetween } from '../calendar/week';
import type { DurationParts, DurationQualifier } from '../temporal/types';
import type { Evidence } from './types';
import type { VisitFacts } from './visit';

/**
 * A duration of the text compared with two dates of the text.
 *
 * @example
 * ```ts
 * // «زار موسكو في 15 تشرين الأول الماضي» … «ووصل اليوم» … «الثانية له خلال ثلاثة أشهر ونصف»
 * const check: FactCheck = {
 *   kind: 'interval-between-visits', relation: 'agrees',
 *   duration: { text: 'خلال ثلاثة أشهر ونصف', iso: 'P3.5M', qualifier: 'within', evidence },
 *   from: { date: '2025-10-15', evidence: earlier }, to: { date: '2026-01-28', evidence: today },
 *   expected: '2026-01-30', differenceDays: -2, toleranceDays: 7,
 * };
 * ```
 */
export interface FactCheck {
  /** What was checked: the time between the earlier visit and this one. */
  kind: 'interval-between-visits';
  /** Whether the dates agree with the duration (within the tolerance, or the bound the qualifier sets). */
  relation: 'agrees' | 'contradicts';
  /** The duration as the text gave it. */
  duration: {
    /** The duration as written (`خلال ثلاثة أشهر ونصف`). */
    text: string;
    /** Its ISO 8601 value (`P3.5M`). */
    iso: string;
    /** Its bound or hedge (`less-than` for `أقل من`), or `null`. */
    qualifier: DurationQualifier | null;
    /** Where it stands in the input. */
    evidence: Evidence;
  };
  /** The earlier visit's date. */
  from: {
    /** `YYYY-MM-DD`. */
    date: string;
    /** The words that gave it. */
    evidence: Evidence;
  };
  /** This visit's date. */
  to: {
    /** `YYYY-MM-DD`. */
    date: string;
    /** The words that gave it. */
    evidence: Evidence;
  };
  /** `from` plus the duration, by the calendar's rule for fractional months (× 30 days). */
  expected: string;
  /** `to` minus `expected`, in days (negative: this visit came earlier than the duration says). */
  differenceDays: number;
  /** How far `to` may be from `expected` for a duration given without a bound. */
  toleranceDays: number;
}

/**
 * A problem the extractor found: facts that contradict each other, or a
 * visit that could not be validated.
 *
 * @example
 * ```ts
 * const warning: ExtractionWarning = {
 *   code: 'interval-mismatch',
 *   message: 'The text says «خلال شهرين» between 2025-10-15 and 2026-01-28, but 2025-10-15 + P2M = 2025-12-15 (44 days off).',
 *   evidence: [durationEvidence, earlierEvidence, arrivalEvidence],
 * };
 * ```
 */
export interface ExtractionWarning {
  /** `interval-mismatch`: a duration contradicts two dates; `visit-invalid`: the visit failed validation; `visit-incomplete`: a required fact is missing. */
  code: 'interval-mismatch' | 'visit-invalid' | 'visit-incomplete';
  /** What is wrong, in English. */
  message: string;
  /** The words involved, in the input. */
  evidence: Evidence[];
}

/** Days of leeway for a duration written without a bound, by its smallest unit (news rounds). */
function tolerance(parts: DurationParts, qualifier: DurationQualifier | null): number {
  let days = 0;
  if (parts.days !== undefined) days = 1;
  else if (parts.weeks !== undefined) days = 2;
  else if (parts.months !== undefined) days = 7;
  else if (parts.years !== undefined) days = 31;
  return qualifier === 'about' ? days * 2 : days;
}

/**
 * Compares each duration the text gives between two visits with the dates of
 * the earlier visit and of this one.
 *
 * @param facts - the visit facts.
 * @param reference - the reference day, used as this visit's date when the text gives none.
 * @returns the checks and the warnings for contradictions.
 */
export function checkIntervals(facts: VisitFacts, reference: { date: string; evidence: Evidence } | null): { checks: FactCheck[]; warnings: ExtractionWarning[] } {
  const checks: FactCheck[] = [];
  const warnings: ExtractionWarning[] = [];
  const earlier = facts.earlierVisits.find((v) => v.date?.value.start);
  const arrivalDate = facts.arrival?.value.start;
  const to = arrivalDate && facts.arrival ? { date: arrivalDate, evidence: { text: facts.arrival.text, index: facts.arrival.index, end: facts.arrival.end } } : reference;
  if (!earlier?.date?.value.start || !to) return { checks, warnings };
  const fromDate = parseIsoDate(earlier.date.value.start);
  const toDate = parseIsoDate(to.date);
  if (!fromDate || !toDate) return { checks, warnings };
  const from = { date: earlier.date.value.start, evidence: { text: earlier.date.text, index: earlier.date.index, end: earlier.date.end } };
  for (const interval of facts.intervals) {
    const { value } = interval.duration;
    const parts = value.parts;
    if (parts.hours !== undefined || parts.minutes !== undefined || parts.seconds !== undefined) continue;
    const years = (parts.years ?? 0) + (parts.decades ?? 0) * 10 + (parts.centuries ?? 0) * 100;
    const expectedDate = addDuration(fromDate, { years, months: parts.months ?? 0, weeks: parts.weeks ?? 0, days: parts.days ?? 0 });
    const difference = daysBetween(expectedDate, toDate);
    const leeway = tolerance(parts, value.qualifier);
    let agrees: boolean;
    switch (value.qualifier) {
      case 'less-than':
        agrees = difference < 0;
        break;
      case 'at-most':
      case 'within':
        agrees = difference <= leeway;
        break;
      case 'more-than':
        agrees = difference > 0;
        break;
      case 'at-least':
        agrees = difference >= -leeway;
        break;
      default:
        agrees = Math.abs(difference) <= leeway;
    }
    const duration = { text: interval.duration.text, iso: value.iso, qualifier: value.qualifier, evidence: { text: interval.duration.text, index: interval.duration.index, end: interval.duration.end } };
    const expected = toIsoDate(expectedDate);
    checks.push({ kind: 'interval-between-visits', relation: agrees ? 'agrees' : 'contradicts', duration, from, to, expected, differenceDays: difference, toleranceDays: leeway });
    if (!agrees) {
      warnings.push({
        code: 'interval-mismatch',
        message: `The text says «${duration.text}» (${value.iso}${value.qualifier ? `, ${value.qualifier}` : ''}) between ${from.date} and ${to.date}, but ${from.date} + ${value.iso} = ${expected} (${difference} days off).`,
        evidence: [duration.evidence, from.evidence, to.evidence],
      });
    }
  }
  return { checks, warnings };
}
