/**
 * Microsoft Recognizers-Text's Arabic duration and time specs
 * (`recognizers-ar/datetime/`), entries .NET runs (none of these four files
 * marks an entry `NotSupported: dotnet`):
 *
 * - `DurationExtractor`, `TimeExtractor`: the spans (`Text`, `Start`) of every
 *   expected result equal the `duration` / `time` matches of `findTemporal`.
 * - `DurationParser`: for the fully checked entries (no `IgnoreResolution`), the
 *   span, the ISO duration (`Timex`) and the seconds (month = 30 days, year = 365 days).
 * - `TimeParser`: for the fully checked entries, the span and the clock time.
 */
import { findTemporal } from '../src/temporal/find';
import type { TemporalKind, TemporalMatch, TimeValue } from '../src/temporal/types';
import { durationSeconds } from './duration-seconds';
import { readConformanceJson } from './load';
import type { ConformanceMiss, ConformanceSuite, SuiteResult } from './types';

interface RecognizersResult {
  Text: string;
  Start: number;
  Type: string;
  Value?: { Timex?: string; FutureResolution?: { duration?: string; time?: string } };
}

interface RecognizersEntry {
  Input: string;
  NotSupported?: string;
  IgnoreResolution?: boolean | string;
  Context?: { ReferenceDateTime?: string };
  Results: RecognizersResult[];
}

const DEFAULT_REFERENCE = '2016-11-07';

function entries(file: string): RecognizersEntry[] {
  return readConformanceJson<RecognizersEntry[]>(`recognizers-ar/datetime/${file}`).filter((e) => !(e.NotSupported ?? '').toLowerCase().includes('dotnet'));
}

function fullyChecked(entry: RecognizersEntry): boolean {
  return String(entry.IgnoreResolution ?? 'false').toLowerCase() !== 'true';
}

function matchesOf(entry: RecognizersEntry, kind: TemporalKind): TemporalMatch[] {
  const reference = entry.Context?.ReferenceDateTime?.slice(0, 10) ?? DEFAULT_REFERENCE;
  return findTemporal(entry.Input, { reference }).filter((m) => m.kind === kind);
}

function sameSpans(expected: RecognizersResult[], actual: TemporalMatch[]): boolean {
  return expected.length === actual.length && expected.every((r, i) => actual[i]!.text === r.Text && actual[i]!.index === r.Start);
}

function spans(m: TemporalMatch): string {
  return `${m.text}@${m.index}`;
}

function runExtractor(suite: string, file: string, kind: TemporalKind): SuiteResult {
  const misses: ConformanceMiss[] = [];
  const all = entries(file);
  for (const entry of all) {
    const actual = matchesOf(entry, kind);
    if (!sameSpans(entry.Results, actual)) {
      misses.push({ input: entry.Input, expected: entry.Results.map((r) => `${r.Text}@${r.Start}`), actual: actual.map(spans) });
    }
  }
  return { suite, passed: all.length - misses.length, total: all.length, misses };
}

function runDurationParser(): SuiteResult {
  const misses: ConformanceMiss[] = [];
  const skipped: { input: string; reason: string }[] = [];
  let total = 0;
  for (const entry of entries('DurationParser.json')) {
    if (!fullyChecked(entry)) {
      skipped.push({ input: entry.Input, reason: 'IgnoreResolution: upstream does not assert the value' });
      continue;
    }
    total++;
    const actual = matchesOf(entry, 'duration');
    const ok =
      sameSpans(entry.Results, actual) &&
      entry.Results.every((r, i) => {
        const value = actual[i]!.value;
        return value.type === 'duration' && value.iso === r.Value?.Timex && String(durationSeconds(value.parts)) === r.Value?.FutureResolution?.duration;
      });
    if (!ok) {
      misses.push({
        input: entry.Input,
        expected: entry.Results.map((r) => `${r.Text}@${r.Start} ${r.Value?.Timex} ${r.Value?.FutureResolution?.duration}s`),
        actual: actual.map((m) => (m.value.type === 'duration' ? `${spans(m)} ${m.value.iso} ${durationSeconds(m.value.parts)}s` : spans(m))),
      });
    }
  }
  return { suite: 'recognizers DurationParser (fully checked)', passed: total - misses.length, total, misses, skipped };
}

function clock(value: TimeValue): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(value.hour)}:${two(value.minute)}:${two(value.second ?? 0)}`;
}

function runTimeParser(): SuiteResult {
  const misses: ConformanceMiss[] = [];
  const skipped: { input: string; reason: string }[] = [];
  let total = 0;
  for (const entry of entries('TimeParser.json')) {
    if (!fullyChecked(entry)) {
      skipped.push({ input: entry.Input, reason: 'IgnoreResolution: upstream does not assert the value' });
      continue;
    }
    total++;
    const actual = matchesOf(entry, 'time');
    const ok =
      sameSpans(entry.Results, actual) &&
      entry.Results.every((r, i) => {
        const value = actual[i]!.value;
        return value.type === 'time' && clock(value) === r.Value?.FutureResolution?.time;
      });
    if (!ok) {
      misses.push({
        input: entry.Input,
        expected: entry.Results.map((r) => `${r.Text}@${r.Start} ${r.Value?.FutureResolution?.time}`),
        actual: actual.map((m) => (m.value.type === 'time' ? `${spans(m)} ${clock(m.value)}` : spans(m))),
      });
    }
  }
  return { suite: 'recognizers TimeParser (fully checked)', passed: total - misses.length, total, misses, skipped };
}

/** The Recognizers duration and time suites, with their floors. */
export const RECOGNIZERS_DURATION_SUITES: readonly ConformanceSuite[] = [
  { name: 'recognizers DurationExtractor', floor: 0.9, run: () => runExtractor('recognizers DurationExtractor', 'DurationExtractor.json', 'duration') },
  { name: 'recognizers DurationParser (fully checked)', floor: 0.9, run: runDurationParser },
  { name: 'recognizers TimeExtractor', floor: 0.9, run: () => runExtractor('recognizers TimeExtractor', 'TimeExtractor.json', 'time') },
  { name: 'recognizers TimeParser (fully checked)', floor: 0.85, run: runTimeParser },
];
