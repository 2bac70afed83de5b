/**
 * Duckling's Arabic Time corpus (`duckling-ar/time.json`, reference 2013-02-12T04:30-02:00, a Tuesday),
 * compared at the day level — the parts ziyara models:
 *
 * - each input must be read WHOLE (`parseDate`, or one `findTemporal` match covering the string for a time);
 * - an instant of grain `day` must be a day value on that day, or a part of a period («منتصف آذار», ziyara's
 *   days 11–20) that contains it; an instant of grain week/month/quarter/year must be a value of that
 *   precision starting on that day; an instant of grain hour/minute/second must fall on that day (a time
 *   without a date falls on the reference day) and, for a time, at that hour and minute;
 * - an interval `[from, to)` must cover the days `from` … the day before `to` (Duckling's end is exclusive);
 * - the `negativeInputs` must give nothing.
 *
 * Duckling resolves a missing year or week forward, so the suite runs with `prefer: 'future'`.
 */
import { findTemporal } from '../src/temporal/find';
import { parseDate } from '../src/temporal/parse-date';
import type { DateValue, TemporalValue, TimeValue } from '../src/temporal/types';
import { DATE_PREPOSITIONS } from '../src/data/date-prepositions';
import { normalizeArabic } from '../src/text/normalize';
import { readConformanceJson } from './load';
import type { ConformanceMiss, ConformanceSuite, SuiteResult } from './types';

interface DucklingTimeExpected {
  kind: 'instant' | 'interval';
  value?: string;
  from?: string;
  to?: string;
  grain: string;
}
interface DucklingTimeFile {
  referenceTime: string;
  negativeInputs: string[];
  cases: { expected: DucklingTimeExpected; inputs: string[] }[];
}

const OPTIONS = { reference: '2013-02-12', prefer: 'future' as const };
const REFERENCE_DAY = '2013-02-12';
const LEADING_WORDS = new Set(DATE_PREPOSITIONS.map((p) => normalizeArabic(p.word)));
const SUB_DAY = new Set(['hour', 'minute', 'second']);

/** The ISO day before the exclusive end `to` of an interval, at its grain. */
function lastDayOf(to: string, grain: string): string {
  const time = Date.parse(`${to}Z`) - (SUB_DAY.has(grain) ? 1000 : 86_400_000);
  return new Date(time).toISOString().slice(0, 10);
}

/** The value that the whole input expresses, or `null`. */
export function readWhole(input: string): TemporalValue | null {
  const date = parseDate(input, OPTIONS);
  if (date) return date;
  const matches = findTemporal(input, OPTIONS);
  const only = matches.length === 1 ? matches[0] : undefined;
  if (!only || only.end !== input.trimEnd().length) return null;
  // A leading preposition (عند، حوالي، بحدود…) may stand before a time, as before a date.
  const lead = input.slice(0, only.index).trim();
  return lead === '' || LEADING_WORDS.has(normalizeArabic(lead)) ? only.value : null;
}

function dayOfTime(time: TimeValue): string | undefined {
  return time.date ? time.date.start : REFERENCE_DAY;
}

function matchesInstant(value: TemporalValue, expected: DucklingTimeExpected): boolean {
  const day = (expected.value as string).slice(0, 10);
  if (SUB_DAY.has(expected.grain)) {
    if (value.type === 'time') {
      const clock = (expected.value as string).slice(11, 16);
      const hhmm = `${String(value.hour).padStart(2, '0')}:${String(value.minute).padStart(2, '0')}`;
      return dayOfTime(value) === day && hhmm === clock;
    }
    return value.type === 'date' && value.precision === 'day' && value.start === day;
  }
  if (value.type !== 'date' || !value.start || !value.end) return false;
  if (expected.grain === 'day') {
    if (value.precision === 'day') return value.start === day;
    return value.modifier !== undefined && value.start <= day && day <= value.end;
  }
  return value.precision === expected.grain && value.start === day;
}

function span(value: TemporalValue): { start?: string; end?: string } | null {
  if (value.type === 'date') return { start: value.start, end: value.end };
  if (value.type === 'range' && value.from.type === 'date' && value.to.type === 'date') return { start: value.from.start, end: value.to.end };
  return null;
}

function matchesInterval(value: TemporalValue, expected: DucklingTimeExpected): boolean {
  const from = expected.from as string;
  const to = expected.to as string;
  if (value.type === 'range' && value.from.type === 'time' && value.to.type === 'time') {
    const lastHour = new Date(Date.parse(`${to}Z`) - 3_600_000).toISOString().slice(11, 13);
    return (dayOfTime(value.from) ?? '') === from.slice(0, 10) && value.from.hour === Number(from.slice(11, 13)) && value.to.hour === Number(lastHour);
  }
  const covered = span(value);
  return covered !== null && covered.start === from.slice(0, 10) && covered.end === lastDayOf(to, expected.grain);
}

function run(): SuiteResult {
  const file = readConformanceJson<DucklingTimeFile>('duckling-ar/time.json');
  const misses: ConformanceMiss[] = [];
  let total = 0;
  for (const c of file.cases) {
    for (const input of c.inputs) {
      total++;
      const value = readWhole(input);
      const ok = value !== null && (c.expected.kind === 'instant' ? matchesInstant(value, c.expected) : matchesInterval(value, c.expected));
      if (!ok) misses.push({ input, expected: c.expected, actual: value });
    }
  }
  for (const input of file.negativeInputs) {
    total++;
    const found = findTemporal(input, OPTIONS);
    if (found.length > 0) misses.push({ input, expected: 'nothing', actual: found });
  }
  return { suite: 'duckling time (day level)', passed: total - misses.length, total, misses };
}

/** The Duckling Time suite, compared at the day level. */
export const DUCKLING_TIME_SUITE: ConformanceSuite = { name: 'duckling time', floor: 0.95, run };

/** Helper for reports: a short description of a value. */
export function describe(value: DateValue | null): string {
  return value ? `${value.precision} ${value.start ?? ''}…${value.end ?? ''}` : 'null';
}
