/**
 * Helpers for the merging refiners: find the reading that starts right after another one,
 * past a connector («، »، « الموافق »، « إلى »).
 *
 * @internal
 * @module
 */
import type { Candidate } from '../parser';
import type { DateValue } from '../types';

/** Candidates grouped by start offset, longest first at each offset. */
export function byStart(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const map = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const list = map.get(candidate.index);
    if (list) list.push(candidate);
    else map.set(candidate.index, [candidate]);
  }
  for (const list of map.values()) if (list.length > 1) list.sort((a, b) => b.end - a.end);
  return map;
}

/**
 * For a candidate ending at `end`, the connector matched by sticky `connector` at `end` and the
 * longest candidate starting right after it that `accept` takes.
 */
export function followedBy(
  text: string,
  end: number,
  connector: RegExp,
  starts: Map<number, Candidate[]>,
  accept: (candidate: Candidate) => boolean,
): { connector: RegExpExecArray; next: Candidate } | null {
  connector.lastIndex = end;
  const match = connector.exec(text);
  if (!match) return null;
  const next = starts.get(end + match[0].length)?.find(accept);
  return next ? { connector: match, next } : null;
}

/** A date value that pins days (not vague). */
export function isPinnedDate(candidate: Candidate): candidate is Candidate & { value: DateValue } {
  return candidate.value.type === 'date' && candidate.value.vague !== true && candidate.value.start !== undefined;
}

/** Days from ISO day `a` to ISO day `b`. */
export function isoDaysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
