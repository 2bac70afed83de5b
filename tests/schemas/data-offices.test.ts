import { describe, expect, it } from 'vitest';
import {
  MINISTER_HEADS,
  MINISTER_TITLES,
  MINISTRY_PORTFOLIOS,
  NAMED_OFFICE_TITLES,
  OFFICE_CODES,
  OFFICE_REGIONS,
  OFFICE_TITLES,
  PORTFOLIO_CODES,
} from '../../src/data/offices';
import { isCountryCode } from '../../src/data/country-codes';
import { normalizeArabic } from '../../src/text/normalize';

/** One normalized spelling → the entry it names. */
function byNormalizedSpelling() {
  const map = new Map<string, (typeof OFFICE_TITLES)[number][]>();
  for (const title of OFFICE_TITLES) {
    const key = normalizeArabic(title.ar);
    map.set(key, [...(map.get(key) ?? []), title]);
  }
  return map;
}

describe('the office table', () => {
  it('has no spelling twice (after normalization)', () => {
    const duplicates = [...byNormalizedSpelling()].filter(([, entries]) => entries.length > 1).map(([key]) => key);
    expect(duplicates).toEqual([]);
  });

  it('uses every office code, every portfolio, valid regions and valid countries', () => {
    expect(new Set(OFFICE_TITLES.map((t) => t.code))).toEqual(new Set(OFFICE_CODES));
    expect(new Set(MINISTRY_PORTFOLIOS.map((p) => p.portfolio))).toEqual(new Set(PORTFOLIO_CODES));
    for (const title of OFFICE_TITLES) {
      if (title.region) expect(OFFICE_REGIONS).toContain(title.region);
      if (title.country) expect(isCountryCode(title.country), title.ar).toBe(true);
      expect(title.ar.trim()).toBe(title.ar);
      expect(title.en.length).toBeGreaterThan(0);
    }
  });

  it('composes singular minister titles from heads × portfolios', () => {
    const singular = MINISTER_HEADS.filter((h) => h.number === 'singular').length;
    expect(MINISTER_TITLES).toHaveLength(MINISTRY_PORTFOLIOS.length * singular);
    expect(OFFICE_TITLES).toHaveLength(NAMED_OFFICE_TITLES.length + MINISTER_TITLES.length);
  });

  it.each([
    ['وزير الخارجية', 'minister', 'foreign', 'male', undefined],
    ['وزيرة الخارجية', 'minister', 'foreign', 'female', undefined],
    ['وزير الدفاع', 'minister', 'defence', 'male', undefined],
    ['وزير الخارجية والمغتربين', 'minister', 'foreign', 'male', 'levant'],
    ['وزير الشؤون الخارجية والتعاون الإفريقي', 'minister', 'foreign', 'male', 'maghreb'],
    ['المتحدث باسم الكرملين', 'spokesperson', undefined, 'male', undefined],
    ['الناطق باسم', 'spokesperson', undefined, 'male', undefined],
    ['الأمين العام لرئاسة الجمهورية', 'secretary-general', undefined, 'male', undefined],
    ['رئيس الوزراء', 'prime-minister', undefined, 'male', undefined],
    ['الوزير الأول', 'prime-minister', undefined, 'male', 'maghreb'],
    ['ولي العهد', 'crown-prince', undefined, 'male', undefined],
    ['الملك', 'king', undefined, 'male', undefined],
    ['أمير قطر', 'emir', undefined, 'male', 'gulf'],
    ['رئيس الجمهورية', 'president', undefined, 'male', undefined],
    ['الرئيس', 'president', undefined, 'male', undefined],
    ['نائب الرئيس', 'vice-president', undefined, 'male', undefined],
    ['السفير', 'ambassador', undefined, 'male', undefined],
    ['المبعوث الخاص', 'envoy', undefined, 'male', undefined],
    ['رئيس الديوان', 'chief-of-staff', undefined, 'male', undefined],
    ['قائد الجيش', 'military-commander', undefined, 'male', undefined],
    ['رئيس الأركان', 'chief-of-general-staff', undefined, 'male', undefined],
  ])('%s → %s', (spelling, code, portfolio, gender, region) => {
    const [entry] = byNormalizedSpelling().get(normalizeArabic(spelling)) ?? [];
    expect(entry).toMatchObject({ code, gender });
    expect(entry?.portfolio).toBe(portfolio);
    expect(entry?.region).toBe(region);
  });

  it('has a dual head noun for «وزيري الخارجية والدفاع»', () => {
    expect(MINISTER_HEADS.find((h) => h.ar === 'وزيري')).toEqual({ ar: 'وزيري', gender: 'male', number: 'dual' });
  });
});
