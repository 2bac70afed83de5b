/**
 * Runs every parser and refiner on normalized text: the core shared by
 * `findTemporal` and `parseDate`.
 *
 * @internal
 * @module
 */
import type { Candidate, ParserContext } from './parser';
import { PARSERS } from './parsers/index';
import { REFINERS } from './refiners/index';

/**
 * Every reading of normalized `text`, refined (merged, then overlaps removed), sorted by position.
 * Parsers and refiners must not throw; a throw is contained here as the last line of defence,
 * so one faulty parser cannot make the whole search fail.
 */
export function findCandidates(text: string, context: ParserContext): Candidate[] {
  if (text.length === 0) return [];
  let candidates: Candidate[] = [];
  for (const parser of PARSERS) {
    try {
      // A loop, not push(...found): spreading a very long list as arguments overflows the stack.
      for (const candidate of parser.find(text, context)) candidates.push(candidate);
    } catch {
      // Last line of defence: a parser bug loses that parser's readings, never the user's call.
    }
  }
  for (const refiner of REFINERS) {
    try {
      candidates = refiner.refine(candidates, text, context);
    } catch {
      // Same: keep the readings as they were before the faulty refiner.
    }
  }
  return candidates;
}
