import type { TemporalParser } from '../parser';
import { agoLaterParser } from './ago-later';
import { durationParser } from './duration';
import { monthDateParser } from './month-date';
import { timeParser } from './time';

/**
 * Every parser `findTemporal` runs. The order is the tie-break priority of
 * `removeOverlaps`: when two readings cover spans of the same length, the parser
 * listed first wins.
 */
export const PARSERS: readonly TemporalParser[] = [monthDateParser, agoLaterParser, durationParser, timeParser];
