import type { TemporalRefiner } from '../parser';
import { attachTimeToDate } from './date-time';
import { removeOverlaps } from './remove-overlaps';

/**
 * The refiners `findTemporal` runs, in this order, after all parsers: first the ones
 * that merge neighbours into one reading, last `removeOverlaps`.
 */
export const REFINERS: readonly TemporalRefiner[] = [attachTimeToDate, removeOverlaps];
