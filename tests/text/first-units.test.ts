import { describe, expect, it } from 'vitest';
import '../../src/index';
import { firstUnits } from '../../src/text/first-units';
import { normalizeArabic } from '../../src/text/normalize';
import { buildRegex, registeredPatterns, WORD_END, WORD_START } from '../../src/text/regex';

/** The units of a table, as a sorted string, for readable expectations. */
function unitsOf(table: Uint8Array | null): string | null {
  if (table === null) return null;
  const units: string[] = [];
  table.forEach((flag, unit) => {
    if (flag === 1) units.push(String.fromCharCode(unit));
  });
  return units.join('');
}

const first = (source: string, flags = ''): string | null => unitsOf(firstUnits(buildRegex('test/first-units', source, flags)));

describe('firstUnits', () => {
  it('reads the first letters of an alternation after a word-start lookbehind', () => {
    expect(first(`${WORD_START}(?:شهر|يوم|ساعه)${WORD_END}`)).toBe('سشي');
  });

  it('looks past optional parts, lookbehinds in the middle and bounded repetitions that can be empty', () => {
    // «(?:من )?» may be absent, so a match may also begin with the digit or «ش» after it.
    expect(first(`(?:من )?(?:[12][0-9]|شهر)`)).toBe('12شم');
    expect(first(`(?<=شهر )(?<number>\\d{1,2})`)).toBe('0123456789');
    expect(first(`(?:ال){0,1}يوم`)).toBe('اي');
    expect(first(`(?:ال){1,2}يوم`)).toBe('ا');
    expect(first(`[.\\-/] ?ب`)).toBe('-./');
    expect(first(`\\(?اب`)).toBe('(ا');
  });

  it('gives up (null: any unit) on what it does not model exactly', () => {
    expect(first(`\\p{L}{2,9} يوم`)).toBeNull();
    expect(first(`[^ا]ب`)).toBeNull();
    expect(first(`.ب`)).toBeNull();
    expect(first(`(?<w>ا)\\k<w>`)).toBe('ا');
    expect(first(`\\k<w>(?<w>ا)`)).toBeNull();
    expect(first(`(?:يوم)?`)).toBeNull(); // can match nothing, so a match may begin anywhere
    expect(first(`يوم`, 'i')).toBeNull();
  });

  it('never leaves out a unit a match of a library pattern begins with (every offset of regional sentences)', () => {
    const sentences = [
      'وصل الوفد العراقي إلى بغداد في 12 من شهر آب الماضي بعد زيارة دامت ثلاثة أيام ونصف.', // Iraq
      'تنعقد القمة في الرباط يوم الخميس 5 غشت 2027، وتستمر من 9 إلى 11 صباحا.', // Maghreb
      'وقال الوزير يوم أمس إن المحادثات ستستأنف الساعة 10:30 مساء الأحد الثاني من أكتوبر.', // Egypt
      'زار ولي العهد مسقط في شهر عشرة، وسيعود بعد أسبوعين من الآن، قبل نهاية العام.', // Gulf
      'تنتهي الهدنة في 30-5 نيسان/أبريل 1446 هـ وتبدأ المرحلة الثانية منتصف أيار (مايو) 2026.', // Levant
      'منذ سنتين وحتى الربع الأول من السنة القادمة، في الأسبوع الأخير من رمضان وعيد الفطر.',
    ];
    const text = normalizeArabic(sentences.join(' '));
    let checked = 0;
    for (const { regex } of registeredPatterns()) {
      const table = firstUnits(regex);
      if (table === null) continue;
      checked++;
      const sticky = new RegExp(regex.source, `${regex.flags.replace(/[gy]/gu, '')}y`);
      for (let offset = 0; offset < text.length; offset++) {
        sticky.lastIndex = offset;
        const match = sticky.exec(text);
        if (match !== null) expect(table[text.charCodeAt(offset)], `${regex.source.slice(0, 60)} at ${offset}`).toBe(1);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
