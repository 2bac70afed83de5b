import { describe, expect, it } from 'vitest';
import { DUCKLING_TIME_SUITE } from '../../conformance/duckling-time';
import { conformanceDir, MISSING_MESSAGE } from '../../conformance/load';
import { DESIGN_CONFLICTS, RECOGNIZERS_DATE_SUITES, WRONG_UPSTREAM } from '../../conformance/recognizers-dates';
import { passRate } from '../../conformance/types';

const present = conformanceDir() !== null;

describe.skipIf(!present)(present ? 'date conformance suites' : MISSING_MESSAGE, () => {
  for (const suite of [DUCKLING_TIME_SUITE, ...RECOGNIZERS_DATE_SUITES]) {
    it(`${suite.name} stays at or above its floor of ${(suite.floor * 100).toFixed(0)}%`, () => {
      const result = suite.run();
      expect(result.total).toBeGreaterThan(0);
      const missed = result.misses.map((m) => m.input).join(' | ');
      expect(passRate(result), `misses: ${missed}`).toBeGreaterThanOrEqual(suite.floor);
    });
  }

  it('counts every Duckling Time input and its negative inputs (177 + 3)', () => {
    expect(DUCKLING_TIME_SUITE.run().total).toBe(180);
  });

  it('the negative Duckling inputs give nothing', () => {
    const result = DUCKLING_TIME_SUITE.run();
    expect(result.misses.filter((m) => m.expected === 'nothing')).toEqual([]);
  });

  it('runs the 47 + 22 fully checked parser entries, skipping only the listed ones by name', () => {
    const [, , dates, periods] = RECOGNIZERS_DATE_SUITES.map((s) => s.run());
    expect((dates?.total ?? 0) + (dates?.skipped?.length ?? 0)).toBe(47);
    expect((periods?.total ?? 0) + (periods?.skipped?.length ?? 0)).toBe(22);
    const listed = [...WRONG_UPSTREAM, ...DESIGN_CONFLICTS].map((w) => w.input.trim());
    for (const skip of [...(dates?.skipped ?? []), ...(periods?.skipped ?? [])]) expect(listed).toContain(skip.input.trim());
  });

  it('every design conflict is an entry of some suite (no stale names)', () => {
    const skipped = RECOGNIZERS_DATE_SUITES.flatMap((s) => s.run().skipped ?? []).map((s) => s.input.trim());
    for (const conflict of DESIGN_CONFLICTS) expect(skipped).toContain(conflict.input.trim());
  });
});
