/**
 * Turns the user's {@link TemporalOptions} into the {@link ParserContext} every parser reads.
 *
 * @internal
 * @module
 */
import { firstDayOfWeek, toCivilDate } from '../calendar/index';
import { TemporalOptionsError } from './errors';
import type { ParserContext } from './parser';
import type { TemporalOptions } from './types';

/**
 * First day of the week (ISO: 1 = Monday) when the caller gives no locale.
 * Monday is ISO 8601's week and the one Duckling and Recognizers use for «هذا الأسبوع»;
 * a locale hint (`ar-EG`/`ar-SY` → Saturday, `ar-SA` → Sunday) overrides it.
 */
const DEFAULT_WEEK_START = 1;

const PREFERENCES = new Set(['past', 'future', 'nearest']);
const PERIOD_PARTS = new Set(['thirds', 'halves']);

function weekStartOf(locale: string | undefined): number {
  if (!locale) return DEFAULT_WEEK_START;
  try {
    return firstDayOfWeek(locale);
  } catch {
    // An unknown locale tag is only a hint: fall back to the default.
    return DEFAULT_WEEK_START;
  }
}

/**
 * Builds the parser context from the user's options.
 *
 * @param given - the user's options (`null` or `undefined`: none).
 * @returns the reference day (in `timeZone`, default UTC), `prefer` (default `past`), the locale, the week start and how periods split into parts.
 * @throws {@link TemporalOptionsError} when `reference`, `timeZone`, `prefer` or `periodParts` is invalid.
 */
export function buildParserContext(given: TemporalOptions | null = {}): ParserContext {
  // A JavaScript caller's `null` means no options, as `undefined` does.
  const options = given ?? {};
  const prefer = options.prefer ?? 'past';
  if (!PREFERENCES.has(prefer)) {
    throw new TemporalOptionsError('prefer', `prefer ${JSON.stringify(prefer)} is not one of "past", "future", "nearest"`);
  }
  const periodParts = options.periodParts ?? 'thirds';
  if (!PERIOD_PARTS.has(periodParts)) {
    throw new TemporalOptionsError('periodParts', `periodParts ${JSON.stringify(periodParts)} is not one of "thirds", "halves"`);
  }
  let reference;
  try {
    reference = toCivilDate(options.reference ?? new Date(), options.timeZone ?? 'UTC');
  } catch (error) {
    const option = options.timeZone !== undefined && String(error).includes('time zone') ? 'timeZone' : 'reference';
    throw new TemporalOptionsError(option, error instanceof Error ? error.message : String(error));
  }
  return { reference, prefer, locale: options.locale, weekStart: weekStartOf(options.locale), periodParts, followsTense: options.prefer === undefined };
}
