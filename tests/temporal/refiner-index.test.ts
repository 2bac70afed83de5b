import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/temporal/parser';
import { byStart } from '../../src/temporal/refiners/adjacent';
import { removeOverlaps } from '../../src/temporal/refiners/remove-overlaps';
import { buildParserContext } from '../../src/temporal/context';
import { normalizeArabic } from '../../src/text/normalize';

const year = { type: 'date', calendar: 'gregory', precision: 'year', known: { year: 2025 }, implied: {}, start: '2025-01-01', end: '2025-12-31' } as const;
const at = (index: number, end: number, source: string): Candidate => ({ index, end, kind: 'date', value: { ...year, known: { ...year.known } }, source });

/** The groups as [offset, [end, source]…], sorted by offset, for comparison. */
function groups(starts: Map<number, Candidate[]>): [number, [number, string][]][] {
  return [...starts].sort((a, b) => a[0] - b[0]).map(([offset, list]) => [offset, list.map((c) => [c.end, c.source] as [number, string])]);
}

describe('byStart', () => {
  it('groups by start offset, longest first, ties in list order', () => {
    const list = [at(0, 4, 'a'), at(0, 9, 'b'), at(5, 9, 'c'), at(0, 9, 'd')];
    expect(groups(byStart(list))).toEqual([
      [0, [[9, 'b'], [9, 'd'], [4, 'a']]],
      [5, [[9, 'c']]],
    ]);
  });

  it('gives for a list extended by merged readings what a fresh index of the whole list gives', () => {
    const first = [at(0, 4, 'a'), at(0, 9, 'b'), at(5, 9, 'c')];
    byStart(first);
    const extended = [...first, at(0, 9, 'merged'), at(5, 12, 'merged-2'), at(0, 2, 'merged-3'), at(14, 20, 'merged-4')];
    const incremental = groups(byStart(extended));
    byStart([at(99, 100, 'unrelated')]); // a list that does not extend the last one: built afresh
    expect(incremental).toEqual(groups(byStart([...extended])));
    expect(incremental).toEqual([
      [0, [[9, 'b'], [9, 'merged'], [4, 'a'], [2, 'merged-3']]],
      [5, [[12, 'merged-2'], [9, 'c']]],
      [14, [[20, 'merged-4']]],
    ]);
  });
});

describe('removeOverlaps', () => {
  it('keeps the longest span, then the parser listed first, then the earlier one', () => {
    const text = normalizeArabic('زار الوفد دمشق في 15 تشرين الأول 2025 ثم عاد');
    const context = buildParserContext({ reference: '2026-01-28' });
    const kept = removeOverlaps.refine([at(18, 20, 'year'), at(18, 37, 'year'), at(18, 37, 'month-date'), at(33, 37, 'year'), at(38, 40, 'year')], text, context);
    expect(kept.map((c) => [c.index, c.end, c.source])).toEqual([
      [18, 37, 'month-date'],
      [38, 40, 'year'],
    ]);
  });
});
