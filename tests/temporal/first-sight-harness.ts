/**
 * The harness of the first-sight evaluations: sentences labelled by hand before the parser was run,
 * compared with `findTemporal` match by match.
 *
 * Each expected match is `[span, value]`; the value is written in a compact form:
 * `date START` (one day), `date START..END` (a period), `date vague`, `range FROM..TO` (the first
 * day or time of the first end, the last day or time of the second), `duration ISO [qualifier]`,
 * `time HH:MM [zone] [on DAY]`. A sentence is right when `findTemporal` gives exactly these matches,
 * at these offsets (the first occurrence of the span), and nothing else.
 *
 * Set FIRST_SIGHT_REPORT=1 to print the score (sentences fully right, expected matches found).
 * Sentences still read wrongly are listed in the known misses with the reason; their test is
 * expected to fail, so a fix shows up as a failing `it.fails` to move out of the list.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';
import type { DateValue, TemporalMatch, TemporalOptions, TimeValue } from '../../src/temporal/types';

/** One expected match: the span as written and its value in the compact form. */
export type Expected = readonly [span: string, value: string];
/** One labelled sentence. */
export type Case = readonly [region: string, sentence: string, expected: readonly Expected[]];

function clock(time: TimeValue): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

function period(date: DateValue): string {
  if (date.vague) return 'vague';
  return date.start === date.end ? `${date.start}` : `${date.start}..${date.end}`;
}

/** A match in the compact form of the labels. */
function describeMatch(match: TemporalMatch): Expected {
  const value = match.value;
  switch (value.type) {
    case 'date':
      return [match.text, `date ${period(value)}`];
    case 'duration':
      return [match.text, `duration ${value.iso}${value.qualifier ? ` ${value.qualifier}` : ''}`];
    case 'time':
      return [match.text, `time ${clock(value)}${value.timeZone ? ` ${value.timeZone}` : ''}${value.date ? ` on ${period(value.date)}` : ''}`];
    case 'range': {
      const from = value.from.type === 'date' ? value.from.start : clock(value.from);
      const to = value.to.type === 'date' ? value.to.end : clock(value.to);
      return [match.text, `range ${from}..${to}`];
    }
  }
}

/** Matches as `span@index value` lines, the form both sides are compared in. */
function lines(sentence: string, matches: readonly Expected[], indices?: readonly number[]): string[] {
  return matches.map(([span, value], i) => `${span}@${indices ? indices[i] : sentence.indexOf(span)} ${value}`);
}

/** Runs one first-sight batch: the shape checks, one test per sentence, the score when asked. */
export function firstSightSuite(title: string, options: TemporalOptions, cases: readonly Case[], perRegion: number, knownMisses: ReadonlyMap<string, string>): void {
  const score = { sentences: 0, matches: 0, expected: 0 };
  describe(title, () => {
    it(`holds ${perRegion} sentences per region, each span found in its sentence`, () => {
      const counts = new Map<string, number>();
      for (const [region, sentence, expected] of cases) {
        counts.set(region, (counts.get(region) ?? 0) + 1);
        for (const [span] of expected) expect(sentence.includes(span), span).toBe(true);
      }
      expect([...counts.values()]).toEqual([perRegion, perRegion, perRegion, perRegion, perRegion]);
      for (const sentence of knownMisses.keys()) expect(cases.some((c) => c[1] === sentence), sentence).toBe(true);
    });

    const check = (sentence: string, expected: readonly Expected[]): void => {
      const found = findTemporal(sentence, options);
      const actual = lines(sentence, found.map(describeMatch), found.map((m) => m.index));
      const wanted = lines(sentence, expected);
      score.expected += wanted.length;
      score.matches += wanted.filter((line) => actual.includes(line)).length;
      if (actual.join('\n') === wanted.join('\n')) score.sentences += 1;
      expect(actual).toEqual(wanted);
    };
    const known = cases.filter((c) => knownMisses.has(c[1]));
    const unknown = cases.filter((c) => !knownMisses.has(c[1]));
    it.each(unknown)('%s: %s', (_region, sentence, expected) => check(sentence, expected));
    it.fails.each(known)('known miss, %s: %s', (_region, sentence, expected) => check(sentence, expected));

    afterAll(() => {
      if (process.env['FIRST_SIGHT_REPORT']) {
        console.log(`${title}: ${score.sentences}/${cases.length} sentences fully right, ${score.matches}/${score.expected} expected matches right`);
      }
    });
  });
}
