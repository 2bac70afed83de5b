/**
 * ISO 8601 durations from {@link DurationParts}.
 *
 * @internal
 * @module
 */
import type { DurationParts, DurationQualifier, DurationValue } from '../types';

/** A number as ISO 8601 writes it: no exponent, at most 6 decimals, no trailing zeros (`3.5`, `0.333333`). */
function isoNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}

/**
 * The ISO 8601 duration of `parts`. Decades and centuries are written as years
 * (ISO has no such designators); weeks are written `W` only when they stand
 * alone (`P2W`) and as days otherwise (`P1M14D`), as ISO 8601 asks.
 * `M` before `T` is months, after `T` minutes.
 */
export function isoDuration(parts: DurationParts): string {
  const years = (parts.years ?? 0) + (parts.decades ?? 0) * 10 + (parts.centuries ?? 0) * 100;
  const onlyWeeks =
    parts.weeks !== undefined && Object.entries(parts).every(([key, value]) => key === 'weeks' || value === undefined || value === 0);
  if (onlyWeeks) return `P${isoNumber(parts.weeks!)}W`;
  const days = (parts.days ?? 0) + (parts.weeks ?? 0) * 7;
  let date = '';
  if (years) date += `${isoNumber(years)}Y`;
  if (parts.months) date += `${isoNumber(parts.months)}M`;
  if (days) date += `${isoNumber(days)}D`;
  let time = '';
  if (parts.hours) time += `${isoNumber(parts.hours)}H`;
  if (parts.minutes) time += `${isoNumber(parts.minutes)}M`;
  if (parts.seconds) time += `${isoNumber(parts.seconds)}S`;
  if (date === '' && time === '') return 'PT0S';
  return `P${date}${time ? `T${time}` : ''}`;
}

/** The duration value of `parts` with its qualifier. */
export function durationValue(parts: DurationParts, qualifier: DurationQualifier | null): DurationValue {
  return { type: 'duration', iso: isoDuration(parts), parts: { ...parts }, qualifier };
}
