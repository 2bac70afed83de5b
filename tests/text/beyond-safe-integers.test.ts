/**
 * A run of digits is read whole or not at all: no number starts inside it, and no value beyond
 * `Number.MAX_SAFE_INTEGER` (where the digits are no longer an exact integer) is returned.
 */
import { describe, expect, it } from 'vitest';
import { findArabicNumbers, parseArabicNumber } from '../../src/text/index';

describe('numbers beyond the exact integers', () => {
  it('parseArabicNumber gives null above Number.MAX_SAFE_INTEGER and the value at it', () => {
    expect(parseArabicNumber('99999999999999999999')).toBeNull();
    expect(parseArabicNumber('9007199254740992')).toBeNull();
    expect(parseArabicNumber('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseArabicNumber('-9007199254740992')).toBeNull();
    expect(parseArabicNumber('٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩')).toBeNull();
    // Words times a scale can leave the exact integers too.
    expect(parseArabicNumber('9000000000000 تريليون')).toBeNull();
    expect(parseArabicNumber('ثلاثة تريليونات')).toBe(3_000_000_000_000);
  });

  it('findArabicNumbers reports no number inside or at the tail of a long digit run', () => {
    expect(findArabicNumbers('بلغت الخسائر 99999999999999999999 دولار')).toEqual([]);
    const text = 'ارتفع الدين إلى 99999999999999999999 ثم إلى ٣ مليارات';
    expect(findArabicNumbers(text)).toEqual([{ text: '٣ مليارات', index: text.indexOf('٣'), end: text.length, value: 3_000_000_000 }]);
  });
});
