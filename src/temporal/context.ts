/**
 * Turns the user's {@link TemporalOptions} into the {@link ParserContext} every parser reads.
 *
 * @internal
 * @module
 */
import type { CivilDate } from '../calendar/types';
import { buildRegex } from '../text/regex';
import { TemporalOptionsError } from './errors';
import type { ParserContext } from './parser';
import type { TemporalOptions } from './types';

/**
 * First day of the week (ISO: 1 = Monday) when the caller gives no locale.
 * Monday is ISO 8601's week and the one Duckling and Recognizers use for «هذا الأسبوع»;
 * a locale hint (`ar-EG` → Saturday, `ar-SA` → Sunday) overrides it.
 */
export const DEFAULT_WEEK_START = 1;

const PREFERENCES = new Set(['past', 'future', 'nearest']);
const ISO_DAY = buildRegex('temporal/reference-day', '^(\\d{4})-(\\d{2})-(\\d{2})$');

function isValidCivil(date: CivilDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const probe = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return probe.getUTCFullYear() === date.year && probe.getUTCMonth() === date.month - 1 && probe.getUTCDate() === date.day;
}

/** Reads a `Date` as a calendar day in an IANA time zone. */
function civilDateIn(date: Date, timeZone: string): CivilDate {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', calendar: 'gregory', numberingSystem: 'latn' }).formatToParts(date);
  } catch {
    throw new TemporalOptionsError('timeZone', `timeZone "${timeZone}" is not an IANA time zone (e.g. "UTC", "Asia/Damascus")`);
  }
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

function resolveReference(reference: TemporalOptions['reference'], timeZone: string): CivilDate {
  if (reference === undefined) return civilDateIn(new Date(), timeZone);
  if (reference instanceof Date) {
    if (Number.isNaN(reference.getTime())) throw new TemporalOptionsError('reference', 'reference is an invalid Date; give a valid Date or a "YYYY-MM-DD" day');
    return civilDateIn(reference, timeZone);
  }
  if (typeof reference === 'string') {
    const match = ISO_DAY.exec(reference);
    if (match) {
      const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
      if (isValidCivil(date)) return date;
    }
  }
  throw new TemporalOptionsError('reference', `reference ${JSON.stringify(String(reference))} is not a valid Date or "YYYY-MM-DD" day (month 01–12, day within the month)`);
}

/** CLDR first day of the week by region, for the regions that write Arabic; ISO numbering. */
function weekStartOf(locale: string | undefined): number {
  if (!locale) return DEFAULT_WEEK_START;
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const info = typeof loc.getWeekInfo === 'function' ? loc.getWeekInfo() : loc.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
  } catch {
    // An unknown locale tag is only a hint: fall back to the default.
  }
  return DEFAULT_WEEK_START;
}

/**
 * Builds the parser context from the user's options.
 *
 * @param options - the user's options.
 * @returns the reference day (in `timeZone`, default UTC), `prefer` (default `past`), the locale and the week start.
 * @throws {@link TemporalOptionsError} when `reference`, `timeZone` or `prefer` is invalid.
 */
export function buildParserContext(options: TemporalOptions = {}): ParserContext {
  const timeZone = options.timeZone ?? 'UTC';
  const prefer = options.prefer ?? 'past';
  if (!PREFERENCES.has(prefer)) {
    throw new TemporalOptionsError('prefer', `prefer ${JSON.stringify(prefer)} is not one of "past", "future", "nearest"`);
  }
  return {
    reference: resolveReference(options.reference, timeZone),
    prefer,
    locale: options.locale,
    weekStart: weekStartOf(options.locale),
  };
}
