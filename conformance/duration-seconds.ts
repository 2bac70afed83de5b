/**
 * Seconds in a duration by the fixed factors both Duckling and Recognizers-Text
 * use for their `normalized` / `duration` values: month = 30 days, year = 365 days.
 */
import type { DurationParts } from '../src/temporal/types';

const SECONDS: Readonly<Record<keyof DurationParts, number>> = {
  seconds: 1,
  minutes: 60,
  hours: 3600,
  days: 86_400,
  weeks: 604_800,
  months: 2_592_000,
  years: 31_536_000,
  decades: 315_360_000,
  centuries: 3_153_600_000,
};

/** The duration in seconds, as the peer suites count it. */
export function durationSeconds(parts: DurationParts): number {
  let total = 0;
  for (const [key, value] of Object.entries(parts) as [keyof DurationParts, number | undefined][]) total += (value ?? 0) * SECONDS[key];
  return total;
}
