/**
 * ISO 8601 durations from {@link DurationParts}.
 *
 * @internal
 * @module
 */
import type { DurationParts, DurationQualifier, DurationValue } from '../types';

/** A number as ISO 8601 writes it: no exponent, at most 6 decimals, no trailing zeros (`3.5`, `0.333333`). */
function isoNumber(value: number): string {
  // Most amounts are whole: String gives what the rounding would, without formatting six decimals.
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** A fraction written with at most three decimals (0.5, 0.25, 0.125). */
function isShortDecimal(value: number): boolean {
  return Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6;
}

function isWhole(value: number): boolean {
  return Math.abs(value - Math.round(value)) < 1e-6;
}

/**
 * The ISO 8601 duration of `parts`. Decades and centuries are written as years
 * (ISO has no such designators); weeks are written `W` only when they stand
 * alone (`P2W`) and as days otherwise (`P1M14D`), as ISO 8601 asks.
 * `M` before `T` is months, after `T` minutes.
 */
function isoDuration(parts: DurationParts): string {
  const years = (parts.years ?? 0) + (parts.decades ?? 0) * 10 + (parts.centuries ?? 0) * 100;
  const onlyWeeks =
    parts.weeks !== undefined && Object.entries(parts).every(([key, value]) => key === 'weeks' || value === undefined || value === 0);
  if (onlyWeeks) return `P${isoNumber(parts.weeks!)}W`;
  const days = (parts.days ?? 0) + (parts.weeks ?? 0) * 7;
  let date = '';
  if (years) date += `${isoNumber(years)}Y`;
  if (parts.months) date += `${isoNumber(parts.months)}M`;
  if (days) date += `${isoNumber(days)}D`;
  // «ساعة وثلث» is PT1H20M rather than PT1.333333H: a fraction of an hour or a minute that
  // makes whole minutes or seconds moves down a unit (ISO allows a fraction only on the last one).
  let hours = parts.hours ?? 0;
  let minutes = parts.minutes ?? 0;
  let seconds = parts.seconds ?? 0;
  const hourFraction = hours - Math.floor(hours);
  if (hourFraction > 0 && !isShortDecimal(hourFraction) && isWhole(hourFraction * 60)) {
    minutes += Math.round(hourFraction * 60);
    hours = Math.floor(hours);
  }
  const minuteFraction = minutes - Math.floor(minutes);
  if (minuteFraction > 0 && !isShortDecimal(minuteFraction) && isWhole(minuteFraction * 60)) {
    seconds += Math.round(minuteFraction * 60);
    minutes = Math.floor(minutes);
  }
  let time = '';
  if (hours) time += `${isoNumber(hours)}H`;
  if (minutes) time += `${isoNumber(minutes)}M`;
  if (seconds) time += `${isoNumber(seconds)}S`;
  if (date === '' && time === '') return 'PT0S';
  return `P${date}${time ? `T${time}` : ''}`;
}

/** The duration value of `parts` with its qualifier. */
export function durationValue(parts: DurationParts, qualifier: DurationQualifier | null): DurationValue {
  return { type: 'duration', iso: isoDuration(parts), parts: { ...parts }, qualifier };
}
