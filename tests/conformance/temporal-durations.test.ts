import { describe, expect, it } from 'vitest';
import { DUCKLING_DURATION_SUITE } from '../../conformance/duckling-duration';
import { conformanceDir, MISSING_MESSAGE } from '../../conformance/load';
import { RECOGNIZERS_DURATION_SUITES } from '../../conformance/recognizers-durations';
import { passRate } from '../../conformance/types';

const present = conformanceDir() !== null;

describe.skipIf(!present)(present ? 'duration and time conformance suites' : MISSING_MESSAGE, () => {
  for (const suite of [DUCKLING_DURATION_SUITE, ...RECOGNIZERS_DURATION_SUITES]) {
    it(`${suite.name} stays at or above its floor of ${(suite.floor * 100).toFixed(0)}%`, () => {
      const result = suite.run();
      expect(result.total).toBeGreaterThan(0);
      const missed = result.misses.map((m) => m.input).join(' | ');
      expect(passRate(result), `misses: ${missed}`).toBeGreaterThanOrEqual(suite.floor);
    });
  }

  it('reads every Duckling Duration input (14 of 14)', () => {
    const result = DUCKLING_DURATION_SUITE.run();
    expect(result.total).toBe(14);
    expect(result.misses).toEqual([]);
  });

  it('checks the 26 fully asserted DurationParser entries and skips the 18 span-only ones by name', () => {
    const parser = RECOGNIZERS_DURATION_SUITES.find((s) => s.name.startsWith('recognizers DurationParser'))!.run();
    expect(parser.total).toBe(26);
    expect(parser.skipped).toHaveLength(18);
  });
});
