/**
 * Reads the time zone written after a clock time: `بتوقيت مكة المكرمة` (Asia/Riyadh),
 * `(بتوقيت القدس)`, `بتوقيت غرينتش +3` (Etc/GMT-3), `GMT`, and `بالتوقيت المحلي` (read, no zone).
 * A zone phrase with no time before it is never read: only the time reader asks.
 *
 * @internal
 * @module
 */
import { TIME_ZONE_LEADS, TIME_ZONE_PLACES } from '../../data/time-zones';
import { buildRegex } from '../../text/regex';
import { phrases } from '../durations/lexicon';
import { phraseAt } from '../phrase-match';

const LEADS = phrases(TIME_ZONE_LEADS, (e) => e.then);
/** Place phrases (all of them, or only those that may stand without «بتوقيت») → zone. */
const placePhrases = (bareOnly: boolean) =>
  phrases(
    TIME_ZONE_PLACES.filter((e) => !bareOnly || e.bare).flatMap((e) => e.spellings.map((spelling) => ({ spelling, zone: e.zone }))),
    (e) => e.zone,
  );
const PLACES = placePhrases(false);
const BARE_PLACES = placePhrases(true);
/** An offset from Greenwich in whole hours: `+3`, ` −2`, `+03:00`. */
const UTC_OFFSET = buildRegex('temporal/utc-offset', ' ?([+\\-\u2212])(\\d{1,2})(?::00)?(?![\\d:])', 'y');

/** A zone phrase: where it ends, and the IANA zone (`undefined` for the local time). */
export interface ZoneReading {
  end: number;
  zone: string | undefined;
}

/** UTC, or the `Etc/GMT∓N` zone of an offset written after it (IANA's `Etc` signs are inverted). */
function withOffset(text: string, end: number, zone: string): ZoneReading {
  if (zone !== 'UTC') return { end, zone };
  UTC_OFFSET.lastIndex = end;
  const offset = UTC_OFFSET.exec(text);
  if (!offset) return { end, zone };
  const hours = Number(offset[2]);
  const east = offset[1] === '+';
  if (hours > (east ? 14 : 12)) return { end, zone };
  return { end: end + offset[0].length, zone: hours === 0 ? 'UTC' : `Etc/GMT${east ? '-' : '+'}${hours}` };
}

/** The zone phrase starting exactly at `at`. */
function zoneAt(text: string, at: number): ZoneReading | null {
  const lead = phraseAt(text, at, LEADS);
  if (lead) {
    if (lead.meaning === 'local') return { end: lead.end, zone: undefined };
    if (lead.meaning === 'utc') return withOffset(text, lead.end, 'UTC');
    const place = text.charCodeAt(lead.end) === 32 ? phraseAt(text, lead.end + 1, PLACES) : null;
    return place ? withOffset(text, place.end, place.meaning) : null;
  }
  const bare = phraseAt(text, at, BARE_PLACES);
  return bare ? withOffset(text, bare.end, bare.meaning) : null;
}

/** The zone phrase after a time ending at `end` in normalized text: one space, then the phrase or the phrase in brackets. */
export function zoneAfter(text: string, end: number): ZoneReading | null {
  if (text.charCodeAt(end) !== 32) return null;
  if (text.charCodeAt(end + 1) !== 40) return zoneAt(text, end + 1);
  const inside = zoneAt(text, end + 2);
  return inside && text.charCodeAt(inside.end) === 41 ? { end: inside.end + 1, zone: inside.zone } : null;
}
