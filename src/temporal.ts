/**
 * `ziyara/temporal`: Arabic text normalization, numbers, month names, civil and
 * Hijri dates, and temporal expressions. Does not load zod.
 *
 * @packageDocumentation
 */
export * from './text/index';
export * from './calendar/index';
export * from './temporal/index';
