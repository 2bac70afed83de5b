/**
 * ReDoS guard: every pattern compiled through `buildRegex` runs on long
 * adversarial inputs and must finish each run within a second. The registry is
 * read after importing the whole library, so patterns added later are covered
 * without touching this file. The only wall-clock test in the suite.
 */
import { afterAll, describe, expect, it } from 'vitest';
import '../../src/index';
import { NUMBER_PHRASE_SOURCE, ORDINAL_PHRASE_SOURCE } from '../../src/text/number-patterns';
import { buildRegex, registeredPatterns, type RegisteredPattern } from '../../src/text/regex';

const LENGTH = 100_000;
const LIMIT_MS = 1000;

/** Repeats `unit` to exactly `LENGTH` UTF-16 units. */
function fill(unit: string): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
}

const ADVERSARIAL: Readonly<Record<string, string>> = {
  digits: fill('1234567890'),
  'arabic-indic digits': fill('١٢٣٤٥٦٧٨٩٠'),
  spaces: fill(' '),
  'mixed whitespace': fill(' \u00A0\t'),
  'من ': fill('من '),
  'أكتوبر ': fill('أكتوبر '),
  'اكتوبر ': fill('اكتوبر '),
  'تشرين ': fill('تشرين '),
  'تشرين الاول ': fill('تشرين الاول '),
  'letters, no spaces': fill('ابتثجحخدذرزسشصضطظعغفقكلمنهوي'),
  'digits and slashes': fill('12/'),
  'dates without end': fill('1/1/'),
  'digits and separators': fill('1,2.3٫4٬'),
  'و joins': fill('ثلاثه و'),
  'و alone': fill('و '),
  'number words': fill('خمسه عشر الف مليون '),
  'ordinal words': fill('الحادي و العشرون '),
  mixed: fill('في 15 تشرين الاول 2025 و ثلاثه ايام من 3 الى 5 أكتوبر ١٤٤٧هـ - '),
  'diacritics and marks': fill('أَكْتُوبَرَ\u200F ـ'),
};

// The phrase sources are embedded by other modules; compile them here too so
// they are timed even before anyone embeds them.
buildRegex('timing/number-phrase', NUMBER_PHRASE_SOURCE, 'g');
buildRegex('timing/ordinal-phrase', ORDINAL_PHRASE_SOURCE, 'g');
buildRegex('timing/number-phrase-before-unit', `(${NUMBER_PHRASE_SOURCE}) (?:ايام|اشهر)`, 'g');

/** Runs `pattern` over the whole input: every match for `g`, every position for `y`, and as if global otherwise. */
function runOnce(pattern: RegExp, input: string): number {
  const started = performance.now();
  if (pattern.sticky) {
    const sticky = pattern;
    for (let i = 0; i < input.length; ) {
      sticky.lastIndex = i;
      const m = sticky.exec(input);
      i = m && m[0].length > 0 ? i + m[0].length : i + 1;
    }
    sticky.lastIndex = 0;
  } else {
    const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    global.lastIndex = 0;
    for (const _ of input.matchAll(global)) void _;
    global.lastIndex = 0;
  }
  return performance.now() - started;
}

let slowest = { name: '', input: '', ms: 0 };

describe('ReDoS guard', () => {
  const patterns: readonly RegisteredPattern[] = registeredPatterns();

  it('sees the patterns of the whole library', () => {
    expect(patterns.length).toBeGreaterThan(3);
    expect(patterns.filter((p) => !p.regex.flags.includes('u') && !p.regex.flags.includes('v')).map((p) => p.name)).toEqual([]);
  });

  it.each(patterns.map((p, k) => [`${k}: ${p.name}`, p] as const))(
    'pattern %s runs linearly on every adversarial input',
    (_label, { name, regex }) => {
      const slow: string[] = [];
      for (const [inputName, input] of Object.entries(ADVERSARIAL)) {
        const ms = runOnce(regex, input);
        if (ms > slowest.ms) slowest = { name, input: inputName, ms };
        if (ms > LIMIT_MS) slow.push(`${inputName}: ${ms.toFixed(0)} ms`);
      }
      expect(slow, `${name} took longer than ${LIMIT_MS} ms`).toEqual([]);
    },
    60_000,
  );

  afterAll(() => {
    console.info(`slowest pattern: ${slowest.name} on "${slowest.input}", ${slowest.ms.toFixed(1)} ms for ${LENGTH} characters`);
  });
});
