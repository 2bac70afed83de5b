import { describe, expect, it } from 'vitest';
import { firstWordTrigger, longestAlternative, MONTH_TRIGGER, phraseTrigger, scanNear, triggerOffsets } from '../../src/temporal/anchors';
import { normalizeArabic } from '../../src/text/normalize';
import { buildRegex, registeredPatterns, WORD_END, WORD_START } from '../../src/text/regex';
import '../../src/temporal/find';
import { CLITIC_START } from '../../src/temporal/patterns';

/** Every match of a global copy of `source`, as [index, text]. */
function globalMatches(source: string, text: string): [number, string][] {
  const global = buildRegex('test/anchors-global', source, 'g');
  const found: [number, string][] = [];
  for (let match = global.exec(text); match !== null; match = global.exec(text)) found.push([match.index, match[0]]);
  return found;
}

function nearMatches(source: string, trigger: RegExp, text: string, lead: number, trail = 0): [number, string][] {
  const sticky = buildRegex('test/anchors-sticky', source, 'y');
  const found: [number, string][] = [];
  scanNear(sticky, text, triggerOffsets(trigger, text), { lead, trail }, (match) => {
    found.push([match.index, match[0]]);
  });
  return found;
}

const SENTENCES = [
  'وصل الوفد إلى بغداد في 12 من شهر آب الماضي، وغادرها في 3 أيلول.', // Iraq
  'تنعقد القمة في الرباط يوم 5 غشت، ثم في تونس في 20 جويلية المقبل.', // Maghreb
  'وقال الوزير إن المحادثات ستستأنف في الخامس من أكتوبر، وبأكتوبر تنتهي المهلة.', // Egypt, a glued clitic
  'زار ولي العهد مسقط في شهر عشرة، ومن المقرر أن يعود في شهر ثلاثة من العام المقبل.', // Gulf, month numbers
  'تنتهي الهدنة في 30-5 نيسان وتبدأ المرحلة الثانية في أيار (مايو) 2026.', // Levant, combined names
];

describe('scanNear', () => {
  it('finds exactly the matches of a global scan when every match starts near a trigger', () => {
    const source = `${CLITIC_START}(?:(?<day>[0-9]{1,2}) (?:من )?(?:شهر )?)?(?<month>${['اب', 'ايلول', 'غشت', 'جويليه', 'اكتوبر', 'نيسان', 'ايار', 'مايو'].join('|')})${WORD_END}`;
    for (const sentence of SENTENCES) {
      const text = normalizeArabic(sentence);
      const near = nearMatches(source, MONTH_TRIGGER, text, 2 + 1 + 3 + 4);
      expect(near).toEqual(globalMatches(source, text));
    }
  });

  it('tells word starts and glued proclitics apart as the pattern does («و12 آب»، «وو12 آب»، «2025آب»)', () => {
    const source = `${CLITIC_START}(?:[0-9]{1,2} )?اب${WORD_END}`;
    const text = normalizeArabic('و12 آب، وو12 آب، 2025آب، ب آب، فآب، ووآب (آب) 7آب آب');
    const near = nearMatches(source, MONTH_TRIGGER, text, 3);
    expect(near).toEqual(globalMatches(source, text));
    expect(near.length).toBeGreaterThan(4);
  });

  it('reads «15 من شهر آب» from its day, eleven units before the month name', () => {
    const text = normalizeArabic('وصل الوفد في 15 من شهر آب الماضي');
    const source = `${WORD_START}(?:[0-9]{1,2} (?:من )?(?:شهر )?)?اب${WORD_END}`;
    expect(nearMatches(source, MONTH_TRIGGER, text, 11)).toEqual([[text.indexOf('15'), '15 من شهر اب']]);
  });

  it('finds a match that starts after its trigger when the pattern reads the trigger by a lookbehind (trail)', () => {
    const text = normalizeArabic('يعود الوفد في شهر ثلاثة من العام المقبل');
    const source = `(?<=شهر )ثلاثه${WORD_END}`;
    const trigger = firstWordTrigger('test/anchors-month-noun', ['شهر']);
    expect(nearMatches(source, trigger, text, 0, 'شهر '.length)).toEqual([[text.indexOf('ثلاثه'), 'ثلاثه']]);
    expect(nearMatches(source, trigger, text, 0, 0)).toEqual([]);
  });

  it('goes on from the offset the caller returns, as a global loop that sets lastIndex', () => {
    const text = 'اب اب اب';
    const sticky = buildRegex('test/anchors-resume', `${WORD_START}اب(?: اب)?`, 'y');
    const starts: number[] = [];
    scanNear(sticky, text, triggerOffsets(MONTH_TRIGGER, text), { lead: 0, trail: 0 }, (match) => {
      starts.push(match.index);
      return match.index + 1;
    });
    expect(starts).toEqual([0, 3, 6]);
  });
});

describe('triggerOffsets', () => {
  it('finds overlapping trigger words, inside other words too', () => {
    const trigger = firstWordTrigger('test/anchors-overlap', ['اب', 'ابريل']);
    expect(triggerOffsets(trigger, 'وابريل')).toEqual([1]);
    expect(triggerOffsets(trigger, 'اب ابريل الانتخابات')).toEqual([0, 3, 15]);
  });

  it('finds a phrase trigger only where the whole phrase stands, not at every occurrence of its first word', () => {
    const trigger = phraseTrigger('test/anchors-phrase', ['في وقت لاحق', 'في هذه اللحظه']);
    const text = normalizeArabic('قال في بيان في وقت لاحق إنه في هذه اللحظة في القاهرة');
    expect(triggerOffsets(trigger, text)).toEqual([text.indexOf('في وقت'), text.indexOf('في هذه')]);
  });

  it('answers every trigger from one shared scan exactly as a scan of its own words would', () => {
    // Words of one trigger that are prefixes or extensions of another's («يوم»/«يومين»، «اب»/«ابريل»).
    firstWordTrigger('test/anchors-shared-short', ['يوم', 'اب']);
    firstWordTrigger('test/anchors-shared-long', ['يومين', 'ابريل الماضي', 'في وقت لاحق']);
    const text = normalizeArabic(
      [
        'وصل الوفد يوم الخميس 3 نيسان، وبقي يومين في بغداد قبل أن يغادر في أبريل الماضي.', // Iraq
        'في وقت لاحق من اليوم، أعلنت الرباط أن الزيارة ستتم في شتنبر أو في أكتوبر 2026 بعد عامين من التحضير.', // Maghreb
        'منذ سنوات وحتى الآن، وفي الأسبوع المقبل، يلتقي الوزيران يومه الأحد في عيد الفطر.', // Gulf
      ].join(' '),
    );
    const triggers = registeredPatterns().filter((p) => p.name.endsWith('-trigger') && p.regex.flags.includes('g'));
    expect(triggers.length).toBeGreaterThan(10);
    for (const { name, regex } of triggers) {
      const own = buildRegex('test/anchors-own-scan', regex.source, 'g');
      const expected: number[] = [];
      for (let match = own.exec(text); match !== null; match = own.exec(text)) {
        expected.push(match.index);
        own.lastIndex = match.index + 1;
      }
      expect(triggerOffsets(regex, text), name).toEqual(expected);
    }
  });
});

describe('longestAlternative', () => {
  it('gives the length of the longest word of a flat alternation', () => {
    expect(longestAlternative('(?:من|ابتداء من|بين)')).toBe('ابتداء من'.length);
    expect(longestAlternative('(?:شهر)')).toBe(3);
  });
});
