/**
 * `npm run compare:dateparser`: ziyara against dateparser (Python), the Arabic date reader the
 * mission names, on the same texts and scored by the same rules. Needs Python 3 with dateparser
 * (Debian: `apt-get install python3-dateparser`); without it the script says so and exits 0.
 *
 * Two corpora, both compared on the day (and the clock, where the label has one), which is all that
 * dateparser returns:
 * - **Duckling's Arabic time corpus** (`../shared/conformance`, day, hour and minute instants): each
 *   input read whole, reference 2013-02-12 04:30, later dates preferred (Duckling's convention).
 *   ziyara was developed with this corpus in view; dateparser was not.
 * - **The first-sight sentences** (`tests/temporal/first-sight-*.test.ts`): news sentences labelled
 *   before ziyara read them, searched in running text, reference 2026-11-30, earlier dates preferred.
 *   A labelled single day is found when a reading overlaps its span with that day; a reading that
 *   overlaps no labelled expression at all is counted as spurious. Periods, durations and ranges are
 *   not scored: dateparser has no way to return them.
 *
 * `ZIYARA_ROOT` points at another checkout to score its code (e.g. the commit that first read a batch)
 * on this checkout's labels. `ZIYARA_DATEPARSER_PYTHON` names the Python (default `/usr/bin/python3`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { conformanceDir, MISSING_MESSAGE, readConformanceJson } from '../conformance/load';
import type { TemporalMatch, TemporalValue } from '../src/temporal/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const codeRoot = resolve(process.env.ZIYARA_ROOT ?? root);
const python = process.env.ZIYARA_DATEPARSER_PYTHON ?? '/usr/bin/python3';
const FIRST_SIGHT_FILES = ['tests/temporal/first-sight-2026-11-30.test.ts', 'tests/temporal/first-sight-2-2026-11-30.test.ts'];

/** One text for both readers, with what a correct reading must give. */
interface Task {
  id: string;
  text: string;
  reference: string;
  prefer: 'past' | 'future';
  mode: 'parse' | 'search';
}
/** A day (and clock) a reader gave, where it is in the text. */
interface Reading {
  index: number;
  end: number;
  day: string;
  clock: string | null;
}
/** A labelled day (and clock) and where it is written. */
interface Expected {
  index: number;
  end: number;
  day: string;
  clock: string | null;
}

function pythonHasDateparser(): string | null {
  const probe = spawnSync(python, ['-c', 'import dateparser; print(dateparser.__version__)'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

/** dateparser's readings of every task, by task id. */
function readWithDateparser(tasks: readonly Task[]): Map<string, Reading[]> {
  const run = spawnSync(python, [join(root, 'bench', 'dateparser_read.py')], {
    input: tasks.map((task) => JSON.stringify(task)).join('\n'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`dateparser_read.py failed: ${run.stderr}`);
  const readings = new Map<string, Reading[]>();
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const { id, found } = JSON.parse(line) as { id: string; found: { text: string; index: number; datetime: string }[] };
    readings.set(
      id,
      found.map((item) => ({ index: item.index, end: item.index + item.text.length, day: item.datetime.slice(0, 10), clock: item.datetime.slice(11, 16) })),
    );
  }
  return readings;
}

/** The day (and clock) of a ziyara value, when it names one day; `referenceDay` for a time alone. */
function dayOf(value: TemporalValue, referenceDay: string): { day: string; clock: string | null } | null {
  if (value.type === 'date') return value.precision === 'day' && value.start && value.start === value.end ? { day: value.start, clock: null } : null;
  if (value.type === 'time') {
    const clock = `${String(value.hour).padStart(2, '0')}:${String(value.minute).padStart(2, '0')}`;
    return { day: value.date?.start ?? referenceDay, clock };
  }
  return null;
}

/** The labels of one first-sight file, read from its `CASES` table without running the test. */
function firstSightCases(file: string): [region: string, sentence: string, expected: [span: string, value: string][]][] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === 'CASES' && declaration.initializer) {
        const js = ts.transpile(`(${declaration.initializer.getText(source)})`, { target: ts.ScriptTarget.ES2022 });
        return new Function(`return ${js}`)() as ReturnType<typeof firstSightCases>;
      }
    }
  }
  throw new Error(`${file} has no CASES table`);
}

/** `date 2026-11-29` or `time 10:00 … on 2026-11-29`: the labelled day, else `null`. */
function labelledDay(value: string): { day: string; clock: string | null } | null {
  const date = /^date (\d{4}-\d{2}-\d{2})$/.exec(value);
  if (date) return { day: date[1]!, clock: null };
  const time = /^time (\d{2}:\d{2}).* on (\d{4}-\d{2}-\d{2})$/.exec(value);
  return time ? { day: time[2]!, clock: time[1]! } : null;
}

const overlaps = (a: { index: number; end: number }, b: { index: number; end: number }): boolean => a.index < b.end && b.index < a.end;

/** Scores of one reader on one corpus. */
interface Score {
  found: number;
  spurious: number;
}

async function main(): Promise<void> {
  const version = pythonHasDateparser();
  if (!version) {
    console.log(`compare:dateparser skipped: ${python} cannot import dateparser (Debian: apt-get install python3-dateparser; or set ZIYARA_DATEPARSER_PYTHON)`);
    return;
  }
  const { findTemporal } = (await import(pathToFileURL(join(codeRoot, 'src/temporal/find.ts')).href)) as { findTemporal: (text: string, options: object) => TemporalMatch[] };
  const rows: { corpus: string; items: number; ziyara: Score; dateparser: Score }[] = [];

  // Duckling's corpus: inputs read whole.
  if (conformanceDir()) {
    const { readWhole } = (await import(pathToFileURL(join(codeRoot, 'conformance/duckling-time.ts')).href)) as { readWhole: (input: string) => TemporalValue | null };
    const corpus = readConformanceJson<{ cases: { expected: { kind: string; value?: string; grain: string }; inputs: string[] }[]; negativeInputs: string[] }>('duckling-ar/time.json');
    const tasks: (Task & { expected: { day: string; clock: string | null } | null })[] = [];
    for (const [c, testCase] of corpus.cases.entries()) {
      const expected = testCase.expected;
      if (expected.kind !== 'instant' || !['day', 'hour', 'minute'].includes(expected.grain)) continue;
      const day = expected.value!.slice(0, 10);
      const clock = expected.grain === 'day' ? null : expected.value!.slice(11, 16);
      for (const [i, input] of testCase.inputs.entries()) tasks.push({ id: `duckling-${c}-${i}`, text: input, reference: '2013-02-12T04:30:00', prefer: 'future', mode: 'parse', expected: { day, clock } });
    }
    for (const [i, input] of corpus.negativeInputs.entries()) tasks.push({ id: `duckling-negative-${i}`, text: input, reference: '2013-02-12T04:30:00', prefer: 'future', mode: 'parse', expected: null });
    const theirs = readWithDateparser(tasks);
    const ziyara: Score = { found: 0, spurious: 0 };
    const dateparser: Score = { found: 0, spurious: 0 };
    for (const task of tasks) {
      const value = readWhole(task.text);
      const ours = value ? dayOf(value, '2013-02-12') : null;
      const their = theirs.get(task.id)?.[0] ?? null;
      if (!task.expected) {
        if (value) ziyara.spurious += 1;
        if (their) dateparser.spurious += 1;
        continue;
      }
      const right = (reading: { day: string; clock: string | null } | null): boolean =>
        reading !== null && reading.day === task.expected!.day && (task.expected!.clock === null || reading.clock === task.expected!.clock);
      if (right(ours)) ziyara.found += 1;
      if (right(their)) dateparser.found += 1;
    }
    rows.push({ corpus: `Duckling time corpus, day/hour/minute instants read whole (spurious: of ${corpus.negativeInputs.length} negative inputs)`, items: tasks.filter((task) => task.expected).length, ziyara, dateparser });
  } else {
    console.log(`Duckling corpus: ${MISSING_MESSAGE}`);
  }

  // First-sight sentences: dates searched in running text.
  for (const file of FIRST_SIGHT_FILES) {
    const cases = firstSightCases(file);
    const tasks: Task[] = cases.map(([region, sentence], i) => ({ id: `${region}-${i}`, text: sentence, reference: '2026-11-30T12:00:00', prefer: 'past', mode: 'search' }));
    const theirs = readWithDateparser(tasks);
    const ziyara: Score = { found: 0, spurious: 0 };
    const dateparser: Score = { found: 0, spurious: 0 };
    let items = 0;
    for (const [i, [, sentence, labels]] of cases.entries()) {
      const spans = labels.map(([span]) => ({ index: sentence.indexOf(span), end: sentence.indexOf(span) + span.length }));
      const days: Expected[] = labels.flatMap(([, value], k) => {
        const day = labelledDay(value);
        return day ? [{ ...spans[k]!, ...day }] : [];
      });
      items += days.length;
      const ours: Reading[] = findTemporal(sentence, { reference: '2026-11-30' }).flatMap((match) => {
        const day = dayOf(match.value, '2026-11-30');
        return day ? [{ index: match.index, end: match.end, ...day }] : [];
      });
      const score = (readings: readonly Reading[], into: Score): void => {
        into.found += days.filter((label) => readings.some((reading) => overlaps(reading, label) && reading.day === label.day)).length;
        into.spurious += readings.filter((reading) => !spans.some((span) => overlaps(reading, span))).length;
      };
      score(ours, ziyara);
      score(theirs.get(tasks[i]!.id) ?? [], dateparser);
    }
    rows.push({ corpus: `${file.replace('tests/temporal/', '')}: ${cases.length} news sentences, labelled single days found in running text`, items, ziyara, dateparser });
  }

  console.log(`ziyara (${codeRoot === root ? 'this checkout' : codeRoot}) against dateparser ${version}\n`);
  console.log('| corpus | labelled | ziyara | dateparser | spurious: ziyara · dateparser |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const rate = (n: number): string => `${n} (${((100 * n) / row.items).toFixed(1)}%)`;
    console.log(`| ${row.corpus} | ${row.items} | ${rate(row.ziyara.found)} | ${rate(row.dateparser.found)} | ${row.ziyara.spurious} · ${row.dateparser.spurious} |`);
  }
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports', 'compare-dateparser.json'), `${JSON.stringify({ dateparser: version, code: codeRoot, rows }, null, 2)}\n`);
}

await main();
