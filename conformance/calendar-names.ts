/**
 * Month- and weekday-name conformance: do the calendar tables know the names
 * the peer suites write, and give them the month (or weekday) the peers expect?
 *
 * - Recognizers-Text (Arabic DateTime parser specs): every expected result whose
 *   Timex fixes the month but not the year (`XXXX-10-02`, `XXXX-10`,
 *   `(XXXX-10-01,…`) and whose text has no numeric date must contain a month
 *   name, and every month name found in it must be that month. Same for
 *   weekdays: a Timex `XXXX-WXX-3` needs a Wednesday in the text.
 * - Duckling (Arabic time corpus): every input whose expected day or month lies
 *   outside the reference month and the months before and after it (so that
 *   relative phrases like «الشهر القادم» drop out), with no numeric date and no holiday,
 *   must contain a Gregorian month name of the expected month; Duckling's
 *   negative inputs must contain none.
 */
import { lookupMonth, MONTH_NAME_SOURCE } from '../src/calendar/months';
import { lookupWeekday, WEEKDAY_SOURCE } from '../src/calendar/weekdays';
import { normalizeArabic } from '../src/text/normalize';
import { buildRegex, WORD_END, WORD_START } from '../src/text/regex';
import { readConformanceJson } from './load';
import type { ConformanceMiss, ConformanceSuite, SuiteResult } from './types';

// No WORD_START: the peers glue clitics to names («بأكتوبر», «وأيلول»).
const MONTH_IN_TEXT = buildRegex('conformance/month-name', `${MONTH_NAME_SOURCE}${WORD_END}`, 'g');
const MONTH_AS_WORD = buildRegex('conformance/month-word', `${WORD_START}${MONTH_NAME_SOURCE}${WORD_END}`, 'g');
const WEEKDAY_IN_TEXT = buildRegex('conformance/weekday-name', `${WEEKDAY_SOURCE}${WORD_END}`, 'g');
const NUMERIC_DATE = buildRegex('conformance/numeric-date', '\\d{1,4} ?[/\\-.] ?\\d{1,4}');
const MONTH_ONLY_TIMEX = buildRegex('conformance/timex-month', '^\\(?XXXX-(\\d{2})(?:-\\d{2})?(?:,|$)');
const WEEKDAY_TIMEX = buildRegex('conformance/timex-weekday', '^XXXX-WXX-([1-7])$');

const RECOGNIZERS_FILES = ['DateParser', 'DatePeriodParser', 'DateTimeParser', 'DateTimePeriodParser', 'MergedParser', 'DateTimeModel'];

interface RecognizersResult {
  Text: string;
  Value?: { Timex?: string; values?: { timex?: string }[] };
  Resolution?: { values?: { timex?: string }[] };
}

interface RecognizersEntry {
  Input: string;
  Results: RecognizersResult[];
}

interface DucklingTime {
  negativeInputs: string[];
  cases: { expected: { kind: string; value?: string; from?: string; grain: string; holiday?: string }; inputs: string[] }[];
}

function monthsIn(normalized: string, pattern: RegExp): number[] {
  const months: number[] = [];
  for (const match of normalized.matchAll(pattern)) {
    const month = lookupMonth(match[0]);
    if (month?.calendar === 'gregory') months.push(month.month);
  }
  return months;
}

function timexOf(result: RecognizersResult): string | undefined {
  return result.Value?.Timex ?? result.Value?.values?.[0]?.timex ?? result.Resolution?.values?.[0]?.timex;
}

function recognizersResults(): { input: string; text: string; timex: string }[] {
  const seen = new Set<string>();
  const out: { input: string; text: string; timex: string }[] = [];
  for (const file of RECOGNIZERS_FILES) {
    for (const entry of readConformanceJson<RecognizersEntry[]>(`recognizers-ar/datetime/${file}.json`)) {
      for (const result of entry.Results) {
        const timex = timexOf(result);
        const key = `${result.Text}\u0000${timex}`;
        if (!timex || seen.has(key)) continue;
        seen.add(key);
        out.push({ input: entry.Input, text: result.Text, timex });
      }
    }
  }
  return out;
}

function runRecognizersMonths(): SuiteResult {
  const misses: ConformanceMiss[] = [];
  let total = 0;
  for (const { text, timex } of recognizersResults()) {
    const expected = MONTH_ONLY_TIMEX.exec(timex)?.[1];
    const normalized = normalizeArabic(text);
    if (expected === undefined || NUMERIC_DATE.test(normalized)) continue;
    total++;
    const found = monthsIn(normalized, MONTH_IN_TEXT);
    if (found.length === 0 || found.some((m) => m !== Number(expected))) misses.push({ input: text, expected: Number(expected), actual: found });
  }
  return { suite: 'recognizers month names', passed: total - misses.length, total, misses };
}

function runRecognizersWeekdays(): SuiteResult {
  const misses: ConformanceMiss[] = [];
  let total = 0;
  for (const { text, timex } of recognizersResults()) {
    const expected = WEEKDAY_TIMEX.exec(timex)?.[1];
    if (expected === undefined) continue;
    total++;
    const found = [...normalizeArabic(text).matchAll(WEEKDAY_IN_TEXT)].map((m) => lookupWeekday(m[0]));
    if (found.length === 0 || found.some((d) => d !== Number(expected))) misses.push({ input: text, expected: Number(expected), actual: found });
  }
  return { suite: 'recognizers weekday names', passed: total - misses.length, total, misses };
}

function runDucklingMonths(): SuiteResult {
  const data = readConformanceJson<DucklingTime>('duckling-ar/time.json');
  const reference = 2; // February 2013, Duckling's test "now"
  const misses: ConformanceMiss[] = [];
  const skipped: { input: string; reason: string }[] = [];
  let total = 0;
  for (const { expected, inputs } of data.cases) {
    const start = expected.value ?? expected.from;
    if (!start || (expected.grain !== 'day' && expected.grain !== 'month') || expected.holiday) continue;
    const month = Number(start.slice(5, 7));
    if (Math.abs(month - reference) <= 1) continue;
    for (const input of inputs) {
      const normalized = normalizeArabic(input);
      if (NUMERIC_DATE.test(normalized)) {
        skipped.push({ input, reason: 'numeric date' });
        continue;
      }
      total++;
      const found = monthsIn(normalized, MONTH_IN_TEXT);
      if (found.length === 0 || found.some((m) => m !== month)) misses.push({ input, expected: month, actual: found });
    }
  }
  for (const input of data.negativeInputs) {
    total++;
    const found = monthsIn(normalizeArabic(input), MONTH_AS_WORD);
    if (found.length > 0) misses.push({ input, expected: [], actual: found });
  }
  return { suite: 'duckling month names', passed: total - misses.length, total, misses, skipped };
}

/** The calendar-name suites, registered in `SUITES`. */
export const CALENDAR_NAME_SUITES: ConformanceSuite[] = [
  { name: 'recognizers month names', floor: 0.95, run: runRecognizersMonths },
  { name: 'recognizers weekday names', floor: 0.95, run: runRecognizersWeekdays },
  { name: 'duckling month names', floor: 0.95, run: runDucklingMonths },
];
