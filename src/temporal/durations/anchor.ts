/**
 * A duration counted from the reference day (`قبل ثلاثة أشهر`) as a date value.
 *
 * @internal
 * @module
 */
import { addDuration, durationToMonthsAndDays } from '../../calendar/add-duration';
import { daysInMonth, toIsoDate } from '../../calendar/civil-date';
import type { CivilDate } from '../../calendar/types';
import type { DateValue, DurationParts, Precision, RelativeAnchor } from '../types';

/** Units from the smallest to the largest, with their size in the next unit down where that is exact. */
const ANCHOR_UNITS: readonly { key: keyof DurationParts; unit: RelativeAnchor['unit'] }[] = [
  { key: 'seconds', unit: 'second' },
  { key: 'minutes', unit: 'minute' },
  { key: 'hours', unit: 'hour' },
  { key: 'days', unit: 'day' },
  { key: 'weeks', unit: 'week' },
  { key: 'months', unit: 'month' },
  { key: 'years', unit: 'year' },
  { key: 'decades', unit: 'decade' },
  { key: 'centuries', unit: 'century' },
];

/** Seconds in each unit, for expressing a sum in its smallest unit (month = 30 days, year = 12 months). */
const SECONDS: Readonly<Record<keyof DurationParts, number>> = {
  seconds: 1,
  minutes: 60,
  hours: 3600,
  days: 86_400,
  weeks: 604_800,
  months: 2_592_000,
  years: 31_104_000, // 12 × 30 days, so that years and months convert exactly
  decades: 311_040_000,
  centuries: 3_110_400_000,
};

/**
 * The relative anchor of a duration: its smallest unit, and the whole
 * duration counted in that unit (`عام وثلاثة أشهر` → 15 months).
 */
export function relativeAnchor(parts: DurationParts, direction: -1 | 1): RelativeAnchor {
  const smallest = ANCHOR_UNITS.find((u) => parts[u.key] !== undefined) ?? ANCHOR_UNITS[3]!;
  let seconds = 0;
  for (const { key } of ANCHOR_UNITS) seconds += (parts[key] ?? 0) * SECONDS[key];
  const offset = Number((seconds / SECONDS[smallest.key]).toFixed(6));
  return { unit: smallest.unit, offset: direction * offset };
}

/**
 * The day, month or year a duration before or after the reference falls in.
 *
 * Precision follows what the text can pin: days, weeks and clock units give a
 * day; whole months give a month; whole years (decades, centuries) a year.
 * Fractions follow the calendar rule of {@link addDuration} (`عام ونصف` = 18
 * months → a month; `شهر ونصف` = 1 month 15 days → a day). Clock units count
 * whole days only (`قبل ساعتين` is the reference day).
 */
export function anchoredDate(reference: CivilDate, parts: DurationParts, direction: -1 | 1): DateValue | null {
  const clockDays = Math.trunc(((parts.hours ?? 0) * 3600 + (parts.minutes ?? 0) * 60 + (parts.seconds ?? 0)) / 86_400);
  const calendar = {
    years: (parts.years ?? 0) + (parts.decades ?? 0) * 10 + (parts.centuries ?? 0) * 100,
    months: parts.months ?? 0,
    weeks: parts.weeks ?? 0,
    days: (parts.days ?? 0) + clockDays,
  };
  const hasDayUnits = ['days', 'weeks', 'hours', 'minutes', 'seconds'].some((key) => parts[key as keyof DurationParts] !== undefined);
  const split = durationToMonthsAndDays(calendar);
  let target: CivilDate;
  try {
    target = addDuration(reference, calendar, direction);
  } catch {
    return null; // beyond years 1–9999
  }
  const precision: Precision = hasDayUnits || split.days !== 0 ? 'day' : split.months % 12 !== 0 ? 'month' : 'year';
  const relative = relativeAnchor(parts, direction);
  if (precision === 'day') {
    const day = toIsoDate(target);
    return { type: 'date', calendar: 'gregory', precision, known: {}, implied: { ...target }, start: day, end: day, relative };
  }
  if (precision === 'month') {
    const first = { year: target.year, month: target.month, day: 1 };
    const last = { year: target.year, month: target.month, day: daysInMonth(target.year, target.month) };
    return { type: 'date', calendar: 'gregory', precision, known: {}, implied: { year: target.year, month: target.month }, start: toIsoDate(first), end: toIsoDate(last), relative };
  }
  return {
    type: 'date',
    calendar: 'gregory',
    precision,
    known: {},
    implied: { year: target.year },
    start: `${toIsoDate({ year: target.year, month: 1, day: 1 })}`,
    end: `${toIsoDate({ year: target.year, month: 12, day: 31 })}`,
    relative,
  };
}
