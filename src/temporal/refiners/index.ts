import type { TemporalRefiner } from '../parser';

/** The refiners `findTemporal` runs, in this order, after all parsers. */
export const REFINERS: readonly TemporalRefiner[] = [];
