/**
 * Number and ordinal conformance: Duckling's Arabic numeral, numeral.ar_eg
 * and ordinal corpora (whole input → exact value) and Microsoft
 * Recognizers-Text's NumberModel / OrdinalModel (spans and values in running
 * text, entries .NET fully asserts).
 */
import { findArabicNumbers, findArabicOrdinals, type NumberMatch } from '../src/text/find-numbers';
import { parseArabicNumber } from '../src/text/numbers';
import { parseArabicOrdinal } from '../src/text/ordinals';
import { readConformanceJson } from './load';
import type { ConformanceMiss, ConformanceSuite, SuiteResult } from './types';

interface DucklingFile {
  cases: { expected: { value: number }; inputs: string[] }[];
}

interface RecognizersResult {
  Text: string;
  Start: number;
  End: number;
  Resolution: { value?: string; relativeTo?: string };
}

interface RecognizersEntry {
  Input: string;
  NotSupported?: string;
  IgnoreResolution?: boolean | string;
  Results: RecognizersResult[];
}

/** Values agree to 15 significant digits (Recognizers writes `0.333333333333333`). */
function sameValue(a: number | null | undefined, b: number): boolean {
  if (a === null || a === undefined || !Number.isFinite(a)) return false;
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
}

function ducklingCases(files: readonly string[]): { input: string; value: number }[] {
  const seen = new Set<string>();
  const cases: { input: string; value: number }[] = [];
  for (const file of files) {
    for (const c of readConformanceJson<DucklingFile>(file).cases) {
      for (const input of c.inputs) {
        if (seen.has(input)) continue;
        seen.add(input);
        cases.push({ input, value: c.expected.value });
      }
    }
  }
  return cases;
}

function runWhole(suite: string, files: readonly string[], parse: (text: string) => number | null): SuiteResult {
  const misses: ConformanceMiss[] = [];
  const cases = ducklingCases(files);
  for (const { input, value } of cases) {
    const actual = parse(input);
    if (!sameValue(actual, value)) misses.push({ input, expected: value, actual });
  }
  return { suite, passed: cases.length - misses.length, total: cases.length, misses };
}

/** Entries .NET runs and asserts in full (see the README beside the specs). */
function fullySupported(entry: RecognizersEntry): boolean {
  const notSupported = (entry.NotSupported ?? '').toLowerCase().includes('dotnet');
  const ignore = entry.IgnoreResolution === true || String(entry.IgnoreResolution).toLowerCase() === 'true';
  return !notSupported && !ignore;
}

function runInText(
  suite: string,
  file: string,
  find: (text: string) => NumberMatch[],
  skip: (entry: RecognizersEntry) => string | null,
): SuiteResult {
  const misses: ConformanceMiss[] = [];
  const skipped: { input: string; reason: string }[] = [];
  let total = 0;
  for (const entry of readConformanceJson<RecognizersEntry[]>(file)) {
    if (!fullySupported(entry)) continue;
    const reason = skip(entry);
    if (reason) {
      skipped.push({ input: entry.Input, reason });
      continue;
    }
    total++;
    const expected = entry.Results.map((r) => ({ text: r.Text, index: r.Start, end: r.End + 1, value: Number(r.Resolution.value) }));
    const actual = find(entry.Input).map(({ text, index, end, value }) => ({ text, index, end, value }));
    const ok =
      expected.length === actual.length &&
      expected.every((e, k) => {
        const a = actual[k];
        return a !== undefined && a.index === e.index && a.end === e.end && a.text === e.text && sameValue(a.value, e.value);
      });
    if (!ok) misses.push({ input: entry.Input, expected, actual });
  }
  return { suite, passed: total - misses.length, total, misses, skipped };
}

/** Relative ordinals (next, previous, last) have no numeric value; `findArabicOrdinals` does not report them. */
function relativeOrdinal(entry: RecognizersEntry): string | null {
  return entry.Results.some((r) => r.Resolution.relativeTo !== undefined && r.Resolution.relativeTo !== 'start')
    ? 'relative ordinal (التالي/السابق/الأخير/قبل الأخير/الحالي): no numeric value, out of scope of findArabicOrdinals'
    : null;
}

/** The number and ordinal suites, registered in `SUITES`. */
export const NUMBER_SUITES: ConformanceSuite[] = [
  {
    name: 'duckling numeral',
    floor: 0.98,
    run: () => runWhole('duckling numeral', ['duckling-ar/numeral.json'], parseArabicNumber),
  },
  {
    name: 'duckling numeral.ar_eg',
    floor: 0.98,
    // Duckling runs the AR_EG test on the AR corpus and the EG corpus together.
    run: () => runWhole('duckling numeral.ar_eg', ['duckling-ar/numeral.json', 'duckling-ar/numeral.ar_eg.json'], parseArabicNumber),
  },
  {
    name: 'duckling ordinal',
    floor: 0.98,
    run: () => runWhole('duckling ordinal', ['duckling-ar/ordinal.json'], parseArabicOrdinal),
  },
  {
    name: 'recognizers NumberModel',
    floor: 0.92,
    run: () => runInText('recognizers NumberModel', 'recognizers-ar/number/NumberModel.json', findArabicNumbers, () => null),
  },
  {
    name: 'recognizers OrdinalModel',
    floor: 0.95,
    run: () => runInText('recognizers OrdinalModel', 'recognizers-ar/number/OrdinalModel.json', findArabicOrdinals, relativeOrdinal),
  },
];
