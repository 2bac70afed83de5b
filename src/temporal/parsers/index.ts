import type { TemporalParser } from '../parser';

/** Every parser `findTemporal` runs, in no particular order (refiners settle overlaps). */
export const PARSERS: readonly TemporalParser[] = [];
