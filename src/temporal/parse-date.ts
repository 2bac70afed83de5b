import { DATE_PREPOSITIONS } from '../data/date-prepositions';
import { normalizeArabic } from '../text/normalize';
import { alternation, buildRegex } from '../text/regex';
import { findCandidates } from './candidates';
import { buildParserContext } from './context';
import type { DateValue, RangeValue, TemporalOptions } from './types';

/** Punctuation and spaces allowed around the expression: Arabic and Latin commas, stops, brackets, quotes, dashes. */
const EDGE_PUNCTUATION = '[\\s.,;:!?()\\[\\]{}"\'«»“”‘’\\-–—…،؛؟٪*]';
const TRIM = buildRegex('temporal/parse-date-trim', `^${EDGE_PUNCTUATION}{0,20}([^]*?)${EDGE_PUNCTUATION}{0,20}$`);
const LEADING_PREPOSITION = buildRegex(
  'temporal/parse-date-preposition',
  `^(?:و)?${alternation(DATE_PREPOSITIONS.map((p) => normalizeArabic(p.word)))} `,
);

/** The longest input `parseDate` reads; a date written in more than this is not one expression. */
const MAX_LENGTH = 400;

/**
 * Reads the date, period or range that the WHOLE string expresses.
 *
 * Leading prepositions and filler (في، يوم، بتاريخ، منذ، خلال…) and surrounding punctuation are
 * allowed; anything else left over makes the answer `null`. Partial dates are resolved against the
 * reference (`known` says what the text wrote, `implied` what was inferred). Never throws on any string.
 *
 * @param text - the string to read, e.g. `15 تشرين الأول الماضي` or `الخميس، ١٥ أكتوبر ٢٠٢٥`.
 * @param options - `reference` (default today), `timeZone` (default UTC), `prefer` (default `past`), `locale`; `null` is read as none.
 * @returns the date value (a day, a month, a year…) or a range, or `null` when the string is not one.
 * @throws {@link TemporalOptionsError} when an option (not the text) is invalid.
 * @example
 * ```ts
 * parseDate('في 15 تشرين الأول الماضي', { reference: '2026-01-28' });
 * // { type: 'date', calendar: 'gregory', precision: 'day', known: { day: 15, month: 10 },
 * //   implied: { year: 2025 }, start: '2025-10-15', end: '2025-10-15' }
 * parseDate('زار موسكو'); // null
 * ```
 */
export function parseDate(text: string, options?: TemporalOptions): DateValue | RangeValue | null {
  const context = buildParserContext(options);
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_LENGTH * 4) return null;
  let core = normalizeArabic(text);
  if (core.length > MAX_LENGTH) return null;
  for (let attempt = 0; attempt < 4; attempt++) {
    core = TRIM.exec(core)?.[1] ?? core;
    if (core.length === 0) return null;
    const candidates = findCandidates(core, context);
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only && only.index === 0 && only.end === core.length && (only.value.type === 'date' || only.value.type === 'range')) {
      return only.value;
    }
    const preposition = LEADING_PREPOSITION.exec(core);
    if (!preposition) return null;
    core = core.slice(preposition[0].length);
  }
  return null;
}
