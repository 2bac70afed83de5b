/**
 * The contract between `findTemporal` and the parsers and refiners it runs.
 * Parsers work on normalized text (see `normalizeWithMap`); `findTemporal`
 * maps their offsets back to the input.
 *
 * @internal
 * @module
 */
import type { CivilDate } from '../calendar/types';
import type { TemporalKind, TemporalValue } from './types';

/** What every parser knows about the reading: the resolved reference day and the user's preferences. */
export interface ParserContext {
  /** The reference day, already read in the requested time zone. */
  readonly reference: CivilDate;
  readonly prefer: 'past' | 'future' | 'nearest';
  readonly locale: string | undefined;
  /** First day of the week, ISO (1 = Monday … 6 = Saturday, 7 = Sunday). */
  readonly weekStart: number;
  /** How a start or an end narrows a period: see {@link TemporalOptions.periodParts}. */
  readonly periodParts: 'thirds' | 'halves';
  /** `prefer` was not given: a future marker turns its clause to `future` (see `future-clauses.ts`). */
  readonly followsTense: boolean;
}

/** One reading found by a parser, with offsets into the normalized text. */
export interface Candidate {
  /** Start offset in the normalized text. */
  index: number;
  /** End offset (exclusive) in the normalized text. */
  end: number;
  kind: TemporalKind;
  value: TemporalValue;
  /** The parser that produced it, for debugging and tie-breaking. */
  source: string;
}

/** One parser per phenomenon (a chrono-node idea): it finds its own readings in the whole text. */
export interface TemporalParser {
  readonly name: string;
  find(text: string, context: ParserContext): Candidate[];
}

/** Refiners run after all parsers: they merge neighbours and drop overlaps or unlikely readings. */
export interface TemporalRefiner {
  readonly name: string;
  refine(candidates: Candidate[], text: string, context: ParserContext): Candidate[];
}
