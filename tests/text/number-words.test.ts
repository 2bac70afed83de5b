import { describe, expect, it } from 'vitest';
import { NUMBER_WORDS } from '../../src/data/number-words';
import { ORDINAL_WORDS } from '../../src/data/ordinal-words';
import { normalizeArabic } from '../../src/text/normalize';
import { parseArabicNumber } from '../../src/text/numbers';
import { parseArabicOrdinal } from '../../src/text/ordinals';

describe('number words table', () => {
  it('never gives one spelling two values of the same kind', () => {
    const seen = new Map<string, number>();
    for (const word of NUMBER_WORDS) {
      const key = `${word.kind}:${normalizeArabic(word.spelling)}`;
      const before = seen.get(key);
      if (before !== undefined) expect([key, word.value]).toEqual([key, before]);
      seen.set(key, word.value);
    }
  });

  it('has every unit 0–10, every ten 20–90 and every hundred 100–900', () => {
    const values = (kind: string) => new Set(NUMBER_WORDS.filter((w) => w.kind === kind).map((w) => w.value));
    expect([...values('unit')].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([...values('ten')].sort((a, b) => a - b)).toEqual([20, 30, 40, 50, 60, 70, 80, 90]);
    expect([...values('hundred')].sort((a, b) => a - b)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900]);
  });

  it('reads every unit, teen, ten, hundred and dual spelling on its own', () => {
    for (const word of NUMBER_WORDS) {
      if (!['unit', 'teen', 'ten', 'hundred', 'scale-dual'].includes(word.kind)) continue;
      expect([word.spelling, parseArabicNumber(word.spelling)]).toEqual([word.spelling, word.value]);
    }
  });

  it('reads every ordinal unit spelling with and without ال', () => {
    for (const word of ORDINAL_WORDS) {
      if (word.kind !== 'unit') continue;
      expect([word.spelling, parseArabicOrdinal(word.spelling), parseArabicOrdinal(`ال${word.spelling}`)]).toEqual([
        word.spelling,
        word.value,
        word.value,
      ]);
    }
  });
});
