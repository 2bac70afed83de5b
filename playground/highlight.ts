/**
 * Cuts a text into plain and highlighted pieces from the matches `findTemporal` returns, so
 * the page can show each expression in place. Pure (no DOM), so it is tested on its own.
 */
import type { TemporalMatch } from 'ziyara';

/** A piece of the text: plain, or one temporal match. */
export interface Segment {
  text: string;
  match: TemporalMatch | null;
}

/**
 * Splits `text` at the matches' offsets. Matches are sorted and never overlap (a
 * `findTemporal` guarantee); one that overlaps an earlier one or leaves the text is skipped.
 *
 * @param text - the text the matches were found in.
 * @param matches - the matches, with UTF-16 offsets into `text`.
 * @returns the pieces, in order; joined they give `text` back.
 */
export function segmentText(text: string, matches: readonly TemporalMatch[]): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const match of [...matches].sort((a, b) => a.index - b.index)) {
    if (match.index < position || match.end > text.length || match.end <= match.index) continue;
    if (match.index > position) segments.push({ text: text.slice(position, match.index), match: null });
    segments.push({ text: text.slice(match.index, match.end), match });
    position = match.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), match: null });
  return segments;
}
