/** One input that did not give the expected result. */
export interface ConformanceMiss {
  input: string;
  expected: unknown;
  actual: unknown;
}

/** The result of running one peer suite. */
export interface SuiteResult {
  /** e.g. `duckling numeral`. */
  suite: string;
  passed: number;
  total: number;
  misses: ConformanceMiss[];
  /** Entries left out on purpose, each with its reason (wrong upstream, not fully asserted…). */
  skipped?: { input: string; reason: string }[];
}

/** A runnable peer suite. `run` reads the data from the conformance folder. */
export interface ConformanceSuite {
  name: string;
  /** The pass rate (0–1) under which the vitest suite fails. */
  floor: number;
  run(): SuiteResult;
}

/** Pass rate of a result, 0–1. */
export function passRate(result: SuiteResult): number {
  return result.total === 0 ? 1 : result.passed / result.total;
}
