/**
 * Duckling's Arabic Duration corpus (`duckling-ar/duration.json`): every input
 * is a whole string; `parseDuration` must give the same value and unit (and so
 * the same `normalized` seconds: month = 30 days, year = 365 days).
 */
import { PART_OF_UNIT } from '../src/temporal/durations/read';
import { parseDuration } from '../src/temporal/parse-duration';
import type { DurationParts } from '../src/temporal/types';
import { durationSeconds } from './duration-seconds';
import { readConformanceJson } from './load';
import type { ConformanceMiss, ConformanceSuite, SuiteResult } from './types';

interface DucklingDurationFile {
  cases: { expected: { value: number; unit: string; normalized: { value: number } }; inputs: string[] }[];
}


function run(): SuiteResult {
  const misses: ConformanceMiss[] = [];
  let total = 0;
  for (const c of readConformanceJson<DucklingDurationFile>('duckling-ar/duration.json').cases) {
    for (const input of c.inputs) {
      total++;
      const value = parseDuration(input);
      const entries = value ? Object.entries(value.parts) : [];
      const key = (PART_OF_UNIT as Readonly<Record<string, keyof DurationParts>>)[c.expected.unit];
      const ok =
        value !== null &&
        entries.length === 1 &&
        entries[0]![0] === key &&
        entries[0]![1] === c.expected.value &&
        durationSeconds(value.parts) === c.expected.normalized.value;
      if (!ok) misses.push({ input, expected: c.expected, actual: value });
    }
  }
  return { suite: 'duckling duration', passed: total - misses.length, total, misses };
}

/** The Duckling Duration suite: all inputs must pass. */
export const DUCKLING_DURATION_SUITE: ConformanceSuite = { name: 'duckling duration', floor: 1, run };
