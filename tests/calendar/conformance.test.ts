import { describe, expect, it } from 'vitest';
import { CALENDAR_NAME_SUITES } from '../../conformance/calendar-names';
import { conformanceDir, MISSING_MESSAGE } from '../../conformance/load';
import { passRate } from '../../conformance/types';

const present = conformanceDir() !== null;

describe.skipIf(!present)(present ? 'month and weekday names in the peer suites' : MISSING_MESSAGE, () => {
  for (const suite of CALENDAR_NAME_SUITES) {
    it(`${suite.name} stays at or above its floor of ${(suite.floor * 100).toFixed(0)}%`, () => {
      const result = suite.run();
      expect(result.total).toBeGreaterThan(0);
      const missed = result.misses.map((m) => `${m.input} (expected ${JSON.stringify(m.expected)}, found ${JSON.stringify(m.actual)})`).join(' | ');
      expect(passRate(result), `misses: ${missed}`).toBeGreaterThanOrEqual(suite.floor);
    });
  }

  it('selects the expected number of peer cases', () => {
    const totals = Object.fromEntries(CALENDAR_NAME_SUITES.map((suite) => [suite.name, suite.run().total]));
    expect(totals).toEqual({ 'recognizers month names': 33, 'recognizers weekday names': 8, 'duckling month names': 27 });
  });
});
