/**
 * Reference dates: a `Date` read in an IANA time zone, or an ISO string.
 *
 * @module
 */
import { buildRegex } from '../text/regex';
import { isValidCivilDate, parseIsoDate } from './civil-date';
import { CalendarRangeError } from './errors';
import type { CivilDate } from './types';

/** `YYYY-MM-DD`, optionally followed by a time and a zone designator. */
const ISO_DATE_TIME = buildRegex(
  'calendar/iso-date-time',
  '^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,](\\d{1,9}))?(Z|([+-]\\d{2}):?(\\d{2})?)?)?$',
  'i',
);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        era: 'short',
      });
    } catch {
      throw new CalendarRangeError('time zone', timeZone, 'the IANA time zone names, e.g. "Asia/Damascus" or "UTC"');
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function readInZone(instant: Date, timeZone: string, original: unknown): CivilDate {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new CalendarRangeError('reference date', original, 'a valid Date or ISO 8601 date string');
  const parts = formatterFor(timeZone).formatToParts(instant);
  const value = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === 'era')?.value;
  const date = { year: value('year'), month: value('month'), day: value('day') };
  if (era !== 'AD' || !isValidCivilDate(date)) {
    throw new CalendarRangeError('reference date', original, '0001-01-01 … 9999-12-31');
  }
  return date;
}

/**
 * Turns a reference into a civil date. A `Date` is an instant: it is read on
 * the wall calendar of `timeZone` (so 2026-01-27T22:30Z is the 28th in
 * Damascus). A string `YYYY-MM-DD` is taken as is; a date-time string with a
 * zone designator (`Z`, `+03:00`) is an instant read in `timeZone`; a
 * date-time string without one is a local time and keeps its own date.
 *
 * @param reference - a `Date`, or an ISO 8601 date or date-time string.
 * @param timeZone - an IANA time zone name; default `UTC`.
 * @returns the civil date.
 * @throws CalendarRangeError when the reference is an invalid `Date`, not an ISO string of a real day, or the time zone is unknown.
 * @example
 * ```ts
 * // «اليوم» for a Damascus newsroom just before midnight UTC
 * toCivilDate(new Date('2026-01-27T22:30:00Z'), 'Asia/Damascus'); // { year: 2026, month: 1, day: 28 }
 * toCivilDate('2026-01-28'); // { year: 2026, month: 1, day: 28 }
 * ```
 */
export function toCivilDate(reference: Date | string, timeZone: string = 'UTC'): CivilDate {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) {
    throw new CalendarRangeError('time zone', timeZone, 'the IANA time zone names, e.g. "Asia/Damascus" or "UTC"');
  }
  formatterFor(timeZone); // an unknown zone is an error even when the reference is a plain date
  if (reference instanceof Date) return readInZone(reference, timeZone, reference);
  if (typeof reference === 'string' && reference.length <= 40) {
    const text = reference.trim();
    const match = ISO_DATE_TIME.exec(text);
    const datePart = match?.[1];
    const date = datePart === undefined ? null : parseIsoDate(datePart);
    if (match && date) {
      const [, , time, fraction, zone, offsetHours, offsetMinutes] = match;
      if (time === undefined || zone === undefined) return date;
      const millis = (fraction ?? '').padEnd(3, '0').slice(0, 3);
      const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${offsetHours}:${offsetMinutes ?? '00'}`;
      const seconds = time.length === 5 ? `${time}:00` : time;
      return readInZone(new Date(`${datePart}T${seconds}.${millis}${offset}`), timeZone, reference);
    }
  }
  throw new CalendarRangeError('reference date', reference, 'a valid Date or ISO 8601 date string such as "2026-01-28"');
}
