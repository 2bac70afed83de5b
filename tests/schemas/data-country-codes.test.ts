import { describe, expect, it } from 'vitest';
import { arabicCountryName, countryCodes, englishCountryName, isCountryCode, NON_COUNTRY_REGION_CODES } from '../../src/data/country-codes';

describe('ISO 3166-1 country codes from Intl.DisplayNames', () => {
  it('finds the 249 assigned codes, sorted', () => {
    const codes = countryCodes();
    expect(codes).toHaveLength(249);
    expect([...codes].sort()).toEqual(codes);
    expect(codes.slice(0, 3)).toEqual(['AD', 'AE', 'AF']);
    expect(codes.at(-1)).toBe('ZW');
  });

  it.each(['SY', 'RU', 'MA', 'PS', 'EH', 'SS', 'AE', 'DZ', 'IQ', 'EG', 'SA', 'YE'])('%s is a country', (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  it.each(['EU', 'UN', 'EZ', 'XK', 'XA', 'ZZ', 'QO', 'AC', 'IC', 'SU', 'YU', 'UK', 'DD', 'AA', 'sy', 'SYR', '', 'سوريا'])('%j is not', (code) => {
    expect(isCountryCode(code)).toBe(false);
  });

  it('excludes only codes the runtime can name', () => {
    expect(NON_COUNTRY_REGION_CODES.every((code) => !countryCodes().includes(code))).toBe(true);
  });

  it('names countries in Arabic and English', () => {
    expect(arabicCountryName('SY')).toBe('سوريا');
    expect(arabicCountryName('RU')).toBe('روسيا');
    expect(arabicCountryName('MA')).toBe('المغرب');
    expect(englishCountryName('SY')).toBe('Syria');
    expect(englishCountryName('IQ')).toBe('Iraq');
    expect(arabicCountryName('EU')).toBeUndefined();
    expect(englishCountryName('')).toBeUndefined();
  });
});
