/**
 * Dates in a clause the text puts in the future. With no `prefer` option a date whose year or week
 * the text left out is the most recent past one — the common case in news — except after a future
 * marker of `FUTURE_MARKERS` («سوف»، «من المقرر»، «ستعقد»، «سيزور»…), up to the end of its clause: there
 * it is the coming one («ستعقد القمة في 15 ديسمبر» written on 30 November 2026 is 2026-12-15). A
 * month moves on by whole years, a weekday by a week; a range moves both ends together.
 *
 * @internal
 * @module
 */
import { addDays, parseIsoDate, toIsoDate } from '../../calendar/index';
import type { CivilDate } from '../../calendar/types';
import { FUTURE_CLAUSE_CONTINUERS, FUTURE_MARKERS, PRESENT_SCHEDULE_MARKERS } from '../../data/tense-markers';
import { normalizeArabic } from '../../text/normalize';
import { buildRegex } from '../../text/regex';
import { phraseTrigger, triggerOffsets } from '../anchors';
import type { Candidate, ParserContext, TemporalRefiner } from '../parser';
import { DIRECTION_SOURCE, THIS_SOURCE } from '../patterns';
import { isWordChar, PROCLITICS } from '../phrase-match';
import { shiftDateValue } from '../resolve-values';
import { wordBefore } from '../text-context';
import { isoDaysBetween } from './adjacent';
import type { DateValue, TemporalValue } from '../types';
import { DATE_PREPOSITIONS } from '../../data/date-prepositions';

/** Each marker, normalized, with whether its clause takes the nearer reading (a present-tense verb) rather than the coming one. */
const MARKERS = new Map([...FUTURE_MARKERS.map((m) => [normalizeArabic(m.phrase), false] as const), ...PRESENT_SCHEDULE_MARKERS.map((m) => [normalizeArabic(m.phrase), true] as const)]);
const MARKER_WORDS = [...MARKERS.keys()];
const MARKER_TRIGGER = phraseTrigger('temporal/future-marker-trigger', MARKER_WORDS);
/** «يشغله منذ 3 ديسمبر»: a date after «منذ» is in the past whatever the verb. */
const SINCE = new Set(DATE_PREPOSITIONS.filter((p) => p.since).map((p) => normalizeArabic(p.word)));
/** What ends a clause; a clause is read at most this far after its marker. */
const CLAUSE_STOPS = new Set(['.', '!', '?', '؟', '؛', ';', ':', '،', ',', '\n']);
const COMMAS = new Set(['،', ',']);
const CLAUSE_LENGTH = 120;
/** How many clauses a continuer may add to a marker's: bounded, so the scan stays linear. */
const CONTINUED_CLAUSES = 2;
const CONTINUERS = FUTURE_CLAUSE_CONTINUERS.map((m) => normalizeArabic(m.phrase));
/** A direction or «هذا» in the match placed the date itself («15 أكتوبر الماضي»، «آب من العام المقبل»). */
const PLACED = buildRegex('temporal/future-clause-placed', `(?<![\\p{L}])(?:${DIRECTION_SOURCE}|${THIS_SOURCE})(?![\\p{L}])`);

/** A clause after a marker: its [from, to) span, and whether it takes the nearer reading. */
type Clause = readonly [from: number, to: number, nearest: boolean];

/** The clauses opened by a whole marker word (a glued «و/ف» allowed before it). */
function futureClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  for (const at of triggerOffsets(MARKER_TRIGGER, text)) {
    const before = text[at - 1];
    if (isWordChar(before) && !(PROCLITICS.has(before as string) && !isWordChar(text[at - 2]))) continue;
    const marker = MARKER_WORDS.find((m) => text.startsWith(m, at) && !isWordChar(text[at + m.length]));
    if (marker === undefined) continue;
    let to = at + marker.length;
    let from = at;
    for (let hops = 0; ; hops++) {
      while (to < text.length && to - from < CLAUSE_LENGTH && !CLAUSE_STOPS.has(text[to] as string)) to++;
      const next = hops < CONTINUED_CLAUSES && COMMAS.has(text[to] as string) ? continuerAfter(text, to + 1) : -1;
      if (next < 0) break;
      // «…، ثم يتوجه إلى روما في 3 ديسمبر»: the next clause goes on with the same future.
      from = next;
      to = next;
    }
    clauses.push([at, to, MARKERS.get(marker) === true]);
  }
  return clauses;
}

/** Where the clause after a comma starts when it opens with a continuer of the future, else -1. */
function continuerAfter(text: string, at: number): number {
  const start = text[at] === ' ' ? at + 1 : at;
  const word = CONTINUERS.find((c) => text.startsWith(c, start) && !isWordChar(text[start + c.length]));
  return word === undefined ? -1 : start + word.length;
}

/** The clause the candidate lies inside (clauses sorted by start, as found): the last one starting at or before it. */
function clauseOf(clauses: readonly Clause[], candidate: Candidate): Clause | null {
  let low = 0;
  let high = clauses.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((clauses[middle] as Clause)[0] <= candidate.index) low = middle + 1;
    else high = middle;
  }
  const clause = clauses[low - 1];
  return clause !== undefined && candidate.end <= clause[1] ? clause : null;
}

/** The first and last day a value covers. */
function daysOf(value: TemporalValue): [string, string] | null {
  if (value.type === 'date') return value.start && value.end ? [value.start, value.end] : null;
  if (value.type === 'range' && value.from.type === 'date' && value.to.type === 'date' && value.from.start && value.to.end) return [value.from.start, value.to.end];
  return null;
}

/** Whether the coming reading is nearer the reference than the last one. */
function comingIsNearer(past: TemporalValue, coming: TemporalValue, reference: CivilDate): boolean {
  const pastDays = daysOf(past);
  const comingDays = daysOf(coming);
  if (!pastDays || !comingDays) return false;
  const today = toIsoDate(reference);
  return isoDaysBetween(today, comingDays[0]) < isoDaysBetween(pastDays[1], today);
}

/** Whether `prefer` chose the value's year or week: a Gregorian month or a weekday the text wrote, with no year. */
function leftToPrefer(value: DateValue): boolean {
  return value.calendar === 'gregory' && value.known.year === undefined && value.implied.year !== undefined && (value.known.month !== undefined || value.known.weekday !== undefined);
}

/** How far to move a past reading so that it is the coming one: whole years for a month, a week for a weekday. */
function moveForward(value: DateValue, reference: CivilDate): { days: number; years: number } | null {
  const end = value.end === undefined ? null : parseIsoDate(value.end);
  if (!end || toIsoDate(end) >= toIsoDate(reference)) return null;
  if (value.known.month === undefined) return { days: 7, years: 0 };
  const years = reference.year - end.year + (toIsoDate({ ...end, year: reference.year }) < toIsoDate(reference) ? 1 : 0);
  return years > 0 ? { days: 0, years } : null;
}

function movedValue(value: TemporalValue, reference: CivilDate): TemporalValue | null {
  if (value.type === 'date') {
    const move = leftToPrefer(value) ? moveForward(value, reference) : null;
    return move && shiftDateValue(value, move.days, move.years);
  }
  if (value.type !== 'range' || value.from.type !== 'date' || value.to.type !== 'date') return null;
  const { from, to } = value;
  // The range moves as one, by what its second end needs.
  const move = leftToPrefer(to) ? moveForward(to, reference) : null;
  if (!move) return null;
  const movedFrom = leftToPrefer(from) ? shiftDateValue(from, move.days, move.years) : from;
  const movedTo = shiftDateValue(to, move.days, move.years);
  return movedFrom && movedTo ? { ...value, from: movedFrom, to: movedTo } : null;
}

/** Future clauses' dates as the coming ones, when `prefer` was not given. */
export const futureClause: TemporalRefiner = {
  name: 'future-clause',
  refine(candidates: Candidate[], text: string, context: ParserContext): Candidate[] {
    if (!context.followsTense || context.prefer !== 'past' || candidates.length === 0) return candidates;
    const clauses = futureClauses(text);
    if (clauses.length === 0) return candidates;
    return candidates.map((candidate) => {
      const clause = clauseOf(clauses, candidate);
      if (!clause || SINCE.has(wordBefore(text, candidate.index) ?? '')) return candidate;
      if (PLACED.test(text.slice(candidate.index, candidate.end))) return candidate;
      const value = movedValue(candidate.value, context.reference);
      if (!value || (clause[2] && !comingIsNearer(candidate.value, value, context.reference))) return candidate;
      return { ...candidate, value };
    });
  },
};
