import { describe, expect, it } from 'vitest';
import '../../src/index';
import { matchStarts, mayBeginAt, type MatchStarts } from '../../src/text/first-units';
import { normalizeArabic } from '../../src/text/normalize';
import { buildRegex, registeredPatterns, WORD_END, WORD_START } from '../../src/text/regex';

/** The first units of a table, as a sorted string, for readable expectations. */
function firstOf(starts: MatchStarts | null): string | null {
  if (starts === null) return null;
  const units: string[] = [];
  starts.first.forEach((flag, unit) => {
    if (flag === 1) units.push(String.fromCharCode(unit));
  });
  return units.join('');
}

const startsOf = (source: string, flags = ''): MatchStarts | null => matchStarts(buildRegex('test/first-units', source, flags));
const first = (source: string, flags = ''): string | null => firstOf(startsOf(source, flags));

describe('matchStarts', () => {
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

  it('tells which second units may follow the first', () => {
    const starts = startsOf(`${WORD_START}(?:شهر|شتاء|[0-9]{1,2}(?:\\.[0-9])?)${WORD_END}`)!;
    const text = 'شهر شتاء شمس 7 75 7.5 x';
    const at = (word: string): boolean => mayBeginAt(starts, text, text.indexOf(word));
    expect(at('شهر')).toBe(true);
    expect(at('شتاء')).toBe(true);
    expect(at('شمس')).toBe(false); // «ش» begins a match, «شم» does not
    expect(at('7 ')).toBe(true); // one digit is a whole match: anything may follow
    expect(at('75')).toBe(true);
    expect(at('x')).toBe(false);
    expect(mayBeginAt(starts, 'ش', 0)).toBe(false); // «ش» alone is no match
  });

  it('gives up (null: try everywhere) on what it cannot narrow', () => {
    expect(first(`\\p{L}{2,9} يوم`)).toBeNull();
    expect(first(`[^ا]ب`)).toBeNull();
    expect(first(`.ب`)).toBeNull();
    expect(first(`(?<w>ا)\\k<w>`)).toBe('ا');
    expect(first(`\\k<w>(?<w>ا)`)).toBeNull();
    expect(first(`(?:يوم)?`)).toBeNull(); // can match nothing, so a match may begin anywhere
    expect(first(`يوم`, 'i')).toBeNull();
  });

  it('never rules out an offset where a library pattern matches (every offset of regional sentences)', () => {
    const sentences = [
      'وصل الوفد العراقي إلى بغداد في 12 من شهر آب الماضي بعد زيارة دامت ثلاثة أيام ونصف.', // Iraq
      'تنعقد القمة في الرباط يوم الخميس 5 غشت 2027، وتستمر من 9 إلى 11 صباحا.', // Maghreb
      'وقال الوزير يوم أمس إن المحادثات ستستأنف الساعة 10:30 مساء الأحد الثاني من أكتوبر.', // Egypt
      'زار ولي العهد مسقط في شهر عشرة، وسيعود بعد أسبوعين من الآن، قبل نهاية العام.', // Gulf
      'تنتهي الهدنة في 30-5 نيسان/أبريل 1446 هـ وتبدأ المرحلة الثانية منتصف أيار (مايو) 2026.', // Levant
      'منذ سنتين وحتى الربع الأول من السنة القادمة، في الأسبوع الأخير من رمضان وعيد الفطر.',
      'بين 3 و 5 مساءً يوم 2025-10-15، ثم من 8:00 الى 9:30 صباحاً، 7',
    ];
    const text = normalizeArabic(sentences.join(' '));
    let checked = 0;
    for (const { regex } of registeredPatterns()) {
      const starts = matchStarts(regex);
      if (starts === null) continue;
      checked++;
      const sticky = new RegExp(regex.source, `${regex.flags.replace(/[gy]/gu, '')}y`);
      for (let offset = 0; offset <= text.length; offset++) {
        sticky.lastIndex = offset;
        if (sticky.exec(text) !== null) expect(mayBeginAt(starts, text, offset), `${regex.source.slice(0, 60)} at ${offset}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
