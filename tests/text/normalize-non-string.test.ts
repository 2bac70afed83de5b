/** The normalizers answer a non-string like the other text functions do, and originalSpan a non-finite offset. */
import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeWithMap, originalSpan } from '../../src/text/index';

describe('bad input to the normalizers', () => {
  it.each([null, undefined, 42, {}, ['أمس']])('normalizeArabic(%j) is the empty string', (input) => {
    expect(normalizeArabic(input as unknown as string)).toBe('');
  });

  it('normalizeWithMap of a non-string is the map of the empty string', () => {
    const map = normalizeWithMap(null as unknown as string);
    expect(map.original).toBe('');
    expect(map.text).toBe('');
    expect(map.starts.length).toBe(0);
    expect(originalSpan(map, 0, 1)).toEqual({ index: 0, end: 0 });
  });

  it('originalSpan gives { index: 0, end: 0 } for NaN or infinite offsets, real offsets otherwise', () => {
    const n = normalizeWithMap('وصل الوفد في ١٥ أيارَ');
    expect(originalSpan(n, Number.NaN, 5)).toEqual({ index: 0, end: 0 });
    expect(originalSpan(n, 2, Number.NaN)).toEqual({ index: 0, end: 0 });
    expect(originalSpan(n, 0, Number.POSITIVE_INFINITY)).toEqual({ index: 0, end: 0 });
    const at = n.text.indexOf('15 ايار');
    expect(originalSpan(n, at, at + 7)).toEqual({ index: 13, end: 21 });
  });
});
