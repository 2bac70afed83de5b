import { describe, expect, it } from 'vitest';
import { conformanceDir, MISSING_MESSAGE } from '../../conformance/load';
import { NUMBER_SUITES } from '../../conformance/numbers';
import { passRate } from '../../conformance/types';

const present = conformanceDir() !== null;

describe.skipIf(!present)(present ? 'number and ordinal conformance suites' : MISSING_MESSAGE, () => {
  for (const suite of NUMBER_SUITES) {
    it(`${suite.name} stays at or above its floor of ${(suite.floor * 100).toFixed(0)}%`, () => {
      const result = suite.run();
      expect(result.total).toBeGreaterThan(0);
      const missed = result.misses.map((m) => m.input).join(' | ');
      expect(passRate(result), `misses: ${missed}`).toBeGreaterThanOrEqual(suite.floor);
    });
  }

  it('reads the Duckling AR_EG suite as the union of the AR and EG corpora', () => {
    const ar = NUMBER_SUITES.find((s) => s.name === 'duckling numeral')?.run();
    const eg = NUMBER_SUITES.find((s) => s.name === 'duckling numeral.ar_eg')?.run();
    expect(ar?.total).toBe(160);
    expect(eg?.total).toBe(186);
  });
});
