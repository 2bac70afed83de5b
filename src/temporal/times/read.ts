/**
 * Reads clock times in normalized text: `الساعة العاشرة صباحا`، `الساعة 10:30 مساء`،
 * `3:04 م`، `الثانية عشرة إلا ربعا`، `العاشرة والنصف`، `مساء 7`، `منتصف الليل`, and
 * time ranges `من 5 إلى 6 مساءً`.
 *
 * A bare number is not a time: it needs `الساعة`, a clock form (`10:30`), a part
 * of the day (`7 مساء`) or, for an ordinal (`السابعة`), a minute word or a word
 * such as `في`/`عند`/`حتى` before it.
 *
 * @internal
 * @module
 */
import type { PartOfDay } from '../../data/times-of-day';
import { parseArabicNumber } from '../../text/numbers';
import { buildRegex } from '../../text/regex';
import { phraseAt, phraseBefore, PROCLITICS } from '../phrase-match';
import { readDurations, type DurationReading } from '../durations/read';
import { adjacent, isNumberToken, tokenize, WordShapes, type Token } from '../tokens';
import { zoneAfter } from './zone';
import type { TimeValue } from '../types';
import {
  CLOCK_WORD,
  HOUR_INTRODUCER_PHRASES,
  HOUR_WORDS,
  MINUTE_UNITS,
  MINUTE_WORDS,
  NAMED_TIMES,
  ECHOES,
  MINUTES_BEFORE_WORDS,
  ORDINAL_HOURS,
  ORDINAL_HOUR_TEEN_HEADS,
  PARTS_OF_DAY_AFTER,
  PARTS_OF_DAY_BEFORE,
  TIME_RANGE_ROLES,
  TEEN_TENS,
  TIME_STARTERS,
} from './lexicon';

const CLOCK = buildRegex('temporal/time-clock', '^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$');
const DIGITS = buildRegex('temporal/time-digits', '^\\d{1,4}$');

/** A time found in the text, offsets in normalized text. */
export interface TimeReading {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  value: TimeValue;
  /** Whether the text marked it as a clock time by itself (not only by a `من`/`في` before it). */
  strong: boolean;
  /** A part of the day was written (so a range can lend it to its other end). */
  hasPartOfDay: boolean;
}

/** A time range `من 5 إلى 6 مساءً`. */
export interface TimeRangeReading {
  start: number;
  end: number;
  from: TimeValue;
  to: TimeValue;
}

type HourKind = 'clock' | 'digits' | 'hhmm' | 'ordinal' | 'cardinal';

interface Hour {
  hour: number;
  minute: number;
  second?: number;
  lastToken: number;
  kind: HourKind;
}

function hourAt(text: string, tokens: readonly Token[], i: number, allowCardinal: boolean, glued: boolean): Hour | null {
  const token = tokens[i];
  if (!token) return null;
  // «والثانية عشرة»: the «و» of a range's second end is glued to its hour word.
  const word = glued ? token.text.slice(1) : token.text;
  const clock = CLOCK.exec(word);
  if (clock) {
    const hour = Number(clock[1]);
    const minute = Number(clock[2]);
    const second = clock[3] === undefined ? undefined : Number(clock[3]);
    if (hour > 24 || minute > 59 || (second ?? 0) > 59 || (hour === 24 && (minute > 0 || (second ?? 0) > 0))) return null;
    return second === undefined ? { hour: hour % 24, minute, lastToken: i, kind: 'clock' } : { hour: hour % 24, minute, second, lastToken: i, kind: 'clock' };
  }
  if (DIGITS.test(word)) {
    const n = Number(word);
    if (word.length <= 2) return n <= 24 ? { hour: n % 24, minute: 0, lastToken: i, kind: 'digits' } : null;
    const hour = Math.floor(n / 100);
    const minute = n % 100;
    return hour <= 23 && minute <= 59 ? { hour, minute, lastToken: i, kind: 'hhmm' } : null;
  }
  const next = tokens[i + 1];
  const teenHead = ORDINAL_HOUR_TEEN_HEADS.get(word);
  if (teenHead !== undefined && next && TEEN_TENS.has(next.text) && adjacent(text, token.end, next.start)) {
    return { hour: teenHead, minute: 0, lastToken: i + 1, kind: 'ordinal' };
  }
  const ordinal = ORDINAL_HOURS.get(word) ?? HOUR_WORDS.get(word);
  if (ordinal !== undefined) return { hour: ordinal, minute: 0, lastToken: i, kind: 'ordinal' };
  if (glued || !allowCardinal || !isNumberToken(token.text)) return null;
  if (next && adjacent(text, token.end, next.start)) {
    const two = parseArabicNumber(`${token.text} ${next.text}`);
    if (two !== null && Number.isInteger(two) && two >= 1 && two <= 12 && !next.text.startsWith('و')) return { hour: two, minute: 0, lastToken: i + 1, kind: 'cardinal' };
  }
  const one = parseArabicNumber(token.text);
  return one !== null && Number.isInteger(one) && one >= 0 && one <= 24 ? { hour: one % 24, minute: 0, lastToken: i, kind: 'cardinal' } : null;
}

/** Index of the token that ends at `end`, searching forward from `from`. */
function tokenEndingAt(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < tokens.length && tokens[k]!.start < end; k++) if (tokens[k]!.end === end) return k;
  return -1;
}

/** A number of minutes (1–59) written in tokens `from`…, the longest that parses, and an optional `دقيقة` after it. */
function minuteNumberAt(text: string, tokens: readonly Token[], from: number, firstOffset: number, bareMinutes: boolean): { minutes: number; lastToken: number } | null {
  let best: { minutes: number; lastToken: number } | null = null;
  for (let k = from; k < from + 4 && k < tokens.length; k++) {
    if (k > from && !adjacent(text, tokens[k - 1]!.end, tokens[k]!.start)) break;
    if (!isNumberToken(tokens[k]!.text) && tokens[k]!.text !== 'و') break;
    const value = parseArabicNumber(text.slice(firstOffset, tokens[k]!.end));
    if (value !== null && Number.isInteger(value) && value >= 1 && value <= 59) best = { minutes: value, lastToken: k };
  }
  if (!best) return null;
  const unit = tokens[best.lastToken + 1];
  if (unit && MINUTE_UNITS.has(unit.text) && adjacent(text, tokens[best.lastToken]!.end, unit.start)) return { minutes: best.minutes, lastToken: best.lastToken + 1 };
  // Without «دقيقة», a small number after «و» is more likely the other end of «بين 5 و 6».
  return bareMinutes && best.minutes >= 10 ? best : null;
}

/** Minutes after an hour: `والنصف`، `إلا ربعا`، `و 30 دقيقة`، `وخمسة وثلاثين`. */
function minutesAfter(text: string, tokens: readonly Token[], k: number, bareMinutes: boolean): { minutes: number; lastToken: number; words: boolean } | null {
  const last = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || !adjacent(text, last.end, next.start)) return null;
  const word = phraseAt(text, next.start, MINUTE_WORDS);
  if (word) {
    const end = tokenEndingAt(tokens, k + 1, word.end);
    if (end !== -1) return { minutes: word.meaning, lastToken: end, words: true };
  }
  if (next.text === 'و' || next.text === 'الا') {
    const after = tokens[k + 2];
    if (!after || !adjacent(text, next.end, after.start)) return null;
    const number = minuteNumberAt(text, tokens, k + 2, after.start, bareMinutes);
    return number ? { minutes: next.text === 'و' ? number.minutes : -number.minutes, lastToken: number.lastToken, words: false } : null;
  }
  if (next.text.length > 1 && next.text[0] === 'و') {
    const number = minuteNumberAt(text, tokens, k + 1, next.start + 1, bareMinutes);
    return number ? { minutes: number.minutes, lastToken: number.lastToken, words: false } : null;
  }
  return null;
}

/** The 24-hour clock hour of `hour` (as written, 0–23) in a part of the day. */
export function hourInPartOfDay(hour: number, partOfDay: PartOfDay | undefined): number {
  if (partOfDay === undefined || hour > 12) return hour;
  switch (partOfDay) {
    case 'dawn':
    case 'morning':
      return hour === 12 ? 0 : hour;
    case 'noon':
      return hour === 12 || hour === 11 ? hour : hour + 12;
    case 'afternoon':
    case 'evening':
      return hour === 12 ? 12 : hour + 12;
    case 'night':
      return hour === 12 ? 0 : hour <= 4 ? hour : hour + 12;
  }
}

function timeValue(hour: number, minute: number, second: number | undefined, partOfDay: PartOfDay | undefined, timeZone?: string): TimeValue {
  // Minutes before the hour («إلا ربعا») count back from it, before the part of the day applies.
  let total = hour * 60 + minute;
  total = ((total % 1440) + 1440) % 1440;
  const h = hourInPartOfDay(Math.floor(total / 60), partOfDay);
  const value: TimeValue = { type: 'time', hour: h, minute: total % 60 };
  if (second !== undefined) value.second = second;
  if (partOfDay !== undefined) value.partOfDay = partOfDay;
  if (timeZone !== undefined) value.timeZone = timeZone;
  return value;
}

/** How a time is read: the ends of a range read more loosely. */
interface TimeReadOptions {
  /** Accept a bare hour (the first end of a range: `من 5`). */
  loose: boolean;
  /** The token starts with the «و» that joins it to a range's first end (`والثانية عشرة`). */
  glued?: boolean;
  /** A number of 10 or more after «و» without «دقيقة» is minutes (`الساعة 10 و30`); not in «بين 10 و12». */
  bareMinutes?: boolean;
}

/** The time that starts at token `i`, or `null`. */
function timeAt(text: string, tokens: readonly Token[], i: number, { loose, glued = false, bareMinutes = true }: TimeReadOptions): TimeReading | null {
  const token = tokens[i];
  if (!token) return null;
  let start = glued ? token.start + 1 : token.start;
  const named = phraseAt(text, start, NAMED_TIMES);
  if (named) {
    const last = tokenEndingAt(tokens, i, named.end);
    if (last === -1) return null;
    const { hour, minute, partOfDay } = named.meaning;
    return { start, end: named.end, firstToken: i, lastToken: last, value: { type: 'time', hour, minute, partOfDay }, strong: true, hasPartOfDay: true };
  }
  let hourIndex = i;
  let clockWord = false;
  if ((glued ? token.text.slice(1) : token.text) === CLOCK_WORD) {
    const next = tokens[i + 1];
    if (!next || !adjacent(text, token.end, next.start)) return null;
    clockWord = true;
    hourIndex = i + 1;
  } else if (token.text === 'T' && tokens[i + 1]?.start === token.end) {
    hourIndex = i + 1; // ISO «T12:34:20»
  }
  const hour = hourAt(text, tokens, hourIndex, clockWord, glued && hourIndex === i);
  if (!hour) return null;
  if (hourIndex === i + 1 && !clockWord && hour.kind !== 'clock') return null;
  let lastToken = hour.lastToken;
  let minute = hour.minute;
  let minuteWords = false;
  if (hour.kind !== 'clock' && hour.kind !== 'hhmm') {
    const minutes = minutesAfter(text, tokens, lastToken, bareMinutes);
    if (minutes) {
      minute += minutes.minutes;
      lastToken = minutes.lastToken;
      minuteWords = true;
    }
  }
  // A part of the day after it; one-letter «م»/«ص» only after a clock form or «الساعة N».
  let partOfDay: PartOfDay | undefined;
  let end = tokens[lastToken]!.end;
  const after = text.charCodeAt(end) === 32 ? phraseAt(text, end + 1, PARTS_OF_DAY_AFTER) : null;
  if (after && (!after.meaning.abbreviation || hour.kind === 'clock' || clockWord)) {
    partOfDay = after.meaning.partOfDay;
    end = after.end;
    const echo = text.charCodeAt(end) === 32 ? phraseAt(text, end + 1, ECHOES) : null;
    if (echo) end = echo.end;
    lastToken = tokenEndingAt(tokens, lastToken, end);
    // «التاسعة مساءً و ثلاثة أرباع»: minutes may follow the part of the day.
    if (!minuteWords && hour.kind !== 'clock' && hour.kind !== 'hhmm') {
      const minutes = minutesAfter(text, tokens, lastToken, bareMinutes);
      if (minutes) {
        minute += minutes.minutes;
        lastToken = minutes.lastToken;
        end = tokens[lastToken]!.end;
        minuteWords = true;
      }
    }
  }
  // Its zone: «بتوقيت مكة المكرمة»، «بالتوقيت المحلي»، «GMT».
  const zone = zoneAfter(text, end);
  const zoneLast = zone ? tokenEndingAt(tokens, lastToken, zone.end) : -1;
  if (zone && zoneLast !== -1) {
    end = zone.end;
    lastToken = zoneLast;
  }
  const zoned = zoneLast !== -1;
  // A part of the day before it: «مساء 7»، «بعد الظهر الساعة 7»، «في الليل الخامسة والنصف».
  const before = phraseBefore(text, start, PARTS_OF_DAY_BEFORE);
  if (before) {
    start = before.start;
    partOfDay ??= before.meaning.partOfDay;
  }
  const marked = partOfDay !== undefined;
  let strong: boolean;
  switch (hour.kind) {
    case 'clock':
      strong = true;
      break;
    case 'hhmm':
      strong = (marked && !after?.meaning.abbreviation) || zoned;
      break;
    case 'digits':
    case 'cardinal':
      strong = clockWord || marked || zoned;
      break;
    case 'ordinal':
      strong = clockWord || marked || zoned || minuteWords || phraseBefore(text, start, HOUR_INTRODUCER_PHRASES) !== null;
      break;
  }
  if (!strong && !loose) return null;
  if (hour.kind === 'hhmm' && !strong) return null;
  return {
    start,
    end,
    firstToken: i,
    lastToken,
    value: timeValue(hour.hour, minute, hour.second, partOfDay, zoned ? zone?.zone : undefined),
    strong,
    hasPartOfDay: marked,
  };
}

const endings = new WeakMap<readonly DurationReading[], Map<number, DurationReading>>();

/** The duration that ends at `end` in normalized `text`, if any (one map per text). */
function durationEndingAt(text: string, end: number): DurationReading | undefined {
  const readings = readDurations(text);
  let byEnd = endings.get(readings);
  if (!byEnd) {
    byEnd = new Map(readings.map((d) => [d.end, d]));
    endings.set(readings, byEnd);
  }
  return byEnd.get(end);
}

/** The minutes written before token `i` and a «قبل»/«حتى» (`ثلاث دقائق قبل`), or `null`. */
function minutesWrittenBefore(text: string, tokens: readonly Token[], i: number): { start: number; count: number } | null {
  const word = tokens[i - 1];
  const token = tokens[i];
  if (!word || !token || !MINUTES_BEFORE_WORDS.has(word.text) || !adjacent(text, word.end, token.start)) return null;
  const minutes = durationEndingAt(text, word.start - 1);
  if (!minutes || minutes.qualifier !== null || !minutes.units.every((u) => u === 'minute')) return null;
  const count = minutes?.parts.minutes;
  if (!minutes || count === undefined || count >= 60 || !Number.isInteger(count)) return null;
  return { start: minutes.start, count };
}

/** «ثلاث دقائق قبل الثامنة»: the time counted back by the minutes written before it. */
function minutesBefore(text: string, tokens: readonly Token[], reading: TimeReading): TimeReading {
  if (reading.start !== tokens[reading.firstToken]!.start) return reading;
  const minutes = minutesWrittenBefore(text, tokens, reading.firstToken);
  if (!minutes) return reading;
  const count = minutes.count;
  const { hour, minute, second, partOfDay } = reading.value;
  const total = (((hour * 60 + minute - count) % 1440) + 1440) % 1440;
  const value: TimeValue = { type: 'time', hour: Math.floor(total / 60), minute: total % 60 };
  if (second !== undefined) value.second = second;
  if (partOfDay !== undefined) value.partOfDay = partOfDay;
  if (reading.value.timeZone !== undefined) value.timeZone = reading.value.timeZone;
  return { ...reading, start: minutes.start, value };
}

const TIME_STARTER_SHAPES = new WordShapes(TIME_STARTERS);

/** Whether token `token` is a number or a word a time can begin with. */
function mayStartTime(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start);
  return (code >= 48 && code <= 57) || (TIME_STARTER_SHAPES.mayBe(text, token.start, token.end) && TIME_STARTERS.has(token.text));
}

/** Last units of the words that open a range («من», «بين»), bare or after a proclitic: other tokens are skipped unread. */
const RANGE_OPENER_ENDS = new Set([...TIME_RANGE_ROLES].filter(([, role]) => role === 'from' || role === 'between').map(([word]) => word.charCodeAt(word.length - 1)));

/** Every clock time in normalized `text`, in text order, not overlapping. */
export function readTimes(text: string): TimeReading[] {
  const tokens = tokenize(text);
  const readings: TimeReading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartTime(text, tokens[i]!)) continue;
    // An hour after «ثلاث دقائق قبل» is a clock time even without «الساعة».
    const reading = timeAt(text, tokens, i, { loose: false }) ?? (minutesWrittenBefore(text, tokens, i) ? timeAt(text, tokens, i, { loose: true }) : null);
    if (!reading) continue;
    readings.push(minutesBefore(text, tokens, reading));
    i = reading.lastToken;
  }
  return readings;
}

function minutesOfDay(time: TimeValue): number {
  return time.hour * 60 + time.minute;
}

/** Every time range (`من 5 إلى 6 مساءً`، `بين الساعة 5 و 6 مساءً`) in normalized `text`. */
export function readTimeRanges(text: string): TimeRangeReading[] {
  const tokens = tokenize(text);
  const ranges: TimeRangeReading[] = [];
  for (let i = 0; i < tokens.length - 3; i++) {
    const token = tokens[i]!;
    if (token.end - token.start > 4 || !RANGE_OPENER_ENDS.has(text.charCodeAt(token.end - 1))) continue; // «من», «بين», «ومن»
    let word = token.text;
    let start = token.start;
    if (!TIME_RANGE_ROLES.has(word) && PROCLITICS.has(word[0] ?? '') && TIME_RANGE_ROLES.has(word.slice(1))) {
      word = word.slice(1);
      start += 1;
    }
    const role = TIME_RANGE_ROLES.get(word);
    if (role !== 'from' && role !== 'between') continue;
    if (!mayStartTime(text, tokens[i + 1]!)) continue;
    const first = timeAt(text, tokens, i + 1, { loose: true, bareMinutes: role !== 'between' });
    if (!first || first.start !== tokens[i + 1]!.start) continue;
    const joinIndex = first.lastToken + 1;
    const join = tokens[joinIndex];
    if (!join || !adjacent(text, first.end, join.start)) continue;
    const joinRole = TIME_RANGE_ROLES.get(join.text);
    const secondStart = joinRole === 'and' || joinRole === 'to' ? joinIndex + 1 : join.text.length > 1 && join.text[0] === 'و' ? joinIndex : -1;
    if (secondStart === -1 || (role === 'between' && join.text[0] !== 'و') || (role === 'from' && joinRole !== 'to')) continue;
    const secondToken = tokens[secondStart];
    if (!secondToken) continue;
    // «والثانية عشرة»: the و is glued to the second hour.
    const second = timeAt(text, tokens, secondStart, { loose: true, glued: secondStart === joinIndex });
    if (!second || !(first.strong || second.strong)) continue;
    // «من 5 إلى 6 مساءً بتوقيت بيروت»: the second end lends its part of the day and its zone to the first,
    // unless that puts the first after it («بين العاشرة والثانية عشرة ظهرا» is 10:00, not 22:00).
    const borrowed = first.hasPartOfDay || !second.value.partOfDay ? null : timeValue(first.value.hour, first.value.minute, first.value.second, second.value.partOfDay);
    const lent = borrowed && minutesOfDay(borrowed) <= minutesOfDay(second.value) ? borrowed : first.value;
    const zone = lent.timeZone ?? second.value.timeZone;
    const from = zone === undefined ? lent : { ...lent, timeZone: zone };
    ranges.push({ start, end: second.end, from, to: second.value });
    i = second.lastToken;
  }
  return ranges;
}
