import { normalizeArabic } from '../text/normalize';
import { buildRegex } from '../text/regex';
import { durationValue } from './durations/iso';
import { readWholeDuration } from './durations/read';
import type { DurationValue, TemporalOptions } from './types';

/** Punctuation and spaces allowed around the duration. */
const TRIM = buildRegex('temporal/parse-duration-trim', '^[\\s.,;:!?()\\[\\]"\'«»،؛؟\\-–—]{0,20}([^]*?)[\\s.,;:!?()\\[\\]"\'«»،؛؟\\-–—]{0,20}$');

/** The longest string `parseDuration` reads: a duration written in more than this is not one expression. */
const MAX_LENGTH = 300;

/**
 * Reads the duration that the WHOLE string expresses, qualifier included.
 *
 * Reads every unit from the second to the century in the singular (`شهر` = 1),
 * the dual (`يومين`، `عامان`) and the plural with digits of both systems or
 * number words (`ثلاثة أشهر`، `١٠ أيام`، `خمسة عشر يومًا`); fractions (`ساعة ونصف`،
 * `نصف سنة`، `ثلاثة أشهر ونصف`); sums joined by و (`عام وثلاثة أشهر`); and the
 * qualifiers `أقل من`، `أكثر من`، `نحو`، `فقط`، `على الأقل`، `على الأكثر`، `خلال`… A
 * leading `لمدة`/`مدة` and surrounding punctuation are allowed. Never throws on a string.
 *
 * @param text - the string to read, e.g. `ثلاثة أشهر ونصف` or `أقل من 4 أشهر`.
 * @param options - accepted for symmetry with `parseDate`; a duration does not depend on the reference.
 * @returns the duration (`iso`, `parts`, `qualifier`), or `null` when the string is not one duration.
 * @example
 * ```ts
 * parseDuration('ثلاثة أشهر ونصف'); // { type: 'duration', iso: 'P3.5M', parts: { months: 3.5 }, qualifier: null }
 * parseDuration('أقل من 4 أشهر'); // { type: 'duration', iso: 'P4M', parts: { months: 4 }, qualifier: 'less-than' }
 * parseDuration('يومين فقط'); // { type: 'duration', iso: 'P2D', parts: { days: 2 }, qualifier: 'only' }
 * parseDuration('عام وثلاثة أشهر'); // { …, iso: 'P1Y3M', parts: { years: 1, months: 3 } }
 * parseDuration('زار موسكو'); // null
 * ```
 */
export function parseDuration(text: string, options?: TemporalOptions): DurationValue | null {
  void options;
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_LENGTH * 4) return null;
  const normalized = normalizeArabic(text);
  if (normalized.length > MAX_LENGTH) return null;
  const core = TRIM.exec(normalized)?.[1] ?? normalized;
  if (core.length === 0) return null;
  const reading = readWholeDuration(core);
  return reading ? durationValue(reading.parts, reading.qualifier) : null;
}
