/** Shared helpers for the date tests: a fixed reference and one-match readers. */
import { findTemporal } from '../../src/temporal/find';
import type { DateValue, RangeValue, TemporalMatch, TemporalOptions } from '../../src/temporal/types';

/** The seed article's day: Wednesday 28 January 2026. */
export const REF: TemporalOptions = { reference: '2026-01-28' };

/** The only match of `text`; fails the test when there is not exactly one. */
export function onlyMatch(text: string, options: TemporalOptions = REF): TemporalMatch {
  const matches = findTemporal(text, options);
  if (matches.length !== 1) throw new Error(`expected one match in «${text}», got ${JSON.stringify(matches.map((m) => m.text))}`);
  return matches[0] as TemporalMatch;
}

/** The only match of `text` as a date value. */
export function onlyDate(text: string, options: TemporalOptions = REF): DateValue & { text: string; index: number } {
  const match = onlyMatch(text, options);
  if (match.value.type !== 'date') throw new Error(`«${match.text}» is a ${match.value.type}`);
  return { ...match.value, text: match.text, index: match.index };
}

/** The only match of `text` as a range of two dates, as [first day, last day, matched text]. */
export function onlyRange(text: string, options: TemporalOptions = REF): [string | undefined, string | undefined, string] {
  const match = onlyMatch(text, options);
  const value = match.value as RangeValue;
  if (value.type !== 'range' || value.from.type !== 'date' || value.to.type !== 'date') throw new Error(`«${match.text}» is not a date range`);
  return [value.from.start, value.to.end, match.text];
}

/** The first day of a date value, `undefined` for `null` or a range. */
export function startOf(value: DateValue | RangeValue | null): string | undefined {
  return value?.type === 'date' ? value.start : undefined;
}
