import type { Candidate, TemporalRefiner } from '../parser';
import { PARSERS } from '../parsers/index';

/** Rank of a parser on a tie of span length: its place in {@link PARSERS} (earlier wins). */
function priorityOf(source: string): number {
  const rank = PARSERS.findIndex((parser) => parser.name === source);
  return rank === -1 ? PARSERS.length : rank;
}

/**
 * Keeps non-overlapping candidates: the longest span wins, a tie goes to the parser listed
 * first in `PARSERS`, then to the earlier position. Linear in the text length plus the
 * candidates' total length (an occupancy map instead of pairwise comparisons).
 */
export const removeOverlaps: TemporalRefiner = {
  name: 'remove-overlaps',
  refine(candidates: Candidate[], text: string): Candidate[] {
    const ranks = new Map<string, number>();
    const rank = (source: string): number => {
      let value = ranks.get(source);
      if (value === undefined) {
        value = priorityOf(source);
        ranks.set(source, value);
      }
      return value;
    };
    // The sort keys are computed once per candidate, not in every comparison.
    const ordered = candidates
      .filter((c) => c.end > c.index && c.index >= 0 && c.end <= text.length)
      .map((candidate) => ({ candidate, length: candidate.end - candidate.index, rank: rank(candidate.source) }))
      .sort((a, b) => b.length - a.length || a.rank - b.rank || a.candidate.index - b.candidate.index);
    const taken = new Uint8Array(text.length);
    const kept: Candidate[] = [];
    for (const { candidate } of ordered) {
      let free = true;
      for (let i = candidate.index; i < candidate.end; i++) {
        if (taken[i] === 1) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, candidate.index, candidate.end);
      kept.push(candidate);
    }
    return kept.sort((a, b) => a.index - b.index);
  },
};
