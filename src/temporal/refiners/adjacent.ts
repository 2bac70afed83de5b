/**
 * Helpers for the merging refiners: find the reading that starts right after another one,
 * past a connector («، »، « الموافق »، « إلى »).
 *
 * @internal
 * @module
 */
import type { Candidate } from '../parser';
import type { DateValue } from '../types';

/** The last index {@link byStart} built, and the candidates it holds. */
let lastIndex: { candidates: readonly Candidate[]; starts: Map<number, Candidate[]> } | undefined;

/** Whether `candidates` begins with every candidate of `earlier`, in the same order. */
function extendsList(candidates: readonly Candidate[], earlier: readonly Candidate[]): boolean {
  if (candidates.length < earlier.length) return false;
  for (let i = 0; i < earlier.length; i++) if (candidates[i] !== earlier[i]) return false;
  return true;
}

/** Adds `candidate` to its offset's list after every longer or equally long one (the order of a stable sort). */
function insertByEnd(starts: Map<number, Candidate[]>, candidate: Candidate): void {
  const list = starts.get(candidate.index);
  if (!list) {
    starts.set(candidate.index, [candidate]);
    return;
  }
  let at = list.length;
  while (at > 0 && list[at - 1]!.end < candidate.end) at--;
  list.splice(at, 0, candidate);
}

/**
 * Candidates grouped by start offset, longest first at each offset (ties in list order). The
 * merging refiners each ask for it in turn, and each passes the list the previous one returned:
 * the previous list plus its merged readings. So the index is kept and only the new readings are
 * added; it is valid until the next call.
 */
export function byStart(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  if (lastIndex && extendsList(candidates, lastIndex.candidates)) {
    for (let i = lastIndex.candidates.length; i < candidates.length; i++) insertByEnd(lastIndex.starts, candidates[i]!);
    lastIndex = { candidates, starts: lastIndex.starts };
    return lastIndex.starts;
  }
  const starts = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const list = starts.get(candidate.index);
    if (list) list.push(candidate);
    else starts.set(candidate.index, [candidate]);
  }
  for (const list of starts.values()) if (list.length > 1) list.sort((a, b) => b.end - a.end);
  lastIndex = { candidates, starts };
  return starts;
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
