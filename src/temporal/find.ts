import { normalizeWithMap, originalSpan } from '../text/normalize';
import { findCandidates } from './candidates';
import { buildParserContext } from './context';
import type { TemporalMatch, TemporalOptions } from './types';

/**
 * Finds every temporal expression in running Arabic text: dates, periods, ranges,
 * durations and times, sorted by position and never overlapping (the longest reading wins).
 *
 * Month names that are also ordinary words (مارس، صفر، رمضان، آب…) are reported only with
 * date context (a day, a year, «شهر», هـ/م, الماضي/المقبل). Offsets are UTF-16 offsets into
 * `text` as given, so `text.slice(match.index, match.end) === match.text`. Runs in time linear
 * in the input and never throws on any string.
 *
 * @param text - any string: a sentence, an article, or garbage.
 * @param options - `reference` day (default today in `timeZone`), `timeZone` (default UTC),
 *   `prefer` for a year or month the text left out (default `past`), `locale` hint
 *   (first day of the week: Monday without a locale); `null` is read as no options.
 * @returns the matches, `[]` when there are none.
 * @throws {@link TemporalOptionsError} when an option (not the text) is invalid.
 * @example
 * ```ts
 * const matches = findTemporal('وكان الرئيس زار موسكو في 15 تشرين الأول الماضي', { reference: '2026-01-28' });
 * matches[0].text; // '15 تشرين الأول الماضي'
 * matches[0].index; // 25
 * matches[0].value; // { type: 'date', precision: 'day', start: '2025-10-15', end: '2025-10-15', … }
 * ```
 */
export function findTemporal(text: string, options?: TemporalOptions): TemporalMatch[] {
  const context = buildParserContext(options);
  if (typeof text !== 'string' || text.length === 0) return [];
  const normalized = normalizeWithMap(text);
  const matches: TemporalMatch[] = [];
  for (const candidate of findCandidates(normalized.text, context)) {
    const { index, end } = originalSpan(normalized, candidate.index, candidate.end);
    matches.push({ kind: candidate.kind, text: text.slice(index, end), index, end, value: candidate.value });
  }
  return matches;
}
