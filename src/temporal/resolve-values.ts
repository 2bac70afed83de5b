/**
 * Builders of {@link DateValue}s from resolved calendar parts: one place that computes
 * `start`/`end` for every precision, so every parser describes a period the same way.
 *
 * @internal
 * @module
 */
import { addDays, addMonths, addYears, daysBetween, daysInMonth, parseIsoDate, toIsoDate } from '../calendar/index';
import type { CivilDate } from '../calendar/types';
import type { DateFields, DateValue, PeriodModifier, Precision } from './types';

/** Extra fields a parser may attach to a value. */
export type ValueExtras = Partial<Pick<DateValue, 'calendar' | 'hijri' | 'relative' | 'modifier' | 'warnings'>>;

function compact(fields: DateFields): DateFields {
  const out: DateFields = {};
  if (fields.year !== undefined) out.year = fields.year;
  if (fields.month !== undefined) out.month = fields.month;
  if (fields.day !== undefined) out.day = fields.day;
  if (fields.weekday !== undefined) out.weekday = fields.weekday;
  return out;
}

/** A value covering the Gregorian days `from`…`to` (inclusive). */
export function spanValue(precision: Precision, from: CivilDate, to: CivilDate, known: DateFields, implied: DateFields, extras: ValueExtras = {}): DateValue {
  const value: DateValue = {
    type: 'date',
    calendar: extras.calendar ?? 'gregory',
    precision,
    known: compact(known),
    implied: compact(implied),
    start: toIsoDate(from),
    end: toIsoDate(to),
  };
  if (extras.hijri) value.hijri = compact(extras.hijri);
  if (extras.relative) value.relative = extras.relative;
  if (extras.modifier) value.modifier = extras.modifier;
  if (extras.warnings && extras.warnings.length > 0) value.warnings = extras.warnings;
  return value;
}

/** One Gregorian day. */
export function dayValue(date: CivilDate, known: DateFields, implied: DateFields, extras: ValueExtras = {}): DateValue {
  return spanValue('day', date, date, known, implied, extras);
}

/** One Gregorian month. */
export function monthValue(year: number, month: number, known: DateFields, implied: DateFields, extras: ValueExtras = {}): DateValue {
  return spanValue('month', { year, month, day: 1 }, { year, month, day: daysInMonth(year, month) }, known, implied, extras);
}

/** `count` Gregorian months from the first of `month` (a quarter is 3, a half 6). */
export function monthsValue(precision: Precision, year: number, month: number, count: number, known: DateFields, implied: DateFields, extras: ValueExtras = {}): DateValue {
  const first = { year, month, day: 1 };
  const last = addDays(addMonths(first, count), -1);
  return spanValue(precision, first, last, known, implied, extras);
}

/** One Gregorian year. */
export function yearValue(year: number, known: DateFields, implied: DateFields, extras: ValueExtras = {}): DateValue {
  return spanValue('year', { year, month: 1, day: 1 }, { year, month: 12, day: 31 }, known, implied, extras);
}

/** The seven days from `first`. */
export function weekValue(first: CivilDate, known: DateFields, implied: DateFields, extras: ValueExtras = {}): DateValue {
  return spanValue('week', first, addDays(first, 6), known, implied, extras);
}

/** The ten years from `firstYear` (1980 for «الثمانينات»). */
export function decadeValue(firstYear: number, known: DateFields, implied: DateFields, extras: ValueExtras = {}): DateValue {
  return spanValue('decade', { year: firstYear, month: 1, day: 1 }, { year: firstYear + 9, month: 12, day: 31 }, known, implied, extras);
}

const MONTH_COUNTS: Partial<Record<Precision, number>> = { year: 12, half: 6, quarter: 3 };

/**
 * Narrows a period to its start, middle or end (`مطلع`، `منتصف`، `أواخر`).
 *
 * With `thirds` (the default), a month (Gregorian or Hijri) splits at days 10 and 20 (Duckling's
 * «أوائل/أواخر» intervals: 1–10 and 21–end); a year, a half or a quarter into thirds of its months; a decade by
 * years (0–2, 3–6, 7–9); a week into thirds of its days. With `halves` (Recognizers-Text's
 * reading), a start or an end is the first or second half: days 1–15 and 16–end of a month,
 * January–June and July–December of a year, years 0–4 and 5–9 of a decade; a middle stays the
 * middle third. A day is not narrowed.
 */
export function narrowToPart(value: DateValue, modifier: PeriodModifier, parts: 'thirds' | 'halves' = 'thirds'): DateValue {
  const first = value.start === undefined ? null : parseIsoDate(value.start);
  const last = value.end === undefined ? null : parseIsoDate(value.end);
  if (!first || !last || value.precision === 'day') return { ...value, modifier };
  const span = parts === 'halves' && modifier !== 'middle' ? halfOf(value, first, last, modifier) : thirdOf(value, first, last, modifier);
  return { ...value, start: toIsoDate(span[0]), end: toIsoDate(span[1]), modifier };
}

/** The first or last half of a period. */
function halfOf(value: DateValue, first: CivilDate, last: CivilDate, modifier: 'start' | 'end'): [CivilDate, CivilDate] {
  const months = value.calendar === 'gregory' ? MONTH_COUNTS[value.precision] : undefined;
  if (value.precision === 'month') {
    // Counted in days from the first, so a Hijri month splits the same way (1–15, 16–end).
    return modifier === 'start' ? [first, addDays(first, 14)] : [addDays(first, 15), last];
  }
  if (months !== undefined && months % 2 === 0) {
    const middle = addMonths(first, months / 2);
    return modifier === 'start' ? [first, addDays(middle, -1)] : [middle, last];
  }
  if (value.precision === 'decade') {
    return modifier === 'start' ? [first, { year: first.year + 4, month: 12, day: 31 }] : [{ year: first.year + 5, month: 1, day: 1 }, last];
  }
  // A week's first half is its first three days (Monday–Wednesday for an ISO week), as Recognizers reads it.
  const half = Math.floor((daysBetween(first, last) + 1) / 2);
  return modifier === 'start' ? [first, addDays(first, half - 1)] : [addDays(first, half), last];
}

/** The first, middle or last third of a period. */
function thirdOf(value: DateValue, first: CivilDate, last: CivilDate, modifier: PeriodModifier): [CivilDate, CivilDate] {
  if (value.precision === 'month') {
    // Counted in days from the first, so a Hijri month splits the same way: «العشر الأواخر من رمضان» is 21–end.
    if (modifier === 'start') return [first, addDays(first, 9)];
    return modifier === 'middle' ? [addDays(first, 10), addDays(first, 19)] : [addDays(first, 20), last];
  }
  if (value.calendar === 'gregory' && MONTH_COUNTS[value.precision] !== undefined) {
    // A year splits into Jan–Apr, May–Aug, Sep–Dec; a half and a quarter into thirds of their months.
    const third = (MONTH_COUNTS[value.precision] as number) / 3;
    const from = addMonths(first, modifier === 'start' ? 0 : modifier === 'middle' ? third : 2 * third);
    return [from, addDays(addMonths(from, third), -1)];
  }
  if (value.precision === 'decade') {
    // A decade splits by years: 0–2, 3–6, 7–9 («نهاية الثمانينات» is 1987–1989).
    const [firstYears, lastYears] = modifier === 'start' ? [0, 2] : modifier === 'middle' ? [3, 6] : [7, 9];
    return [{ year: first.year + firstYears, month: 1, day: 1 }, { year: first.year + lastYears, month: 12, day: 31 }];
  }
  const length = daysBetween(first, last) + 1;
  const third = Math.floor(length / 3);
  if (modifier === 'start') return [first, addDays(first, third - 1)];
  return modifier === 'middle' ? [addDays(first, third), addDays(first, length - third - 1)] : [addDays(first, length - third), last];
}

/**
 * A date value whose year or week was implied, moved by whole days and years: a range's first end
 * taking its second end's year, a week moved on, a date read in a future clause. What the text wrote
 * stays known; the implied fields follow the move. `null` when the value has no days.
 */
export function shiftDateValue(value: DateValue, days: number, years: number): DateValue | null {
  if (!value.start || !value.end) return null;
  const start = parseIsoDate(value.start);
  const end = parseIsoDate(value.end);
  if (!start || !end) return null;
  const move = (d: CivilDate): CivilDate => addYears(addDays(d, days), years);
  const from = move(start);
  const implied = { ...value.implied };
  if (implied.year !== undefined) implied.year += years;
  if (days !== 0) Object.assign(implied, { year: from.year, month: from.month, day: from.day });
  const extras: ValueExtras = { calendar: value.calendar };
  if (value.relative) extras.relative = { ...value.relative, offset: value.relative.offset + days };
  if (value.modifier) extras.modifier = value.modifier;
  const moved = spanValue(value.precision, from, move(end), value.known, implied, extras);
  return value.partOfDay ? { ...moved, partOfDay: value.partOfDay } : moved;
}
