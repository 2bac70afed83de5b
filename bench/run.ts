/**
 * `npm run bench`: findTemporal throughput on Arabic news against chrono-node's
 * `parse` on English news of the same length (same run, same machine), parseDate
 * latency, and the cold import time of the built `dist/temporal.js`.
 * Prints a Markdown table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { normalizeWithMap } from '../src/text/normalize';
import { MONTH_TRIGGER, triggerOffsets } from '../src/temporal/anchors';
import { buildParserContext } from '../src/temporal/context';
import { findTemporal } from '../src/temporal/find';
import type { Candidate } from '../src/temporal/parser';
import { PARSERS } from '../src/temporal/parsers/index';
import { REFINERS } from '../src/temporal/refiners/index';
import { parseDate } from '../src/temporal/parse-date';
import { tokenize } from '../src/temporal/tokens';
import { arabicNews, englishNews, PARSE_DATE_INPUTS } from './corpus';

const LENGTH = 200_000;
const ROUNDS = 11;
const reference = '2026-01-28';
const referenceDate = new Date('2026-01-28T12:00:00Z');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The text turned by `by` sentences-worth of characters: the same content, but a different string every round. */
function rotated(text: string, by: number): string {
  const at = (by * 997) % text.length;
  return text.slice(at) + text.slice(0, at);
}

/**
 * Median characters per second of each runner over its text, after one warm-up run each. The
 * runners take turns in every round, so a busy machine slows both alike and the ratio holds;
 * every round reads a rotated copy of the text, so nothing cached from the previous call
 * (tokens, trigger offsets) is reused.
 */
function throughputs(runs: readonly { text: string; run: (text: string) => number }[]): { charsPerSecond: number; found: number; seconds: number[] }[] {
  const found = runs.map(({ text, run }) => run(text));
  const seconds: number[][] = runs.map(() => []);
  for (let i = 0; i < ROUNDS; i++) {
    runs.forEach(({ text, run }, r) => {
      const input = rotated(text, i + 1);
      const start = performance.now();
      run(input);
      seconds[r]!.push((performance.now() - start) / 1000);
    });
  }
  return runs.map(({ text }, r) => ({ charsPerSecond: text.length / median(seconds[r]!), found: found[r]!, seconds: seconds[r]! }));
}

const arabic = arabicNews(LENGTH);
const english = englishNews(LENGTH);
const [ziyara, chronoResult] = throughputs([
  { text: arabic, run: (text) => findTemporal(text, { reference }).length },
  { text: english, run: (text) => chrono.parse(text, referenceDate).length },
]) as [{ charsPerSecond: number; found: number; seconds: number[] }, { charsPerSecond: number; found: number; seconds: number[] }];
const ratio = ziyara.charsPerSecond / chronoResult.charsPerSecond;
// Both texts have the same length: each round's ratio compares two runs made under the same load.
const roundRatio = median(ziyara.seconds.map((seconds, i) => chronoResult.seconds[i]! / seconds));

// parseDate: median latency of one call, over many calls on short inputs.
const latencies: number[] = [];
for (let i = 0; i < 200; i++) for (const input of PARSE_DATE_INPUTS) parseDate(input, { reference });
for (let i = 0; i < 2000; i++) {
  const input = PARSE_DATE_INPUTS[i % PARSE_DATE_INPUTS.length]!;
  const start = performance.now();
  parseDate(input, { reference });
  latencies.push(performance.now() - start);
}

// Cold import of the built entry, in fresh node processes; node's own start-up measured the same way.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, 'dist', 'temporal.js');
function spawnMedian(code: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
    if (result.status !== 0) throw new Error(`node exited with ${result.status}: ${String(result.stderr)}`);
    times.push(performance.now() - start);
  }
  return median(times);
}

const format = (n: number): string => Math.round(n).toLocaleString('en-US');
const rows = [
  '| measurement | value |',
  '| --- | ---: |',
  `| findTemporal on Arabic news (${format(arabic.length)} chars, ${ziyara.found} matches) | ${format(ziyara.charsPerSecond)} chars/s |`,
  `| chrono-node parse on English news (${format(english.length)} chars, ${chronoResult.found} matches) | ${format(chronoResult.charsPerSecond)} chars/s |`,
  `| ratio ziyara / chrono | ${ratio.toFixed(1)}× |`,
  `| ratio ziyara / chrono, median of the ${ROUNDS} rounds (both runs of a round share the machine's load) | ${roundRatio.toFixed(1)}× |`,
  `| parseDate median latency (${latencies.length} calls) | ${(median(latencies) * 1000).toFixed(1)} µs |`,
];
if (existsSync(dist)) {
  const url = new URL(`file://${dist}`).href;
  const baseline = spawnMedian('0', 9);
  const cold = spawnMedian(`await import(${JSON.stringify(url)})`, 9);
  rows.push(`| cold import of dist/temporal.js (median of 9 fresh node processes) | ${cold.toFixed(0)} ms (node start-up alone: ${baseline.toFixed(0)} ms) |`);
} else {
  rows.push('| cold import of dist/temporal.js | run npm run build first |');
}
console.log(rows.join('\n'));
console.log(`\nfindTemporal/chrono throughput ratio: ${ratio.toFixed(1)}×`);

// Where findTemporal spends its time: each step on a rotated copy of the Arabic text per round, median of the rounds.
// Work shared through caches (trigger offsets, tokens) is timed on its own rows, before the parsers that read it.
const context = buildParserContext({ reference });
const steps = new Map<string, number[]>();
const timed = <T>(name: string, run: () => T): T => {
  const start = performance.now();
  const result = run();
  steps.set(name, [...(steps.get(name) ?? []), performance.now() - start]);
  return result;
};
for (let round = 0; round < ROUNDS; round++) {
  const input = rotated(arabic, ROUNDS + round + 1);
  const normalized = timed('normalizeWithMap (text layer)', () => normalizeWithMap(input));
  // Shared work on its own rows: one scan answers every parser's trigger words; the duration and time readers share the tokens.
  timed('trigger words (one scan for all parsers)', () => triggerOffsets(MONTH_TRIGGER, normalized.text));
  timed('tokenize (shared by the duration and time readers)', () => tokenize(normalized.text));
  let candidates: Candidate[] = [];
  for (const parser of PARSERS) candidates.push(...timed(`parser ${parser.name}`, () => parser.find(normalized.text, context)));
  for (const refiner of REFINERS) candidates = timed(`refiner ${refiner.name}`, () => refiner.refine(candidates, normalized.text, context));
}
const breakdown = [...steps].map(([name, times]) => [name, median(times)] as const).sort((a, b) => b[1] - a[1]);
console.log(['', '| step of findTemporal (200 KB, median) | ms |', '| --- | ---: |', ...breakdown.map(([name, ms]) => `| ${name} | ${ms.toFixed(1)} |`)].join('\n'));
